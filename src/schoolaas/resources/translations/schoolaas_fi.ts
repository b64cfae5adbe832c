<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
  <context>
    <name />
    <message numerus="yes">
      <location filename="../../ui/finding_text.py" line="33" />
      <source>and %n more</source>
      <translation>
        <numerusform>ja %n muu</numerusform>
        <numerusform>ja %n muuta</numerusform>
      </translation>
    </message>
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
      <location filename="../../ui/finding_text.py" line="60" />
      <source>%1 and %2 overlap by %3 min</source>
      <translation>%1 ja %2 ovat päällekkäin %3 min</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="64" />
      <location filename="../../ui/finding_text.py" line="76" />
      <source> on %1</source>
      <translation> %1</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="70" />
      <source>%1 → %2: needs %3 min to travel, has %4</source>
      <translation>%1 → %2: siirtymä vie %3 min, aikaa on %4</translation>
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
      <location filename="../../ui/finding_text.py" line="90" />
      <source>%1: %2 of %3 op planned, short by %4</source>
      <translation>%1: %2 / %3 op suunniteltu, puuttuu %4</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="105" />
      <source> (missing %1)</source>
      <translation> (puuttuu %1)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="114" />
      <source>%1 needs %2 first, but %2 is planned later (%3)</source>
      <translation>%1 edellyttää ensin kurssia %2, mutta %2 on suunniteltu myöhemmäksi (%3)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="119" />
      <source>%1 needs %2, which is neither completed nor planned</source>
      <translation>%1 edellyttää kurssia %2, jota ei ole suoritettu eikä suunniteltu</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="127" />
      <source>%1 and %2 are both in bar %3 of period %4</source>
      <translation>%1 ja %2 ovat molemmat palkissa %3 jaksossa %4</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="138" />
      <source>%1 and %2 count as the same course: only one counts</source>
      <translation>%1 ja %2 ovat sama kurssi: vain toinen lasketaan</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="139" />
      <source>%1 is planned %2 times: only one counts</source>
      <translation>%1 on suunnitelmassa %2 kertaa: vain yksi lasketaan</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="149" />
      <source>%1: room %2 holds %3, %4 students planned</source>
      <translation>%1: tilaan %2 mahtuu %3, suunnitellut %4 opiskelijaa</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="151" />
      <source>%1: %2 seats open to upper secondary students, %3 planned</source>
      <translation>%1: lukiolaisille %2 paikkaa, suunnitellut %3</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="162" />
      <source>%1: exam in the school's exam week (%2)</source>
      <translation>%1: tentti koulun koeviikolla (%2)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="164" />
      <source>%1: exam on a matriculation exam day %2 (%3)</source>
      <translation>%1: tentti ylioppilaskoepäivänä %2 (%3)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="174" />
      <source>%1 op in period %2 (at most %3)</source>
      <translation>%1 op jaksossa %2 (enintään %3)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="176" />
      <source>%1 h of sessions in week %2 (at most %3)</source>
      <translation>%1 h opetusta viikolla %2 (enintään %3)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="199" />
      <source>Course %1 is not in the catalogue</source>
      <translation>Kurssia %1 ei ole kurssitarjonnassa</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="216" />
      <source>Open</source>
      <translation>Avoin</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="217" />
      <source>Accepted by %1 on %2: %3</source>
      <translation>Hyväksynyt %1 %2: %3</translation>
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
      <location filename="../../ui/window_actions.py" line="162" />
      <source>Not available in this build</source>
      <translation>Ei saatavilla tässä versiossa</translation>
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
    <message>
      <location filename="../../ui/db_guard.py" line="73" />
      <source>it was deleted or moved</source>
      <translation>se poistettiin tai siirrettiin</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="79" />
      <source>another file has taken its place</source>
      <translation>toinen tiedosto on tullut sen tilalle</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="81" />
      <source>The database %1 is no longer there: %2 while the planner was open.</source>
      <translation>Tietokantaa %1 ei enää ole: %2, kun ohjelma oli auki.</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="86" />
      <source>The edit was not made. Everything stored before is still open in the planner: choose Write back to put it at %1 again.</source>
      <translation>Muutosta ei tehty. Kaikki aiemmin tallennettu on yhä auki ohjelmassa: valitse Kirjoita takaisin tallentaaksesi sen uudelleen kohteeseen %1.</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="97" />
      <source>%1 exists again; it was left as it is.</source>
      <translation>%1 on taas olemassa; sitä ei muutettu.</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="102" />
      <source>Only an SQLite file can be written back.</source>
      <translation>Vain SQLite-tiedoston voi kirjoittaa takaisin.</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="115" />
      <location filename="../../ui/db_guard.py" line="123" />
      <source>The database could not be written back to %1: %2</source>
      <translation>Tietokantaa ei voitu kirjoittaa takaisin kohteeseen %1: %2</translation>
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
      <location filename="../../ui/overview.py" line="387" />
      <source>Printing study plans is not available in this build</source>
      <translation>Opintosuunnitelmien tulostus ei ole käytettävissä tässä versiossa</translation>
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
</TS>