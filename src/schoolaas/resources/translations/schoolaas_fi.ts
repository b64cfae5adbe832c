<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
  <context>
    <name />
    <message>
      <location filename="../../ui/finding_text.py" line="39" />
      <source>Error</source>
      <translation>Virhe</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="40" />
      <source>Warning</source>
      <translation>Varoitus</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="41" />
      <location filename="../../ui/finding_text.py" line="42" />
      <source>Note</source>
      <translation>Huomautus</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="80" />
      <source>Total</source>
      <translation>Yhteensä</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="81" />
      <source>Compulsory studies</source>
      <translation>Pakolliset opinnot</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="82" />
      <source>National electives</source>
      <translation>Valtakunnalliset valinnaiset</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="83" />
      <source>Music and visual arts</source>
      <translation>Musiikki ja kuvataide</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="216" />
      <source>Open</source>
      <translation>Avoin</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="48" />
      <source>&amp;Undo</source>
      <translation>&amp;Kumoa</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="50" />
      <source>&amp;Redo</source>
      <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="53" />
      <source>Choose &amp;student…</source>
      <translation>Valitse &amp;opiskelija…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="55" />
      <source>Students &amp;overview…</source>
      <translation>Opiskelijoiden &amp;yleiskatsaus…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="61" />
      <source>&amp;Import…</source>
      <translation>&amp;Tuo…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="64" />
      <source>&amp;Print plan…</source>
      <translation>&amp;Tulosta suunnitelma…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="70" />
      <source>Export &amp;calendar…</source>
      <translation>Vie &amp;kalenteri…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="76" />
      <source>Se&amp;ttings…</source>
      <translation>&amp;Asetukset…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="81" />
      <source>&amp;Quit</source>
      <translation>&amp;Lopeta</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="84" />
      <source>&amp;Find course</source>
      <translation>&amp;Etsi kurssi</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="86" />
      <source>&amp;Add course to plan</source>
      <translation>&amp;Lisää kurssi suunnitelmaan</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="88" />
      <source>&amp;Remove item</source>
      <translation>&amp;Poista kohde</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="93" />
      <source>Study &amp;groups…</source>
      <translation>Opetus&amp;ryhmät…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="95" />
      <source>A&amp;ccept finding…</source>
      <translation>H&amp;yväksy havainto…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="97" />
      <source>Re&amp;open finding</source>
      <translation>Avaa havainto &amp;uudelleen</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="99" />
      <source>&amp;Duplicate plan…</source>
      <translation>&amp;Kopioi suunnitelma…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="100" />
      <source>Ne&amp;w empty plan…</source>
      <translation>&amp;Uusi tyhjä suunnitelma…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="101" />
      <source>De&amp;lete plan</source>
      <translation>&amp;Poista suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="102" />
      <source>Re&amp;name plan…</source>
      <translation>&amp;Nimeä suunnitelma uudelleen…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="103" />
      <source>Make plan &amp;active</source>
      <translation>Ota suunnitelma &amp;käyttöön</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="104" />
      <source>&amp;Compare versions…</source>
      <translation>&amp;Vertaa versioita…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="105" />
      <source>&amp;Next version</source>
      <translation>&amp;Seuraava versio</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="107" />
      <source>&amp;Previous version</source>
      <translation>&amp;Edellinen versio</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="111" />
      <source>Next &amp;week</source>
      <translation>Seuraava &amp;viikko</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="114" />
      <source>Pre&amp;vious week</source>
      <translation>&amp;Edellinen viikko</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="117" />
      <source>&amp;This week</source>
      <translation>&amp;Tämä viikko</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="123" />
      <source>Go to &amp;catalogue</source>
      <translation>Siirry &amp;kurssitarjontaan</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="129" />
      <source>Go to &amp;timetable</source>
      <translation>Siirry &amp;lukujärjestykseen</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="132" />
      <source>Go to &amp;plan</source>
      <translation>Siirry &amp;suunnitelmaan</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="135" />
      <source>Go to &amp;audit findings</source>
      <translation>Siirry &amp;havaintoihin</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="141" />
      <location filename="../../ui/window_actions.py" line="233" />
      <source>&amp;Help</source>
      <translation>&amp;Ohje</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="143" />
      <source>&amp;About</source>
      <translation>&amp;Tietoja</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="171" />
      <source>&amp;File</source>
      <translation>&amp;Tiedosto</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="185" />
      <source>&amp;Edit</source>
      <translation>&amp;Muokkaa</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="199" />
      <source>&amp;Plan</source>
      <translation>&amp;Suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="213" />
      <source>&amp;View</source>
      <translation>&amp;Näytä</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="238" />
      <source>Main</source>
      <translation>Päätyökalut</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="47" />
      <source>Duplicate plan %1</source>
      <translation>Kopioi suunnitelma %1</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="62" />
      <source>Duplicate plan</source>
      <translation>Kopioi suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="63" />
      <source>Name of the copy:</source>
      <translation>Kopion nimi:</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="64" />
      <source>%1 (copy)</source>
      <translation>%1 (kopio)</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="74" />
      <source>New plan %1</source>
      <translation>Uusi suunnitelma %1</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="84" />
      <source>New plan</source>
      <translation>Uusi suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="84" />
      <source>Name of the new plan:</source>
      <translation>Uuden suunnitelman nimi:</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="94" />
      <source>Delete plan %1</source>
      <translation>Poista suunnitelma %1</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="108" />
      <source>Delete plan</source>
      <translation>Poista suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="109" />
      <source>Delete plan %1? Edit → Undo brings it back.</source>
      <translation>Poistetaanko suunnitelma %1? Muokkaa → Kumoa palauttaa sen.</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="120" />
      <location filename="../../ui/version_actions.py" line="134" />
      <source>Rename plan</source>
      <translation>Nimeä suunnitelma uudelleen</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="134" />
      <source>New name:</source>
      <translation>Uusi nimi:</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="145" />
      <source>Make plan active</source>
      <translation>Ota suunnitelma käyttöön</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="359" />
      <source>&lt;h3&gt;SchoolaaS Planner&lt;/h3&gt;&lt;p&gt;Plan a student's upper secondary studies together with Aalto University courses; the audit checks the plan against the graduation rules and finds clashes on real dates after every edit.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; search the catalogue; &lt;b&gt;Enter&lt;/b&gt; or double-click adds the course; you can also drag it onto the timetable or the plan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt; removes the selected plan item; &lt;b&gt;Ctrl+G&lt;/b&gt; chooses its study groups.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; undo and redo every edit.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt; accepts the selected finding with a reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+1…4&lt;/b&gt; go to the catalogue, timetable, plan and findings; in the timetable the arrow keys walk from session to session.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt; move a week; &lt;b&gt;Ctrl+PgUp/PgDown&lt;/b&gt; switch plan versions; &lt;b&gt;Ctrl+O&lt;/b&gt; chooses a student; &lt;b&gt;Ctrl+P&lt;/b&gt; prints.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hatched blocks clash; a dashed red line marks a break too short to travel (grey once accepted). Every edit is stored at once.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;SchoolaaS Planner&lt;/h3&gt;&lt;p&gt;Suunnittele opiskelijan lukio-opinnot yhdessä Aalto-yliopiston kurssien kanssa; tarkistus vertaa suunnitelmaa valmistumisen vaatimuksiin ja löytää päällekkäisyydet todellisina päivinä jokaisen muutoksen jälkeen.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; hakee kurssitarjonnasta; &lt;b&gt;Enter&lt;/b&gt; tai kaksoisnapsautus lisää kurssin; voit myös vetää sen lukujärjestykseen tai suunnitelmaan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt; poistaa valitun kohteen; &lt;b&gt;Ctrl+G&lt;/b&gt; valitsee sen opetusryhmät.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; kumoaa ja tekee uudelleen jokaisen muutoksen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt; hyväksyy valitun havainnon perustelun kanssa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+1…4&lt;/b&gt; siirtää kurssitarjontaan, lukujärjestykseen, suunnitelmaan ja havaintoihin; lukujärjestyksessä nuolinäppäimet siirtyvät opetuskerrasta toiseen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt+Vasen&lt;/b&gt; / &lt;b&gt;Alt+Oikea&lt;/b&gt; siirtää viikon; &lt;b&gt;Ctrl+PgUp/PgDown&lt;/b&gt; vaihtaa suunnitelman versiota; &lt;b&gt;Ctrl+O&lt;/b&gt; valitsee opiskelijan; &lt;b&gt;Ctrl+P&lt;/b&gt; tulostaa.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Vinoviivoitetut lohkot ovat päällekkäin; punainen katkoviiva merkitsee liian lyhyttä siirtymäaikaa (harmaa, kun se on hyväksytty). Jokainen muutos tallentuu heti.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h3&gt;SchoolaaS Planner&lt;/h3&gt;&lt;p&gt;Plan a student's upper secondary studies together with Aalto University courses; the audit checks the plan against the graduation rules and finds clashes on real dates after every edit.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; search the catalogue; &lt;b&gt;Enter&lt;/b&gt; or double-click adds the course; you can also drag it onto the timetable or the plan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt; removes the selected plan item; &lt;b&gt;Ctrl+G&lt;/b&gt; chooses its study groups.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; undo and redo every edit.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt; accepts the selected finding with a reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt; move a week; &lt;b&gt;Ctrl+PgUp/PgDown&lt;/b&gt; switch plan versions; &lt;b&gt;Ctrl+O&lt;/b&gt; chooses a student; &lt;b&gt;Ctrl+P&lt;/b&gt; prints.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hatched blocks clash; a dashed red line marks a break too short to travel (grey once accepted). Every edit is stored at once.&lt;/p&gt;</source>
      <translation type="vanished">&lt;h3&gt;SchoolaaS Planner&lt;/h3&gt;&lt;p&gt;Suunnittele opiskelijan lukio-opinnot yhdessä Aalto-yliopiston kurssien kanssa; tarkistus vertaa suunnitelmaa valmistumisen vaatimuksiin ja löytää päällekkäisyydet todellisina päivinä jokaisen muutoksen jälkeen.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; hakee kurssitarjonnasta; &lt;b&gt;Enter&lt;/b&gt; tai kaksoisnapsautus lisää kurssin; voit myös vetää sen lukujärjestykseen tai suunnitelmaan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt; poistaa valitun kohteen; &lt;b&gt;Ctrl+G&lt;/b&gt; valitsee sen opetusryhmät.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; kumoaa ja tekee uudelleen jokaisen muutoksen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt; hyväksyy valitun havainnon perustelun kanssa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt+Vasen&lt;/b&gt; / &lt;b&gt;Alt+Oikea&lt;/b&gt; siirtää viikon; &lt;b&gt;Ctrl+PgUp/PgDown&lt;/b&gt; vaihtaa suunnitelman versiota; &lt;b&gt;Ctrl+O&lt;/b&gt; valitsee opiskelijan; &lt;b&gt;Ctrl+P&lt;/b&gt; tulostaa.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Vinoviivoitetut lohkot ovat päällekkäin; punainen katkoviiva merkitsee liian lyhyttä siirtymäaikaa (harmaa, kun se on hyväksytty). Jokainen muutos tallentuu heti.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="377" />
      <source>Help</source>
      <translation>Ohje</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="382" />
      <source>About SchoolaaS Planner</source>
      <translation>Tietoja: SchoolaaS Planner</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="384" />
      <source>SchoolaaS Planner — study plans across an upper secondary school and Aalto University.</source>
      <translation>SchoolaaS Planner — opintosuunnitelmat lukion ja Aalto-yliopiston opintoihin.</translation>
    </message>
  </context>
  <context>
    <name>AuditPanel</name>
    <message>
      <location filename="../../ui/audit_panel.py" line="35" />
      <source>Total credits</source>
      <translation>Opintopisteet yhteensä</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="36" />
      <source>Compulsory credits</source>
      <translation>Pakolliset opintopisteet</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="37" />
      <source>National elective credits</source>
      <translation>Valtakunnalliset valinnaiset opintopisteet</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="38" />
      <source>University credits</source>
      <translation>Yliopisto-opinnot</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="40" />
      <source>Audit summary</source>
      <translation>Tarkistuksen yhteenveto</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="43" />
      <source>Audit time</source>
      <translation>Tarkistuksen kesto</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="50" />
      <source>Findings</source>
      <translation>Havainnot</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="63" />
      <source>&amp;Accept…</source>
      <translation>&amp;Hyväksy…</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="64" />
      <source>Accept the selected finding with a reason</source>
      <translation>Hyväksy valittu havainto perustellen</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="66" />
      <source>Re&amp;open</source>
      <translation>Avaa &amp;uudelleen</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="67" />
      <source>Withdraw the acceptance of the finding</source>
      <translation>Peru havainnon hyväksyntä</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="71" />
      <source>Total</source>
      <translation>Yhteensä</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="72" />
      <source>Compulsory</source>
      <translation>Pakolliset</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="73" />
      <source>National electives</source>
      <translation>Valtakunnalliset valinnaiset</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="74" />
      <source>University</source>
      <translation>Yliopisto</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="104" />
      <source>%1 open error(s), %2 warning(s), %3 accepted</source>
      <translation>%1 avointa virhettä, %2 varoitusta, %3 hyväksytty</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="107" />
      <source>No open findings (%1 accepted)</source>
      <translation>Ei avoimia havaintoja (%1 hyväksytty)</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="117" />
      <source>audited in %1 ms</source>
      <translation>tarkistettu %1 ms:ssa</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="119" />
      <source>edit + audit %1 ms</source>
      <translation>muutos + tarkistus %1 ms</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="136" />
      <source>%1 op (%2 ECTS)</source>
      <translation>%1 op (%2 ECTS)</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="145" />
      <source>%1 / %2 op</source>
      <translation>%1 / %2 op</translation>
    </message>
  </context>
  <context>
    <name>BuildingDialog</name>
    <message>
      <location filename="../../ui/premises_view.py" line="435" />
      <source>Add building</source>
      <translation>Lisää rakennus</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="452" />
      <source>Building code:</source>
      <translation>Rakennuksen tunnus:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="453" />
      <source>Name:</source>
      <translation>Nimi:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="454" />
      <source>Address:</source>
      <translation>Osoite:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="455" />
      <source>Site (for travel times):</source>
      <translation>Alue (siirtymäaikoja varten):</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="456" />
      <source>Latitude:</source>
      <translation>Leveysaste:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="457" />
      <source>Longitude:</source>
      <translation>Pituusaste:</translation>
    </message>
  </context>
  <context>
    <name>CatalogueModel</name>
    <message>
      <location filename="../../ui/panes/catalogue_model.py" />
      <source>Type</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="53" />
      <source>Code</source>
      <translation>Tunnus</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="54" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="55" />
      <source>Provider</source>
      <translation>Järjestäjä</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="56" />
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="57" />
      <source>op</source>
      <translation>op</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="58" />
      <source>ECTS</source>
      <translation>ECTS</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="59" />
      <source>Language</source>
      <translation>Kieli</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="60" />
      <source>Dates</source>
      <translation>Päivämäärät</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="137" />
      <source>Aalto</source>
      <translation>Aalto</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="139" />
      <source>School</source>
      <translation>Koulu</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="165" />
      <source>Clashes with the current plan</source>
      <translation>Menee päällekkäin nykyisen suunnitelman kanssa</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="167" />
      <source>Already in the plan</source>
      <translation>Jo suunnitelmassa</translation>
    </message>
  </context>
  <context>
    <name>CataloguePanel</name>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="62" />
      <source>Search code or name (fi, sv, en)…</source>
      <translation>Hae koodilla tai nimellä (fi, sv, en)…</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="64" />
      <source>Search the catalogue</source>
      <translation>Hae kurssitarjonnasta</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="67" />
      <source>Provider filter</source>
      <translation>Järjestäjäsuodatin</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="68" />
      <source>All providers</source>
      <translation>Kaikki järjestäjät</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="69" />
      <source>School</source>
      <translation>Koulu</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="70" />
      <source>Aalto</source>
      <translation>Aalto</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="71" />
      <source>Subject filter</source>
      <translation>Oppiainesuodatin</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="72" />
      <source>Period filter</source>
      <translation>Jaksosuodatin</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="73" />
      <source>Language filter</source>
      <translation>Kielisuodatin</translation>
    </message>
    <message>
      <source>any</source>
      <translation type="vanished">mikä tahansa</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="77" />
      <source>Credits: any</source>
      <translation>Laajuus: mikä tahansa</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="78" />
      <source>≥ </source>
      <translation>≥ </translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="79" />
      <source> op</source>
      <translation> op</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="80" />
      <source>Minimum credits</source>
      <translation>Vähimmäislaajuus</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="81" />
      <source>&amp;Fits my timetable</source>
      <translation>&amp;Sopii lukujärjestykseeni</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="82" />
      <source>Hide courses that clash with the plan (travel included)</source>
      <translation>Piilota kurssit, jotka menevät päällekkäin suunnitelman kanssa (siirtymät mukaan lukien)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="87" />
      <source>Catalogue</source>
      <translation>Kurssitarjonta</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="104" />
      <source>&amp;Add to plan</source>
      <translation>&amp;Lisää suunnitelmaan</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="105" />
      <source>Add the selected course to the plan</source>
      <translation>Lisää valittu kurssi suunnitelmaan</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="146" />
      <source>All subjects</source>
      <translation>Kaikki oppiaineet</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="151" />
      <source>All periods</source>
      <translation>Kaikki jaksot</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="153" />
      <source>All languages</source>
      <translation>Kaikki kielet</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="199" />
      <source>%1 of %2 courses</source>
      <translation>%1 / %2 kurssia</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <location filename="../../ui/versions.py" line="42" />
      <source>Compare plan versions</source>
      <translation>Vertaa suunnitelman versioita</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="45" />
      <source>Left plan</source>
      <translation>Vasen suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="46" />
      <source>Right plan</source>
      <translation>Oikea suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="49" />
      <source>Credits of both plans</source>
      <translation>Molempien suunnitelmien opintopisteet</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="55" />
      <source>Findings of the left plan</source>
      <translation>Vasemman suunnitelman havainnot</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="58" />
      <source>Findings of the right plan</source>
      <translation>Oikean suunnitelman havainnot</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="84" />
      <source>(active)</source>
      <translation>(käytössä)</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="95" />
      <source>Total op</source>
      <translation>Op yhteensä</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="96" />
      <source>Compulsory op</source>
      <translation>Pakolliset op</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="98" />
      <source>National electives op</source>
      <translation>Valtakunnalliset valinnaiset op</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="103" />
      <source>University op</source>
      <translation>Yliopisto-op</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="107" />
      <source>Open errors</source>
      <translation>Avoimia virheitä</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="108" />
      <source>Open warnings</source>
      <translation>Avoimia varoituksia</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="109" />
      <source>Items</source>
      <translation>Kohteet</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="127" />
      <location filename="../../ui/versions.py" line="130" />
      <source>Only here: %1</source>
      <translation>Vain tässä: %1</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="127" />
      <location filename="../../ui/versions.py" line="130" />
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>DetailPanel</name>
    <message>
      <location filename="../../ui/panes/detail_panel.py" />
      <source>Type</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="19" />
      <source>Course details</source>
      <translation>Kurssin tiedot</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="97" />
      <source>(%1 seats)</source>
      <translation>(%1 paikkaa)</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="99" />
      <source>no sessions known</source>
      <translation>ei tunnettuja opetuskertoja</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="113" />
      <source>Mon</source>
      <translation>Ma</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="114" />
      <source>Tue</source>
      <translation>Ti</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="115" />
      <source>Wed</source>
      <translation>Ke</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="116" />
      <source>Thu</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="117" />
      <source>Fri</source>
      <translation>Pe</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="118" />
      <source>Sat</source>
      <translation>La</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="119" />
      <source>Sun</source>
      <translation>Su</translation>
    </message>
    <message>
      <source>Select a course to see its details.</source>
      <comment>self.tr() inside an f-string: lupdate does not see it</comment>
      <translation type="vanished">Valitse kurssi nähdäksesi sen tiedot.</translation>
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <location filename="../../ui/findings_model.py" line="23" />
      <source>Severity</source>
      <translation>Vakavuus</translation>
    </message>
    <message>
      <location filename="../../ui/findings_model.py" line="24" />
      <source>Finding</source>
      <translation>Havainto</translation>
    </message>
    <message>
      <location filename="../../ui/findings_model.py" line="25" />
      <source>Items</source>
      <translation>Kohteet</translation>
    </message>
    <message>
      <location filename="../../ui/findings_model.py" line="26" />
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <location filename="../../ui/findings_model.py" line="54" />
      <source>Open</source>
      <translation>Avoin</translation>
    </message>
  </context>
  <context>
    <name>GroupsDialog</name>
    <message>
      <location filename="../../ui/groups_dialog.py" line="69" />
      <source>Study groups of %1</source>
      <translation>Kurssin %1 opetusryhmät</translation>
    </message>
    <message>
      <location filename="../../ui/groups_dialog.py" line="77" />
      <source>Take part in these groups:</source>
      <translation>Osallistu näihin ryhmiin:</translation>
    </message>
    <message>
      <location filename="../../ui/groups_dialog.py" line="90" />
      <source>Group %1</source>
      <translation>Ryhmä %1</translation>
    </message>
    <message>
      <source>Take part in one group of each kind:</source>
      <translation>Osallistu yhteen kunkin lajin ryhmään:</translation>
    </message>
    <message>
      <source>%1 seats left</source>
      <translation>%1 paikkaa jäljellä</translation>
    </message>
    <message>
      <source>full</source>
      <translation>täynnä</translation>
    </message>
    <message>
      <source>Lessons</source>
      <translation>Oppitunnit</translation>
    </message>
    <message>
      <source>Lectures</source>
      <translation>Luennot</translation>
    </message>
    <message>
      <source>Exercise groups</source>
      <translation>Harjoitusryhmät</translation>
    </message>
    <message>
      <source>Exams</source>
      <translation>Tentit</translation>
    </message>
    <message>
      <source>Other groups</source>
      <translation>Muut ryhmät</translation>
    </message>
    <message>
      <source>Choose at least one group: a course is taken in its groups.</source>
      <translation>Valitse vähintään yksi ryhmä: kurssi suoritetaan ryhmissään.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ui/import_dialog.py" line="81" />
      <location filename="../../ui/import_dialog.py" line="121" />
      <source>Import</source>
      <translation>Tuo</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="92" />
      <source>File to import</source>
      <translation>Tuotava tiedosto</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="93" />
      <source>Browse…</source>
      <translation>Selaa…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="99" />
      <source>Course code for events that name none</source>
      <translation>Kurssikoodi tapahtumille, joissa sitä ei ole</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="100" />
      <source>Course:</source>
      <translation>Kurssi:</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="102" />
      <source>What:</source>
      <translation>Mitä:</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="103" />
      <source>File:</source>
      <translation>Tiedosto:</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="110" />
      <source>Check the file first: the report shows what the import would change.</source>
      <translation>Tarkista tiedosto ensin: raportti näyttää, mitä tuonti muuttaisi.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="112" />
      <source>Import report</source>
      <translation>Tuontiraportti</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="118" />
      <source>Check file</source>
      <translation>Tarkista tiedosto</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="160" />
      <source>Choose a file to import</source>
      <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="178" />
      <source>Checking…</source>
      <translation>Tarkistetaan…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="178" />
      <source>Importing…</source>
      <translation>Tuodaan…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="224" />
      <source>Nothing was imported.</source>
      <translation>Mitään ei tuotu.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="85" />
      <location filename="../../ui/main_window.py" line="329" />
      <source>SchoolaaS Planner</source>
      <translation>SchoolaaS Planner</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="91" />
      <location filename="../../ui/main_window.py" line="179" />
      <source>Opening database…</source>
      <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="104" />
      <source>&amp;Catalogue</source>
      <translation>&amp;Kurssitarjonta</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="105" />
      <source>Course &amp;details</source>
      <translation>Kurssin &amp;tiedot</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="106" />
      <source>&amp;Plan</source>
      <translation>&amp;Suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="107" />
      <source>&amp;Audit</source>
      <translation>&amp;Tarkistus</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="119" />
      <source>Current student</source>
      <translation>Nykyinen opiskelija</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="121" />
      <source>Plan version</source>
      <translation>Suunnitelman versio</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="127" />
      <source>Working</source>
      <translation>Käsitellään</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="223" />
      <source>%1 courses, %2 students — opened in %3 s</source>
      <translation>%1 kurssia, %2 opiskelijaa — avattu %3 s:ssa</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="263" />
      <source>The database could not be opened.</source>
      <translation>Tietokantaa ei voitu avata.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="265" />
      <source>The database could not be opened:
%1</source>
      <translation>Tietokantaa ei voitu avata:
%1</translation>
    </message>
    <message>
      <location filename="../../ui/window/main_window.py" />
      <source>No database</source>
      <translation>Ei tietokantaa</translation>
    </message>
    <message>
      <location filename="../../ui/window/main_window.py" />
      <source>There is no database at %1.

Create an empty database there?</source>
      <translation>Polussa %1 ei ole tietokantaa.

Luodaanko sinne tyhjä tietokanta?</translation>
    </message>
    <message>
      <location filename="../../ui/window/main_window.py" />
      <source>There is no database at %1.</source>
      <translation>Polussa %1 ei ole tietokantaa.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="292" />
      <source>  %1 (%2, %3)  </source>
      <translation>  %1 (%2, %3)  </translation>
    </message>
    <message>
      <source>Write back</source>
      <translation type="vanished">Kirjoita takaisin</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation type="vanished">Lisää %1</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation type="vanished">Poista %1</translation>
    </message>
    <message>
      <source>Set status of %1</source>
      <translation type="vanished">Aseta kohteen %1 tila</translation>
    </message>
    <message>
      <source>Choose groups of %1</source>
      <translation type="vanished">Valitse kurssin %1 ryhmät</translation>
    </message>
    <message>
      <source>Accept finding</source>
      <translation type="vanished">Hyväksy havainto</translation>
    </message>
    <message>
      <source>Reopen finding</source>
      <translation type="vanished">Avaa havainto uudelleen</translation>
    </message>
    <message>
      <source>Why is this acceptable? (for example: lecture recorded; teacher agreed)</source>
      <translation type="vanished">Miksi tämä on hyväksyttävää? (esimerkiksi: luento tallennetaan; opettaja hyväksyi)</translation>
    </message>
    <message>
      <source>An acceptance needs a reason.</source>
      <translation type="vanished">Hyväksyntä tarvitsee perustelun.</translation>
    </message>
  </context>
  <context>
    <name>OverviewModel</name>
    <message>
      <location filename="../../ui/overview_model.py" line="48" />
      <source>Number</source>
      <translation>Numero</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="49" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="50" />
      <source>School</source>
      <translation>Koulu</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="51" />
      <source>Group</source>
      <translation>Ryhmä</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="52" />
      <source>Year</source>
      <translation>Vuosi</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="53" />
      <source>Maths</source>
      <translation>Matematiikka</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="54" />
      <source>Done op</source>
      <translation>Suoritettu op</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="55" />
      <source>Planned / 150</source>
      <translation>Suunniteltu / 150</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="56" />
      <source>Compulsory</source>
      <translation>Pakolliset</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="57" />
      <source>National electives</source>
      <translation>Valtakunnalliset valinnaiset</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="58" />
      <source>Errors</source>
      <translation>Virheet</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="59" />
      <source>Warnings</source>
      <translation>Varoitukset</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="60" />
      <source>Accepted</source>
      <translation>Hyväksytyt</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="61" />
      <source>Last change</source>
      <translation>Viimeksi muutettu</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="178" />
      <source>Open errors in the active plan</source>
      <translation>Käytössä olevassa suunnitelmassa on avoimia virheitä</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="180" />
      <source>Warnings in the active plan</source>
      <translation>Käytössä olevassa suunnitelmassa on varoituksia</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="182" />
      <source>No open findings</source>
      <translation>Ei avoimia havaintoja</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="183" />
      <source>Not audited</source>
      <translation>Ei tarkistettu</translation>
    </message>
  </context>
  <context>
    <name>OverviewWindow</name>
    <message>
      <location filename="../../ui/overview.py" line="216" />
      <source>Students overview</source>
      <translation>Opiskelijoiden yleiskatsaus</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="217" />
      <source>Name, number or group</source>
      <translation>Nimi, numero tai ryhmä</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="218" />
      <source>Search students</source>
      <translation>Hae opiskelijoita</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="219" />
      <source>&amp;Search:</source>
      <translation>&amp;Haku:</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="220" />
      <source>S&amp;chool:</source>
      <translation>&amp;Koulu:</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="221" />
      <source>&amp;Group:</source>
      <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="222" />
      <source>S&amp;tatus:</source>
      <translation>&amp;Tila:</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="223" />
      <source>Students</source>
      <translation>Opiskelijat</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="224" />
      <source>&amp;Open plan</source>
      <translation>&amp;Avaa suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="225" />
      <source>&amp;Add student…</source>
      <translation>&amp;Lisää opiskelija…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="226" />
      <source>&amp;Edit student…</source>
      <translation>&amp;Muokkaa opiskelijaa…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="227" />
      <source>A&amp;rchive</source>
      <translation>A&amp;rkistoi</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="228" />
      <source>A&amp;udit again</source>
      <translation>Tark&amp;ista uudelleen</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="229" />
      <source>Reload</source>
      <translation>Lataa uudelleen</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="230" />
      <source>&amp;Print study plans…</source>
      <translation>&amp;Tulosta opintosuunnitelmat…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="231" />
      <source>E&amp;xport…</source>
      <translation>&amp;Vie…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="232" />
      <source>Premises and room &amp;use…</source>
      <translation>Tilat ja tilojen &amp;käyttö…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="233" />
      <source>Se&amp;ttings…</source>
      <translation>&amp;Asetukset…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="234" />
      <source>Student actions</source>
      <translation>Opiskelijatoiminnot</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="235" />
      <source>Auditing…</source>
      <translation>Tarkistetaan…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="252" />
      <source>Auditing all students…</source>
      <translation>Tarkistetaan kaikkia opiskelijoita…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="279" />
      <source>%n student(s) audited in %1 s</source>
      <translation>
        <numerusform>%n opiskelija tarkistettu %1 s:ssa</numerusform>
        <numerusform>%n opiskelijaa tarkistettu %1 s:ssa</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="319" />
      <source>All schools</source>
      <translation>Kaikki koulut</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="324" />
      <source>All groups</source>
      <translation>Kaikki ryhmät</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="328" />
      <source>Everyone</source>
      <translation>Kaikki</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="329" />
      <source>Needs attention</source>
      <translation>Vaatii huomiota</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="330" />
      <source>Open errors</source>
      <translation>Avoimia virheitä</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="331" />
      <source>Warnings only</source>
      <translation>Vain varoituksia</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="332" />
      <source>All clear</source>
      <translation>Kunnossa</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="333" />
      <source>Credits short</source>
      <translation>Opintopisteitä puuttuu</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="350" />
      <source>%1 of %2 students</source>
      <translation>%1 / %2 opiskelijaa</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="385" />
      <source>Print the study plans of the selected students as PDF</source>
      <translation>Tulosta valittujen opiskelijoiden opintosuunnitelmat PDF-tiedostoiksi</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="405" />
      <source>%1 has no study plan yet.</source>
      <translation>Opiskelijalla %1 ei ole vielä opintosuunnitelmaa.</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="437" />
      <location filename="../../ui/overview.py" line="452" />
      <source>Archive students</source>
      <translation>Arkistoi opiskelijoita</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="439" />
      <source>Archive %n student(s)? They leave this list; nothing is deleted.</source>
      <translation>
        <numerusform>Arkistoidaanko %n opiskelija? Hän poistuu listalta; mitään ei poisteta.</numerusform>
        <numerusform>Arkistoidaanko %n opiskelijaa? He poistuvat listalta; mitään ei poisteta.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="466" />
      <source>Audit again</source>
      <translation>Tarkista uudelleen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="467" />
      <source>%n plan(s) audited again</source>
      <translation>
        <numerusform>%n suunnitelma tarkistettu uudelleen</numerusform>
        <numerusform>%n suunnitelmaa tarkistettu uudelleen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="473" />
      <source>Folder for the study plans</source>
      <translation>Opintosuunnitelmien kansio</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="487" />
      <source>Printing study plans…</source>
      <translation>Tulostetaan opintosuunnitelmia…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="491" />
      <location filename="../../ui/overview.py" line="507" />
      <source>Print study plans</source>
      <translation>Tulosta opintosuunnitelmat</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="510" />
      <source>%n study plan(s) written</source>
      <translation>
        <numerusform>%n opintosuunnitelma kirjoitettu</numerusform>
        <numerusform>%n opintosuunnitelmaa kirjoitettu</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="517" />
      <location filename="../../ui/overview.py" line="526" />
      <source>Export students</source>
      <translation>Vie opiskelijat</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="517" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="528" />
      <source>%n student(s) exported</source>
      <translation>
        <numerusform>%n opiskelija viety</numerusform>
        <numerusform>%n opiskelijaa viety</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="537" />
      <source>Premises and room use</source>
      <translation>Tilat ja tilojen käyttö</translation>
    </message>
  </context>
  <context>
    <name>PlanEdits</name>
    <message>
      <location filename="../../ui/plan_edits.py" line="36" />
      <source>Add %1</source>
      <translation>Lisää %1</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="51" />
      <source>Remove %1</source>
      <translation>Poista %1</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="70" />
      <source>Set status of %1</source>
      <translation>Aseta kohteen %1 tila</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="89" />
      <source>Choose groups of %1</source>
      <translation>Valitse kurssin %1 ryhmät</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="124" />
      <location filename="../../ui/plan_edits.py" line="164" />
      <source>Accept finding</source>
      <translation>Hyväksy havainto</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="146" />
      <source>Reopen finding</source>
      <translation>Avaa havainto uudelleen</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="165" />
      <source>Why is this acceptable? (for example: lecture recorded; teacher agreed)</source>
      <translation>Miksi tämä on hyväksyttävää? (esimerkiksi: luento tallennetaan; opettaja hyväksyi)</translation>
    </message>
    <message>
      <source>An acceptance needs a reason.</source>
      <translation type="vanished">Hyväksyntä tarvitsee perustelun.</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Merkitse suoritetuksi</translation>
    </message>
    <message>
      <source>%1 has not ended yet (it ends on %2). Mark it completed anyway?</source>
      <translation>%1 ei ole vielä päättynyt (se päättyy %2). Merkitäänkö se silti suoritetuksi?</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <location filename="../../ui/plan_model.py" line="40" />
      <source>Year</source>
      <translation>Vuosi</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="41" />
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="42" />
      <source>Code</source>
      <translation>Tunnus</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="43" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="44" />
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="45" />
      <source>Grade</source>
      <translation>Arvosana</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="46" />
      <source>op</source>
      <translation>op</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="47" />
      <source>ECTS</source>
      <translation>ECTS</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="48" />
      <source>Groups</source>
      <translation>Ryhmät</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="110" />
      <source>Aalto University</source>
      <translation>Aalto-yliopisto</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="110" />
      <source>School</source>
      <translation>Koulu</translation>
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <location filename="../../ui/plan_panel.py" line="84" />
      <source>Study plan items</source>
      <translation>Opintosuunnitelman kohteet</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="105" />
      <source>Status of the selected item</source>
      <translation>Valitun kohteen tila</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="109" />
      <source>grade</source>
      <translation>arvosana</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="111" />
      <source>Grade of the selected item</source>
      <translation>Valitun kohteen arvosana</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="112" />
      <source>Set &amp;status</source>
      <translation>Aseta &amp;tila</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="114" />
      <source>Study &amp;groups…</source>
      <translation>Opetus&amp;ryhmät…</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="115" />
      <source>Choose study groups of the selected item</source>
      <translation>Valitse valitun kohteen opetusryhmät</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="117" />
      <source>&amp;Remove</source>
      <translation>&amp;Poista</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="118" />
      <source>Remove the selected item from the plan</source>
      <translation>Poista valittu kohde suunnitelmasta</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="147" />
      <source>%1 items, %2 op</source>
      <translation>%1 kohdetta, %2 op</translation>
    </message>
  </context>
  <context>
    <name>PremisesView</name>
    <message>
      <source>Add building</source>
      <translation type="vanished">Lisää rakennus</translation>
    </message>
    <message>
      <source>Building code:</source>
      <translation type="vanished">Rakennuksen tunnus:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="214" />
      <source>Choose a building first.</source>
      <translation>Valitse ensin rakennus.</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="217" />
      <location filename="../../ui/premises_view.py" line="221" />
      <source>Add room</source>
      <translation>Lisää tila</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="217" />
      <source>Room code in %1:</source>
      <translation>Tilan tunnus rakennuksessa %1:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="221" />
      <source>Seats:</source>
      <translation>Paikkoja:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="309" />
      <source>%1 planned, %2 seats</source>
      <translation>%1 suunnitellut, %2 paikkaa</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="312" />
      <source>double booked</source>
      <translation>päällekkäinen varaus</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/premises_view.py" line="315" />
      <source>%n flagged session(s) this week</source>
      <translation>
        <numerusform>%n merkitty opetuskerta tällä viikolla</numerusform>
        <numerusform>%n merkittyä opetuskertaa tällä viikolla</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="343" />
      <source>walk</source>
      <translation>kävely</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="360" />
      <source>Travel %1 → %2: %3 is not a number of minutes.</source>
      <translation>Siirtymä %1 → %2: %3 ei ole minuuttimäärä.</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="381" />
      <location filename="../../ui/premises_view.py" line="421" />
      <source>All buildings</source>
      <translation>Kaikki rakennukset</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="390" />
      <source>Buildings and rooms</source>
      <translation>Rakennukset ja tilat</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="391" />
      <source>Room use</source>
      <translation>Tilojen käyttö</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="392" />
      <source>Travel times</source>
      <translation>Siirtymäajat</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="394" />
      <source>Code</source>
      <translation>Tunnus</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="394" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="394" />
      <source>Address</source>
      <translation>Osoite</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="394" />
      <source>Site</source>
      <translation>Alue</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="395" />
      <source>Latitude</source>
      <translation>Leveysaste</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="395" />
      <source>Longitude</source>
      <translation>Pituusaste</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="398" />
      <source>Building</source>
      <translation>Rakennus</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="398" />
      <source>Room</source>
      <translation>Tila</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="398" />
      <source>Seats</source>
      <translation>Paikat</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="398" />
      <source>Kind</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="399" />
      <source>Accessible</source>
      <translation>Esteetön</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="403" />
      <source>Buildings</source>
      <translation>Rakennukset</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="404" />
      <source>Rooms of the chosen building</source>
      <translation>Valitun rakennuksen tilat</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="405" />
      <source>Add building…</source>
      <translation>Lisää rakennus…</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="406" />
      <source>Add room…</source>
      <translation>Lisää tila…</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="407" />
      <source>Delete room</source>
      <translation>Poista tila</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="408" />
      <source>Week of:</source>
      <translation>Viikko:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="409" />
      <source>Week of</source>
      <translation>Viikko</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="410" />
      <source>Previous week</source>
      <translation>Edellinen viikko</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="411" />
      <source>Next week</source>
      <translation>Seuraava viikko</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="412" />
      <source>Show empty rooms</source>
      <translation>Näytä tyhjät tilat</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="415" />
      <source>Minutes between sites (both ways). Within one site the audit walks between building coordinates. Stored in the database: every user of this database sees the same times, and the audit uses them at once.</source>
      <translation>Siirtymäminuutit alueiden välillä (molempiin suuntiin). Saman alueen sisällä tarkistus laskee kävelyajan rakennusten koordinaateista. Tallennetaan tietokantaan: kaikki tietokannan käyttäjät näkevät samat ajat, ja tarkistus käyttää niitä heti.</translation>
    </message>
    <message>
      <location filename="../../ui/premises/view.py" />
      <source>&amp;Find a free room…</source>
      <translation>&amp;Etsi vapaa tila…</translation>
    </message>
  </context>
  <context>
    <name>PrintDialog</name>
    <message>
      <location filename="../../ui/print_dialog.py" line="84" />
      <source>Print study plan</source>
      <translation>Tulosta opintosuunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="91" />
      <source>Document language</source>
      <translation>Asiakirjan kieli</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="92" />
      <source>&amp;Language:</source>
      <translation>&amp;Kieli:</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="94" />
      <source>Period of the week timetable</source>
      <translation>Viikkolukujärjestyksen jakso</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="95" />
      <source>&amp;Timetable of:</source>
      <translation>&amp;Lukujärjestys:</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="97" />
      <source>This student only</source>
      <translation>Vain tämä opiskelija</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="99" />
      <source>Group %1: one PDF</source>
      <translation>Ryhmä %1: yksi PDF</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="102" />
      <source>Group %1: one PDF per student (folder)</source>
      <translation>Ryhmä %1: PDF opiskelijaa kohden (kansio)</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="118" />
      <source>&amp;Save PDF…</source>
      <translation>&amp;Tallenna PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="120" />
      <source>Export &amp;calendar…</source>
      <translation>Vie &amp;kalenteri…</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="151" />
      <source>(no timetable)</source>
      <translation>(ei lukujärjestystä)</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="166" />
      <source>Folder for the PDFs</source>
      <translation>PDF-tiedostojen kansio</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="172" />
      <source>Save study plan</source>
      <translation>Tallenna opintosuunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="172" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="200" />
      <source>Export calendar</source>
      <translation>Vie kalenteri</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="202" />
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar-tiedostot (*.ics)</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="230" />
      <source>Working…</source>
      <translation>Käsitellään…</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="240" />
      <source>Saved %1</source>
      <translation>Tallennettu %1</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="255" />
      <source>Stopping after the current student…</source>
      <translation>Lopetetaan nykyisen opiskelijan jälkeen…</translation>
    </message>
    <message>
      <source>%1 sessions written to %2</source>
      <translation>%1 tapahtumaa kirjoitettu tiedostoon %2</translation>
    </message>
    <message>
      <source>Language of the course names:</source>
      <translation>Kurssien nimien kieli:</translation>
    </message>
  </context>
  <context>
    <name>RoomWeekGrid</name>
    <message>
      <location filename="../../ui/premises_grid.py" line="61" />
      <source>Mon</source>
      <translation>Ma</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="61" />
      <source>Tue</source>
      <translation>Ti</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="61" />
      <source>Wed</source>
      <translation>Ke</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="61" />
      <source>Thu</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="62" />
      <source>Fri</source>
      <translation>Pe</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="63" />
      <source>Room use in the week</source>
      <translation>Tilojen käyttö viikolla</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="131" />
      <source>No sessions in rooms this week</source>
      <translation>Tiloissa ei ole opetusta tällä viikolla</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="144" />
      <source>%1 seats</source>
      <translation>%1 paikkaa</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="146" />
      <source>capacity unknown</source>
      <translation>kapasiteetti ei tiedossa</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="174" />
      <source>over capacity</source>
      <translation>yli kapasiteetin</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="176" />
      <source>double booked</source>
      <translation>päällekkäinen varaus</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="195" />
      <source>%1 students planned, room holds %2</source>
      <translation>%1 opiskelijaa suunnitellut, tilaan mahtuu %2</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="199" />
      <source>%1 students planned, capacity unknown</source>
      <translation>%1 opiskelijaa suunnitellut, kapasiteetti ei tiedossa</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="202" />
      <source>Over capacity</source>
      <translation>Yli kapasiteetin</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="204" />
      <source>Another session uses the room at the same time</source>
      <translation>Toinen opetuskerta käyttää tilaa samaan aikaan</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/settings_dialog.py" line="165" />
      <source>Settings</source>
      <translation>Asetukset</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="166" />
      <source>Credits and travel</source>
      <translation>Opintopisteet ja siirtymät</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="167" />
      <source>Exam calendar</source>
      <translation>Koekalenteri</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="168" />
      <source>This computer</source>
      <translation>Tämä tietokone</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="171" />
      <source>These rules are stored in the database, not on this computer: everyone who uses this database (for example on a shared server) audits by the same rules.</source>
      <translation>Nämä säännöt tallennetaan tietokantaan, eivät tälle tietokoneelle: kaikki tämän tietokannan käyttäjät (esimerkiksi yhteisellä palvelimella) tarkistavat samoilla säännöillä.</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="176" />
      <source>&amp;Op per ECTS credit:</source>
      <translation>&amp;Op yhtä ECTS-opintopistettä kohti:</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="177" />
      <source>Travel &amp;buffer (minutes):</source>
      <translation>Siirtymän &amp;lisäaika (minuuttia):</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="178" />
      <source>Per-course overrides (op, whatever the ECTS):</source>
      <translation>Kurssikohtaiset poikkeukset (op ECTS-laajuudesta riippumatta):</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="179" />
      <source>Course code</source>
      <translation>Kurssikoodi</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="179" />
      <source>Op</source>
      <translation>Op</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="180" />
      <source>Add override</source>
      <translation>Lisää poikkeus</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="181" />
      <source>Remove override</source>
      <translation>Poista poikkeus</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="184" />
      <source>Exam weeks of the school periods (first and last day; stored in the database):</source>
      <translation>Koulun jaksojen koeviikot (ensimmäinen ja viimeinen päivä; tallennetaan tietokantaan):</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="189" />
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="190" />
      <source>Dates</source>
      <translation>Päivämäärät</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="191" />
      <source>Exam week starts</source>
      <translation>Koeviikko alkaa</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="192" />
      <source>Exam week ends</source>
      <translation>Koeviikko päättyy</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="195" />
      <source>Matriculation exam days (stored in the database):</source>
      <translation>Ylioppilaskoepäivät (tallennetaan tietokantaan):</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="196" />
      <source>Subject, e.g. MA</source>
      <translation>Aine, esim. MA</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="197" />
      <source>Subject</source>
      <translation>Oppiaine</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="198" />
      <source>Exam day</source>
      <translation>Koepäivä</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="199" />
      <source>Add day</source>
      <translation>Lisää päivä</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="200" />
      <source>Remove day</source>
      <translation>Poista päivä</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="201" />
      <source>&amp;Language:</source>
      <translation>&amp;Kieli:</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="202" />
      <source>&amp;Default school:</source>
      <translation>&amp;Oletuskoulu:</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="205" />
      <source>These options belong to this computer only. The language changes at once; a window that cannot switch shows it at the next start.</source>
      <translation>Nämä asetukset koskevat vain tätä tietokonetta. Kieli vaihtuu heti; ikkuna, joka ei osaa vaihtaa kieltä, näyttää sen seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
      <source>These options belong to this computer only. The language changes at once.</source>
      <translation type="vanished">Nämä asetukset koskevat vain tätä tietokonetta. Kieli vaihtuu heti.</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="210" />
      <location filename="../../ui/settings_dialog.py" line="244" />
      <source>All schools</source>
      <translation>Kaikki koulut</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="354" />
      <source>Override of %1: %2 is not a number of op.</source>
      <translation>Kurssin %1 poikkeus: %2 ei ole opintopistemäärä.</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="369" />
      <source>Exam week of %1: %2 is not a date (dd.mm.yyyy).</source>
      <translation>Jakson %1 koeviikko: %2 ei ole päivämäärä (pp.kk.vvvv).</translation>
    </message>
  </context>
  <context>
    <name>StudentDialog</name>
    <message>
      <location filename="../../ui/overview/student_dialog.py" />
      <source>Load the stored values into the form?</source>
      <translation>Ladataanko tallennetut tiedot lomakkeeseen?</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="126" />
      <source>Add student</source>
      <translation>Lisää opiskelija</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="126" />
      <source>Edit student</source>
      <translation>Muokkaa opiskelijaa</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="129" />
      <source>&amp;First name:</source>
      <translation>&amp;Etunimi:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="130" />
      <source>&amp;Last name:</source>
      <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="131" />
      <source>Student &amp;number:</source>
      <translation>Opiskelija&amp;numero:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="132" />
      <source>&amp;School:</source>
      <translation>&amp;Koulu:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="133" />
      <source>&amp;Group:</source>
      <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="134" />
      <source>Start &amp;year:</source>
      <translation>&amp;Aloitusvuosi:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="135" />
      <source>&amp;Maths syllabus:</source>
      <translation>&amp;Matematiikan oppimäärä:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="136" />
      <source>Mother &amp;tongue:</source>
      <translation>Äidinkieli ja &amp;kirjallisuus:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="137" />
      <source>&amp;B1 language:</source>
      <translation>&amp;B1-kieli:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="138" />
      <source>&amp;A language:</source>
      <translation>&amp;A-kieli:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="139" />
      <source>&amp;Worldview:</source>
      <translation>&amp;Katsomusaine:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="140" />
      <source>Matri&amp;culation subjects:</source>
      <translation>&amp;Ylioppilaskokeen aineet:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="147" />
      <source>Subject codes, e.g. MA, AI, EN</source>
      <translation>Ainekoodit, esim. MA, AI, EN</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="150" />
      <source>e.g. OTA-1001</source>
      <translation>esim. OTA-1001</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="203" />
      <source>Please correct the fields marked in red.</source>
      <translation>Korjaa punaisella merkityt kentät.</translation>
    </message>
  </context>
  <context>
    <name>StudentPicker</name>
    <message>
      <location filename="../../ui/student_picker.py" line="41" />
      <source>Choose a student</source>
      <translation>Valitse opiskelija</translation>
    </message>
    <message>
      <location filename="../../ui/student_picker.py" line="50" />
      <source>Students</source>
      <translation>Opiskelijat</translation>
    </message>
    <message>
      <location filename="../../ui/student_picker.py" line="59" />
      <source>Search number, name, school or group…</source>
      <translation>Hae numerolla, nimellä, koululla tai ryhmällä…</translation>
    </message>
    <message>
      <location filename="../../ui/student_picker.py" line="60" />
      <source>Search students</source>
      <translation>Hae opiskelijoita</translation>
    </message>
  </context>
  <context>
    <name>StudentsModel</name>
    <message>
      <location filename="../../ui/students_model.py" line="19" />
      <source>Number</source>
      <translation>Numero</translation>
    </message>
    <message>
      <location filename="../../ui/students_model.py" line="20" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../../ui/students_model.py" line="21" />
      <source>School</source>
      <translation>Koulu</translation>
    </message>
    <message>
      <location filename="../../ui/students_model.py" line="22" />
      <source>Group</source>
      <translation>Ryhmä</translation>
    </message>
    <message>
      <location filename="../../ui/students_model.py" line="23" />
      <source>Maths</source>
      <translation>Matematiikka</translation>
    </message>
  </context>
  <context>
    <name>TimetablePanel</name>
    <message>
      <location filename="../../ui/timetable_panel.py" line="35" />
      <source>Previous week (Alt+Left)</source>
      <translation>Edellinen viikko (Alt+Vasen)</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="36" />
      <source>Previous week</source>
      <translation>Edellinen viikko</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="40" />
      <source>Next week (Alt+Right)</source>
      <translation>Seuraava viikko (Alt+Oikea)</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="41" />
      <source>Next week</source>
      <translation>Seuraava viikko</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="46" />
      <source>Show the week of this date</source>
      <translation>Näytä tämän päivän viikko</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="50" />
      <source>Jump to a period</source>
      <translation>Siirry jaksoon</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="60" />
      <source>Period:</source>
      <translation>Jakso:</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="75" />
      <source>outside the periods</source>
      <translation>jaksojen ulkopuolella</translation>
    </message>
    <message>
      <source>—</source>
      <translation type="vanished">—</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="78" />
      <source>%1 period %2 (%3–%4)</source>
      <translation>%1 jakso %2 (%3–%4)</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="100" />
      <source>week %1</source>
      <translation>viikko %1</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Tänään</translation>
    </message>
    <message>
      <source>The week of today (Alt+Home)</source>
      <translation>Tämän päivän viikko (Alt+Home)</translation>
    </message>
    <message>
      <source>Show this week</source>
      <translation>Näytä tämä viikko</translation>
    </message>
  </context>
  <context>
    <name>TimetableWidget</name>
    <message>
      <location filename="../../ui/timetable.py" line="78" />
      <source>Week timetable</source>
      <translation>Viikon lukujärjestys</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/timetable.py" line="112" />
      <source>%n session(s) this week</source>
      <translation>
        <numerusform>%n opetuskerta tällä viikolla</numerusform>
        <numerusform>%n opetuskertaa tällä viikolla</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/timetable.py" line="114" />
      <source>, %n clash(es)</source>
      <translation>
        <numerusform>, %n päällekkäisyys</numerusform>
        <numerusform>, %n päällekkäisyyttä</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/timetable.py" line="116" />
      <source>, %n travel break(s) too short</source>
      <translation>
        <numerusform>, %n liian lyhyt siirtymätauko</numerusform>
        <numerusform>, %n liian lyhyttä siirtymätaukoa</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="206" />
      <source>No sessions this week</source>
      <translation>Ei opetusta tällä viikolla</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="218" />
      <source>Mon</source>
      <translation>Ma</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="218" />
      <source>Tue</source>
      <translation>Ti</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="218" />
      <source>Wed</source>
      <translation>Ke</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="218" />
      <source>Thu</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="218" />
      <source>Fri</source>
      <translation>Pe</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="282" />
      <source>A</source>
      <comment>Aalto block</comment>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="282" />
      <source>L</source>
      <comment>school (lukio) block</comment>
      <translation>L</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="387" />
      <source>%1 min short</source>
      <translation>%1 min liian vähän</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="431" />
      <source>Clash with %1 (accepted)</source>
      <translation>Päällekkäin: %1 (hyväksytty)</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="433" />
      <source>Clash with %1</source>
      <translation>Päällekkäin: %1</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="444" />
      <source>Travel needs %1 min, the break is %2 min (accepted)</source>
      <translation>Siirtymä vie %1 min, tauko on %2 min (hyväksytty)</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="446" />
      <source>Travel needs %1 min, the break is %2 min</source>
      <translation>Siirtymä vie %1 min, tauko on %2 min</translation>
    </message>
    <message>
      <source>travel: needs %1 min, has %2</source>
      <translation type="vanished">siirtymä: tarvitaan %1 min, aikaa %2</translation>
    </message>
    <message>
      <source>🚶 needs %1 min, has %2</source>
      <translation type="vanished">🚶 tarvitaan %1 min, aikaa %2</translation>
    </message>
    <message>
      <source>Clash (accepted)</source>
      <translation type="vanished">Päällekkäisyys (hyväksytty)</translation>
    </message>
    <message>
      <location filename="../../ui/groups_dialog.py" line="92" />
      <location filename="../../ui/timetable.py" line="434" />
      <source>Clash</source>
      <translation>Päällekkäisyys</translation>
    </message>
    <message>
      <source>room %1</source>
      <translation>sali %1</translation>
    </message>
  </context>
  <context>
    <name>WindowErrors</name>
    <message>
      <location filename="../../ui/window_errors.py" line="45" />
      <location filename="../../ui/window_errors.py" line="77" />
      <source>SchoolaaS Planner</source>
      <translation>SchoolaaS Planner</translation>
    </message>
    <message>
      <location filename="../../ui/window_errors.py" line="51" />
      <source>Write back</source>
      <translation>Kirjoita takaisin</translation>
    </message>
    <message>
      <location filename="../../ui/window/errors.py" />
      <source>Reload</source>
      <translation>Lataa uudelleen</translation>
    </message>
  </context>
  <context>
    <name>model</name>
    <message>
      <location filename="../../ui/plan_model.py" line="29" />
      <source>planned</source>
      <translation>suunniteltu</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="30" />
      <source>enrolled</source>
      <translation>ilmoittautunut</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="31" />
      <source>completed</source>
      <translation>suoritettu</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="32" />
      <source>failed</source>
      <translation>hylätty</translation>
    </message>
  </context>
  <context>
    <name>FindingText</name>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} overlap by {minutes} min[ ({rooms})][ on {dates}]</source>
      <translation>{a} ja {b} ovat päällekkäin {minutes} min[ ({rooms})][ {dates}]</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} → {b}: needs {needed} min to travel, has {available}[ on {dates}]</source>
      <translation>{a} → {b}: siirtymä vie {needed} min, aikaa on {available}[ {dates}]</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item}: room {room} holds {capacity}, {planned} students planned</source>
      <translation>{item}: tilaan {room} mahtuu {capacity}, suunnitellut {planned} opiskelijaa</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item}: {seats} seats open to upper secondary students, {planned} planned</source>
      <translation>{item}: lukiolaisille {seats} paikkaa, suunnitellut {planned}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} needs {prerequisite}, which is neither completed nor planned</source>
      <translation>{item} edellyttää kurssia {prerequisite}, jota ei ole suoritettu eikä suunniteltu</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} needs {prerequisite} first, but {prerequisite} is planned later ({prerequisite_period_short})</source>
      <translation>{item} edellyttää ensin kurssia {prerequisite}, mutta {prerequisite} on suunniteltu myöhemmäksi ({prerequisite_period_short})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} are both in bar {bar} of period {period_short}</source>
      <translation>{a} ja {b} ovat molemmat palkissa {bar} jaksossa {period_short}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{code} is planned {count} times: only one counts</source>
      <translation>{code} on suunnitelmassa {count} kertaa: vain yksi lasketaan</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} count as the same course: only one counts</source>
      <translation>{a} ja {b} ovat sama kurssi: vain toinen lasketaan</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item}: exam in the school's exam week ({dates})</source>
      <translation>{item}: tentti koulun koeviikolla ({dates})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item}: exam on a matriculation exam day {dates} ({subject})</source>
      <translation>{item}: tentti ylioppilaskoepäivänä {dates} ({subject})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Total: {planned} of {required} op planned, short by {short}</source>
      <translation>Yhteensä: {planned} / {required} op suunniteltu, puuttuu {short}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>[{subject}: ]Compulsory studies: {planned} of {required} op planned, short by {short}[ (missing {missing_list})]</source>
      <translation>[{subject}: ]Pakolliset opinnot: {planned} / {required} op suunniteltu, puuttuu {short}[ (puuttuu {missing_list})]</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>National electives: {planned} of {required} op planned, short by {short}</source>
      <translation>Valtakunnalliset valinnaiset: {planned} / {required} op suunniteltu, puuttuu {short}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Music and visual arts: {planned} of {required} op planned, short by {short}</source>
      <translation>Musiikki ja kuvataide: {planned} / {required} op suunniteltu, puuttuu {short}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{op} op in period {period_short} (at most {limit})</source>
      <translation>{op} op jaksossa {period_short} (enintään {limit})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{hours} h of sessions in week {week} (at most {limit})</source>
      <translation>{hours} h opetusta viikolla {week} (enintään {limit})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Course {code} is not in the catalogue</source>
      <translation>Kurssia {code} ei ole kurssitarjonnassa</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} overlap[ (rooms {room_a_or_q} and {room_b_or_q})] by {minutes_range} min[ on {dates}].</source>
      <translation>{a} ja {b} ovat päällekkäin[ (tilat {room_a_or_q} ja {room_b_or_q})] {minutes_range} min[ päivinä {dates}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Not enough time to get[ from {building_a} to {building_b}] between {a} and {b}: needs {needed} min, has {available}[ on {dates}].</source>
      <translation>Siirtymäaika ei riitä[ rakennuksesta {building_a} rakennukseen {building_b}] kurssien {a} ja {b} välillä: tarvitaan {needed} min, aikaa on {available}[ päivinä {dates}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Room {room} holds {capacity} but {planned} students are planned into it for {item} ({over} too many)[ on {dates}].</source>
      <translation>Tilaan {room} mahtuu {capacity}, mutta sinne on suunniteltu {planned} opiskelijaa kurssille {item} ({over} liikaa)[ päivinä {dates}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item}[ group {group}] has {seats} seats for upper secondary students but {planned} are planned ({over} too many).</source>
      <translation>Kurssilla {item}[ ryhmässä {group}] on {seats} paikkaa lukiolaisille, mutta suunniteltuja on {planned} ({over} liikaa).</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} needs {prerequisite} first, which is neither completed nor planned.</source>
      <translation>{item} edellyttää ensin kurssia {prerequisite}, jota ei ole suoritettu eikä suunniteltu.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} needs {prerequisite_name} first, but it is planned later[ ({prerequisite_period_or_q} after {period_or_q})].</source>
      <translation>{item} edellyttää ensin kurssia {prerequisite_name}, mutta se on suunniteltu myöhemmäksi[ ({prerequisite_period_or_q} jakson {period_or_q} jälkeen)].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} are both in bar {bar} in period {period}: they meet at the same times.</source>
      <translation>{a} ja {b} ovat molemmat palkissa {bar} jaksossa {period}: niiden tapaamiset ovat samaan aikaan.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} is in the plan {count} times.</source>
      <translation>{item} on suunnitelmassa {count} kertaa.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} count as the same course; only one of them counts.</source>
      <translation>{a} ja {b} ovat sama kurssi; vain toinen niistä lasketaan.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>A university exam of {item} falls in the school's exam week[ ({week_start_date}–{week_end_date})][ on {dates}].</source>
      <translation>Kurssin {item} yliopistotentti osuu koulun koeviikolle[ ({week_start_date}–{week_end_date})][ päivinä {dates}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>A university exam of {item} falls on a matriculation exam day[ ({subject})][ on {dates}].</source>
      <translation>Kurssin {item} yliopistotentti osuu ylioppilaskoepäivälle[ ({subject})][ päivinä {dates}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Total credits short: {planned} op planned of {required} required ({short} op missing).</source>
      <translation>Opintopisteitä liian vähän: {planned} op suunniteltu, vaaditaan {required} ({short} op puuttuu).</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Compulsory studies in {subject} short: {planned} op of {required} ({short} op missing)[; missing {missing_list}].</source>
      <translation>Oppiaineen {subject} pakollisia opintoja liian vähän: {planned} op / {required} ({short} op puuttuu)[; puuttuvat {missing_list}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>National electives short: {planned} op planned of {required} required ({short} op missing).</source>
      <translation>Valtakunnallisia valinnaisia liian vähän: {planned} op suunniteltu, vaaditaan {required} ({short} op puuttuu).</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Music and visual arts short: {planned} op of {required} (music {mu}, visual arts {ku}; at least {min_each} each).</source>
      <translation>Musiikkia ja kuvataidetta liian vähän: {planned} op / {required} (musiikki {mu}, kuvataide {ku}; kumpaakin vähintään {min_each}).</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{op} op planned in period {period}, more than the {limit} op limit.</source>
      <translation>Jaksolle {period} on suunniteltu {op} op, enemmän kuin {limit} op:n raja.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{hours} h of scheduled sessions in week {week}[ ({week_dates})], more than the {limit} h limit.</source>
      <translation>Viikolla {week}[ ({week_dates})] on {hours} h opetusta, enemmän kuin {limit} h:n raja.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} is not in the catalogue or the curriculum.</source>
      <translation>Kurssia {item} ei ole kurssitarjonnassa eikä opetussuunnitelmassa.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Error</source>
      <translation>Virhe</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Warning</source>
      <translation>Varoitus</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Note</source>
      <translation>Huomautus</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Accepted by {who} on {when}: {why}</source>
      <translation>Hyväksynyt {who} {when}: {why}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Open</source>
      <translation>Avoin</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Overlapping sessions: {items}</source>
      <translation>Päällekkäiset tapaamiset: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{count} times ({dates})</source>
      <translation>{count} kertaa ({dates})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>up to {minutes} min each</source>
      <translation>enintään {minutes} min kerrallaan</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>rooms {room_a} / {room_b}</source>
      <translation>tilat {room_a} / {room_b}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Not enough time to travel: {items}</source>
      <translation>Siirtymäaika ei riitä: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>needs {needed} min, has {available} min</source>
      <translation>tarvitaan {needed} min, aikaa {available} min</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Room too small: {items}</source>
      <translation>Tila on liian pieni: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>room {room}</source>
      <translation>tila {room}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{planned} students, {capacity} seats</source>
      <translation>{planned} opiskelijaa, {capacity} paikkaa</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Not enough seats for upper secondary students: {items}</source>
      <translation>Lukiolaisten paikat eivät riitä: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{planned} planned, {seats} seats</source>
      <translation>{planned} suunnitellut, {seats} paikkaa</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Prerequisite missing: {label}</source>
      <translation>Esitieto puuttuu: {label}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>needs {prerequisite}</source>
      <translation>tarvitaan {prerequisite}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Prerequisite planned later: {label}</source>
      <translation>Esitieto on suunniteltu myöhemmäksi: {label}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{period}</source>
      <translation>{period}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>prerequisite {prerequisite_label}</source>
      <translation>esitieto {prerequisite_label}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{prerequisite_period}</source>
      <translation>{prerequisite_period}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Two courses of the same bar: {items}</source>
      <translation>Kaksi kurssia samassa palkissa: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>bar {bar}</source>
      <translation>palkki {bar}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>The same course twice: {items}</source>
      <translation>Sama opinto kahdesti: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>University exam in the school's exam week: {items}</source>
      <translation>Yliopiston tentti lukion koeviikolla: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{dates}</source>
      <translation>{dates}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>University exam on a matriculation exam day: {items}</source>
      <translation>Yliopiston tentti ylioppilaskoepäivänä: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>exam {subject}</source>
      <translation>koe {subject}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Too few credits</source>
      <translation>Opintopisteitä liian vähän</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{planned} / {required} op</source>
      <translation>{planned} / {required} op</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{short} op short</source>
      <translation>puuttuu {short} op</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Compulsory studies missing</source>
      <translation>Pakollisia opintoja puuttuu</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{subject}</source>
      <translation>{subject}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>missing {missing}</source>
      <translation>puuttuvat {missing}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Too few national electives</source>
      <translation>Valtakunnallisia valinnaisia liian vähän</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Too little music and visual arts</source>
      <translation>Musiikkia ja kuvataidetta liian vähän</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>MU {mu} op, KU {ku} op (at least {min_each} each)</source>
      <translation>MU {mu} op, KU {ku} op (kumpaakin vähintään {min_each})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Heavy period</source>
      <translation>Jakson kuormitus on suuri</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{op} op (limit {limit})</source>
      <translation>{op} op (enintään {limit})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Many hours in one week</source>
      <translation>Viikon tuntimäärä on suuri</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>week {week}</source>
      <translation>viikko {week}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{hours} h (limit {limit} h)</source>
      <translation>{hours} h (enintään {limit} h)</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Unknown course: {items}</source>
      <translation>Tuntematon kurssi: {items}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wording/findings.py" />
      <source>and %n more</source>
      <translation>
        <numerusform>ja %n muu</numerusform>
        <numerusform>ja %n muuta</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ServiceError</name>
    <message>
      <source>{code} is not offered in period {number} of {year}.</source>
      <translation>Kurssia {code} ei tarjota lukuvuoden {year} jaksossa {number}.</translation>
    </message>
    <message>
      <source>The plan has no item {item_id}.</source>
      <translation>Suunnitelmassa ei ole kohdetta {item_id}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{sitting!r} is not a matriculation sitting; write it like 'spring 2027' or '2027-autumn'.</source>
      <translation>{sitting!r} ei ole ylioppilastutkinnon tutkintokerta; kirjoita se muodossa 'kevät 2027' tai '2027-autumn'.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {number} has no sitting set for {subject}.</source>
      <translation>Opiskelijalle {number} ei ole asetettu tutkintokertaa aineessa {subject}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {number} does not write {subject} in the matriculation examination.</source>
      <translation>Opiskelija {number} ei kirjoita ainetta {subject} ylioppilastutkinnossa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{subject} is listed twice.</source>
      <translation>{subject} on luettelossa kahdesti.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{subject!r} is not a subject code of the matriculation examination (MA, AI, EN…).</source>
      <translation>{subject!r} ei ole ylioppilastutkinnon aineen koodi (MA, AI, EN…).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The sittings {first} to {last} span {count} sittings; the matriculation examination is written in at most three consecutive sittings.</source>
      <translation>Tutkintokerrat {first}–{last} kattavat {count} tutkintokertaa; ylioppilastutkinto suoritetaan enintään kolmena peräkkäisenä tutkintokertana.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code} is a module of the national curriculum; a local course needs the school's own code.</source>
      <translation>{code} on valtakunnallisen opetussuunnitelman moduuli; paikallinen kurssi tarvitsee koulun oman koodin.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{op} is not a sensible number of credits.</source>
      <translation>{op} ei ole järkevä opintopistemäärä.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Local course {school} {code} is still used by {groups} course groups and {items} plan items; it was kept.</source>
      <translation>Paikallista kurssia {school} {code} käyttää vielä {groups} kurssiryhmää ja {items} suunnitelman kurssia; se säilytettiin.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no school {code!r}.</source>
      <translation>Koulua {code!r} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {school} has no local course {code}.</source>
      <translation>Koululla {school} ei ole paikallista kurssia {code}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code!r} is not a course code.</source>
      <translation>{code!r} ei ole kurssikoodi.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code!r} is not an Aalto course code like CS-A1111.</source>
      <translation>{code!r} ei ole Aallon kurssikoodi kuten CS-A1111.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_name!r} was changed by {who} at {when} after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Suunnitelmaa {plan_name!r} muutti {who} {when} sen jälkeen, kun tämä ikkuna näytti sen; mitään ei tallennettu. Lataa uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Another plan, {plan_name!r}, is the student's active plan now (last changed by {who} at {when}), not the one this window showed; nothing was saved. Reload to see it.</source>
      <translation>Opiskelijan käytössä oleva suunnitelma on nyt toinen, {plan_name!r} (viimeksi muuttanut {who} {when}), eikä se, jonka tämä ikkuna näytti; mitään ei tallennettu. Lataa uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {number} ({name}) was archived by {who} at {when} after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Opiskelijan {number} ({name}) arkistoi {who} {when} sen jälkeen, kun tämä ikkuna näytti hänet; mitään ei tallennettu. Lataa uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {number} ({name}) was brought back from the archive by {who} at {when} after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Opiskelijan {number} ({name}) palautti arkistosta {who} {when} sen jälkeen, kun tämä ikkuna näytti hänet; mitään ei tallennettu. Lataa uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>someone else</source>
      <translation>joku muu</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Give the schools the counsellor {role} serves.</source>
      <translation>Anna koulut, joita opinto-ohjaaja {role} palvelee.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Line {line}: there is no student with the number {number!r}.</source>
      <translation>Rivi {line}: opiskelijaa numerolla {number!r} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Line {line}: {reason}</source>
      <translation>Rivi {line}: {reason}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {where} has no table {table}: open it with the planner once (it brings the tables up to date), then set it up for sharing.</source>
      <translation>Tietokannassa {where} ei ole taulua {table}: avaa se kerran suunnittelijalla (se päivittää taulut), ja ota se sitten yhteiskäyttöön.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Logins and rights are for a shared PostgreSQL database; {where} is one person's own file.</source>
      <translation>Tunnukset ja oikeudet ovat yhteiselle PostgreSQL-tietokannalle; {where} on yhden henkilön oma tiedosto.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database refused: {reason}</source>
      <translation>Tietokanta kieltäytyi: {reason}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no person with the login {role!r}.</source>
      <translation>Tunnuksella {role!r} ei ole henkilöä.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{role!r} cannot be a login: use 2 to 63 lower-case letters, digits and underscores, starting with a letter.</source>
      <translation>{role!r} ei kelpaa tunnukseksi: käytä 2–63 pientä kirjainta, numeroa ja alaviivaa, ja aloita kirjaimella.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>A password needs at least 8 characters.</source>
      <translation>Salasanassa on oltava vähintään 8 merkkiä.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{kind!r} is not a kind of person.</source>
      <translation>{kind!r} ei ole henkilön laji.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The login {role!r} exists already.</source>
      <translation>Tunnus {role!r} on jo olemassa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The student has a login already: {role!r}.</source>
      <translation>Opiskelijalla on jo tunnus: {role!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Your login may not do this; the database refused it ({reason}). Nothing was saved.</source>
      <translation>Tunnuksellasi ei voi tehdä tätä; tietokanta kieltäytyi ({reason}). Mitään ei tallennettu.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Only a counsellor of the student's school or an admin may export or erase a student's personal data.</source>
      <translation>Vain opiskelijan koulun opinto-ohjaaja tai ylläpitäjä voi viedä tai poistaa opiskelijan henkilötiedot.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Personal data erased.</source>
      <translation>Henkilötiedot poistettu.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{thing} added.</source>
      <translation>{thing} lisätty.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{thing} removed.</source>
      <translation>{thing} poistettu.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{thing} changed: {fields}.</source>
      <translation>{thing} muutettu: {fields}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {name}</source>
      <translation>Opiskelija {name}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {name}</source>
      <translation>Suunnitelma {name}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Course {name}</source>
      <translation>Kurssi {name}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Acceptance of {name}</source>
      <translation>Hyväksyntä {name}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Cannot write the history as {kind!r}; use csv or json.</source>
      <translation>Historiaa ei voi tallentaa muodossa {kind!r}; käytä csv- tai json-muotoa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{count} students match {query!r}: {names}.</source>
      <translation>{count} opiskelijaa vastaa hakua {query!r}: {names}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Say which student: a student number, id or name.</source>
      <translation>Kerro, mikä opiskelija: opiskelijanumero, tunniste tai nimi.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No student matches {query!r}.</source>
      <translation>Yksikään opiskelija ei vastaa hakua {query!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{count} students match {query!r}: {shown} and {more} more.</source>
      <translation>{count} opiskelijaa vastaa hakua {query!r}: {shown} ja {more} muuta.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown period {period!r}; periods look like OTA:2026-27/2.</source>
      <translation>Tuntematon jakso {period!r}; jaksot kirjoitetaan muodossa OTA:2026-27/2.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown provider {value!r}; use school or aalto.</source>
      <translation>Tuntematon järjestäjä {value!r}; käytä school tai aalto.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown import kind {kind!r}; use one of {choices}.</source>
      <translation>Tuntematon tuontilaji {kind!r}; käytä jotakin näistä: {choices}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Import of {path} failed, nothing was written: {first}</source>
      <translation>Tiedoston {path} tuonti epäonnistui, mitään ei tallennettu: {first}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Cannot write {target}: {reason}.</source>
      <translation>Tiedostoa {target} ei voi kirjoittaa: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>--course {course}: no course with that code or key.</source>
      <translation>--course {course}: ei kurssia tällä koodilla tai tunnisteella.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The plan file's student {number} belongs to school {school!r}, which is not in the database.</source>
      <translation>Suunnitelmatiedoston opiskelija {number} kuuluu kouluun {school!r}, jota ei ole tietokannassa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code}: grade {grade!r} is not on the {provider} scale ({scale}).</source>
      <translation>{code}: arvosana {grade!r} ei kuulu asteikkoon {provider} ({scale}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The plan file's student {number} cannot be added: {problems}</source>
      <translation>Suunnitelmatiedoston opiskelijaa {number} ei voi lisätä: {problems}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The plan file's plan {plan!r}: {problem}</source>
      <translation>Suunnitelmatiedoston suunnitelma {plan!r}: {problem}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No student {student_id}.</source>
      <translation>Opiskelijaa {student_id} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No student with id {student_id}.</source>
      <translation>Ei opiskelijaa tunnisteella {student_id}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no plan with id {plan_id}.</source>
      <translation>Suunnitelmaa tunnisteella {plan_id} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no plan item with id {item_id}.</source>
      <translation>Suunnitelman kohtaa tunnisteella {item_id} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Course {item_code} of plan {plan_name!r} was changed elsewhere (last change of the plan at {when}) after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Suunnitelman {plan_name!r} kurssia {item_code} on muutettu muualla (suunnitelman viimeisin muutos {when}) sen jälkeen, kun tämä ikkuna näytti sen; mitään ei tallennettu. Lataa uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Someone else saved a change to the same data at the same moment; nothing was saved. Reload to see it.</source>
      <translation>Joku muu tallensi muutoksen samoihin tietoihin samalla hetkellä; mitään ei tallennettu. Lataa uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_name!r} was made the active plan elsewhere (at {when}) after this window showed another; nothing was saved. Reload to see it.</source>
      <translation>Suunnitelma {plan_name!r} valittiin muualla käytössä olevaksi suunnitelmaksi ({when}) sen jälkeen, kun tämä ikkuna näytti toisen; mitään ei tallennettu. Lataa uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {number} ({name}) was changed elsewhere (last change at {when}) after this form opened; nothing was saved. Reload to see it.</source>
      <translation>Opiskelijaa {number} ({name}) on muutettu muualla (viimeisin muutos {when}) tämän lomakkeen avaamisen jälkeen; mitään ei tallennettu. Lataa uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The acceptance of finding {finding_key!r} in plan {plan_name!r} was changed by {who} at {when} after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Suunnitelman {plan_name!r} havainnon {finding_key!r} hyväksyntää muutti {who} {when} sen jälkeen, kun tämä ikkuna näytti sen; mitään ei tallennettu. Lataa uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {seen!r} was renamed elsewhere to {plan_name!r} (at {when}) after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Suunnitelma {seen!r} nimettiin muualla uudelleen nimellä {plan_name!r} ({when}) sen jälkeen, kun tämä ikkuna näytti sen; mitään ei tallennettu. Lataa uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Course {offering} has no group {groups} (groups: {have}).</source>
      <translation>Kurssilla {offering} ei ole ryhmää {groups} (ryhmät: {have}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no course offering {offering_key!r} in the catalogue.</source>
      <translation>Kurssitarjonnassa ei ole kurssitoteutusta {offering_key!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan item {row_id} exists already; nothing to restore.</source>
      <translation>Suunnitelman kohta {row_id} on jo olemassa; palautettavaa ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Course offering {offering!r} is no longer in the catalogue.</source>
      <translation>Kurssitoteutusta {offering!r} ei ole enää kurssitarjonnassa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Item {item_code} is not linked to a course offering with groups.</source>
      <translation>Kohtaa {item_code} ei ole liitetty ryhmiä sisältävään kurssitoteutukseen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Which finding to accept is missing (empty finding key).</source>
      <translation>Hyväksyttävä huomio puuttuu (tyhjä huomion tunniste).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Say who accepts the finding.</source>
      <translation>Kerro, kuka hyväksyy huomion.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Give a reason for accepting the finding.</source>
      <translation>Anna peruste huomion hyväksymiselle.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_id} has no acceptance for finding {finding_key!r}.</source>
      <translation>Suunnitelmassa {plan_id} ei ole hyväksyntää huomiolle {finding_key!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>A plan needs a name.</source>
      <translation>Suunnitelma tarvitsee nimen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>A plan name can be at most {most} characters.</source>
      <translation>Suunnitelman nimessä voi olla enintään {most} merkkiä.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The student already has a plan called {text!r}.</source>
      <translation>Opiskelijalla on jo suunnitelma nimeltä {text!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no student with id {student_id}.</source>
      <translation>Opiskelijaa tunnisteella {student_id} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_name!r} is the student's only plan; it cannot be deleted.</source>
      <translation>Suunnitelma {plan_name!r} on opiskelijan ainoa suunnitelma; sitä ei voi poistaa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_id} exists already; nothing to restore.</source>
      <translation>Suunnitelma {plan_id} on jo olemassa; palautettavaa ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown status {status!r}; use one of {allowed}.</source>
      <translation>Tuntematon tila {status!r}; käytä jotakin näistä: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_id} is not a version of {student_name}.</source>
      <translation>Suunnitelma {plan_id} ei ole opiskelijan {student_name} versio.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No plan is open.</source>
      <translation>Yhtään suunnitelmaa ei ole auki.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building code {code!r}: use 1–20 letters, digits, '-', '_' or '.'.</source>
      <translation>Rakennuksen koodi {code!r}: käytä 1–20 kirjainta, numeroa tai merkkejä '-', '_' ja '.'.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code}: the name is empty.</source>
      <translation>Rakennus {code}: nimi puuttuu.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code}: site {site!r} must be a short lower-case word (e.g. otaniemi).</source>
      <translation>Rakennus {code}: kampuksen {site!r} on oltava lyhyt pienin kirjaimin kirjoitettu sana (esim. otaniemi).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code}: latitude {lat} is not between -90 and 90.</source>
      <translation>Rakennus {code}: leveysaste {lat} ei ole välillä -90 ja 90.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code}: longitude {lon} is not between -180 and 180.</source>
      <translation>Rakennus {code}: pituusaste {lon} ei ole välillä -180 ja 180.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room code {code!r}: use 1–20 letters, digits, '-', '_' or '.'.</source>
      <translation>Tilan koodi {code!r}: käytä 1–20 kirjainta, numeroa tai merkkejä '-', '_' ja '.'.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: capacity {capacity!r} is not a whole number.</source>
      <translation>{where}: paikkamäärä {capacity!r} ei ole kokonaisluku.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: capacity {capacity} must be 0 (unknown) to {most}.</source>
      <translation>{where}: paikkamäärän {capacity} on oltava 0 (tuntematon) – {most}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: kind {kind!r} must be a short word such as {kinds}.</source>
      <translation>{where}: tilan tyypin {kind!r} on oltava lyhyt sana, esimerkiksi {kinds}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel {a} → {b}: within one site the audit walks; no entry needed.</source>
      <translation>Siirtymä {a} → {b}: saman kampuksen sisällä tarkistus laskee kävelyn; merkintää ei tarvita.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel {a} → {b}: {minutes!r} must be 0–{most} minutes.</source>
      <translation>Siirtymä {a} → {b}: arvon {minutes!r} on oltava 0–{most} minuuttia.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building code {b_code} is already in use ({row_name}).</source>
      <translation>Rakennuksen koodi {b_code} on jo käytössä ({row_name}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No building {b_code}.</source>
      <translation>Rakennusta {b_code} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No building {code}.</source>
      <translation>Rakennusta {code} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code} is still used by {rooms} room(s), {sessions} session(s); move or delete them first.</source>
      <translation>Rakennusta {code} käyttää vielä {rooms} tila(a) ja {sessions} tapaamista; siirrä tai poista ne ensin.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {r_key}: there is no building {building!r}.</source>
      <translation>Tila {r_key}: rakennusta {building!r} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {r_key} already exists.</source>
      <translation>Tila {r_key} on jo olemassa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No room {r_key}.</source>
      <translation>Tilaa {r_key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No room {key}.</source>
      <translation>Tilaa {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {key} holds {used} session(s); move them first.</source>
      <translation>Tilassa {key} on {used} tapaamista; siirrä ne ensin.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel: site {site!r} must be a short lower-case word.</source>
      <translation>Siirtymä: kampuksen {site!r} on oltava lyhyt pienin kirjaimin kirjoitettu sana.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code} is still used by {rooms} room(s), {sessions} session(s) and school {schools}; move or delete them first.</source>
      <translation>Rakennusta {code} käyttää vielä {rooms} tila(a), {sessions} tapaamista ja koulu {schools}; siirrä tai poista ne ensin.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No students in group {group!r} (groups: {known}).</source>
      <translation>Ryhmässä {group!r} ei ole opiskelijoita (ryhmät: {known}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No students chosen for printing.</source>
      <translation>Tulostettavia opiskelijoita ei ole valittu.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{target} is a folder; give the merged PDF a file name.</source>
      <translation>{target} on kansio; anna yhdistetylle PDF:lle tiedostonimi.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{folder} is a file; give a folder for one PDF per student.</source>
      <translation>{folder} on tiedosto; anna kansio, johon tulee yksi PDF opiskelijaa kohden.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No study plan could be printed (student {sid}: {message}).</source>
      <translation>Yhtään opintosuunnitelmaa ei voitu tulostaa (opiskelija {sid}: {message}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No students in group {group!r} at {school} (groups: {known}).</source>
      <translation>Koulun {school} ryhmässä {group!r} ei ole opiskelijoita (ryhmät: {known}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Cannot create the folder {folder}: {reason}.</source>
      <translation>Kansiota {folder} ei voi luoda: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The printing processes stopped unexpectedly after {count} students ({reason}).</source>
      <translation>Tulostusprosessit pysähtyivät odottamatta {count} opiskelijan jälkeen ({reason}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{student_name} has no plan called {name!r} (plans: {known}).</source>
      <translation>Opiskelijalla {student_name} ei ole suunnitelmaa nimeltä {name!r} (suunnitelmat: {known}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no period {key!r} (periods of the student's school: {known}).</source>
      <translation>Jaksoa {key!r} ei ole (opiskelijan koulun jaksot: {known}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown document language {lang!r}: use fi, sv or en.</source>
      <translation>Tuntematon asiakirjan kieli {lang!r}: käytä fi, sv tai en.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_name!r} is not a plan of {student_name}.</source>
      <translation>Suunnitelma {plan_name!r} ei ole opiskelijan {student_name} suunnitelma.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The calendar did not validate: {problem}.</source>
      <translation>Kalenteri ei läpäissyt tarkistusta: {problem}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Cannot write {path}: {reason}.</source>
      <translation>Tiedostoa {path} ei voi kirjoittaa: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>ECTS→op rate {rate!r} must be a number above 0 and at most {most}.</source>
      <translation>ECTS→op-kertoimen {rate!r} on oltava lukua 0 suurempi ja enintään {most}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel buffer {minutes!r} must be 0–{most} whole minutes.</source>
      <translation>Siirtymävaran {minutes!r} on oltava 0–{most} kokonaista minuuttia.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Credit override: {code!r} is not a course code.</source>
      <translation>Laajuuden korjaus: {code!r} ei ole kurssikoodi.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Credit override {clean}: {op!r} must be 0–60 op.</source>
      <translation>Laajuuden korjaus {clean}: arvon {op!r} on oltava 0–60 op.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Matriculation day {day}: {subject!r} is not a subject code (MA, AI…).</source>
      <translation>Ylioppilaskoepäivä {day}: {subject!r} ei ole aineen koodi (MA, AI…).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Matriculation day {day}: exams are held on weekdays, not {day:%A}.</source>
      <translation>Ylioppilaskoepäivä {day}: kokeet pidetään arkipäivinä, ei päivänä {day:%A}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No period {period_key}.</source>
      <translation>Jaksoa {period_key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Exam week of {period_key}: give both the first and last day.</source>
      <translation>Jakson {period_key} koeviikko: anna sekä ensimmäinen että viimeinen päivä.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Matriculation day {day} {code} is already listed.</source>
      <translation>Ylioppilaskoepäivä {day} {code} on jo listalla.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No matriculation day {day} {subject}.</source>
      <translation>Ylioppilaskoepäivää {day} {subject} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Exam week of {period_key}: {end} is before {start}.</source>
      <translation>Jakson {period_key} koeviikko: {end} on ennen päivää {start}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Exam week of {period_key}: {start}–{end} is outside the period {start_of_period}–{end_of_period}.</source>
      <translation>Jakson {period_key} koeviikko: {start}–{end} on jakson {start_of_period}–{end_of_period} ulkopuolella.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no course offering {key!r} in the catalogue.</source>
      <translation>Kurssitarjonnassa ei ole kurssitoteutusta {key!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Cannot create the database at {url}: {reason}.</source>
      <translation>Tietokantaa ei voi luoda sijaintiin {url}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{url!r} is not a database URL the planner can use ({exc}).</source>
      <translation>{url!r} ei ole tietokannan osoite, jota suunnittelija voi käyttää ({exc}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {where} was made by a newer version of the planner ({exc}).</source>
      <translation>Tietokanta {where} on tehty suunnittelijan uudemmalla versiolla ({exc}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {where} cannot be used: {exc}.</source>
      <translation>Tietokantaa {where} ei voi käyttää: {exc}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {path} is no longer there: it was deleted or moved while the planner was open.

The edit was not made. Everything stored before is still open in the planner: choose Write back to put it at {path} again.</source>
      <translation>Tietokantaa {path} ei enää ole: se poistettiin tai siirrettiin, kun ohjelma oli auki.

Muutosta ei tehty. Kaikki aiemmin tallennettu on yhä auki ohjelmassa: valitse Kirjoita takaisin tallentaaksesi sen uudelleen kohteeseen {path}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {path} is no longer there: {reason} while the planner was open.

The edit was not made. Everything stored before is still open in the planner: choose Write back to put it at {path} again.</source>
      <translation>Tietokantaa {path} ei enää ole: {reason}, kun ohjelma oli auki.

Muutosta ei tehty. Kaikki aiemmin tallennettu on yhä auki ohjelmassa: valitse Kirjoita takaisin tallentaaksesi sen uudelleen kohteeseen {path}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {path} is no longer there: another file has taken its place while the planner was open.

The edit was not made. Everything stored before is still open in the planner: choose Write back to put it at {path} again.</source>
      <translation>Tietokantaa {path} ei enää ole: toinen tiedosto on tullut sen tilalle, kun ohjelma oli auki.

Muutosta ei tehty. Kaikki aiemmin tallennettu on yhä auki ohjelmassa: valitse Kirjoita takaisin tallentaaksesi sen uudelleen kohteeseen {path}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{path} exists again; it was left as it is.</source>
      <translation>{path} on taas olemassa; sitä ei muutettu.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Only an SQLite file can be written back.</source>
      <translation>Vain SQLite-tiedoston voi kirjoittaa takaisin.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database could not be written back to {path}: {reason}</source>
      <translation>Tietokantaa ei voitu kirjoittaa takaisin kohteeseen {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database could not be written back to {path}: {copied} of {count} students</source>
      <translation>Tietokantaa ei voitu kirjoittaa takaisin kohteeseen {path}: {copied}/{count} opiskelijaa</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>is empty</source>
      <translation>on tyhjä</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>is longer than {most} characters</source>
      <translation>on pidempi kuin {most} merkkiä</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{value!r} may hold only letters, spaces, hyphens and apostrophes</source>
      <translation>{value!r} saa sisältää vain kirjaimia, välilyöntejä, yhdysmerkkejä ja heittomerkkejä</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{number!r} is not a student number (3–20 letters, digits or hyphens)</source>
      <translation>{number!r} ei ole opiskelijanumero (3–20 kirjainta, numeroa tai yhdysmerkkiä)</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{number} already belongs to {first_name} {last_name}</source>
      <translation>{number} kuuluu jo opiskelijalle {first_name} {last_name}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>no school {school!r} (known: {known})</source>
      <translation>koulua {school!r} ei ole (tunnetut: {known})</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>is longer than 20 characters</source>
      <translation>on pidempi kuin 20 merkkiä</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{maths!r} must be MAA (long) or MAB (short)</source>
      <translation>{maths!r}: oltava MAA (pitkä) tai MAB (lyhyt)</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{value!r} is not a {curriculum_name} syllabus of {subjects} (one of {allowed})</source>
      <translation>{value!r} ei ole opetussuunnitelman {curriculum_name} oppimäärä aineessa {subjects} (jokin näistä: {allowed})</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>not a subject code: {codes}</source>
      <translation>ei aineen koodi: {codes}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{raw!r} is not a year</source>
      <translation>{raw!r} ei ole vuosiluku</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{year} is outside {low}–{high}</source>
      <translation>{year} ei ole välillä {low}–{high}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: {text!r} is not a time range such as 08:15-09:30.</source>
      <translation>{where}: {text!r} ei ole kellonaikaväli, kuten 08:15-09:30.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: {text!r} is not a time of day.</source>
      <translation>{where}: {text!r} ei ole kellonaika.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: the lesson ends before it starts.</source>
      <translation>{where}: oppitunti päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Weekly slot {text!r}: start with a weekday (Mon … Sun), then the times.</source>
      <translation>Viikkoaika {text!r}: aloita viikonpäivällä (ma … su), sitten kellonajat.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{text!r} is not a date such as 2026-10-05 or 5.10.2026.</source>
      <translation>{text!r} ei ole päivämäärä, kuten 2026-10-05 tai 5.10.2026.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no period {period}.</source>
      <translation>Jaksoa {period} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Give at least one weekly slot (e.g. Mon 08:15-09:30).</source>
      <translation>Anna ainakin yksi viikkoaika (esim. ma 08:15-09:30).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The pattern holds no lesson: no date falls in it.</source>
      <translation>Toistossa ei ole yhtään oppituntia: yksikään päivä ei osu siihen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The pattern holds {count} lessons; at most {most} are looked at once.</source>
      <translation>Toistossa on {count} oppituntia; kerralla tarkastellaan enintään {most}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no school {school}.</source>
      <translation>Koulua {school} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Group size {size!r} must be a whole number from 1.</source>
      <translation>Ryhmän koon {size!r} on oltava kokonaisluku 1:stä alkaen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Free rooms need an open workspace.</source>
      <translation>Vapaiden tilojen haku tarvitsee avoimen tietokannan.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No school course group {course} {group}.</source>
      <translation>Koulun kurssiryhmää {course} {group} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{course} names {count} school course groups: {keys}; give the offering key and the group.</source>
      <translation>{course} vastaa {count} koulun kurssiryhmää: {keys}; anna toteutuksen tunniste ja ryhmä.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {room} is taken on {dates}; choose another room.</source>
      <translation>Tila {room} on varattu {dates}; valitse toinen tila.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code} is an Aalto course: its rooms are Aalto's; only school course groups are booked here.</source>
      <translation>{code} on Aallon kurssi: sen tilat ovat Aallon; täällä varataan vain koulun kurssiryhmille.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The sessions booked in {room} for {course} {group} were changed since; nothing was undone. Reload to see them.</source>
      <translation>Tilaan {room} ryhmälle {course} {group} varattuja kertoja on muutettu sen jälkeen; mitään ei peruttu. Lataa uudelleen nähdäksesi ne.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no course offering {key}.</source>
      <translation>Kurssitoteutusta {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code} ({key}) is a school course: seats, prerequisites and overlapping courses are set here for Aalto realisations.</source>
      <translation>{code} ({key}) on koulun kurssi: paikat, esitiedot ja päällekkäiset kurssit asetetaan täällä Aallon toteutuksille.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code}: seats {seats!r} must be a whole number 0–{most}, or empty (not limited).</source>
      <translation>{code}: paikkamäärän {seats!r} on oltava kokonaisluku 0–{most} tai tyhjä (ei rajattu).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code}: {field}: {bad!r} is not a course or module code.</source>
      <translation>{code}: {field}: {bad!r} ei ole kurssin tai moduulin koodi.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code}: {field}: at most {most} codes.</source>
      <translation>{code}: {field}: enintään {most} koodia.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code}: a course is not among its own {field}.</source>
      <translation>{code}: kurssi ei voi olla omissa kohdissaan ({field}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The seats or links of {code} were changed by someone else since you saw them; nothing was saved. Reload to see them.</source>
      <translation>Joku muu on muuttanut kurssin {code} paikkoja tai linkkejä sen jälkeen, kun näit ne; mitään ei tallennettu. Lataa uudelleen nähdäksesi ne.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>prerequisites</source>
      <translation>esitiedot</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>overlapping courses</source>
      <translation>päällekkäiset kurssit</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{what} is not a record of the school setup.</source>
      <translation>{what} ei ole koulun perustietojen tietue.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{what} was changed by someone else since you saw it; nothing was saved. Reload to see it.</source>
      <translation>Joku muu on muuttanut kohdetta {what} sen jälkeen, kun näit sen; mitään ei tallennettu. Lataa tiedot uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday {name}: say which stored holiday to change.</source>
      <translation>Loma {name}: kerro, mitä tallennettua lomaa muutetaan.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>A {kind} can only be changed into a {kind}.</source>
      <translation>Tietueen {kind} voi muuttaa vain tietueeksi {kind}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The {what} cannot be changed ({old} → {new}); add a new one and remove the old.</source>
      <translation>Tietoa {what} ei voi muuttaa ({old} → {new}); lisää uusi ja poista vanha.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown kind {kind!r}; use one of {choices}.</source>
      <translation>Tuntematon laji {kind!r}; käytä jotakin näistä: {choices}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no holiday {key}.</source>
      <translation>Lomaa {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{path}: [[holidays]] {name} from {start} is listed twice for {school}.</source>
      <translation>{path}: [[holidays]] {name} alkaen {start} on lueteltu kahdesti koululle {school}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{path}: [[{table}]] {ident}: {reason}</source>
      <translation>{path}: taulukko [[{table}]], {ident}: {reason}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{path}: [[{table}]] {ident} is listed twice.</source>
      <translation>{path}: taulukossa [[{table}]] {ident} on lueteltu kahdesti.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School code {code!r}: use 1–20 letters, digits, '-', '_' or '.'.</source>
      <translation>Koulun tunnus {code!r}: käytä 1–20 kirjainta, numeroa tai merkkejä '-', '_' ja '.'.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {code}: the name must be 1–200 characters.</source>
      <translation>Koulu {code}: nimen pituus on 1–200 merkkiä.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {code}: give the code of its building.</source>
      <translation>Koulu {code}: anna sen rakennuksen tunnus.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {code}: curriculum {curriculum!r} must be a short name such as LOPS2021.</source>
      <translation>Koulu {code}: opetussuunnitelman {curriculum!r} on oltava lyhyt nimi, kuten LOPS2021.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School year {year!r} is not like 2026-27 (two consecutive years).</source>
      <translation>Lukuvuosi {year!r} ei ole muotoa 2026-27 (kaksi peräkkäistä vuotta).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School year {school} {year}: it ends ({end}) before it starts ({start}).</source>
      <translation>Lukuvuosi {school} {year}: se päättyy ({end}) ennen kuin alkaa ({start}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School year {school} {year}: {start}–{end} is not within {low}–{high}.</source>
      <translation>Lukuvuosi {school} {year}: {start}–{end} ei ole välillä {low}–{high}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: the number must be a whole number.</source>
      <translation>Jakso {key}: numeron on oltava kokonaisluku.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: the number must be 1–{most}.</source>
      <translation>Jakso {key}: numeron on oltava 1–{most}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: it ends ({end}) before it starts ({start}).</source>
      <translation>Jakso {key}: se päättyy ({end}) ennen kuin alkaa ({start}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: give both the first and last day of the exam week.</source>
      <translation>Jakso {key}: anna koeviikon sekä ensimmäinen että viimeinen päivä.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday of {school} from {start}: the name must be 1–80 characters.</source>
      <translation>Koulun {school} loma alkaen {start}: nimen pituus on 1–80 merkkiä.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday {name}: it ends ({end}) before it starts ({start}).</source>
      <translation>Loma {name}: se päättyy ({end}) ennen kuin alkaa ({start}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday {name}: {start}–{end} is longer than {most} days.</source>
      <translation>Loma {name}: {start}–{end} on pidempi kuin {most} päivää.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Matriculation day {day}: exams are held on weekdays, not on a weekend.</source>
      <translation>Ylioppilaskoepäivä {day}: kokeet pidetään arkipäivinä, ei viikonloppuna.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Walking speed {speed!r} must be {low:g}–{high:g} metres per minute.</source>
      <translation>Kävelynopeuden {speed!r} on oltava {low:g}–{high:g} metriä minuutissa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: the exam week ends ({end}) before it starts ({start}).</source>
      <translation>Jakso {key}: koeviikko päättyy ({end}) ennen kuin alkaa ({start}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: the exam week {start}–{end} is outside the period {period_start}–{period_end}.</source>
      <translation>Jakso {key}: koeviikko {start}–{end} on jakson {period_start}–{period_end} ulkopuolella.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday {name}: kind {kind!r} must be holiday or no-teaching.</source>
      <translation>Loma {name}: lajin {kind!r} on oltava holiday (loma) tai no-teaching (opetukseton päivä).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel: site {site!r} must be a short lower-case word (e.g. otaniemi).</source>
      <translation>Siirtymä: paikan {site!r} on oltava lyhyt pienin kirjaimin kirjoitettu sana (esim. otaniemi).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {key} is already in the setup.</source>
      <translation>Koulu {key} on jo perustiedoissa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no school {key}.</source>
      <translation>Koulua {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School year {key} is already in the setup.</source>
      <translation>Lukuvuosi {key} on jo perustiedoissa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no school year {key}.</source>
      <translation>Lukuvuotta {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key} is already in the setup.</source>
      <translation>Jakso {key} on jo perustiedoissa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no period {key}.</source>
      <translation>Jaksoa {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {key} is already in the setup.</source>
      <translation>Rakennus {key} on jo perustiedoissa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no building {key}.</source>
      <translation>Rakennusta {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {key} is already in the setup.</source>
      <translation>Tila {key} on jo perustiedoissa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no room {key}.</source>
      <translation>Tilaa {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel {key} is already in the setup.</source>
      <translation>Siirtymä {key} on jo perustiedoissa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no travel time {key}.</source>
      <translation>Siirtymäaikaa {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {code}: there is no building {building!r}; add the building first.</source>
      <translation>Koulu {code}: rakennusta {building!r} ei ole; lisää rakennus ensin.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {code} cannot be removed: it is still used by {users}.</source>
      <translation>Koulua {code} ei voi poistaa: sitä käyttävät vielä {users}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School year {school} {year}: {start}–{end} would leave out period(s) {periods}.</source>
      <translation>Lukuvuosi {school} {year}: {start}–{end} jättäisi ulkopuolelle jaksot {periods}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: the school year {school} {year} is not in the setup; add it first.</source>
      <translation>Jakso {key}: lukuvuotta {school} {year} ei ole perustiedoissa; lisää se ensin.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: {start}–{end} is outside the school year {year_start}–{year_end}.</source>
      <translation>Jakso {key}: {start}–{end} on lukuvuoden {year_start}–{year_end} ulkopuolella.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key} is an Aalto period, not a school's.</source>
      <translation>Jakso {key} on Aallon periodi, ei koulun jakso.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no school period {key}.</source>
      <translation>Koulun jaksoa {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key} cannot be removed: it is still used by {users}.</source>
      <translation>Jaksoa {key} ei voi poistaa: sitä käyttävät vielä {users}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday {name} from {start} is already in the setup of {school}.</source>
      <translation>Loma {name} alkaen {start} on jo koulun {school} perustiedoissa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no holiday with id {key}.</source>
      <translation>Lomaa tunnisteella {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code} cannot be removed: it is still used by {users}.</source>
      <translation>Rakennusta {code} ei voi poistaa: sitä käyttävät vielä {users}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {key}: there is no building {building!r}; add the building first.</source>
      <translation>Tila {key}: rakennusta {building!r} ei ole; lisää rakennus ensin.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {key} cannot be removed: it is still used by {users}. Move those lessons to another room first.</source>
      <translation>Tilaa {key} ei voi poistaa: sitä käyttävät vielä {users}. Siirrä nämä oppitunnit ensin toiseen tilaan.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Matriculation day {day} {subject} is already in the setup.</source>
      <translation>Ylioppilaskoepäivä {day} {subject} on jo perustiedoissa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no matriculation day {key}.</source>
      <translation>Ylioppilaskoepäivää {key} ei ole.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{what}: there is no school {code}; add the school first.</source>
      <translation>{what}: koulua {code} ei ole; lisää koulu ensin.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: {start}–{end} overlaps period {other} ({other_start}–{other_end}).</source>
      <translation>Jakso {key}: {start}–{end} menee päällekkäin jakson {other} ({other_start}–{other_end}) kanssa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no {kind} {key} (the key is {form}; see schoolaas setup list {kind}).</source>
      <translation>Tietuetta {kind} {key} ei ole (avain on muotoa {form}; katso schoolaas setup list {kind}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Adding a {kind} needs {missing} (as FIELD=VALUE).</source>
      <translation>Tietueen {kind} lisääminen vaatii tiedot {missing} (muodossa KENTTÄ=ARVO).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{word!r}: give FIELD=VALUE with FIELD one of {names}.</source>
      <translation>{word!r}: anna KENTTÄ=ARVO, jossa KENTTÄ on jokin näistä: {names}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{name}={text!r}: not {what}.</source>
      <translation>{name}={text!r}: ei kelpaa ({what}).</translation>
    </message>
    <message>
      <source>Accepting a finding needs --reason TEXT.</source>
      <translation>Havainnon hyväksyminen tarvitsee perustelun: --reason TEKSTI.</translation>
    </message>
    <message>
      <source>Duplicating a plan needs --name NEW.</source>
      <translation>Suunnitelman kopioiminen tarvitsee nimen: --name UUSI.</translation>
    </message>
    <message>
      <source>Plan {plan!r} has no finding {finding!r} (see: schoolaas plan show).</source>
      <translation>Suunnitelmassa {plan!r} ei ole havaintoa {finding!r} (katso: schoolaas plan show).</translation>
    </message>
    <message>
      <source>Plan {plan!r} has no item {item!r}.</source>
      <translation>Suunnitelmassa {plan!r} ei ole kohdetta {item!r}.</translation>
    </message>
    <message>
      <source>Plan {plan!r} holds {item} {count} times; give the item id: {ids}.</source>
      <translation>Suunnitelmassa {plan!r} on {item} {count} kertaa; anna kohteen tunniste: {ids}.</translation>
    </message>
    <message>
      <source>Say which plan to make active: --plan NAME.</source>
      <translation>Kerro, mikä suunnitelma tehdään aktiiviseksi: --plan NIMI.</translation>
    </message>
    <message>
      <source>That finding is not accepted: {key}.</source>
      <translation>Havaintoa ei ole hyväksytty: {key}.</translation>
    </message>
    <message>
      <source>The student has no plan {name!r} (plans: {known}).</source>
      <translation>Opiskelijalla ei ole suunnitelmaa {name!r} (suunnitelmat: {known}).</translation>
    </message>
    <message>
      <source>There is no course offering {course!r} in the catalogue.</source>
      <translation>Kurssitarjonnassa ei ole kurssia {course!r}.</translation>
    </message>
    <message>
      <source>Usage: schoolaas plan {usage}</source>
      <translation>Käyttö: schoolaas plan {usage}</translation>
    </message>
    <message>
      <source>{course} is offered {count} times; give the offering key or --period: {keys}.</source>
      <translation>Kurssia {course} tarjotaan {count} kertaa; anna toteutuksen tunniste tai --period: {keys}.</translation>
    </message>
    <message>
      <source>{status!r} is not a status; use one of: {known}.</source>
      <translation>{status!r} ei ole tila; käytä jotakin näistä: {known}.</translation>
    </message>
    <message>
      <source>--merged, --school and --jobs go with --group.</source>
      <translation>--merged, --school ja --jobs käyvät vain --groupin kanssa.</translation>
    </message>
    <message>
      <source>--plan works with one student; a group prints active plans.</source>
      <translation>--plan toimii yhden opiskelijan kanssa; ryhmälle tulostetaan aktiiviset suunnitelmat.</translation>
    </message>
    <message>
      <source>--time-limit must be more than 0 seconds.</source>
      <translation>--time-limit on oltava yli 0 sekuntia.</translation>
    </message>
    <message>
      <source>Aalto catalogue</source>
      <translation>Aallon kurssitarjonta</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}.</source>
      <translation>Tiedostoa {path} ei voi lukea: {reason}.</translation>
    </message>
    <message>
      <source>Do not put a password in the database URL (anyone on the machine can read a command line): use ~/.pgpass, PGPASSWORD or a service file, or let the program ask for it.</source>
      <translation>Älä kirjoita salasanaa tietokannan URL-osoitteeseen (kuka tahansa koneen käyttäjä voi lukea komentorivin): käytä tiedostoa ~/.pgpass, muuttujaa PGPASSWORD tai palvelutiedostoa, tai anna ohjelman kysyä sitä.</translation>
    </message>
    <message>
      <source>Free time {text!r} is not of the form DAY HH.MM-HH.MM (for example fri 16.00-23.59).</source>
      <translation>Vapaa-aika {text!r} ei ole muotoa PÄIVÄ HH.MM-HH.MM (esimerkiksi fri 16.00-23.59).</translation>
    </message>
    <message>
      <source>Give --period with --slot, or --lesson.</source>
      <translation>Anna --period yhdessä --slotin kanssa, tai --lesson.</translation>
    </message>
    <message>
      <source>Give a student (number, id or name) or --group GROUP.</source>
      <translation>Anna opiskelija (numero, tunniste tai nimi) tai --group RYHMÄ.</translation>
    </message>
    <message>
      <source>Give either --period with --slot, or --lesson, not both.</source>
      <translation>Anna joko --period ja --slot tai --lesson, ei molempia.</translation>
    </message>
    <message>
      <source>Give either a student (number, id or name) or --all.</source>
      <translation>Anna joko opiskelija (numero, tunniste tai nimi) tai --all.</translation>
    </message>
    <message>
      <source>Give either a student or --group, not both.</source>
      <translation>Anna joko opiskelija tai --group, ei molempia.</translation>
    </message>
    <message>
      <source>Give {login}'s password on a terminal, or use --generate.</source>
      <translation>Anna käyttäjän {login} salasana päätteellä tai käytä valitsinta --generate.</translation>
    </message>
    <message>
      <source>Name the shared database: --db postgresql://USER@HOST/DATABASE or {var}.</source>
      <translation>Nimeä jaettu tietokanta: --db postgresql://KÄYTTÄJÄ@PALVELIN/TIETOKANTA tai {var}.</translation>
    </message>
    <message>
      <source>Plan item {item_id} is not in plan {plan_id}.</source>
      <translation>Suunnitelman kohde {item_id} ei ole suunnitelmassa {plan_id}.</translation>
    </message>
    <message>
      <source>The database already holds data; build the demo with reset to replace it.</source>
      <translation>Tietokannassa on jo tietoja; rakenna demo valitsimella reset korvataksesi ne.</translation>
    </message>
    <message>
      <source>The database holds data the demo did not make: {found}. A reset would delete it; give --force to replace it with the demo anyway.</source>
      <translation>Tietokannassa on tietoja, joita demo ei tehnyt: {found}. Palautus poistaisi ne; anna --force korvataksesi ne demolla silti.</translation>
    </message>
    <message>
      <source>The server asks for a password: put it in ~/.pgpass, PGPASSWORD or a service file, or run the command on a terminal to be asked.</source>
      <translation>Palvelin kysyy salasanaa: kirjoita se tiedostoon ~/.pgpass, muuttujaan PGPASSWORD tai palvelutiedostoon, tai aja komento päätteellä, jolloin sitä kysytään.</translation>
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation>Salasanat eroavat toisistaan; mitään ei muutettu.</translation>
    </message>
    <message>
      <source>There is no school period left to plan for {school}.</source>
      <translation>Koululla {school} ei ole enää jaksoja suunniteltavaksi.</translation>
    </message>
    <message>
      <source>Unknown period {period!r}: the periods of school {school} are {known}.</source>
      <translation>Tuntematon jakso {period!r}: koulun {school} jaksot ovat {known}.</translation>
    </message>
    <message>
      <source>{code} is not offered in the planned periods ({periods}).</source>
      <translation>Kurssia {code} ei tarjota suunnitelluissa jaksoissa ({periods}).</translation>
    </message>
    <message>
      <source>{path} exists already; give another --out FILE.</source>
      <translation>{path} on jo olemassa; anna toinen --out TIEDOSTO.</translation>
    </message>
    <message>
      <source>{path} is not UTF-8 text.</source>
      <translation>{path} ei ole UTF-8-tekstiä.</translation>
    </message>
    <message>
      <source>{path} line {line}: the student number is empty.</source>
      <translation>{path} rivi {line}: opiskelijanumero puuttuu.</translation>
    </message>
    <message>
      <source>{path} names no students.</source>
      <translation>{path} ei nimeä yhtään opiskelijaa.</translation>
    </message>
    <message>
      <source>{path}: the first line must name the columns: number (and login).</source>
      <translation>{path}: ensimmäisen rivin on nimettävä sarakkeet: number (ja login).</translation>
    </message>
    <message>
      <source>{path}: {exc}</source>
      <translation>{path}: {exc}</translation>
    </message>
    <message>
      <source>{url!r} is not a database URL.</source>
      <translation>{url!r} ei ole tietokannan URL-osoite.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>A school package goes into an empty database (a new one for planning at home); {where} already holds students or courses.</source>
      <translation>Koulupaketti tuodaan tyhjään tietokantaan (uuteen, kotona suunnittelua varten); tietokannassa {where} on jo opiskelijoita tai kursseja.</translation>
    </message>
    <message>
      <source>{target} exists already.</source>
      <translation>{target} on jo olemassa.</translation>
    </message>
    <message>
      <source>--summary prints one student's plan on one page, without --group or --period.</source>
      <translation>--summary tulostaa yhden opiskelijan suunnitelman yhdelle sivulle, ilman valintoja --group ja --period.</translation>
    </message>
    <message>
      <source>{code} in the plan of {student} changed after the preview; nothing was changed. Run Preview again.</source>
      <translation>{code} muuttui opiskelijan {student} suunnitelmassa esikatselun jälkeen; mitään ei muutettu. Esikatsele uudelleen.</translation>
    </message>
  </context>
  <context>
    <name>StudyPlanReport</name>
    <message>
      <location filename="../../reports/text.py" />
      <source>Study plan</source>
      <translation>Opintosuunnitelma</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>School</source>
      <translation>Koulu</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Student</source>
      <translation>Opiskelija</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Student number</source>
      <translation>Opiskelijanumero</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Group</source>
      <translation>Ryhmä</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Start year</source>
      <translation>Aloitusvuosi</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Mathematics</source>
      <translation>Matematiikka</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>advanced (MAA)</source>
      <translation>pitkä (MAA)</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>basic (MAB)</source>
      <translation>lyhyt (MAB)</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Plan</source>
      <translation>Suunnitelma</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Printed</source>
      <translation>Tulostettu</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Page {n} of {m}</source>
      <translation>Sivu {n}/{m}</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Courses by period</source>
      <translation>Kurssit jaksoittain</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Code</source>
      <translation>Koodi</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Provider</source>
      <translation>Järjestäjä</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>op</source>
      <translation>op</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>ECTS</source>
      <translation>ECTS</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Grade</source>
      <translation>Arvosana</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>planned</source>
      <translation>suunniteltu</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>enrolled</source>
      <translation>ilmoittautunut</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>completed</source>
      <translation>suoritettu</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>failed</source>
      <translation>hylätty</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>{year}, period {n}</source>
      <translation>{year}, {n}. jakso</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>{year}, Aalto period {roman}</source>
      <translation>{year}, Aallon periodi {roman}</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Other studies</source>
      <translation>Muut opinnot</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Period total</source>
      <translation>Jakso yhteensä</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Credits</source>
      <translation>Opintopisteet</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Total</source>
      <translation>Yhteensä</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Compulsory studies</source>
      <translation>Pakolliset opinnot</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>National electives</source>
      <translation>Valtakunnalliset valinnaiset</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>School-specific electives</source>
      <translation>Koulukohtaiset valinnaiset</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>University studies</source>
      <translation>Korkeakouluopinnot</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>University studies as credited by the university</source>
      <translation>Korkeakouluopinnot yliopiston laajuutena</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>met</source>
      <translation>kunnossa</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>{x} short</source>
      <translation>puuttuu {x}</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Findings</source>
      <translation>Huomiot</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Open findings</source>
      <translation>Avoimet huomiot</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Accepted exceptions</source>
      <translation>Hyväksytyt poikkeamat</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>The plan has no open findings.</source>
      <translation>Suunnitelmassa ei ole avoimia huomioita.</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Week timetable</source>
      <translation>Viikkolukujärjestys</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Every weekly meeting from {start} to {end}; the figure tells on how many weeks the time recurs.</source>
      <translation>Kaikki jakson {start}–{end} viikoittaiset tapaamiset; luku kertoo, monellako viikolla aika toistuu.</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>No planned sessions in this period.</source>
      <translation>Jaksolla ei ole suunniteltuja tapaamisia.</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Exam</source>
      <translation>Tentti</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>{n} wk</source>
      <translation>{n} vk</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Signatures</source>
      <translation>Allekirjoitukset</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>We have reviewed this study plan together.</source>
      <translation>Olemme käyneet tämän opintosuunnitelman läpi yhdessä.</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Guardian</source>
      <translation>Huoltaja</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Student counsellor</source>
      <translation>Opinto-ohjaaja</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Place and date</source>
      <translation>Paikka ja päivämäärä</translation>
    </message>
    <message>
      <source>Study plan summary</source>
      <translation>Opintosuunnitelman yhteenveto</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Päivämäärä</translation>
    </message>
    <message>
      <source>Aalto University courses</source>
      <translation>Aalto-yliopiston kurssit</translation>
    </message>
    <message>
      <source>No Aalto University courses in the plan.</source>
      <translation>Suunnitelmassa ei ole Aalto-yliopiston kursseja.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <source>and {n} more</source>
      <translation>ja {n} muuta</translation>
    </message>
    <message>
      <source>Prepared by the student on {date}, plan file {file}</source>
      <translation>Opiskelija laati {date}, suunnitelmatiedosto {file}</translation>
    </message>
    <message>
      <source>Names of national modules are in Finnish: the national curriculum has no English names.</source>
      <translation>Valtakunnallisten moduulien nimet ovat suomeksi: valtakunnallisessa opetussuunnitelmassa ei ole englanninkielisiä nimiä.</translation>
    </message>
    <message>
      <source>Names without an English name in the data are in Swedish.</source>
      <translation>Nimet, joilla ei ole tiedoissa englanninkielistä nimeä, ovat ruotsiksi.</translation>
    </message>
    <message>
      <source>Names without a Finnish name in the data are in English.</source>
      <translation>Nimet, joilla ei ole tiedoissa suomenkielistä nimeä, ovat englanniksi.</translation>
    </message>
    <message>
      <source>Names without a Finnish name in the data are in Swedish.</source>
      <translation>Nimet, joilla ei ole tiedoissa suomenkielistä nimeä, ovat ruotsiksi.</translation>
    </message>
    <message>
      <source>Names without a Swedish name in the data are in English.</source>
      <translation>Nimet, joilla ei ole tiedoissa ruotsinkielistä nimeä, ovat englanniksi.</translation>
    </message>
    <message>
      <source>Names without a Swedish name in the data are in Finnish.</source>
      <translation>Nimet, joilla ei ole tiedoissa ruotsinkielistä nimeä, ovat suomeksi.</translation>
    </message>
  </context>
  <context>
    <name>StudyPlanReport.provider</name>
    <message>
      <location filename="../../reports/text.py" />
      <source>School</source>
      <translation>Lukio</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Aalto University</source>
      <translation>Aalto-yliopisto</translation>
    </message>
  </context>
  <context>
    <name>StudyPlanReport.credits</name>
    <message>
      <location filename="../../reports/text.py" />
      <source>Required</source>
      <translation>Tavoite</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Completed</source>
      <translation>Suoritettu</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Planned</source>
      <translation>Suunniteltu</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Status</source>
      <translation>Tilanne</translation>
    </message>
  </context>
  <context>
    <name>StudyPlanReport.weekday</name>
    <message>
      <location filename="../../reports/text.py" />
      <source>Mon</source>
      <translation>ma</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Tue</source>
      <translation>ti</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Wed</source>
      <translation>ke</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Thu</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Fri</source>
      <translation>pe</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Sat</source>
      <translation>la</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Sun</source>
      <translation>su</translation>
    </message>
  </context>
  <context>
    <name>FreeRoomDialog</name>
    <message numerus="yes">
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>%n free room(s) for %1 lessons %2–%3</source>
      <translation>
        <numerusform>%n vapaa tila %1 oppitunnille %2–%3</numerusform>
        <numerusform>%n vapaata tilaa %1 oppitunnille %2–%3</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Choose the course group to book the room for.</source>
      <translation>Valitse kurssiryhmä, jolle tila varataan.</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Find the free rooms first and choose one.</source>
      <translation>Hae ensin vapaat tilat ja valitse yksi.</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Book %1 for %2</source>
      <translation>Varaa %1 ryhmälle %2</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Find a free room</source>
      <translation>Etsi vapaa tila</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Course group:</source>
      <translation>&amp;Kurssiryhmä:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Lessons:</source>
      <translation>Oppitunnit:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Weekly over a period</source>
      <translation>&amp;Viikoittain jakson ajan</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Single &amp;dates</source>
      <translation>Yksittäiset &amp;päivät</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Period:</source>
      <translation>&amp;Jakso:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Weekly &amp;slots:</source>
      <translation>&amp;Viikkoajat:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Mon 08:15-09:30; Wed 10:00-11:15</source>
      <translation>ma 08:15-09:30; ke 10:00-11:15</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Lessons:</source>
      <translation>&amp;Oppitunnit:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>One per line: 2026-10-05 08:15-09:30</source>
      <translation>Yksi riville: 5.10.2026 08:15-09:30</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Group size:</source>
      <translation>&amp;Ryhmän koko:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Kind:</source>
      <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Walk from &amp;school:</source>
      <translation>Kävely &amp;koululta:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Find free rooms</source>
      <translation>&amp;Hae vapaat tilat</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Book for the course group</source>
      <translation>&amp;Varaa kurssiryhmälle</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Kumoa</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>any kind</source>
      <translation>mikä tahansa</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Room</source>
      <translation>Tila</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Building</source>
      <translation>Rakennus</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Kind</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Seats</source>
      <translation>Paikat</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Walk (min)</source>
      <translation>Kävely (min)</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Free rooms</source>
      <translation>Vapaat tilat</translation>
    </message>
  </context>
  <context>
    <name>AaltoLinksDialog</name>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>Aalto course %1</source>
      <translation>Aallon kurssi %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>Aalto course</source>
      <translation>Aallon kurssi</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>not limited</source>
      <translation>ei rajattu</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>Codes separated by commas, e.g. MAA6, CS-A1111</source>
      <translation>Koodit pilkuilla erotettuina, esim. MAA6, CS-A1111</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>&amp;Seats for upper secondary students:</source>
      <translation>&amp;Paikat lukiolaisille:</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>&amp;Prerequisites:</source>
      <translation>&amp;Esitiedot:</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>&amp;Overlapping courses (count as the same):</source>
      <translation>Päällekkäiset &amp;kurssit (lasketaan samaksi):</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>Seats and links of %1</source>
      <translation>Kurssin %1 paikat ja linkit</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>Three &amp;years…</source>
      <translation>Kolme &amp;vuotta…</translation>
    </message>
    <message>
      <source>Course &amp;tray…</source>
      <translation>Kurssi&amp;tarjotin…</translation>
    </message>
    <message>
      <location filename="../../ui/window/actions.py" />
      <source>Aalto course seats and &amp;links…</source>
      <translation>Aallon kurssin paikat ja &amp;linkit…</translation>
    </message>
    <message>
      <location filename="../../ui/window/actions.py" />
      <source>School set&amp;up…</source>
      <translation>Koulun &amp;perustiedot…</translation>
    </message>
    <message>
      <source>P&amp;remises and room use…</source>
      <translation>Ti&amp;lat ja tilojen käyttö…</translation>
    </message>
    <message>
      <source>Premises and room use</source>
      <translation>Tilat ja tilojen käyttö</translation>
    </message>
  </context>
  <context>
    <name>CourseKind</name>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Lectures</source>
      <translation>Luento-opetus</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Contact teaching</source>
      <translation>Lähiopetus</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Blended teaching</source>
      <translation>Monimuoto-opetus</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Online teaching</source>
      <translation>Verkko-opetus</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Small-group teaching</source>
      <translation>Pienryhmäopetus</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Seminar</source>
      <translation>Seminaari</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Project work</source>
      <translation>Projektityö</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Field course</source>
      <translation>Maastokurssi</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Laboratory work</source>
      <translation>Laboratoriotyö</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Exam</source>
      <translation>Tentti</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Electronic exam</source>
      <translation>Sähköinen tentti</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Final exam</source>
      <translation>Loppukoe</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Midterm exam</source>
      <translation>Välikoe</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Essay</source>
      <translation>Essee</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Independent project</source>
      <translation>Itsenäinen projekti</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Teaching</source>
      <translation>Opetus</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Independent work</source>
      <translation>Itsenäinen työskentely</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Other type</source>
      <translation>Muu toteutustapa</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Lessons</source>
      <translation>Oppitunnit</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Lecture</source>
      <translation>Luento</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Exercise group</source>
      <translation>Harjoitusryhmä</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Other group</source>
      <translation>Muu ryhmä</translation>
    </message>
  </context>
  <context>
    <name>CourseName</name>
    <message>
      <location filename="../../wording/names.py" />
      <source>%1 (in English)</source>
      <translation>%1 (englanniksi)</translation>
    </message>
    <message>
      <location filename="../../wording/names.py" />
      <source>%1 (in Finnish)</source>
      <translation>%1 (suomeksi)</translation>
    </message>
    <message>
      <location filename="../../wording/names.py" />
      <source>%1 (in Swedish)</source>
      <translation>%1 (ruotsiksi)</translation>
    </message>
  </context>
  <context>
    <name>TrayWindow</name>
    <message>
      <source>✗ clashes</source>
      <translation>✗ päällekkäin</translation>
    </message>
    <message>
      <source>⚠ clash</source>
      <translation>⚠ päällekkäin</translation>
    </message>
    <message>
      <source>② %1 courses in this bar</source>
      <translation>② %1 kurssia tässä palkissa</translation>
    </message>
    <message>
      <source>full</source>
      <translation>täynnä</translation>
    </message>
    <message>
      <source>fits</source>
      <translation>sopii</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Lukuvuosi</translation>
    </message>
    <message>
      <source>School &amp;year:</source>
      <translation>&amp;Lukuvuosi:</translation>
    </message>
    <message>
      <source>Period %1
%2 – %3</source>
      <translation>Jakso %1
%2 – %3</translation>
    </message>
    <message>
      <source>Course tray — %1</source>
      <translation>Kurssitarjotin — %1</translation>
    </message>
    <message>
      <source>Course tray</source>
      <translation>Kurssitarjotin</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sulje</translation>
    </message>
    <message>
      <source>Bar %1</source>
      <translation>Palkki %1</translation>
    </message>
    <message>
      <source>Bar</source>
      <translation>Palkki</translation>
    </message>
    <message>
      <source>Aalto</source>
      <translation>Aalto</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Kumoa</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
      <source>%1 students planned</source>
      <translation>%1 opiskelijaa suunnitellut</translation>
    </message>
    <message>
      <source>%1 of %2 seats taken</source>
      <translation>%1/%2 paikkaa varattu</translation>
    </message>
    <message>
      <source>%1 free</source>
      <translation>%1 vapaana</translation>
    </message>
    <message>
      <source>%1 %2, %3 op
%4</source>
      <translation>%1 %2, %3 op
%4</translation>
    </message>
    <message>
      <source>%1
%2 – %3, %4 ECTS</source>
      <translation>%1
%2 – %3, %4 op (ECTS)</translation>
    </message>
    <message>
      <source>also in plan: %1</source>
      <translation>myös suunnitelmassa: %1</translation>
    </message>
    <message>
      <source>✓ chosen · ⚠ clash · ② second course in one bar · “also in plan” the course is in the plan in another group · click or Space to choose or drop</source>
      <translation>✓ valittu · ⚠ päällekkäin · ② toinen kurssi samassa palkissa · ”myös suunnitelmassa” kurssi on suunnitelmassa toisessa ryhmässä · napsauta tai paina välilyöntiä valitaksesi tai poistaaksesi</translation>
    </message>
    <message>
      <source>Period %1, bar %2</source>
      <translation>Jakso %1, palkki %2</translation>
    </message>
    <message>
      <source>Period %1, Aalto courses</source>
      <translation>Jakso %1, Aallon kurssit</translation>
    </message>
    <message>
      <source>no courses</source>
      <translation>ei kursseja</translation>
    </message>
    <message>
      <source>free seats: %1</source>
      <translation>vapaita paikkoja: %1</translation>
    </message>
    <message>
      <source>chosen</source>
      <translation>valittu</translation>
    </message>
    <message>
      <source>clash with %1</source>
      <translation>päällekkäin: %1</translation>
    </message>
    <message>
      <source>clash</source>
      <translation>päällekkäin</translation>
    </message>
    <message>
      <source>clashes with %1</source>
      <translation>päällekkäin: %1</translation>
    </message>
    <message>
      <source>clashes</source>
      <translation>päällekkäin</translation>
    </message>
  </context>
  <context>
    <name>YearsWindow</name>
    <message>
      <source>Three years — %1</source>
      <translation>Kolme vuotta — %1</translation>
    </message>
    <message>
      <source>Three years</source>
      <translation>Kolme vuotta</translation>
    </message>
    <message>
      <source>Move %1</source>
      <translation>Siirrä %1</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sulje</translation>
    </message>
    <message>
      <source>Bars: op planned by the end of each period — compulsory (solid), national electives (dotted), school-specific (hatched), university (crossed). Lines: %1 op in all (solid), %2 op compulsory (dashed), %3 op compulsory and national electives (dotted). Drag a course to another period, or select it and press Ctrl+Left/Right.</source>
      <translation>Pylväät: jakson loppuun mennessä suunnitellut opintopisteet — pakolliset (yhtenäinen), valtakunnalliset valinnaiset (pisteet), koulukohtaiset (vinoviivat), yliopisto (ristikko). Viivat: %1 op yhteensä (yhtenäinen), %2 op pakollisia (katkoviiva), %3 op pakollisia ja valtakunnallisia valinnaisia (pisteviiva). Vedä kurssi toiseen jaksoon tai valitse se ja paina Ctrl+Vasen/Oikea.</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Kumoa</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
      <source>%1 is done: it stays in the period it was taken.</source>
      <translation>%1 on suoritettu: se pysyy jaksossa, jossa se suoritettiin.</translation>
    </message>
  </context>
  <context>
    <name>OpBar</name>
    <message>
      <source>+%1 op · %2</source>
      <translation>+%1 op · %2</translation>
    </message>
    <message>
      <source>Credits by the end of the period</source>
      <translation>Opintopisteet jakson loppuun mennessä</translation>
    </message>
    <message>
      <source>%1 op in this period; %2 op by its end: compulsory %3, national electives %4, school-specific %5, university %6</source>
      <translation>%1 op tässä jaksossa; %2 op sen loppuun mennessä: pakolliset %3, valtakunnalliset valinnaiset %4, koulukohtaiset %5, korkeakoulu %6</translation>
    </message>
  </context>
  <context>
    <name>PeriodColumn</name>
    <message>
      <source>✎ Matriculation %1 %2</source>
      <translation>✎ Ylioppilaskoe %1 %2</translation>
    </message>
    <message>
      <source>Elsewhere or earlier</source>
      <translation>Muualla tai aiemmin</translation>
    </message>
    <message>
      <source>%1 period %2
%3 – %4</source>
      <translation>%1 jakso %2
%3 – %4</translation>
    </message>
    <message>
      <source>elsewhere or earlier</source>
      <translation>muualla tai aiemmin</translation>
    </message>
    <message>
      <source>%1 period %2</source>
      <translation>%1 jakso %2</translation>
    </message>
    <message>
      <source>%1 op in this period, %2 op by its end; courses: %3</source>
      <translation>%1 op tässä jaksossa, %2 op sen loppuun mennessä; kursseja: %3</translation>
    </message>
  </context>
  <context>
    <name>StudentDataActions</name>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>&amp;History…</source>
      <translation>&amp;Historia…</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>E&amp;xport personal data…</source>
      <translation>&amp;Vie henkilötiedot…</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>&amp;Erase student…</source>
      <translation>&amp;Poista opiskelija…</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>History</source>
      <translation>Historia</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>Export personal data</source>
      <translation>Vie henkilötiedot</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>JSON (*.json)</source>
      <translation>JSON-tiedosto (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>Erase student</source>
      <translation>Poista opiskelija</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>Erase %1 (%2) and everything stored about them: plans, courses, grades and acceptances? The change log keeps only that something changed. This cannot be undone.</source>
      <translation>Poistetaanko %1 (%2) ja kaikki hänestä tallennettu: suunnitelmat, kurssit, arvosanat ja hyväksynnät? Muutoshistoriaan jää vain tieto siitä, että jotain muuttui. Tätä ei voi perua.</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>History of %1</source>
      <translation>Historia: %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>%1 changes, newest first.</source>
      <translation>%1 muutosta, uusin ensin.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>Changes</source>
      <translation>Muutokset</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>When</source>
      <translation>Milloin</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>Who</source>
      <translation>Kuka</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>Change</source>
      <translation>Muutos</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>&amp;Export…</source>
      <translation>&amp;Vie…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>Export history</source>
      <translation>Vie historia</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>CSV (*.csv);;JSON (*.json)</source>
      <translation>CSV-tiedosto (*.csv);;JSON-tiedosto (*.json)</translation>
    </message>
  </context>
  <context>
    <name>SetupRecords</name>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>%1: %2 is not a whole number.</source>
      <translation>%1: %2 ei ole kokonaisluku.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>%1: %2 is not a number.</source>
      <translation>%1: %2 ei ole luku.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>%1: %2 is not one of %3.</source>
      <translation>%1: %2 ei ole mikään näistä: %3.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Code</source>
      <translation>Koodi</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Building</source>
      <translation>Rakennus</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Curriculum</source>
      <translation>Opetussuunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>School</source>
      <translation>Koulu</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>School year</source>
      <translation>Lukuvuosi</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>First day</source>
      <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Last day</source>
      <translation>Viimeinen päivä</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Exam week from</source>
      <translation>Koeviikko alkaen</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Exam week to</source>
      <translation>Koeviikko päättyen</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Kind</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Address</source>
      <translation>Osoite</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Site</source>
      <translation>Kampus</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Latitude</source>
      <translation>Leveysaste</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Longitude</source>
      <translation>Pituusaste</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Seats</source>
      <translation>Paikat</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Accessible</source>
      <translation>Esteetön</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>From site</source>
      <translation>Kampukselta</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>To site</source>
      <translation>Kampukselle</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Minutes</source>
      <translation>Minuutit</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Day</source>
      <translation>Päivä</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Subject</source>
      <translation>Aine</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Holiday</source>
      <translation>Loma</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Room</source>
      <translation>Tila</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Travel time</source>
      <translation>Siirtymäaika</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Matriculation day</source>
      <translation>Ylioppilaskoepäivä</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Sitting</source>
      <translation>Tutkintokerta</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>holiday</source>
      <translation>loma</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>no-teaching day</source>
      <translation>opetukseton päivä</translation>
    </message>
  </context>
  <context>
    <name>SetupWindow</name>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Change %1</source>
      <translation>Muuta: %1</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Add %1</source>
      <translation>Lisää: %1</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Remove %1</source>
      <translation>Poista: %1</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Walking speed %1 m/min</source>
      <translation>Kävelynopeus %1 m/min</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Add to %1</source>
      <translation>Lisää: %1</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Choose a row to remove first.</source>
      <translation>Valitse ensin poistettava rivi.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>School setup</source>
      <translation>Koulun perustiedot</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Schools</source>
      <translation>&amp;Koulut</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>School &amp;years</source>
      <translation>&amp;Lukuvuodet</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Periods</source>
      <translation>&amp;Jaksot</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Holidays and no-teaching days</source>
      <translation>L&amp;omat ja opetuksettomat päivät</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Buildings</source>
      <translation>&amp;Rakennukset</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Rooms</source>
      <translation>&amp;Tilat</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Travel times</source>
      <translation>S&amp;iirtymäajat</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Matriculation days</source>
      <translation>&amp;Ylioppilaskoepäivät</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Each school with its own building and curriculum.</source>
      <translation>Jokainen koulu omine rakennuksineen ja opetussuunnitelmineen.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>The first and last day of each school year.</source>
      <translation>Kunkin lukuvuoden ensimmäinen ja viimeinen päivä.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Periods of a school year with their exam weeks: no lessons in the exam week.</source>
      <translation>Lukuvuoden jaksot koeviikkoineen: koeviikolla ei ole oppitunteja.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Holidays and no-teaching days (kind holiday or no-teaching): no lesson is held on them; the lessons follow when you change them.</source>
      <translation>Lomat ja opetuksettomat päivät (tyyppi holiday tai no-teaching): niinä ei pidetä oppitunteja; oppitunnit seuraavat, kun muutat niitä.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Buildings with coordinates; the site groups buildings for travel times.</source>
      <translation>Rakennukset koordinaatteineen; kampus ryhmittelee rakennukset siirtymäaikoja varten.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Rooms with their seats and kind (lab, studio, lecture hall).</source>
      <translation>Tilat paikkamäärineen ja tyyppeineen (laboratorio, studio, luentosali).</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Minutes between sites (both ways); within a site the audit walks at the walking speed below.</source>
      <translation>Minuutit kampusten välillä (molempiin suuntiin); kampuksen sisällä tarkistus kävelee alla olevalla kävelynopeudella.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>The exam day of each subject; the sitting follows from the date.</source>
      <translation>Kunkin aineen koepäivä; tutkintokerta määräytyy päivämäärästä.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Add…</source>
      <translation>&amp;Lisää…</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Re&amp;move</source>
      <translation>&amp;Poista</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Walking speed (m/min):</source>
      <translation>&amp;Kävelynopeus (m/min):</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Set &amp;speed</source>
      <translation>Aseta &amp;nopeus</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Muokkaa</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Kumoa</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Close</source>
      <translation>&amp;Sulje</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Find a free room…</source>
      <translation>&amp;Etsi vapaa tila…</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Holidays and no-teaching days: no lesson is held on them; the lessons follow when you change them.</source>
      <translation>Lomat ja opetuksettomat päivät: niinä ei pidetä oppitunteja; oppitunnit seuraavat, kun muutat niitä.</translation>
    </message>
  </context>
  <context>
    <name>StudentMode</name>
    <message>
      <source>I am a &amp;student…</source>
      <translation>Olen &amp;opiskelija…</translation>
    </message>
    <message>
      <source>I am a &amp;counsellor</source>
      <translation>Olen &amp;opinto-ohjaaja</translation>
    </message>
    <message>
      <source>I am a &amp;student</source>
      <translation>Olen &amp;opiskelija</translation>
    </message>
    <message>
      <source>Send to &amp;counsellor…</source>
      <translation>Lähetä &amp;opinto-ohjaajalle…</translation>
    </message>
    <message>
      <source>This copy is in student mode, but its student is not in the database.</source>
      <translation>Tämä kopio on opiskelijatilassa, mutta sen opiskelijaa ei ole tietokannassa.</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>Tervetuloa</translation>
    </message>
    <message>
      <source>Who is using SchoolaaS Planner on this computer?</source>
      <translation>Kuka käyttää SchoolaaS Planneria tällä tietokoneella?</translation>
    </message>
    <message>
      <source>A student plans their own studies (the demo school's students, or your own once your counsellor gives you your school's data). A counsellor plans every student's. You can change this later in the File menu.</source>
      <translation>Opiskelija suunnittelee omia opintojaan (demokoulun opiskelijat tai omasi, kun opinto-ohjaaja antaa koulusi tiedot). Opinto-ohjaaja suunnittelee kaikkien opiskelijoiden opintoja. Voit muuttaa tätä myöhemmin Tiedosto-valikossa.</translation>
    </message>
    <message>
      <source>Which student are you?</source>
      <translation>Kuka opiskelija olet?</translation>
    </message>
    <message>
      <source>Send to counsellor: choose a folder</source>
      <translation>Lähetä opinto-ohjaajalle: valitse kansio</translation>
    </message>
    <message>
      <source>Plan file and summary saved in %1</source>
      <translation>Suunnitelmatiedosto ja yhteenveto tallennettu kansioon %1</translation>
    </message>
    <message>
      <source>Send to counsellor</source>
      <translation>Lähetä opinto-ohjaajalle</translation>
    </message>
    <message>
      <source>Saved for your counsellor:
%1
%2

Send both files to them.</source>
      <translation>Tallennettu opinto-ohjaajaa varten:
%1
%2

Lähetä molemmat tiedostot hänelle.</translation>
    </message>
    <message>
      <source>Open &amp;folder</source>
      <translation>Avaa &amp;kansio</translation>
    </message>
  </context>
  <context>
    <name>WeekMarks</name>
    <message>
      <source>Exam week</source>
      <translation>Koeviikko</translation>
    </message>
    <message>
      <source>Matriculation: %1</source>
      <translation>Ylioppilaskoe: %1</translation>
    </message>
  </context>
  <context>
    <name>PeopleDialog</name>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>People</source>
      <translation>Henkilöt</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Kind</source>
      <translation>Laji</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Login</source>
      <translation>Tunnus</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Student or schools</source>
      <translation>Opiskelija tai koulut</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Add &amp;counsellor…</source>
      <translation>Lisää &amp;opinto-ohjaaja…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Add &amp;students from CSV…</source>
      <translation>Lisää &amp;opiskelijat CSV-tiedostosta…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>New &amp;password…</source>
      <translation>Uusi &amp;salasana…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>&amp;Remove…</source>
      <translation>&amp;Poista…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>student</source>
      <translation>opiskelija</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>counsellor</source>
      <translation>opinto-ohjaaja</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>admin</source>
      <translation>ylläpitäjä</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>%1 people have a login.</source>
      <translation>Tunnus on %1 henkilöllä.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Add counsellor</source>
      <translation>Lisää opinto-ohjaaja</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Login (lower-case letters, digits, _):</source>
      <translation>Tunnus (pieniä kirjaimia, numeroita, _):</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Schools they serve (codes, separated by commas):</source>
      <translation>Koulut, joita hän palvelee (tunnukset pilkuin eroteltuina):</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Name:</source>
      <translation>Nimi:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Students' logins from</source>
      <translation>Opiskelijoiden tunnukset tiedostosta</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Write the new passwords to</source>
      <translation>Kirjoita uudet salasanat tiedostoon</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Add students</source>
      <translation>Lisää opiskelijat</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Cannot write %1 (%2). The passwords:
%3</source>
      <translation>Tiedostoa %1 ei voi kirjoittaa (%2). Salasanat:
%3</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>%1 student logins added; their passwords are in %2 (only you can read it).</source>
      <translation>Lisättiin %1 opiskelijan tunnus; salasanat ovat tiedostossa %2 (vain sinä voit lukea sen).</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>New password</source>
      <translation>Uusi salasana</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Give %1 a new password? The old one stops working.</source>
      <translation>Annetaanko käyttäjälle %1 uusi salasana? Vanha lakkaa toimimasta.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Remove login</source>
      <translation>Poista tunnus</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Remove the login %1? A student's plans stay (erase the student apart); the login cannot be used any more.</source>
      <translation>Poistetaanko tunnus %1? Opiskelijan suunnitelmat jäävät (opiskelija poistetaan erikseen); tunnusta ei voi enää käyttää.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>The password of %1 is:

%2

It is shown only now: hand it over in person.</source>
      <translation>Käyttäjän %1 salasana on:

%2

Se näytetään vain nyt: anna se henkilökohtaisesti.</translation>
    </message>
  </context>
  <context>
    <name>AdminActions</name>
    <message>
      <location filename="../../ui/admin/actions.py" />
      <source>&amp;People…</source>
      <translation>&amp;Henkilöt…</translation>
    </message>
  </context>
  <context>
    <name>MatriculationDialog</name>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Matriculation plan: %1</source>
      <translation>Ylioppilastutkintosuunnitelma: %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Which subjects the student writes, and in which sitting. An exam on a matriculation day concerns a subject only in its own sitting; a subject without a sitting counts in every sitting.</source>
      <translation>Mitkä aineet opiskelija kirjoittaa ja millä tutkintokerralla. Ylioppilaskoepäivän tentti koskee ainetta vain sen omalla tutkintokerralla; aine, jolle ei ole asetettu tutkintokertaa, koskee jokaista tutkintokertaa.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Subject</source>
      <translation>Aine</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Sitting</source>
      <translation>Tutkintokerta</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Matriculation subjects and sittings</source>
      <translation>Ylioppilastutkinnon aineet ja tutkintokerrat</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>&amp;Add subject</source>
      <translation>&amp;Lisää aine</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>&amp;Remove subject</source>
      <translation>&amp;Poista aine</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>spring %1</source>
      <translation>kevät %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>autumn %1</source>
      <translation>syksy %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>not set (every sitting)</source>
      <translation>ei asetettu (jokainen tutkintokerta)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Matriculation plan</source>
      <translation>Ylioppilastutkintosuunnitelma</translation>
    </message>
  </context>
  <context>
    <name>MatriculationAction</name>
    <message>
      <location filename="../../ui/window/matriculation_action.py" />
      <source>&amp;Matriculation plan…</source>
      <translation>&amp;Ylioppilastutkintosuunnitelma…</translation>
    </message>
    <message>
      <location filename="../../ui/window/matriculation_action.py" />
      <source>Change matriculation plan</source>
      <translation>Muuta ylioppilastutkintosuunnitelmaa</translation>
    </message>
    <message>
      <location filename="../../ui/window/matriculation_action.py" />
      <source>Matriculation plan</source>
      <translation>Ylioppilastutkintosuunnitelma</translation>
    </message>
  </context>
  <context>
    <name>CardLabel</name>
    <message>
      <source>%1 op</source>
      <translation>%1 op</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>suoritettu</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>hylätty</translation>
    </message>
    <message>
      <source>Ctrl+Left or Ctrl+Right takes it in the period before or after</source>
      <translation>Ctrl+Vasen tai Ctrl+Oikea siirtää sen edelliseen tai seuraavaan jaksoon</translation>
    </message>
  </context>
  <context>
    <name>SuggestDialog</name>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>The school periods to plan</source>
      <translation>Suunniteltavat lukion jaksot</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Course code from the catalogue</source>
      <translation>Kurssin koodi kurssitarjonnasta</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>&amp;Add wish</source>
      <translation>&amp;Lisää toive</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>What &amp;fits?</source>
      <translation>Mikä &amp;sopii?</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>for example fri 16.00-23.59; wed 17.00-19.00</source>
      <translation>esimerkiksi pe 16.00-23.59; ke 17.00-19.00</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>&amp;Suggest</source>
      <translation>&amp;Ehdota</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>S&amp;top</source>
      <translation>&amp;Pysäytä</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>&amp;Apply</source>
      <translation>&amp;Ota käyttöön</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Close</source>
      <translation>Sulje</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>in the plan</source>
      <translation>suunnitelmassa</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>wanted</source>
      <translation>toivottu</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Searching…</source>
      <translation>Haetaan…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Apply suggested timetable</source>
      <translation>Ota ehdotettu lukujärjestys käyttöön</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Suggest a timetable for %1</source>
      <translation>Ehdota lukujärjestystä: %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Course</source>
      <translation>Kurssi</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Wish</source>
      <translation>Toive</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Must have</source>
      <translation>Pakollinen</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Keep as it is</source>
      <translation>Pidä ennallaan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Free time:</source>
      <translation>Vapaa-aika:</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Change</source>
      <translation>Muutos</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Stopping…</source>
      <translation>Pysäytetään…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>A plan found after %1 s; looking for a better one…</source>
      <translation>Suunnitelma löytyi %1 s:ssa; haetaan parempaa…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Proven the best plan</source>
      <translation>Todistetusti paras suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>The best plan found in the time allowed</source>
      <translation>Paras annetussa ajassa löytynyt suunnitelma</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>%1 fits (%2)</source>
      <translation>%1 sopii (%2)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>%1 clashes or is full (%2)</source>
      <translation>%1 on päällekkäin tai täynnä (%2)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>%1 choices of %2 fit the plan as it stands.</source>
      <translation>%1 kurssin %2 vaihtoehtoa sopii nykyiseen suunnitelmaan.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Suggest a timetable</source>
      <translation>Ehdota lukujärjestystä</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>%1 (%2 s).</source>
      <translation>%1 (%2 s).</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Added (%1)</source>
      <translation>Lisätty (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Moved (%1)</source>
      <translation>Siirretty (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Removed (%1)</source>
      <translation>Poistettu (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Findings now: %1 errors, %2 warnings. After: %3 errors, %4 warnings.</source>
      <translation>Havainnot nyt: %1 virhettä, %2 varoitusta. Jälkeen: %3 virhettä, %4 varoitusta.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Credits planned now: %1 op. After: %2 op.</source>
      <translation>Suunniteltuja opintopisteitä nyt: %1 op. Jälkeen: %2 op.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Changes to the plan: %1; new days at Aalto: %2.</source>
      <translation>Muutoksia suunnitelmaan: %1; uusia Aalto-päiviä: %2.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>The plan stays as it is.</source>
      <translation>Suunnitelma pysyy ennallaan.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Nothing fits.</source>
      <translation>Mikään ei sovi.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Stopped before a plan was found.</source>
      <translation>Pysäytettiin ennen kuin suunnitelma löytyi.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Nearest alternatives:</source>
      <translation>Lähimmät vaihtoehdot:</translation>
    </message>
  </context>
  <context>
    <name>SuggestAction</name>
    <message>
      <location filename="../../ui/window/suggest_action.py" />
      <source>Suggest &amp;timetable…</source>
      <translation>Ehdota &amp;lukujärjestystä…</translation>
    </message>
  </context>
  <context>
    <name>ServiceError</name>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>There is no school period left to plan for {school}.</source>
      <translation>Koululle {school} ei ole enää suunniteltavia jaksoja.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code} is not offered in the planned periods ({periods}).</source>
      <translation>{code} ei ole tarjolla suunniteltavissa jaksoissa ({periods}).</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Unknown period {period!r}: the periods of school {school} are {known}.</source>
      <translation>Tuntematon jakso {period!r}: koulun {school} jaksot ovat {known}.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Free time {text!r} is not of the form DAY HH.MM-HH.MM (for example fri 16.00-23.59).</source>
      <translation>Vapaa-aika {text!r} ei ole muotoa PÄIVÄ HH.MM-HH.MM (esimerkiksi fri 16.00-23.59).</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Plan item {item_id} is not in plan {plan_id}.</source>
      <translation>Suunnitelman kohta {item_id} ei ole suunnitelmassa {plan_id}.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code}'s {kind} {group}</source>
      <translation>kurssin {code} {kind} {group}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>there is not enough time to move between them on {when} from {first} to {last}</source>
      <translation>niiden välillä ei ehdi siirtyä: {when} {first}–{last}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{a} clashes with the other wishes above in every combination.</source>
      <translation>{a} on päällekkäin yllä olevien toiveiden kanssa kaikissa yhdistelmissä.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code} in bar {bar} ({period})</source>
      <translation>{code} palkissa {bar} ({period})</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>they clash</source>
      <translation>ne ovat päällekkäin</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>both meet on {when} from {first} to {last}</source>
      <translation>molemmat kokoontuvat {when} {first}–{last}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>You want {code}, but:</source>
      <translation>Haluat kurssin {code}, mutta:</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{weekday} {start}–{end}</source>
      <translation>{weekday} {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>– it is not offered in the planned periods.</source>
      <translation>– sitä ei tarjota suunniteltavissa jaksoissa.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>– and {count} more choices of it, each for one of these reasons.</source>
      <translation>– ja {count} muuta sen vaihtoehtoa, kukin jostain näistä syistä.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{a} shares its bar with {b}.</source>
      <translation>{a} on samassa palkissa kuin {b}.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>every {kind} of {code} ({realisation}) is out: {reasons}</source>
      <translation>mikään kurssin {code} ({realisation}) ryhmä ({kind}) ei käy: {reasons}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{a} and {b}: {how}</source>
      <translation>{a} ja {b}: {how}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{a} falls in your free time {name}</source>
      <translation>{a} osuu vapaa-aikaasi {name}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{item} stays as it is.</source>
      <translation>{item} pysyy ennallaan.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>You keep {name} free.</source>
      <translation>Pidät ajan {name} vapaana.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>The rule: {rule}.</source>
      <translation>Sääntö: {rule}.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Mondays</source>
      <translation>maanantaisin</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Tuesdays</source>
      <translation>tiistaisin</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Wednesdays</source>
      <translation>keskiviikkoisin</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Thursdays</source>
      <translation>torstaisin</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Fridays</source>
      <translation>perjantaisin</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Saturdays</source>
      <translation>lauantaisin</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Sundays</source>
      <translation>sunnuntaisin</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>exercise group</source>
      <translation>harjoitusryhmä</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>only study groups with seats left can be taken</source>
      <translation>vain ryhmiin, joissa on paikkoja jäljellä, voi mennä</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>no university exam may fall in an exam week or on a matriculation exam day</source>
      <translation>yliopiston tentti ei saa osua koeviikolle eikä ylioppilaskoepäivälle</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>prerequisites must come in an earlier period</source>
      <translation>esitietojen on oltava aiemmassa jaksossa</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>the workload limits per period and per week hold</source>
      <translation>jakson ja viikon työmäärärajat pitävät</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>the graduation targets must stay reachable</source>
      <translation>valmistumisen tavoitteiden on pysyttävä saavutettavissa</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code} has no seats left</source>
      <translation>kurssilla {code} ei ole paikkoja jäljellä</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>its exam falls in an exam week or on a matriculation exam day</source>
      <translation>sen tentti osuu koeviikolle tai ylioppilaskoepäivälle</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code} needs {needed} in an earlier period</source>
      <translation>{code} vaatii kurssin {needed} aiemmassa jaksossa</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>it would go over the workload limit</source>
      <translation>se ylittäisi työmäärärajan</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>the graduation targets would be out of reach</source>
      <translation>valmistumisen tavoitteet eivät olisi enää saavutettavissa</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Leave out {code}: the rest fits.</source>
      <translation>Jätä {code} pois: muut sopivat.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Let {item} move or go: the rest fits.</source>
      <translation>Anna kohdan {item} siirtyä tai poistua: muut sopivat.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code} also runs {start} – {end} ({key}) and fits the plan as it stands.</source>
      <translation>{code} järjestetään myös {start} – {end} ({key}) ja sopii nykyiseen suunnitelmaan.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>--time-limit must be more than 0 seconds.</source>
      <translation>--time-limit on oltava yli 0 sekuntia.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>lecture</source>
      <translation>luento</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>exam</source>
      <translation>tentti</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>lessons</source>
      <translation>oppitunnit</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>group</source>
      <translation>ryhmä</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>both meet on {first}</source>
      <translation>molemmat kokoontuvat {first}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>there is no time to move between them on {first}</source>
      <translation>niiden välillä ei ehdi siirtyä {first}</translation>
    </message>
  </context>
  <context>
    <name>ClearButton</name>
    <message>
      <source>Clear</source>
      <translation>Tyhjennä</translation>
    </message>
  </context>
  <context>
    <name>ServiceError</name>
    <message>
      <location filename="../../cli/suggest.py" />
      <source>There is no school {school!r}.</source>
      <translation>Koulua {school!r} ei ole.</translation>
    </message>
  </context>
  <context>
    <name>ClashQuestion</name>
    <message>
      <source>%1 clashes with %2 on %3 (%4).</source>
      <translation>%1 on päällekkäin kurssin %2 kanssa: %3 (%4).</translation>
    </message>
    <message numerus="yes">
      <source>%1 clashes with %2 on %3 (%n dates, %4–%5).</source>
      <translation>
        <numerusform>%1 on päällekkäin kurssin %2 kanssa: %3 (%n päivä, %4–%5).</numerusform>
        <numerusform>%1 on päällekkäin kurssin %2 kanssa: %3 (%n päivää, %4–%5).</numerusform>
      </translation>
    </message>
    <message>
      <source>Too short a break to change buildings between %1 and %2 on %3 (%4).</source>
      <translation>Kurssien %1 ja %2 välissä ei ehdi siirtyä rakennuksesta toiseen: %3 (%4).</translation>
    </message>
    <message numerus="yes">
      <source>Too short a break to change buildings between %1 and %2 on %3 (%n dates, %4–%5).</source>
      <translation>
        <numerusform>Kurssien %1 ja %2 välissä ei ehdi siirtyä rakennuksesta toiseen: %3 (%n päivä, %4–%5).</numerusform>
        <numerusform>Kurssien %1 ja %2 välissä ei ehdi siirtyä rakennuksesta toiseen: %3 (%n päivää, %4–%5).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>…and %n more.</source>
      <translation>
        <numerusform>…ja %n muu.</numerusform>
        <numerusform>…ja %n muuta.</numerusform>
      </translation>
    </message>
    <message>
      <source>Add it anyway? Cancel leaves the plan as it is.</source>
      <translation>Lisätäänkö se silti? Peruuta jättää suunnitelman ennalleen.</translation>
    </message>
    <message>
      <source>Add %1?</source>
      <translation>Lisätäänkö %1?</translation>
    </message>
    <message>
      <source>Add anyway</source>
      <translation>Lisää silti</translation>
    </message>
    <message>
      <source>The chosen groups of %1 clash with the plan:</source>
      <translation>Kurssin %1 valitut ryhmät ovat päällekkäin suunnitelman kanssa:</translation>
    </message>
    <message>
      <source>Choose them anyway? Cancel keeps the groups as they were.</source>
      <translation>Valitaanko ne silti? Peruuta pitää ryhmät ennallaan.</translation>
    </message>
    <message>
      <source>Study groups of %1</source>
      <translation>Kurssin %1 opetusryhmät</translation>
    </message>
    <message>
      <source>Choose anyway</source>
      <translation>Valitse silti</translation>
    </message>
  </context>
  <context>
    <name>SeatsDialog</name>
    <message>
      <source>Allocate Aalto seats</source>
      <translation>Jaa Aallon kurssipaikat</translation>
    </message>
    <message>
      <source>Every student's planned Aalto courses whose upper secondary seats are limited, assigned at once: seats are respected, nobody gets a clash, and as many wishes as possible are met. Final-year students come first, then the most wishes met; a lottery drawn from the seed breaks ties. Nothing changes before Apply.</source>
      <translation>Jokaisen opiskelijan suunnitelman Aallon kurssit, joilla lukiolaisten paikkoja on rajatusti, jaetaan kerralla: paikkamäärät pitävät, kenellekään ei tule päällekkäisyyksiä ja mahdollisimman moni toive toteutuu. Viimeisen vuoden opiskelijat ovat ensin, sitten eniten toteutuvat toiveet; siemenluvusta arvottu järjestys ratkaisee tasatilanteet. Mikään ei muutu ennen kuin painat Ota käyttöön.</translation>
    </message>
    <message>
      <source>School</source>
      <translation>Koulu</translation>
    </message>
    <message>
      <source>Lottery seed</source>
      <translation>Arvonnan siemenluku</translation>
    </message>
    <message>
      <source>The same seed gives the same lottery (and the same allocation).</source>
      <translation>Sama siemenluku antaa saman arvonnan (ja saman jaon).</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Time limit in seconds</source>
      <translation>Aikaraja sekunteina</translation>
    </message>
    <message>
      <source>The search stops here at the latest and shows the best allocation found.</source>
      <translation>Haku päättyy viimeistään tähän ja näyttää parhaan löytyneen jaon.</translation>
    </message>
    <message>
      <source>&amp;Preview</source>
      <translation>&amp;Esikatsele</translation>
    </message>
    <message>
      <source>&amp;Cancel run</source>
      <translation>Keskey&amp;tä</translation>
    </message>
    <message>
      <source>Allocation progress</source>
      <translation>Jaon eteneminen</translation>
    </message>
    <message>
      <source>Seats per course</source>
      <translation>Paikat kursseittain</translation>
    </message>
    <message>
      <source>Seats per student</source>
      <translation>Paikat opiskelijoittain</translation>
    </message>
    <message>
      <source>By c&amp;ourse</source>
      <translation>Ku&amp;rsseittain</translation>
    </message>
    <message>
      <source>By st&amp;udent</source>
      <translation>O&amp;piskelijoittain</translation>
    </message>
    <message>
      <source>E&amp;xport report…</source>
      <translation>&amp;Vie raportti…</translation>
    </message>
    <message>
      <source>&amp;Apply</source>
      <translation>&amp;Ota käyttöön</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sulje</translation>
    </message>
    <message>
      <source>Allocating the seats…</source>
      <translation>Jaetaan paikkoja…</translation>
    </message>
    <message>
      <source>No allocation was found in the time allowed; nothing can be applied. Try a longer time limit.</source>
      <translation>Jakoa ei löytynyt annetussa ajassa; mitään ei voi ottaa käyttöön. Kokeile pidempää aikarajaa.</translation>
    </message>
    <message numerus="yes">
      <source>Applied: %n plan item(s) changed. Edit → Undo takes it back.</source>
      <translation>
        <numerusform>Otettu käyttöön: suunnitelmista muuttui %n kohta. Muokkaa → Kumoa peruu sen.</numerusform>
        <numerusform>Otettu käyttöön: suunnitelmista muuttui %n kohtaa. Muokkaa → Kumoa peruu ne.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;School:</source>
      <translation>&amp;Koulu:</translation>
    </message>
    <message>
      <source>Lottery s&amp;eed:</source>
      <translation>Arvonnan &amp;siemenluku:</translation>
    </message>
    <message>
      <source>&amp;Time limit:</source>
      <translation>&amp;Aikaraja:</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Koodi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <source>Realisation</source>
      <translation>Toteutus</translation>
    </message>
    <message>
      <source>Seats</source>
      <translation>Paikat</translation>
    </message>
    <message>
      <source>Wishes</source>
      <translation>Toiveet</translation>
    </message>
    <message>
      <source>Assigned</source>
      <translation>Jaettu</translation>
    </message>
    <message>
      <source>Left out</source>
      <translation>Jäi ilman</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>Opiskelija</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Vuosi</translation>
    </message>
    <message>
      <source>Lottery</source>
      <translation>Arvonta</translation>
    </message>
    <message>
      <source>Wished</source>
      <translation>Toivottu</translation>
    </message>
    <message>
      <source>Got</source>
      <translation>Sai</translation>
    </message>
    <message>
      <source>Not got, and why</source>
      <translation>Ei saanut, ja miksi</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Keskeytetään…</translation>
    </message>
    <message>
      <source>Allocating the seats… %1 s (the search stops after %2 s at most)</source>
      <translation>Jaetaan paikkoja… %1 s (haku päättyy viimeistään %2 sekunnin kuluttua)</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>Keskeytetty: mitään ei muutettu.</translation>
    </message>
    <message>
      <source>The seats could not be allocated: %1</source>
      <translation>Paikkoja ei voitu jakaa: %1</translation>
    </message>
    <message>
      <source>%1: %2 of %3 wishes of %4 students met (%5 s).</source>
      <translation>%1: %4 opiskelijan %3 toiveesta toteutui %2 (%5 s).</translation>
    </message>
    <message>
      <source>Proven optimal: no allocation meets the wishes better.</source>
      <translation>Todistetusti paras: mikään jako ei täytä toiveita paremmin.</translation>
    </message>
    <message numerus="yes">
      <source>Apply changes %n plan item(s) at once (one undo step).</source>
      <translation>
        <numerusform>Ota käyttöön muuttaa suunnitelmista %n kohdan kerralla (yksi kumoamisaskel).</numerusform>
        <numerusform>Ota käyttöön muuttaa suunnitelmista %n kohtaa kerralla (yksi kumoamisaskel).</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to change: every plan already holds what this allocation gives.</source>
      <translation>Ei muutettavaa: jokaisessa suunnitelmassa on jo se, mitä tämä jako antaa.</translation>
    </message>
    <message>
      <source>Allocate Aalto seats (%1)</source>
      <translation>Aallon kurssipaikkojen jako (%1)</translation>
    </message>
    <message>
      <source>Export the seat allocation</source>
      <translation>Vie paikkojen jako</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Report saved in %1.</source>
      <translation>Raportti tallennettu: %1.</translation>
    </message>
    <message>
      <source>%1 (final)</source>
      <translation>%1 (viimeinen)</translation>
    </message>
    <message>
      <source>The best allocation found in the time allowed: at most %1 % from the best possible (the optimality gap).</source>
      <translation>Paras annetussa ajassa löytynyt jako: enintään %1 % parhaasta mahdollisesta (optimaalisuusero).</translation>
    </message>
    <message>
      <source>Rules that gave way because a student's own plan breaks them already: %1.</source>
      <translation>Säännöt, jotka joustivat, koska opiskelijan oma suunnitelma rikkoo ne jo: %1.</translation>
    </message>
    <message>
      <source>Cannot write %1 (%2).</source>
      <translation>Tiedostoa %1 ei voi kirjoittaa (%2).</translation>
    </message>
  </context>
  <context>
    <name>SeatsReport</name>
    <message>
      <source>no allocation was found in the time allowed</source>
      <translation>jakoa ei löytynyt annetussa ajassa</translation>
    </message>
    <message>
      <source>no choice of the course fits the student's own plan</source>
      <translation>mikään kurssin vaihtoehto ei sovi opiskelijan omaan suunnitelmaan</translation>
    </message>
    <message>
      <source>no seats are left for the school</source>
      <translation>koululle ei ole paikkoja jäljellä</translation>
    </message>
    <message>
      <source>the seats went to students ahead in the order (final year, then lottery)</source>
      <translation>paikat menivät järjestyksessä edellä oleville (viimeinen vuosi, sitten arvonta)</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>Opiskelija</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numero</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Vuosi</translation>
    </message>
    <message>
      <source>Final year</source>
      <translation>Viimeinen vuosi</translation>
    </message>
    <message>
      <source>Lottery</source>
      <translation>Arvonta</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>Kurssi</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Nyt</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Myönnetty</translation>
    </message>
    <message>
      <source>Changes the plan</source>
      <translation>Muuttaa suunnitelmaa</translation>
    </message>
    <message>
      <source>Why not</source>
      <translation>Miksi ei</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>kyllä</translation>
    </message>
    <message>
      <source>no</source>
      <translation>ei</translation>
    </message>
    <message>
      <source>— other groups</source>
      <translation>— muut ryhmät</translation>
    </message>
    <message>
      <source>— another realisation</source>
      <translation>— toinen toteutus</translation>
    </message>
    <message>
      <source>no choice of the course fits the student's plan</source>
      <translation>mikään kurssin vaihtoehto ei sovi opiskelijan suunnitelmaan</translation>
    </message>
    <message>
      <source>the seats went to students ahead in the order</source>
      <translation>paikat menivät järjestyksessä edellä oleville</translation>
    </message>
  </context>
  <context>
    <name>SeatsAction</name>
    <message>
      <source>Allocate Aalto &amp;seats…</source>
      <translation>Jaa Aallon &amp;kurssipaikat…</translation>
    </message>
    <message>
      <source>Assign a whole school's limited Aalto seats at once (counsellors)</source>
      <translation>Jaa koko koulun rajatut Aallon kurssipaikat kerralla (opinto-ohjaajat)</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>Type a date (11.1.2027 or 2027-01-11) and press Enter; Up and Down: a week</source>
      <translation>Kirjoita päivämäärä (11.1.2027 tai 2027-01-11) ja paina Enter; ylä- ja alanuoli: viikko</translation>
    </message>
    <message>
      <source>Choose the date from a calendar (Alt+Down)</source>
      <translation>Valitse päivä kalenterista (Alt+alanuoli)</translation>
    </message>
    <message>
      <source>Choose the date from a calendar</source>
      <translation>Valitse päivä kalenterista</translation>
    </message>
    <message>
      <source>Type a date, for example 11.1.2027.</source>
      <translation>Kirjoita päivämäärä, esimerkiksi 11.1.2027.</translation>
    </message>
    <message>
      <source>“%1”: type the year in full, for example 11.1.2027.</source>
      <translation>”%1”: kirjoita vuosi kokonaan, esimerkiksi 11.1.2027.</translation>
    </message>
    <message>
      <source>“%1”: there is no month %2 (months are 1–12).</source>
      <translation>”%1”: kuukautta %2 ei ole (kuukaudet ovat 1–12).</translation>
    </message>
    <message>
      <source>“%1”: %3 %4 has no day %2 (it has %5 days).</source>
      <translation>”%1”: kuukaudessa %3 %4 ei ole päivää %2 (siinä on %5 päivää).</translation>
    </message>
    <message>
      <source>“%1” is not a date: type day.month.year (11.1.2027) or 2027-01-11.</source>
      <translation>”%1” ei ole päivämäärä: kirjoita päivä.kuukausi.vuosi (11.1.2027) tai 2027-01-11.</translation>
    </message>
  </context>
  <context>
    <name>FirstStart</name>
    <message>
      <source>Welcome</source>
      <translation>Tervetuloa</translation>
    </message>
    <message>
      <source>Who is using SchoolaaS Planner on this computer?</source>
      <translation>Kuka käyttää SchoolaaS Planneria tällä tietokoneella?</translation>
    </message>
    <message>
      <source>A student planning at home imports the school package their counsellor published (a .zip file) and their own plan file, or tries the demo school. A counsellor plans every student's. You can change this later in the File menu.</source>
      <translation>Kotona suunnitteleva opiskelija tuo opinto-ohjaajan julkaiseman koulupaketin (.zip-tiedosto) ja oman suunnitelmatiedostonsa tai kokeilee esimerkkikoulua. Opinto-ohjaaja suunnittelee kaikkien opiskelijoiden opinnot. Voit muuttaa tätä myöhemmin Tiedosto-valikosta.</translation>
    </message>
    <message>
      <source>&amp;Import the school package…</source>
      <translation>&amp;Tuo koulupaketti…</translation>
    </message>
    <message>
      <source>I am a &amp;student (demo)</source>
      <translation>Olen &amp;opiskelija (esimerkki)</translation>
    </message>
    <message>
      <source>I am a &amp;counsellor</source>
      <translation>Olen opinto-o&amp;hjaaja</translation>
    </message>
    <message>
      <source>Importing the school package %1…</source>
      <translation>Tuodaan koulupakettia %1…</translation>
    </message>
    <message>
      <source>Welcome, %1: your school's courses and your plan are in %2</source>
      <translation>Tervetuloa, %1: koulusi kurssit ja suunnitelmasi ovat tiedostossa %2</translation>
    </message>
    <message>
      <source>The school package %1 could not be imported:
%2

Nothing was saved.</source>
      <translation>Koulupakettia %1 ei voitu tuoda:
%2

Mitään ei tallennettu.</translation>
    </message>
    <message>
      <source>The school package from your counsellor</source>
      <translation>Opinto-ohjaajalta saatu koulupaketti</translation>
    </message>
    <message>
      <source>School packages (*.zip *.schoolpkg);;All files (*)</source>
      <translation>Koulupaketit (*.zip *.schoolpkg);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
      <source>Your plan file from your counsellor</source>
      <translation>Opinto-ohjaajalta saatu suunnitelmatiedostosi</translation>
    </message>
    <message>
      <source>Plan files (*.json);;All files (*)</source>
      <translation>Suunnitelmatiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
  </context>
  <context>
    <name>ErrorLabel</name>
    <message>
      <source>Error: %1</source>
      <translation>Virhe: %1</translation>
    </message>
  </context>
</TS>
