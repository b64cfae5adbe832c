<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
  <context>
    <name />
    <message>
      <location filename="../../ui/finding_text.py" line="39" />
      <source>Error</source>
      <translation>Fel</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="40" />
      <source>Warning</source>
      <translation>Varning</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="41" />
      <location filename="../../ui/finding_text.py" line="42" />
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="80" />
      <source>Total</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="81" />
      <source>Compulsory studies</source>
      <translation>Obligatoriska studier</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="82" />
      <source>National electives</source>
      <translation>Nationella valfria</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="83" />
      <source>Music and visual arts</source>
      <translation>Musik och bildkonst</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="216" />
      <source>Open</source>
      <translation>Öppen</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="48" />
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="50" />
      <source>&amp;Redo</source>
      <translation>&amp;Gör om</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="53" />
      <source>Choose &amp;student…</source>
      <translation>Välj &amp;studerande…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="55" />
      <source>Students &amp;overview…</source>
      <translation>&amp;Översikt över studerande…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="61" />
      <source>&amp;Import…</source>
      <translation>&amp;Importera…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="64" />
      <source>&amp;Print plan…</source>
      <translation>&amp;Skriv ut planen…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="70" />
      <source>Export &amp;calendar…</source>
      <translation>Exportera &amp;kalender…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="76" />
      <source>Se&amp;ttings…</source>
      <translation>&amp;Inställningar…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="81" />
      <source>&amp;Quit</source>
      <translation>&amp;Avsluta</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="84" />
      <source>&amp;Find course</source>
      <translation>&amp;Sök kurs</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="86" />
      <source>&amp;Add course to plan</source>
      <translation>&amp;Lägg till kurs i planen</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="88" />
      <source>&amp;Remove item</source>
      <translation>&amp;Ta bort posten</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="93" />
      <source>Study &amp;groups…</source>
      <translation>Undervisnings&amp;grupper…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="95" />
      <source>A&amp;ccept finding…</source>
      <translation>G&amp;odkänn iakttagelsen…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="97" />
      <source>Re&amp;open finding</source>
      <translation>Öppna iakttagelsen &amp;igen</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="99" />
      <source>&amp;Duplicate plan…</source>
      <translation>&amp;Kopiera planen…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="100" />
      <source>Ne&amp;w empty plan…</source>
      <translation>&amp;Ny tom plan…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="101" />
      <source>De&amp;lete plan</source>
      <translation>&amp;Radera planen</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="102" />
      <source>Re&amp;name plan…</source>
      <translation>Byt &amp;namn på planen…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="103" />
      <source>Make plan &amp;active</source>
      <translation>Gör planen &amp;aktiv</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="104" />
      <source>&amp;Compare versions…</source>
      <translation>&amp;Jämför versioner…</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="105" />
      <source>&amp;Next version</source>
      <translation>&amp;Nästa version</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="107" />
      <source>&amp;Previous version</source>
      <translation>&amp;Föregående version</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="111" />
      <source>Next &amp;week</source>
      <translation>Nästa &amp;vecka</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="114" />
      <source>Pre&amp;vious week</source>
      <translation>&amp;Föregående vecka</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="117" />
      <source>&amp;This week</source>
      <translation>&amp;Denna vecka</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="123" />
      <source>Go to &amp;catalogue</source>
      <translation>Gå till &amp;kursutbudet</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="129" />
      <source>Go to &amp;timetable</source>
      <translation>Gå till &amp;schemat</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="132" />
      <source>Go to &amp;plan</source>
      <translation>Gå till &amp;planen</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="135" />
      <source>Go to &amp;audit findings</source>
      <translation>Gå till &amp;iakttagelserna</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="141" />
      <location filename="../../ui/window_actions.py" line="233" />
      <source>&amp;Help</source>
      <translation>&amp;Hjälp</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="143" />
      <source>&amp;About</source>
      <translation>&amp;Om</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="171" />
      <source>&amp;File</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="185" />
      <source>&amp;Edit</source>
      <translation>&amp;Redigera</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="199" />
      <source>&amp;Plan</source>
      <translation>&amp;Plan</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="213" />
      <source>&amp;View</source>
      <translation>&amp;Visa</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="238" />
      <source>Main</source>
      <translation>Huvudverktyg</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="47" />
      <source>Duplicate plan %1</source>
      <translation>Kopiera planen %1</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="62" />
      <source>Duplicate plan</source>
      <translation>Kopiera planen</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="63" />
      <source>Name of the copy:</source>
      <translation>Kopians namn:</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="64" />
      <source>%1 (copy)</source>
      <translation>%1 (kopia)</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="74" />
      <source>New plan %1</source>
      <translation>Ny plan %1</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="84" />
      <source>New plan</source>
      <translation>Ny plan</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="84" />
      <source>Name of the new plan:</source>
      <translation>Den nya planens namn:</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="94" />
      <source>Delete plan %1</source>
      <translation>Radera planen %1</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="108" />
      <source>Delete plan</source>
      <translation>Radera planen</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="109" />
      <source>Delete plan %1? Edit → Undo brings it back.</source>
      <translation>Radera planen %1? Redigera → Ångra tar tillbaka den.</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="120" />
      <location filename="../../ui/version_actions.py" line="134" />
      <source>Rename plan</source>
      <translation>Byt namn på planen</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="134" />
      <source>New name:</source>
      <translation>Nytt namn:</translation>
    </message>
    <message>
      <location filename="../../ui/version_actions.py" line="145" />
      <source>Make plan active</source>
      <translation>Gör planen aktiv</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="359" />
      <source>&lt;h3&gt;SchoolaaS Planner&lt;/h3&gt;&lt;p&gt;Plan a student's upper secondary studies together with Aalto University courses; the audit checks the plan against the graduation rules and finds clashes on real dates after every edit.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; search the catalogue; &lt;b&gt;Enter&lt;/b&gt; or double-click adds the course; you can also drag it onto the timetable or the plan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt; removes the selected plan item; &lt;b&gt;Ctrl+G&lt;/b&gt; chooses its study groups.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; undo and redo every edit.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt; accepts the selected finding with a reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+1…4&lt;/b&gt; go to the catalogue, timetable, plan and findings; in the timetable the arrow keys walk from session to session.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt; move a week; &lt;b&gt;Ctrl+PgUp/PgDown&lt;/b&gt; switch plan versions; &lt;b&gt;Ctrl+O&lt;/b&gt; chooses a student; &lt;b&gt;Ctrl+P&lt;/b&gt; prints.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hatched blocks clash; a dashed red line marks a break too short to travel (grey once accepted). Every edit is stored at once.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;SchoolaaS Planner&lt;/h3&gt;&lt;p&gt;Planera en studerandes gymnasiestudier tillsammans med kurser vid Aalto-universitetet; granskningen jämför planen med examenskraven och hittar krockar på verkliga datum efter varje ändring.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; söker i kursutbudet; &lt;b&gt;Enter&lt;/b&gt; eller dubbelklick lägger till kursen; du kan också dra den till schemat eller planen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt; tar bort den valda posten; &lt;b&gt;Ctrl+G&lt;/b&gt; väljer dess undervisningsgrupper.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; ångrar och gör om varje ändring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt; godkänner den valda iakttagelsen med en motivering.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+1…4&lt;/b&gt; går till kursutbudet, schemat, planen och iakttagelserna; i schemat flyttar piltangenterna från pass till pass.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt+Vänster&lt;/b&gt; / &lt;b&gt;Alt+Höger&lt;/b&gt; byter vecka; &lt;b&gt;Ctrl+PgUp/PgDown&lt;/b&gt; byter planversion; &lt;b&gt;Ctrl+O&lt;/b&gt; väljer studerande; &lt;b&gt;Ctrl+P&lt;/b&gt; skriver ut.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Streckade block krockar; en streckad röd linje markerar en för kort paus för förflyttningen (grå när den godkänts). Varje ändring sparas genast.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h3&gt;SchoolaaS Planner&lt;/h3&gt;&lt;p&gt;Plan a student's upper secondary studies together with Aalto University courses; the audit checks the plan against the graduation rules and finds clashes on real dates after every edit.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; search the catalogue; &lt;b&gt;Enter&lt;/b&gt; or double-click adds the course; you can also drag it onto the timetable or the plan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt; removes the selected plan item; &lt;b&gt;Ctrl+G&lt;/b&gt; chooses its study groups.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; undo and redo every edit.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt; accepts the selected finding with a reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt; move a week; &lt;b&gt;Ctrl+PgUp/PgDown&lt;/b&gt; switch plan versions; &lt;b&gt;Ctrl+O&lt;/b&gt; chooses a student; &lt;b&gt;Ctrl+P&lt;/b&gt; prints.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hatched blocks clash; a dashed red line marks a break too short to travel (grey once accepted). Every edit is stored at once.&lt;/p&gt;</source>
      <translation type="vanished">&lt;h3&gt;SchoolaaS Planner&lt;/h3&gt;&lt;p&gt;Planera en studerandes gymnasiestudier tillsammans med kurser vid Aalto-universitetet; granskningen jämför planen med examenskraven och hittar krockar på verkliga datum efter varje ändring.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; söker i kursutbudet; &lt;b&gt;Enter&lt;/b&gt; eller dubbelklick lägger till kursen; du kan också dra den till schemat eller planen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt; tar bort den valda posten; &lt;b&gt;Ctrl+G&lt;/b&gt; väljer dess undervisningsgrupper.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; ångrar och gör om varje ändring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt; godkänner den valda iakttagelsen med en motivering.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt+Vänster&lt;/b&gt; / &lt;b&gt;Alt+Höger&lt;/b&gt; byter vecka; &lt;b&gt;Ctrl+PgUp/PgDown&lt;/b&gt; byter planversion; &lt;b&gt;Ctrl+O&lt;/b&gt; väljer studerande; &lt;b&gt;Ctrl+P&lt;/b&gt; skriver ut.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Streckade block krockar; en streckad röd linje markerar en för kort paus för förflyttningen (grå när den godkänts). Varje ändring sparas genast.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="377" />
      <source>Help</source>
      <translation>Hjälp</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="382" />
      <source>About SchoolaaS Planner</source>
      <translation>Om SchoolaaS Planner</translation>
    </message>
    <message>
      <location filename="../../ui/window_actions.py" line="384" />
      <source>SchoolaaS Planner — study plans across an upper secondary school and Aalto University.</source>
      <translation>SchoolaaS Planner — studieplaner för gymnasiet och Aalto-universitetet.</translation>
    </message>
  </context>
  <context>
    <name>AuditPanel</name>
    <message>
      <location filename="../../ui/audit_panel.py" line="35" />
      <source>Total credits</source>
      <translation>Studiepoäng totalt</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="36" />
      <source>Compulsory credits</source>
      <translation>Obligatoriska studiepoäng</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="37" />
      <source>National elective credits</source>
      <translation>Nationella valfria studiepoäng</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="38" />
      <source>University credits</source>
      <translation>Universitetsstudier</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="40" />
      <source>Audit summary</source>
      <translation>Sammanfattning av granskningen</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="43" />
      <source>Audit time</source>
      <translation>Granskningstid</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="50" />
      <source>Findings</source>
      <translation>Iakttagelser</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="63" />
      <source>&amp;Accept…</source>
      <translation>&amp;Godkänn…</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="64" />
      <source>Accept the selected finding with a reason</source>
      <translation>Godkänn den valda iakttagelsen med en motivering</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="66" />
      <source>Re&amp;open</source>
      <translation>Öppna &amp;igen</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="67" />
      <source>Withdraw the acceptance of the finding</source>
      <translation>Återkalla godkännandet av iakttagelsen</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="71" />
      <source>Total</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="72" />
      <source>Compulsory</source>
      <translation>Obligatoriska</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="73" />
      <source>National electives</source>
      <translation>Nationella valfria</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="74" />
      <source>University</source>
      <translation>Universitet</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="104" />
      <source>%1 open error(s), %2 warning(s), %3 accepted</source>
      <translation>%1 öppna fel, %2 varningar, %3 godkända</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="107" />
      <source>No open findings (%1 accepted)</source>
      <translation>Inga öppna iakttagelser (%1 godkända)</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="117" />
      <source>audited in %1 ms</source>
      <translation>granskad på %1 ms</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="119" />
      <source>edit + audit %1 ms</source>
      <translation>ändring + granskning %1 ms</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="136" />
      <source>%1 op (%2 ECTS)</source>
      <translation>%1 sp (%2 ECTS)</translation>
    </message>
    <message>
      <location filename="../../ui/audit_panel.py" line="145" />
      <source>%1 / %2 op</source>
      <translation>%1 / %2 sp</translation>
    </message>
  </context>
  <context>
    <name>BuildingDialog</name>
    <message>
      <location filename="../../ui/premises_view.py" line="435" />
      <source>Add building</source>
      <translation>Lägg till byggnad</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="452" />
      <source>Building code:</source>
      <translation>Byggnadens kod:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="453" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="454" />
      <source>Address:</source>
      <translation>Adress:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="455" />
      <source>Site (for travel times):</source>
      <translation>Område (för förflyttningstider):</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="456" />
      <source>Latitude:</source>
      <translation>Latitud:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="457" />
      <source>Longitude:</source>
      <translation>Longitud:</translation>
    </message>
  </context>
  <context>
    <name>CatalogueModel</name>
    <message>
      <location filename="../../ui/panes/catalogue_model.py" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="53" />
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="54" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="55" />
      <source>Provider</source>
      <translation>Anordnare</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="56" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="57" />
      <source>op</source>
      <translation>sp</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="58" />
      <source>ECTS</source>
      <translation>ECTS</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="59" />
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="60" />
      <source>Dates</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="137" />
      <source>Aalto</source>
      <translation>Aalto</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="139" />
      <source>School</source>
      <translation>Skola</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="165" />
      <source>Clashes with the current plan</source>
      <translation>Krockar med den nuvarande planen</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="167" />
      <source>Already in the plan</source>
      <translation>Redan i planen</translation>
    </message>
  </context>
  <context>
    <name>CataloguePanel</name>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="62" />
      <source>Search code or name (fi, sv, en)…</source>
      <translation>Sök kod eller namn (fi, sv, en)…</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="64" />
      <source>Search the catalogue</source>
      <translation>Sök i kursutbudet</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="67" />
      <source>Provider filter</source>
      <translation>Anordnarfilter</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="68" />
      <source>All providers</source>
      <translation>Alla anordnare</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="69" />
      <source>School</source>
      <translation>Skola</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="70" />
      <source>Aalto</source>
      <translation>Aalto</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="71" />
      <source>Subject filter</source>
      <translation>Ämnesfilter</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="72" />
      <source>Period filter</source>
      <translation>Periodfilter</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="73" />
      <source>Language filter</source>
      <translation>Språkfilter</translation>
    </message>
    <message>
      <source>any</source>
      <translation type="vanished">vilken som helst</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="77" />
      <source>Credits: any</source>
      <translation>Omfattning: vilken som helst</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="78" />
      <source>≥ </source>
      <translation>≥ </translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="79" />
      <source> op</source>
      <translation> sp</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="80" />
      <source>Minimum credits</source>
      <translation>Minsta omfattning</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="81" />
      <source>&amp;Fits my timetable</source>
      <translation>&amp;Passar mitt schema</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="82" />
      <source>Hide courses that clash with the plan (travel included)</source>
      <translation>Dölj kurser som krockar med planen (förflyttningar medräknade)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="87" />
      <source>Catalogue</source>
      <translation>Kursutbud</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="104" />
      <source>&amp;Add to plan</source>
      <translation>&amp;Lägg till i planen</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="105" />
      <source>Add the selected course to the plan</source>
      <translation>Lägg till den valda kursen i planen</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="146" />
      <source>All subjects</source>
      <translation>Alla läroämnen</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="151" />
      <source>All periods</source>
      <translation>Alla perioder</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="153" />
      <source>All languages</source>
      <translation>Alla språk</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_panel.py" line="199" />
      <source>%1 of %2 courses</source>
      <translation>%1 av %2 kurser</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <location filename="../../ui/versions.py" line="42" />
      <source>Compare plan versions</source>
      <translation>Jämför planversioner</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="45" />
      <source>Left plan</source>
      <translation>Vänster plan</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="46" />
      <source>Right plan</source>
      <translation>Höger plan</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="49" />
      <source>Credits of both plans</source>
      <translation>Studiepoäng i båda planerna</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="55" />
      <source>Findings of the left plan</source>
      <translation>Iakttagelser i den vänstra planen</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="58" />
      <source>Findings of the right plan</source>
      <translation>Iakttagelser i den högra planen</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="84" />
      <source>(active)</source>
      <translation>(aktiv)</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="95" />
      <source>Total op</source>
      <translation>Sp totalt</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="96" />
      <source>Compulsory op</source>
      <translation>Obligatoriska sp</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="98" />
      <source>National electives op</source>
      <translation>Nationella valfria sp</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="103" />
      <source>University op</source>
      <translation>Universitets-sp</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="107" />
      <source>Open errors</source>
      <translation>Öppna fel</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="108" />
      <source>Open warnings</source>
      <translation>Öppna varningar</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="109" />
      <source>Items</source>
      <translation>Poster</translation>
    </message>
    <message>
      <location filename="../../ui/versions.py" line="127" />
      <location filename="../../ui/versions.py" line="130" />
      <source>Only here: %1</source>
      <translation>Bara här: %1</translation>
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
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="19" />
      <source>Course details</source>
      <translation>Kursinformation</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="97" />
      <source>(%1 seats)</source>
      <translation>(%1 platser)</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="99" />
      <source>no sessions known</source>
      <translation>inga kända pass</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="113" />
      <source>Mon</source>
      <translation>Mån</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="114" />
      <source>Tue</source>
      <translation>Tis</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="115" />
      <source>Wed</source>
      <translation>Ons</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="116" />
      <source>Thu</source>
      <translation>Tor</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="117" />
      <source>Fri</source>
      <translation>Fre</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="118" />
      <source>Sat</source>
      <translation>Lör</translation>
    </message>
    <message>
      <location filename="../../ui/detail_panel.py" line="119" />
      <source>Sun</source>
      <translation>Sön</translation>
    </message>
    <message>
      <source>Select a course to see its details.</source>
      <comment>self.tr() inside an f-string: lupdate does not see it</comment>
      <translation type="vanished">Välj en kurs för att se dess uppgifter.</translation>
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <location filename="../../ui/findings_model.py" line="23" />
      <source>Severity</source>
      <translation>Allvarlighet</translation>
    </message>
    <message>
      <location filename="../../ui/findings_model.py" line="24" />
      <source>Finding</source>
      <translation>Iakttagelse</translation>
    </message>
    <message>
      <location filename="../../ui/findings_model.py" line="25" />
      <source>Items</source>
      <translation>Poster</translation>
    </message>
    <message>
      <location filename="../../ui/findings_model.py" line="26" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/findings_model.py" line="54" />
      <source>Open</source>
      <translation>Öppen</translation>
    </message>
  </context>
  <context>
    <name>GroupsDialog</name>
    <message>
      <location filename="../../ui/groups_dialog.py" line="69" />
      <source>Study groups of %1</source>
      <translation>Undervisningsgrupper för %1</translation>
    </message>
    <message>
      <location filename="../../ui/groups_dialog.py" line="77" />
      <source>Take part in these groups:</source>
      <translation>Delta i dessa grupper:</translation>
    </message>
    <message>
      <location filename="../../ui/groups_dialog.py" line="90" />
      <source>Group %1</source>
      <translation>Grupp %1</translation>
    </message>
    <message>
      <source>Take part in one group of each kind:</source>
      <translation>Delta i en grupp av varje slag:</translation>
    </message>
    <message>
      <source>%1 seats left</source>
      <translation>%1 platser kvar</translation>
    </message>
    <message>
      <source>full</source>
      <translation>fullt</translation>
    </message>
    <message>
      <source>Lessons</source>
      <translation>Lektioner</translation>
    </message>
    <message>
      <source>Lectures</source>
      <translation>Föreläsningar</translation>
    </message>
    <message>
      <source>Exercise groups</source>
      <translation>Övningsgrupper</translation>
    </message>
    <message>
      <source>Exams</source>
      <translation>Tentamina</translation>
    </message>
    <message>
      <source>Other groups</source>
      <translation>Andra grupper</translation>
    </message>
    <message>
      <source>Choose at least one group: a course is taken in its groups.</source>
      <translation>Välj minst en grupp: en kurs avläggs i sina grupper.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ui/import_dialog.py" line="81" />
      <location filename="../../ui/import_dialog.py" line="121" />
      <source>Import</source>
      <translation>Importera</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="92" />
      <source>File to import</source>
      <translation>Fil att importera</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="93" />
      <source>Browse…</source>
      <translation>Bläddra…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="99" />
      <source>Course code for events that name none</source>
      <translation>Kurskod för händelser som saknar en</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="100" />
      <source>Course:</source>
      <translation>Kurs:</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="102" />
      <source>What:</source>
      <translation>Vad:</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="103" />
      <source>File:</source>
      <translation>Fil:</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="110" />
      <source>Check the file first: the report shows what the import would change.</source>
      <translation>Kontrollera filen först: rapporten visar vad importen skulle ändra.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="112" />
      <source>Import report</source>
      <translation>Importrapport</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="118" />
      <source>Check file</source>
      <translation>Kontrollera filen</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="160" />
      <source>Choose a file to import</source>
      <translation>Välj en fil att importera</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="178" />
      <source>Checking…</source>
      <translation>Kontrollerar…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="178" />
      <source>Importing…</source>
      <translation>Importerar…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="224" />
      <source>Nothing was imported.</source>
      <translation>Ingenting importerades.</translation>
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
      <translation>Öppnar databasen…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="104" />
      <source>&amp;Catalogue</source>
      <translation>&amp;Kursutbud</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="105" />
      <source>Course &amp;details</source>
      <translation>Kurs&amp;information</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="106" />
      <source>&amp;Plan</source>
      <translation>&amp;Plan</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="107" />
      <source>&amp;Audit</source>
      <translation>&amp;Granskning</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="119" />
      <source>Current student</source>
      <translation>Nuvarande studerande</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="121" />
      <source>Plan version</source>
      <translation>Planversion</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="127" />
      <source>Working</source>
      <translation>Arbetar</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="223" />
      <source>%1 courses, %2 students — opened in %3 s</source>
      <translation>%1 kurser, %2 studerande — öppnat på %3 s</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="263" />
      <source>The database could not be opened.</source>
      <translation>Databasen kunde inte öppnas.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="265" />
      <source>The database could not be opened:
%1</source>
      <translation>Databasen kunde inte öppnas:
%1</translation>
    </message>
    <message>
      <location filename="../../ui/window/main_window.py" />
      <source>No database</source>
      <translation>Ingen databas</translation>
    </message>
    <message>
      <location filename="../../ui/window/main_window.py" />
      <source>There is no database at %1.

Create an empty database there?</source>
      <translation>Det finns ingen databas i %1.

Skapa en tom databas där?</translation>
    </message>
    <message>
      <location filename="../../ui/window/main_window.py" />
      <source>There is no database at %1.</source>
      <translation>Det finns ingen databas i %1.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="292" />
      <source>  %1 (%2, %3)  </source>
      <translation>  %1 (%2, %3)  </translation>
    </message>
    <message>
      <source>Write back</source>
      <translation type="vanished">Skriv tillbaka</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation type="vanished">Lägg till %1</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation type="vanished">Ta bort %1</translation>
    </message>
    <message>
      <source>Set status of %1</source>
      <translation type="vanished">Ange status för %1</translation>
    </message>
    <message>
      <source>Choose groups of %1</source>
      <translation type="vanished">Välj grupper för %1</translation>
    </message>
    <message>
      <source>Accept finding</source>
      <translation type="vanished">Godkänn iakttagelsen</translation>
    </message>
    <message>
      <source>Reopen finding</source>
      <translation type="vanished">Öppna iakttagelsen igen</translation>
    </message>
    <message>
      <source>Why is this acceptable? (for example: lecture recorded; teacher agreed)</source>
      <translation type="vanished">Varför är detta godtagbart? (till exempel: föreläsningen spelas in; läraren godkände)</translation>
    </message>
    <message>
      <source>An acceptance needs a reason.</source>
      <translation type="vanished">Ett godkännande behöver en motivering.</translation>
    </message>
  </context>
  <context>
    <name>OverviewModel</name>
    <message>
      <location filename="../../ui/overview_model.py" line="48" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="49" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="50" />
      <source>School</source>
      <translation>Skola</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="51" />
      <source>Group</source>
      <translation>Grupp</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="52" />
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="53" />
      <source>Maths</source>
      <translation>Matematik</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="54" />
      <source>Done op</source>
      <translation>Avklarade sp</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="55" />
      <source>Planned / 150</source>
      <translation>Planerade / 150</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="56" />
      <source>Compulsory</source>
      <translation>Obligatoriska</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="57" />
      <source>National electives</source>
      <translation>Nationella valfria</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="58" />
      <source>Errors</source>
      <translation>Fel</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="59" />
      <source>Warnings</source>
      <translation>Varningar</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="60" />
      <source>Accepted</source>
      <translation>Godkända</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="61" />
      <source>Last change</source>
      <translation>Senast ändrad</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="178" />
      <source>Open errors in the active plan</source>
      <translation>Öppna fel i den aktiva planen</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="180" />
      <source>Warnings in the active plan</source>
      <translation>Varningar i den aktiva planen</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="182" />
      <source>No open findings</source>
      <translation>Inga öppna iakttagelser</translation>
    </message>
    <message>
      <location filename="../../ui/overview_model.py" line="183" />
      <source>Not audited</source>
      <translation>Inte granskad</translation>
    </message>
  </context>
  <context>
    <name>OverviewWindow</name>
    <message>
      <location filename="../../ui/overview.py" line="216" />
      <source>Students overview</source>
      <translation>Översikt över studerande</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="217" />
      <source>Name, number or group</source>
      <translation>Namn, nummer eller grupp</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="218" />
      <source>Search students</source>
      <translation>Sök studerande</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="219" />
      <source>&amp;Search:</source>
      <translation>&amp;Sök:</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="220" />
      <source>S&amp;chool:</source>
      <translation>S&amp;kola:</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="221" />
      <source>&amp;Group:</source>
      <translation>&amp;Grupp:</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="222" />
      <source>S&amp;tatus:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="223" />
      <source>Students</source>
      <translation>Studerande</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="224" />
      <source>&amp;Open plan</source>
      <translation>&amp;Öppna planen</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="225" />
      <source>&amp;Add student…</source>
      <translation>&amp;Lägg till studerande…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="226" />
      <source>&amp;Edit student…</source>
      <translation>&amp;Redigera studerande…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="227" />
      <source>A&amp;rchive</source>
      <translation>A&amp;rkivera</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="228" />
      <source>A&amp;udit again</source>
      <translation>Gran&amp;ska på nytt</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="229" />
      <source>Reload</source>
      <translation>Läs in på nytt</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="230" />
      <source>&amp;Print study plans…</source>
      <translation>&amp;Skriv ut studieplaner…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="231" />
      <source>E&amp;xport…</source>
      <translation>E&amp;xportera…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="232" />
      <source>Premises and room &amp;use…</source>
      <translation>Lokaler och salarnas &amp;användning…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="233" />
      <source>Se&amp;ttings…</source>
      <translation>&amp;Inställningar…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="234" />
      <source>Student actions</source>
      <translation>Åtgärder för studerande</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="235" />
      <source>Auditing…</source>
      <translation>Granskar…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="252" />
      <source>Auditing all students…</source>
      <translation>Granskar alla studerande…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="279" />
      <source>%n student(s) audited in %1 s</source>
      <translation>
        <numerusform>%n studerande granskad på %1 s</numerusform>
        <numerusform>%n studerande granskade på %1 s</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="319" />
      <source>All schools</source>
      <translation>Alla skolor</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="324" />
      <source>All groups</source>
      <translation>Alla grupper</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="328" />
      <source>Everyone</source>
      <translation>Alla</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="329" />
      <source>Needs attention</source>
      <translation>Kräver uppmärksamhet</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="330" />
      <source>Open errors</source>
      <translation>Öppna fel</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="331" />
      <source>Warnings only</source>
      <translation>Endast varningar</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="332" />
      <source>All clear</source>
      <translation>Allt i ordning</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="333" />
      <source>Credits short</source>
      <translation>Studiepoäng saknas</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="350" />
      <source>%1 of %2 students</source>
      <translation>%1 av %2 studerande</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="385" />
      <source>Print the study plans of the selected students as PDF</source>
      <translation>Skriv ut de valda studerandenas studieplaner som PDF</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="405" />
      <source>%1 has no study plan yet.</source>
      <translation>%1 har ännu ingen studieplan.</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="437" />
      <location filename="../../ui/overview.py" line="452" />
      <source>Archive students</source>
      <translation>Arkivera studerande</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="439" />
      <source>Archive %n student(s)? They leave this list; nothing is deleted.</source>
      <translation>
        <numerusform>Arkivera %n studerande? Hen försvinner från listan; inget raderas.</numerusform>
        <numerusform>Arkivera %n studerande? De försvinner från listan; inget raderas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="466" />
      <source>Audit again</source>
      <translation>Granska på nytt</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="467" />
      <source>%n plan(s) audited again</source>
      <translation>
        <numerusform>%n plan granskad på nytt</numerusform>
        <numerusform>%n planer granskade på nytt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="473" />
      <source>Folder for the study plans</source>
      <translation>Mapp för studieplanerna</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="487" />
      <source>Printing study plans…</source>
      <translation>Skriver ut studieplaner…</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="491" />
      <location filename="../../ui/overview.py" line="507" />
      <source>Print study plans</source>
      <translation>Skriv ut studieplaner</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="510" />
      <source>%n study plan(s) written</source>
      <translation>
        <numerusform>%n studieplan skriven</numerusform>
        <numerusform>%n studieplaner skrivna</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="517" />
      <location filename="../../ui/overview.py" line="526" />
      <source>Export students</source>
      <translation>Exportera studerande</translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="517" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="528" />
      <source>%n student(s) exported</source>
      <translation>
        <numerusform>%n studerande exporterad</numerusform>
        <numerusform>%n studerande exporterade</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/overview.py" line="537" />
      <source>Premises and room use</source>
      <translation>Lokaler och salarnas användning</translation>
    </message>
  </context>
  <context>
    <name>PlanEdits</name>
    <message>
      <location filename="../../ui/plan_edits.py" line="36" />
      <source>Add %1</source>
      <translation>Lägg till %1</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="51" />
      <source>Remove %1</source>
      <translation>Ta bort %1</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="70" />
      <source>Set status of %1</source>
      <translation>Ange status för %1</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="89" />
      <source>Choose groups of %1</source>
      <translation>Välj grupper för %1</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="124" />
      <location filename="../../ui/plan_edits.py" line="164" />
      <source>Accept finding</source>
      <translation>Godkänn iakttagelsen</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="146" />
      <source>Reopen finding</source>
      <translation>Öppna iakttagelsen igen</translation>
    </message>
    <message>
      <location filename="../../ui/plan_edits.py" line="165" />
      <source>Why is this acceptable? (for example: lecture recorded; teacher agreed)</source>
      <translation>Varför är detta godtagbart? (till exempel: föreläsningen spelas in; läraren godkände)</translation>
    </message>
    <message>
      <source>An acceptance needs a reason.</source>
      <translation type="vanished">Ett godkännande behöver en motivering.</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Markera som avklarad</translation>
    </message>
    <message>
      <source>%1 has not ended yet (it ends on %2). Mark it completed anyway?</source>
      <translation>%1 har inte slutat än (den slutar %2). Markera den ändå som avklarad?</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <location filename="../../ui/plan_model.py" line="40" />
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="41" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="42" />
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="43" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="44" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="45" />
      <source>Grade</source>
      <translation>Vitsord</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="46" />
      <source>op</source>
      <translation>sp</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="47" />
      <source>ECTS</source>
      <translation>ECTS</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="48" />
      <source>Groups</source>
      <translation>Grupper</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="110" />
      <source>Aalto University</source>
      <translation>Aalto-universitetet</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="110" />
      <source>School</source>
      <translation>Skola</translation>
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <location filename="../../ui/plan_panel.py" line="84" />
      <source>Study plan items</source>
      <translation>Poster i studieplanen</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="105" />
      <source>Status of the selected item</source>
      <translation>Status för den valda posten</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="109" />
      <source>grade</source>
      <translation>vitsord</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="111" />
      <source>Grade of the selected item</source>
      <translation>Vitsord för den valda posten</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="112" />
      <source>Set &amp;status</source>
      <translation>Ange &amp;status</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="114" />
      <source>Study &amp;groups…</source>
      <translation>Undervisnings&amp;grupper…</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="115" />
      <source>Choose study groups of the selected item</source>
      <translation>Välj undervisningsgrupper för den valda posten</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="117" />
      <source>&amp;Remove</source>
      <translation>&amp;Ta bort</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="118" />
      <source>Remove the selected item from the plan</source>
      <translation>Ta bort den valda posten från planen</translation>
    </message>
    <message>
      <location filename="../../ui/plan_panel.py" line="147" />
      <source>%1 items, %2 op</source>
      <translation>%1 poster, %2 sp</translation>
    </message>
  </context>
  <context>
    <name>PremisesView</name>
    <message>
      <source>Add building</source>
      <translation type="vanished">Lägg till byggnad</translation>
    </message>
    <message>
      <source>Building code:</source>
      <translation type="vanished">Byggnadens kod:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="214" />
      <source>Choose a building first.</source>
      <translation>Välj först en byggnad.</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="217" />
      <location filename="../../ui/premises_view.py" line="221" />
      <source>Add room</source>
      <translation>Lägg till sal</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="217" />
      <source>Room code in %1:</source>
      <translation>Salens kod i %1:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="221" />
      <source>Seats:</source>
      <translation>Platser:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="309" />
      <source>%1 planned, %2 seats</source>
      <translation>%1 planerade, %2 platser</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="312" />
      <source>double booked</source>
      <translation>dubbelbokad</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/premises_view.py" line="315" />
      <source>%n flagged session(s) this week</source>
      <translation>
        <numerusform>%n flaggat pass denna vecka</numerusform>
        <numerusform>%n flaggade pass denna vecka</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="343" />
      <source>walk</source>
      <translation>gång</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="360" />
      <source>Travel %1 → %2: %3 is not a number of minutes.</source>
      <translation>Förflyttning %1 → %2: %3 är inget antal minuter.</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="381" />
      <location filename="../../ui/premises_view.py" line="421" />
      <source>All buildings</source>
      <translation>Alla byggnader</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="390" />
      <source>Buildings and rooms</source>
      <translation>Byggnader och salar</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="391" />
      <source>Room use</source>
      <translation>Salarnas användning</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="392" />
      <source>Travel times</source>
      <translation>Förflyttningstider</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="394" />
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="394" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="394" />
      <source>Address</source>
      <translation>Adress</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="394" />
      <source>Site</source>
      <translation>Område</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="395" />
      <source>Latitude</source>
      <translation>Latitud</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="395" />
      <source>Longitude</source>
      <translation>Longitud</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="398" />
      <source>Building</source>
      <translation>Byggnad</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="398" />
      <source>Room</source>
      <translation>Sal</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="398" />
      <source>Seats</source>
      <translation>Platser</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="398" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="399" />
      <source>Accessible</source>
      <translation>Tillgänglig</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="403" />
      <source>Buildings</source>
      <translation>Byggnader</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="404" />
      <source>Rooms of the chosen building</source>
      <translation>Salar i den valda byggnaden</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="405" />
      <source>Add building…</source>
      <translation>Lägg till byggnad…</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="406" />
      <source>Add room…</source>
      <translation>Lägg till sal…</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="407" />
      <source>Delete room</source>
      <translation>Ta bort salen</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="408" />
      <source>Week of:</source>
      <translation>Vecka:</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="409" />
      <source>Week of</source>
      <translation>Vecka</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="410" />
      <source>Previous week</source>
      <translation>Föregående vecka</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="411" />
      <source>Next week</source>
      <translation>Nästa vecka</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="412" />
      <source>Show empty rooms</source>
      <translation>Visa tomma salar</translation>
    </message>
    <message>
      <location filename="../../ui/premises_view.py" line="415" />
      <source>Minutes between sites (both ways). Within one site the audit walks between building coordinates. Stored in the database: every user of this database sees the same times, and the audit uses them at once.</source>
      <translation>Minuter mellan områden (åt båda hållen). Inom ett område räknar granskningen gångtiden från byggnadernas koordinater. Sparas i databasen: alla som använder databasen ser samma tider, och granskningen använder dem genast.</translation>
    </message>
    <message>
      <location filename="../../ui/premises/view.py" />
      <source>&amp;Find a free room…</source>
      <translation>&amp;Hitta ett ledigt rum…</translation>
    </message>
  </context>
  <context>
    <name>PrintDialog</name>
    <message>
      <location filename="../../ui/print_dialog.py" line="84" />
      <source>Print study plan</source>
      <translation>Skriv ut studieplanen</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="91" />
      <source>Document language</source>
      <translation>Dokumentets språk</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="92" />
      <source>&amp;Language:</source>
      <translation>&amp;Språk:</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="94" />
      <source>Period of the week timetable</source>
      <translation>Period för veckoschemat</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="95" />
      <source>&amp;Timetable of:</source>
      <translation>&amp;Schema för:</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="97" />
      <source>This student only</source>
      <translation>Endast denna studerande</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="99" />
      <source>Group %1: one PDF</source>
      <translation>Grupp %1: en PDF</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="102" />
      <source>Group %1: one PDF per student (folder)</source>
      <translation>Grupp %1: en PDF per studerande (mapp)</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="118" />
      <source>&amp;Save PDF…</source>
      <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="120" />
      <source>Export &amp;calendar…</source>
      <translation>Exportera &amp;kalender…</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="151" />
      <source>(no timetable)</source>
      <translation>(inget schema)</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="166" />
      <source>Folder for the PDFs</source>
      <translation>Mapp för PDF-filerna</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="172" />
      <source>Save study plan</source>
      <translation>Spara studieplanen</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="172" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="200" />
      <source>Export calendar</source>
      <translation>Exportera kalender</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="202" />
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="230" />
      <source>Working…</source>
      <translation>Arbetar…</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="240" />
      <source>Saved %1</source>
      <translation>Sparade %1</translation>
    </message>
    <message>
      <location filename="../../ui/print_dialog.py" line="255" />
      <source>Stopping after the current student…</source>
      <translation>Avbryter efter den nuvarande studeranden…</translation>
    </message>
    <message>
      <source>%1 sessions written to %2</source>
      <translation>%1 händelser skrivna till %2</translation>
    </message>
    <message>
      <source>Language of the course names:</source>
      <translation>Kursnamnens språk:</translation>
    </message>
  </context>
  <context>
    <name>RoomWeekGrid</name>
    <message>
      <location filename="../../ui/premises_grid.py" line="61" />
      <source>Mon</source>
      <translation>Mån</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="61" />
      <source>Tue</source>
      <translation>Tis</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="61" />
      <source>Wed</source>
      <translation>Ons</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="61" />
      <source>Thu</source>
      <translation>Tor</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="62" />
      <source>Fri</source>
      <translation>Fre</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="63" />
      <source>Room use in the week</source>
      <translation>Salarnas användning under veckan</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="131" />
      <source>No sessions in rooms this week</source>
      <translation>Inga pass i salarna denna vecka</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="144" />
      <source>%1 seats</source>
      <translation>%1 platser</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="146" />
      <source>capacity unknown</source>
      <translation>kapacitet okänd</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="174" />
      <source>over capacity</source>
      <translation>över kapaciteten</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="176" />
      <source>double booked</source>
      <translation>dubbelbokad</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="195" />
      <source>%1 students planned, room holds %2</source>
      <translation>%1 studerande planerade, salen rymmer %2</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="199" />
      <source>%1 students planned, capacity unknown</source>
      <translation>%1 studerande planerade, kapacitet okänd</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="202" />
      <source>Over capacity</source>
      <translation>Över kapaciteten</translation>
    </message>
    <message>
      <location filename="../../ui/premises_grid.py" line="204" />
      <source>Another session uses the room at the same time</source>
      <translation>Ett annat pass använder salen samtidigt</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/settings_dialog.py" line="165" />
      <source>Settings</source>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="166" />
      <source>Credits and travel</source>
      <translation>Studiepoäng och förflyttningar</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="167" />
      <source>Exam calendar</source>
      <translation>Provkalender</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="168" />
      <source>This computer</source>
      <translation>Denna dator</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="171" />
      <source>These rules are stored in the database, not on this computer: everyone who uses this database (for example on a shared server) audits by the same rules.</source>
      <translation>Dessa regler sparas i databasen, inte på denna dator: alla som använder databasen (till exempel på en gemensam server) granskar enligt samma regler.</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="176" />
      <source>&amp;Op per ECTS credit:</source>
      <translation>&amp;Sp per ECTS-poäng:</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="177" />
      <source>Travel &amp;buffer (minutes):</source>
      <translation>Extra &amp;tid för förflyttning (minuter):</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="178" />
      <source>Per-course overrides (op, whatever the ECTS):</source>
      <translation>Kursvisa undantag (sp oberoende av ECTS):</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="179" />
      <source>Course code</source>
      <translation>Kurskod</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="179" />
      <source>Op</source>
      <translation>Sp</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="180" />
      <source>Add override</source>
      <translation>Lägg till undantag</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="181" />
      <source>Remove override</source>
      <translation>Ta bort undantag</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="184" />
      <source>Exam weeks of the school periods (first and last day; stored in the database):</source>
      <translation>Provveckor i skolans perioder (första och sista dag; sparas i databasen):</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="189" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="190" />
      <source>Dates</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="191" />
      <source>Exam week starts</source>
      <translation>Provveckan börjar</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="192" />
      <source>Exam week ends</source>
      <translation>Provveckan slutar</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="195" />
      <source>Matriculation exam days (stored in the database):</source>
      <translation>Studentexamensdagar (sparas i databasen):</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="196" />
      <source>Subject, e.g. MA</source>
      <translation>Ämne, t.ex. MA</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="197" />
      <source>Subject</source>
      <translation>Läroämne</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="198" />
      <source>Exam day</source>
      <translation>Provdag</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="199" />
      <source>Add day</source>
      <translation>Lägg till dag</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="200" />
      <source>Remove day</source>
      <translation>Ta bort dag</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="201" />
      <source>&amp;Language:</source>
      <translation>&amp;Språk:</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="202" />
      <source>&amp;Default school:</source>
      <translation>&amp;Standardskola:</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="205" />
      <source>These options belong to this computer only. The language changes at once; a window that cannot switch shows it at the next start.</source>
      <translation>Dessa inställningar gäller bara denna dator. Språket byts genast; ett fönster som inte kan byta visar det vid nästa start.</translation>
    </message>
    <message>
      <source>These options belong to this computer only. The language changes at once.</source>
      <translation type="vanished">Dessa inställningar gäller bara denna dator. Språket byts genast.</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="210" />
      <location filename="../../ui/settings_dialog.py" line="244" />
      <source>All schools</source>
      <translation>Alla skolor</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="354" />
      <source>Override of %1: %2 is not a number of op.</source>
      <translation>Undantag för %1: %2 är inget antal sp.</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="369" />
      <source>Exam week of %1: %2 is not a date (dd.mm.yyyy).</source>
      <translation>Provveckan för %1: %2 är inget datum (dd.mm.åååå).</translation>
    </message>
  </context>
  <context>
    <name>StudentDialog</name>
    <message>
      <location filename="../../ui/overview/student_dialog.py" />
      <source>Load the stored values into the form?</source>
      <translation>Läsa in de sparade uppgifterna i formuläret?</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="126" />
      <source>Add student</source>
      <translation>Lägg till studerande</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="126" />
      <source>Edit student</source>
      <translation>Redigera studerande</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="129" />
      <source>&amp;First name:</source>
      <translation>&amp;Förnamn:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="130" />
      <source>&amp;Last name:</source>
      <translation>&amp;Efternamn:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="131" />
      <source>Student &amp;number:</source>
      <translation>Studerande&amp;nummer:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="132" />
      <source>&amp;School:</source>
      <translation>&amp;Skola:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="133" />
      <source>&amp;Group:</source>
      <translation>&amp;Grupp:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="134" />
      <source>Start &amp;year:</source>
      <translation>Start&amp;år:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="135" />
      <source>&amp;Maths syllabus:</source>
      <translation>&amp;Lärokurs i matematik:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="136" />
      <source>Mother &amp;tongue:</source>
      <translation>&amp;Modersmål och litteratur:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="137" />
      <source>&amp;B1 language:</source>
      <translation>&amp;B1-språk:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="138" />
      <source>&amp;A language:</source>
      <translation>&amp;A-språk:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="139" />
      <source>&amp;Worldview:</source>
      <translation>&amp;Livsåskådning:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="140" />
      <source>Matri&amp;culation subjects:</source>
      <translation>&amp;Ämnen i studentexamen:</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="147" />
      <source>Subject codes, e.g. MA, AI, EN</source>
      <translation>Ämneskoder, t.ex. MA, AI, EN</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="150" />
      <source>e.g. OTA-1001</source>
      <translation>t.ex. OTA-1001</translation>
    </message>
    <message>
      <location filename="../../ui/overview_dialog.py" line="203" />
      <source>Please correct the fields marked in red.</source>
      <translation>Rätta fälten som är markerade med rött.</translation>
    </message>
  </context>
  <context>
    <name>StudentPicker</name>
    <message>
      <location filename="../../ui/student_picker.py" line="41" />
      <source>Choose a student</source>
      <translation>Välj studerande</translation>
    </message>
    <message>
      <location filename="../../ui/student_picker.py" line="50" />
      <source>Students</source>
      <translation>Studerande</translation>
    </message>
    <message>
      <location filename="../../ui/student_picker.py" line="59" />
      <source>Search number, name, school or group…</source>
      <translation>Sök nummer, namn, skola eller grupp…</translation>
    </message>
    <message>
      <location filename="../../ui/student_picker.py" line="60" />
      <source>Search students</source>
      <translation>Sök studerande</translation>
    </message>
  </context>
  <context>
    <name>StudentsModel</name>
    <message>
      <location filename="../../ui/students_model.py" line="19" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../ui/students_model.py" line="20" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../ui/students_model.py" line="21" />
      <source>School</source>
      <translation>Skola</translation>
    </message>
    <message>
      <location filename="../../ui/students_model.py" line="22" />
      <source>Group</source>
      <translation>Grupp</translation>
    </message>
    <message>
      <location filename="../../ui/students_model.py" line="23" />
      <source>Maths</source>
      <translation>Matematik</translation>
    </message>
  </context>
  <context>
    <name>TimetablePanel</name>
    <message>
      <location filename="../../ui/timetable_panel.py" line="35" />
      <source>Previous week (Alt+Left)</source>
      <translation>Föregående vecka (Alt+Vänster)</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="36" />
      <source>Previous week</source>
      <translation>Föregående vecka</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="40" />
      <source>Next week (Alt+Right)</source>
      <translation>Nästa vecka (Alt+Höger)</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="41" />
      <source>Next week</source>
      <translation>Nästa vecka</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="46" />
      <source>Show the week of this date</source>
      <translation>Visa veckan för detta datum</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="50" />
      <source>Jump to a period</source>
      <translation>Gå till en period</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="60" />
      <source>Period:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="75" />
      <source>outside the periods</source>
      <translation>utanför perioderna</translation>
    </message>
    <message>
      <source>—</source>
      <translation type="vanished">—</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="78" />
      <source>%1 period %2 (%3–%4)</source>
      <translation>%1 period %2 (%3–%4)</translation>
    </message>
    <message>
      <location filename="../../ui/timetable_panel.py" line="100" />
      <source>week %1</source>
      <translation>vecka %1</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Idag</translation>
    </message>
    <message>
      <source>The week of today (Alt+Home)</source>
      <translation>Veckan för idag (Alt+Home)</translation>
    </message>
    <message>
      <source>Show this week</source>
      <translation>Visa denna vecka</translation>
    </message>
  </context>
  <context>
    <name>TimetableWidget</name>
    <message>
      <location filename="../../ui/timetable.py" line="78" />
      <source>Week timetable</source>
      <translation>Veckoschema</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/timetable.py" line="112" />
      <source>%n session(s) this week</source>
      <translation>
        <numerusform>%n pass denna vecka</numerusform>
        <numerusform>%n pass denna vecka</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/timetable.py" line="114" />
      <source>, %n clash(es)</source>
      <translation>
        <numerusform>, %n krock</numerusform>
        <numerusform>, %n krockar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/timetable.py" line="116" />
      <source>, %n travel break(s) too short</source>
      <translation>
        <numerusform>, %n för kort paus för förflyttning</numerusform>
        <numerusform>, %n för korta pauser för förflyttning</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="206" />
      <source>No sessions this week</source>
      <translation>Inga pass denna vecka</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="218" />
      <source>Mon</source>
      <translation>Mån</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="218" />
      <source>Tue</source>
      <translation>Tis</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="218" />
      <source>Wed</source>
      <translation>Ons</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="218" />
      <source>Thu</source>
      <translation>Tor</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="218" />
      <source>Fri</source>
      <translation>Fre</translation>
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
      <translation>G</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="387" />
      <source>%1 min short</source>
      <translation>%1 min för lite</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="431" />
      <source>Clash with %1 (accepted)</source>
      <translation>Krock med %1 (godkänd)</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="433" />
      <source>Clash with %1</source>
      <translation>Krock med %1</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="444" />
      <source>Travel needs %1 min, the break is %2 min (accepted)</source>
      <translation>Förflyttningen tar %1 min, pausen är %2 min (godkänd)</translation>
    </message>
    <message>
      <location filename="../../ui/timetable.py" line="446" />
      <source>Travel needs %1 min, the break is %2 min</source>
      <translation>Förflyttningen tar %1 min, pausen är %2 min</translation>
    </message>
    <message>
      <source>travel: needs %1 min, has %2</source>
      <translation type="vanished">förflyttning: behöver %1 min, har %2</translation>
    </message>
    <message>
      <source>🚶 needs %1 min, has %2</source>
      <translation type="vanished">🚶 behöver %1 min, har %2</translation>
    </message>
    <message>
      <source>Clash (accepted)</source>
      <translation type="vanished">Krock (godkänd)</translation>
    </message>
    <message>
      <location filename="../../ui/groups_dialog.py" line="92" />
      <location filename="../../ui/timetable.py" line="434" />
      <source>Clash</source>
      <translation>Krock</translation>
    </message>
    <message>
      <source>room %1</source>
      <translation>sal %1</translation>
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
      <translation>Skriv tillbaka</translation>
    </message>
    <message>
      <location filename="../../ui/window/errors.py" />
      <source>Reload</source>
      <translation>Läs in på nytt</translation>
    </message>
  </context>
  <context>
    <name>model</name>
    <message>
      <location filename="../../ui/plan_model.py" line="29" />
      <source>planned</source>
      <translation>planerad</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="30" />
      <source>enrolled</source>
      <translation>anmäld</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="31" />
      <source>completed</source>
      <translation>avklarad</translation>
    </message>
    <message>
      <location filename="../../ui/plan_model.py" line="32" />
      <source>failed</source>
      <translation>underkänd</translation>
    </message>
  </context>
  <context>
    <name>FindingText</name>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} overlap by {minutes} min[ ({rooms})][ on {dates}]</source>
      <translation>{a} och {b} överlappar med {minutes} min[ ({rooms})][ den {dates}]</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} → {b}: needs {needed} min to travel, has {available}[ on {dates}]</source>
      <translation>{a} → {b}: resan tar {needed} min, tiden räcker {available}[ den {dates}]</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item}: room {room} holds {capacity}, {planned} students planned</source>
      <translation>{item}: sal {room} rymmer {capacity}, {planned} studerande planerade</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item}: {seats} seats open to upper secondary students, {planned} planned</source>
      <translation>{item}: {seats} platser öppna för gymnasister, {planned} planerade</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} needs {prerequisite}, which is neither completed nor planned</source>
      <translation>{item} kräver {prerequisite}, som varken är avklarad eller planerad</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} needs {prerequisite} first, but {prerequisite} is planned later ({prerequisite_period_short})</source>
      <translation>{item} kräver först {prerequisite}, men {prerequisite} är planerad senare ({prerequisite_period_short})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} are both in bar {bar} of period {period_short}</source>
      <translation>{a} och {b} ligger båda i bricka {bar} i period {period_short}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{code} is planned {count} times: only one counts</source>
      <translation>{code} är planerad {count} gånger: bara en räknas</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} count as the same course: only one counts</source>
      <translation>{a} och {b} räknas som samma kurs: bara den ena räknas</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item}: exam in the school's exam week ({dates})</source>
      <translation>{item}: tentamen under skolans provvecka ({dates})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item}: exam on a matriculation exam day {dates} ({subject})</source>
      <translation>{item}: tentamen på en studentexamensdag {dates} ({subject})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Total: {planned} of {required} op planned, short by {short}</source>
      <translation>Totalt: {planned} av {required} sp planerade, {short} saknas</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>[{subject}: ]Compulsory studies: {planned} of {required} op planned, short by {short}[ (missing {missing_list})]</source>
      <translation>[{subject}: ]Obligatoriska studier: {planned} av {required} sp planerade, {short} saknas[ (saknas {missing_list})]</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>National electives: {planned} of {required} op planned, short by {short}</source>
      <translation>Nationella valfria: {planned} av {required} sp planerade, {short} saknas</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Music and visual arts: {planned} of {required} op planned, short by {short}</source>
      <translation>Musik och bildkonst: {planned} av {required} sp planerade, {short} saknas</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{op} op in period {period_short} (at most {limit})</source>
      <translation>{op} sp i period {period_short} (högst {limit})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{hours} h of sessions in week {week} (at most {limit})</source>
      <translation>{hours} h undervisning vecka {week} (högst {limit})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Course {code} is not in the catalogue</source>
      <translation>Kursen {code} finns inte i kursutbudet</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} overlap[ (rooms {room_a_or_q} and {room_b_or_q})] by {minutes_range} min[ on {dates}].</source>
      <translation>{a} och {b} överlappar[ (salarna {room_a_or_q} och {room_b_or_q})] med {minutes_range} min[ den {dates}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Not enough time to get[ from {building_a} to {building_b}] between {a} and {b}: needs {needed} min, has {available}[ on {dates}].</source>
      <translation>Tiden räcker inte för att ta sig[ från {building_a} till {building_b}] mellan {a} och {b}: behövs {needed} min, finns {available}[ den {dates}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Room {room} holds {capacity} but {planned} students are planned into it for {item} ({over} too many)[ on {dates}].</source>
      <translation>Sal {room} rymmer {capacity} men {planned} studerande är planerade dit för {item} ({over} för många)[ den {dates}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item}[ group {group}] has {seats} seats for upper secondary students but {planned} are planned ({over} too many).</source>
      <translation>{item}[ grupp {group}] har {seats} platser för gymnasiestuderande men {planned} är planerade ({over} för många).</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} needs {prerequisite} first, which is neither completed nor planned.</source>
      <translation>{item} kräver först {prerequisite}, som varken är avklarad eller planerad.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} needs {prerequisite_name} first, but it is planned later[ ({prerequisite_period_or_q} after {period_or_q})].</source>
      <translation>{item} kräver först {prerequisite_name}, men den är planerad senare[ ({prerequisite_period_or_q} efter {period_or_q})].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} are both in bar {bar} in period {period}: they meet at the same times.</source>
      <translation>{a} och {b} ligger båda i bricka {bar} i period {period}: de möts på samma tider.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} is in the plan {count} times.</source>
      <translation>{item} finns {count} gånger i planen.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{a} and {b} count as the same course; only one of them counts.</source>
      <translation>{a} och {b} räknas som samma kurs; bara den ena räknas.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>A university exam of {item} falls in the school's exam week[ ({week_start_date}–{week_end_date})][ on {dates}].</source>
      <translation>En universitetstentamen i {item} infaller under skolans provvecka[ ({week_start_date}–{week_end_date})][ den {dates}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>A university exam of {item} falls on a matriculation exam day[ ({subject})][ on {dates}].</source>
      <translation>En universitetstentamen i {item} infaller på en studentexamensdag[ ({subject})][ den {dates}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Total credits short: {planned} op planned of {required} required ({short} op missing).</source>
      <translation>För få studiepoäng: {planned} sp planerade av {required} som krävs ({short} sp saknas).</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Compulsory studies in {subject} short: {planned} op of {required} ({short} op missing)[; missing {missing_list}].</source>
      <translation>För få obligatoriska studier i {subject}: {planned} sp av {required} ({short} sp saknas)[; saknas {missing_list}].</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>National electives short: {planned} op planned of {required} required ({short} op missing).</source>
      <translation>För få nationella valfria studier: {planned} sp planerade av {required} som krävs ({short} sp saknas).</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Music and visual arts short: {planned} op of {required} (music {mu}, visual arts {ku}; at least {min_each} each).</source>
      <translation>För lite musik och bildkonst: {planned} sp av {required} (musik {mu}, bildkonst {ku}; minst {min_each} av vardera).</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{op} op planned in period {period}, more than the {limit} op limit.</source>
      <translation>{op} sp planerade i period {period}, mer än gränsen på {limit} sp.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{hours} h of scheduled sessions in week {week}[ ({week_dates})], more than the {limit} h limit.</source>
      <translation>{hours} h schemalagd undervisning vecka {week}[ ({week_dates})], mer än gränsen på {limit} h.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{item} is not in the catalogue or the curriculum.</source>
      <translation>{item} finns varken i kursutbudet eller i läroplanen.</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Error</source>
      <translation>Fel</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Warning</source>
      <translation>Varning</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Accepted by {who} on {when}: {why}</source>
      <translation>Godkänd av {who} den {when}: {why}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Open</source>
      <translation>Öppen</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Overlapping sessions: {items}</source>
      <translation>Överlappande tillfällen: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{count} times ({dates})</source>
      <translation>{count} gånger ({dates})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>up to {minutes} min each</source>
      <translation>högst {minutes} min per gång</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>rooms {room_a} / {room_b}</source>
      <translation>salar {room_a} / {room_b}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Not enough time to travel: {items}</source>
      <translation>Förflyttningstiden räcker inte: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>needs {needed} min, has {available} min</source>
      <translation>behövs {needed} min, finns {available} min</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Room too small: {items}</source>
      <translation>Salen är för liten: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>room {room}</source>
      <translation>sal {room}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{planned} students, {capacity} seats</source>
      <translation>{planned} studerande, {capacity} platser</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Not enough seats for upper secondary students: {items}</source>
      <translation>Platserna för gymnasiestuderande räcker inte: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{planned} planned, {seats} seats</source>
      <translation>{planned} planerade, {seats} platser</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Prerequisite missing: {label}</source>
      <translation>Förkunskapskrav saknas: {label}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>needs {prerequisite}</source>
      <translation>kräver {prerequisite}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Prerequisite planned later: {label}</source>
      <translation>Förkunskapen är planerad senare: {label}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{period}</source>
      <translation>{period}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>prerequisite {prerequisite_label}</source>
      <translation>förkunskap {prerequisite_label}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{prerequisite_period}</source>
      <translation>{prerequisite_period}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Two courses of the same bar: {items}</source>
      <translation>Två kurser i samma block: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>bar {bar}</source>
      <translation>block {bar}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>The same course twice: {items}</source>
      <translation>Samma studier två gånger: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>University exam in the school's exam week: {items}</source>
      <translation>Universitetstentamen under gymnasiets provvecka: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{dates}</source>
      <translation>{dates}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>University exam on a matriculation exam day: {items}</source>
      <translation>Universitetstentamen på en studentexamensdag: {items}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>exam {subject}</source>
      <translation>prov {subject}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Too few credits</source>
      <translation>För få studiepoäng</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{planned} / {required} op</source>
      <translation>{planned} / {required} sp</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{short} op short</source>
      <translation>saknas {short} sp</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Compulsory studies missing</source>
      <translation>Obligatoriska studier saknas</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{subject}</source>
      <translation>{subject}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>missing {missing}</source>
      <translation>saknas {missing}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Too few national electives</source>
      <translation>För få nationella valfria studier</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Too little music and visual arts</source>
      <translation>För lite musik och bildkonst</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>MU {mu} op, KU {ku} op (at least {min_each} each)</source>
      <translation>MU {mu} sp, KU {ku} sp (minst {min_each} av vardera)</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Heavy period</source>
      <translation>Hög arbetsbörda i perioden</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{op} op (limit {limit})</source>
      <translation>{op} sp (högst {limit})</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Many hours in one week</source>
      <translation>Många timmar i veckan</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>week {week}</source>
      <translation>vecka {week}</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>{hours} h (limit {limit} h)</source>
      <translation>{hours} h (högst {limit} h)</translation>
    </message>
    <message>
      <location filename="../../wording/findings.py" />
      <source>Unknown course: {items}</source>
      <translation>Okänd kurs: {items}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wording/findings.py" />
      <source>and %n more</source>
      <translation>
        <numerusform>och %n till</numerusform>
        <numerusform>och %n till</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ServiceError</name>
    <message>
      <source>{code} is not offered in period {number} of {year}.</source>
      <translation>{code} erbjuds inte i period {number} läsåret {year}.</translation>
    </message>
    <message>
      <source>The plan has no item {item_id}.</source>
      <translation>Planen har ingen post {item_id}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{sitting!r} is not a matriculation sitting; write it like 'spring 2027' or '2027-autumn'.</source>
      <translation>{sitting!r} är inte en examenstid i studentexamen; skriv den som 'vår 2027' eller '2027-autumn'.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {number} has no sitting set for {subject}.</source>
      <translation>Studerande {number} har ingen examenstid angiven för {subject}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {number} does not write {subject} in the matriculation examination.</source>
      <translation>Studerande {number} skriver inte {subject} i studentexamen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{subject} is listed twice.</source>
      <translation>{subject} finns två gånger i listan.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{subject!r} is not a subject code of the matriculation examination (MA, AI, EN…).</source>
      <translation>{subject!r} är inte en ämneskod i studentexamen (MA, AI, EN…).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The sittings {first} to {last} span {count} sittings; the matriculation examination is written in at most three consecutive sittings.</source>
      <translation>Examenstiderna {first}–{last} omfattar {count} examenstider; studentexamen avläggs under högst tre på varandra följande examenstider.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code} is a module of the national curriculum; a local course needs the school's own code.</source>
      <translation>{code} är en modul i den riksomfattande läroplanen; en lokal kurs behöver skolans egen kod.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{op} is not a sensible number of credits.</source>
      <translation>{op} är inte ett rimligt antal studiepoäng.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Local course {school} {code} is still used by {groups} course groups and {items} plan items; it was kept.</source>
      <translation>Den lokala kursen {school} {code} används ännu av {groups} kursgrupper och {items} kurser i planer; den behölls.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no school {code!r}.</source>
      <translation>Skolan {code!r} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {school} has no local course {code}.</source>
      <translation>Skolan {school} har ingen lokal kurs {code}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code!r} is not a course code.</source>
      <translation>{code!r} är inte en kurskod.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code!r} is not an Aalto course code like CS-A1111.</source>
      <translation>{code!r} är inte en Aalto-kurskod som CS-A1111.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_name!r} was changed by {who} at {when} after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Planen {plan_name!r} ändrades av {who} {when} efter att detta fönster visade den; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Another plan, {plan_name!r}, is the student's active plan now (last changed by {who} at {when}), not the one this window showed; nothing was saved. Reload to see it.</source>
      <translation>Studerandens aktiva plan är nu en annan, {plan_name!r} (senast ändrad av {who} {when}), inte den som detta fönster visade; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {number} ({name}) was archived by {who} at {when} after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Studeranden {number} ({name}) arkiverades av {who} {when} efter att detta fönster visade hen; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {number} ({name}) was brought back from the archive by {who} at {when} after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Studeranden {number} ({name}) togs tillbaka från arkivet av {who} {when} efter att detta fönster visade hen; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>someone else</source>
      <translation>någon annan</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Give the schools the counsellor {role} serves.</source>
      <translation>Ange skolorna som studiehandledaren {role} betjänar.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Line {line}: there is no student with the number {number!r}.</source>
      <translation>Rad {line}: det finns ingen studerande med numret {number!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Line {line}: {reason}</source>
      <translation>Rad {line}: {reason}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {where} has no table {table}: open it with the planner once (it brings the tables up to date), then set it up for sharing.</source>
      <translation>Databasen {where} har ingen tabell {table}: öppna den en gång med planeraren (den uppdaterar tabellerna) och ställ sedan in den för delning.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Logins and rights are for a shared PostgreSQL database; {where} is one person's own file.</source>
      <translation>Inloggningar och rättigheter gäller en delad PostgreSQL-databas; {where} är en persons egen fil.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database refused: {reason}</source>
      <translation>Databasen vägrade: {reason}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no person with the login {role!r}.</source>
      <translation>Det finns ingen person med inloggningen {role!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{role!r} cannot be a login: use 2 to 63 lower-case letters, digits and underscores, starting with a letter.</source>
      <translation>{role!r} duger inte som inloggning: använd 2–63 små bokstäver, siffror och understreck, och börja med en bokstav.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>A password needs at least 8 characters.</source>
      <translation>Ett lösenord behöver minst 8 tecken.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{kind!r} is not a kind of person.</source>
      <translation>{kind!r} är ingen typ av person.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The login {role!r} exists already.</source>
      <translation>Inloggningen {role!r} finns redan.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The student has a login already: {role!r}.</source>
      <translation>Den studerande har redan en inloggning: {role!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Your login may not do this; the database refused it ({reason}). Nothing was saved.</source>
      <translation>Din inloggning får inte göra detta; databasen vägrade ({reason}). Ingenting sparades.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Only a counsellor of the student's school or an admin may export or erase a student's personal data.</source>
      <translation>Endast en studiehandledare vid studerandens skola eller en administratör får exportera eller radera studerandens personuppgifter.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Personal data erased.</source>
      <translation>Personuppgifterna raderade.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{thing} added.</source>
      <translation>{thing} tillagd.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{thing} removed.</source>
      <translation>{thing} borttagen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{thing} changed: {fields}.</source>
      <translation>{thing} ändrad: {fields}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {name}</source>
      <translation>Studerande {name}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {name}</source>
      <translation>Planen {name}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Course {name}</source>
      <translation>Kurs {name}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Acceptance of {name}</source>
      <translation>Godkännande av {name}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Cannot write the history as {kind!r}; use csv or json.</source>
      <translation>Historiken kan inte sparas som {kind!r}; använd csv eller json.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{count} students match {query!r}: {names}.</source>
      <translation>{count} studerande motsvarar {query!r}: {names}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Say which student: a student number, id or name.</source>
      <translation>Ange vilken studerande: studerandenummer, id eller namn.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No student matches {query!r}.</source>
      <translation>Ingen studerande motsvarar {query!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{count} students match {query!r}: {shown} and {more} more.</source>
      <translation>{count} studerande motsvarar {query!r}: {shown} och {more} till.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown period {period!r}; periods look like OTA:2026-27/2.</source>
      <translation>Okänd period {period!r}; perioder skrivs som OTA:2026-27/2.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown provider {value!r}; use school or aalto.</source>
      <translation>Okänd anordnare {value!r}; använd school eller aalto.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown import kind {kind!r}; use one of {choices}.</source>
      <translation>Okänd importtyp {kind!r}; använd någon av {choices}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Import of {path} failed, nothing was written: {first}</source>
      <translation>Importen av {path} misslyckades, inget sparades: {first}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Cannot write {target}: {reason}.</source>
      <translation>Det går inte att skriva {target}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>--course {course}: no course with that code or key.</source>
      <translation>--course {course}: ingen kurs med den koden eller nyckeln.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The plan file's student {number} belongs to school {school!r}, which is not in the database.</source>
      <translation>Planfilens studerande {number} hör till skolan {school!r}, som inte finns i databasen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code}: grade {grade!r} is not on the {provider} scale ({scale}).</source>
      <translation>{code}: vitsordet {grade!r} hör inte till skalan {provider} ({scale}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The plan file's student {number} cannot be added: {problems}</source>
      <translation>Planfilens studerande {number} kan inte läggas till: {problems}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The plan file's plan {plan!r}: {problem}</source>
      <translation>Planfilens plan {plan!r}: {problem}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No student {student_id}.</source>
      <translation>Ingen studerande {student_id}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No student with id {student_id}.</source>
      <translation>Ingen studerande med id {student_id}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no plan with id {plan_id}.</source>
      <translation>Det finns ingen plan med id {plan_id}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no plan item with id {item_id}.</source>
      <translation>Det finns ingen planpost med id {item_id}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Course {item_code} of plan {plan_name!r} was changed elsewhere (last change of the plan at {when}) after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Kursen {item_code} i planen {plan_name!r} har ändrats någon annanstans (planens senaste ändring {when}) efter att detta fönster visade den; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Someone else saved a change to the same data at the same moment; nothing was saved. Reload to see it.</source>
      <translation>Någon annan sparade en ändring av samma uppgifter i samma ögonblick; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_name!r} was made the active plan elsewhere (at {when}) after this window showed another; nothing was saved. Reload to see it.</source>
      <translation>Planen {plan_name!r} gjordes till den aktiva planen någon annanstans ({when}) efter att detta fönster visade en annan; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Student {number} ({name}) was changed elsewhere (last change at {when}) after this form opened; nothing was saved. Reload to see it.</source>
      <translation>Studerande {number} ({name}) har ändrats någon annanstans (senaste ändring {when}) efter att detta formulär öppnades; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The acceptance of finding {finding_key!r} in plan {plan_name!r} was changed by {who} at {when} after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Godkännandet av iakttagelsen {finding_key!r} i planen {plan_name!r} ändrades av {who} {when} efter att detta fönster visade det; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {seen!r} was renamed elsewhere to {plan_name!r} (at {when}) after this window showed it; nothing was saved. Reload to see it.</source>
      <translation>Planen {seen!r} fick någon annanstans det nya namnet {plan_name!r} ({when}) efter att detta fönster visade den; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Course {offering} has no group {groups} (groups: {have}).</source>
      <translation>Kursen {offering} har ingen grupp {groups} (grupper: {have}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no course offering {offering_key!r} in the catalogue.</source>
      <translation>Kursutbudet har inget kurstillfälle {offering_key!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan item {row_id} exists already; nothing to restore.</source>
      <translation>Planposten {row_id} finns redan; inget att återställa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Course offering {offering!r} is no longer in the catalogue.</source>
      <translation>Kurstillfället {offering!r} finns inte längre i kursutbudet.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Item {item_code} is not linked to a course offering with groups.</source>
      <translation>Posten {item_code} är inte kopplad till ett kurstillfälle med grupper.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Which finding to accept is missing (empty finding key).</source>
      <translation>Vilken anmärkning som ska godkännas saknas (tom nyckel).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Say who accepts the finding.</source>
      <translation>Ange vem som godkänner anmärkningen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Give a reason for accepting the finding.</source>
      <translation>Ange ett skäl till att anmärkningen godkänns.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_id} has no acceptance for finding {finding_key!r}.</source>
      <translation>Planen {plan_id} har inget godkännande för anmärkningen {finding_key!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>A plan needs a name.</source>
      <translation>En plan behöver ett namn.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>A plan name can be at most {most} characters.</source>
      <translation>Ett plannamn får ha högst {most} tecken.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The student already has a plan called {text!r}.</source>
      <translation>Den studerande har redan en plan som heter {text!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no student with id {student_id}.</source>
      <translation>Det finns ingen studerande med id {student_id}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_name!r} is the student's only plan; it cannot be deleted.</source>
      <translation>Planen {plan_name!r} är den studerandes enda plan; den kan inte tas bort.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_id} exists already; nothing to restore.</source>
      <translation>Planen {plan_id} finns redan; inget att återställa.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown status {status!r}; use one of {allowed}.</source>
      <translation>Okänd status {status!r}; använd någon av {allowed}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_id} is not a version of {student_name}.</source>
      <translation>Planen {plan_id} är inte en version för {student_name}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No plan is open.</source>
      <translation>Ingen plan är öppen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building code {code!r}: use 1–20 letters, digits, '-', '_' or '.'.</source>
      <translation>Byggnadskod {code!r}: använd 1–20 bokstäver, siffror, '-', '_' eller '.'.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code}: the name is empty.</source>
      <translation>Byggnad {code}: namnet är tomt.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code}: site {site!r} must be a short lower-case word (e.g. otaniemi).</source>
      <translation>Byggnad {code}: campus {site!r} måste vara ett kort ord med små bokstäver (t.ex. otaniemi).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code}: latitude {lat} is not between -90 and 90.</source>
      <translation>Byggnad {code}: latituden {lat} ligger inte mellan -90 och 90.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code}: longitude {lon} is not between -180 and 180.</source>
      <translation>Byggnad {code}: longituden {lon} ligger inte mellan -180 och 180.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room code {code!r}: use 1–20 letters, digits, '-', '_' or '.'.</source>
      <translation>Salskod {code!r}: använd 1–20 bokstäver, siffror, '-', '_' eller '.'.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: capacity {capacity!r} is not a whole number.</source>
      <translation>{where}: kapaciteten {capacity!r} är inget heltal.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: capacity {capacity} must be 0 (unknown) to {most}.</source>
      <translation>{where}: kapaciteten {capacity} måste vara 0 (okänd) till {most}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: kind {kind!r} must be a short word such as {kinds}.</source>
      <translation>{where}: typen {kind!r} måste vara ett kort ord, till exempel {kinds}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel {a} → {b}: within one site the audit walks; no entry needed.</source>
      <translation>Förflyttning {a} → {b}: inom samma campus räknar granskningen med promenad; ingen uppgift behövs.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel {a} → {b}: {minutes!r} must be 0–{most} minutes.</source>
      <translation>Förflyttning {a} → {b}: {minutes!r} måste vara 0–{most} minuter.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building code {b_code} is already in use ({row_name}).</source>
      <translation>Byggnadskoden {b_code} används redan ({row_name}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No building {b_code}.</source>
      <translation>Ingen byggnad {b_code}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No building {code}.</source>
      <translation>Ingen byggnad {code}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code} is still used by {rooms} room(s), {sessions} session(s); move or delete them first.</source>
      <translation>Byggnaden {code} används ännu av {rooms} sal(ar) och {sessions} tillfälle(n); flytta eller ta bort dem först.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {r_key}: there is no building {building!r}.</source>
      <translation>Sal {r_key}: det finns ingen byggnad {building!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {r_key} already exists.</source>
      <translation>Salen {r_key} finns redan.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No room {r_key}.</source>
      <translation>Ingen sal {r_key}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No room {key}.</source>
      <translation>Ingen sal {key}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {key} holds {used} session(s); move them first.</source>
      <translation>Salen {key} har {used} tillfälle(n); flytta dem först.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel: site {site!r} must be a short lower-case word.</source>
      <translation>Förflyttning: campus {site!r} måste vara ett kort ord med små bokstäver.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code} is still used by {rooms} room(s), {sessions} session(s) and school {schools}; move or delete them first.</source>
      <translation>Byggnaden {code} används ännu av {rooms} sal(ar), {sessions} tillfälle(n) och skolan {schools}; flytta eller ta bort dem först.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No students in group {group!r} (groups: {known}).</source>
      <translation>Inga studerande i gruppen {group!r} (grupper: {known}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No students chosen for printing.</source>
      <translation>Inga studerande har valts för utskrift.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{target} is a folder; give the merged PDF a file name.</source>
      <translation>{target} är en mapp; ge den sammanslagna PDF-filen ett filnamn.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{folder} is a file; give a folder for one PDF per student.</source>
      <translation>{folder} är en fil; ange en mapp för en PDF per studerande.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No study plan could be printed (student {sid}: {message}).</source>
      <translation>Ingen studieplan kunde skrivas ut (studerande {sid}: {message}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No students in group {group!r} at {school} (groups: {known}).</source>
      <translation>Inga studerande i gruppen {group!r} vid {school} (grupper: {known}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Cannot create the folder {folder}: {reason}.</source>
      <translation>Det går inte att skapa mappen {folder}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The printing processes stopped unexpectedly after {count} students ({reason}).</source>
      <translation>Utskriftsprocesserna stannade oväntat efter {count} studerande ({reason}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{student_name} has no plan called {name!r} (plans: {known}).</source>
      <translation>{student_name} har ingen plan som heter {name!r} (planer: {known}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no period {key!r} (periods of the student's school: {known}).</source>
      <translation>Det finns ingen period {key!r} (perioder i den studerandes skola: {known}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown document language {lang!r}: use fi, sv or en.</source>
      <translation>Okänt dokumentspråk {lang!r}: använd fi, sv eller en.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Plan {plan_name!r} is not a plan of {student_name}.</source>
      <translation>Planen {plan_name!r} är inte en plan för {student_name}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The calendar did not validate: {problem}.</source>
      <translation>Kalendern klarade inte valideringen: {problem}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Cannot write {path}: {reason}.</source>
      <translation>Det går inte att skriva {path}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>ECTS→op rate {rate!r} must be a number above 0 and at most {most}.</source>
      <translation>Omräkningen ECTS→sp {rate!r} måste vara ett tal över 0 och högst {most}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel buffer {minutes!r} must be 0–{most} whole minutes.</source>
      <translation>Förflyttningsmarginalen {minutes!r} måste vara 0–{most} hela minuter.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Credit override: {code!r} is not a course code.</source>
      <translation>Ändrad omfattning: {code!r} är ingen kurskod.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Credit override {clean}: {op!r} must be 0–60 op.</source>
      <translation>Ändrad omfattning {clean}: {op!r} måste vara 0–60 sp.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Matriculation day {day}: {subject!r} is not a subject code (MA, AI…).</source>
      <translation>Studentexamensdag {day}: {subject!r} är ingen ämneskod (MA, AI…).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Matriculation day {day}: exams are held on weekdays, not {day:%A}.</source>
      <translation>Studentexamensdag {day}: proven hålls på vardagar, inte {day:%A}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No period {period_key}.</source>
      <translation>Ingen period {period_key}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Exam week of {period_key}: give both the first and last day.</source>
      <translation>Provveckan i {period_key}: ange både första och sista dagen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Matriculation day {day} {code} is already listed.</source>
      <translation>Studentexamensdagen {day} {code} finns redan i listan.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No matriculation day {day} {subject}.</source>
      <translation>Ingen studentexamensdag {day} {subject}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Exam week of {period_key}: {end} is before {start}.</source>
      <translation>Provveckan i {period_key}: {end} är före {start}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Exam week of {period_key}: {start}–{end} is outside the period {start_of_period}–{end_of_period}.</source>
      <translation>Provveckan i {period_key}: {start}–{end} ligger utanför perioden {start_of_period}–{end_of_period}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no course offering {key!r} in the catalogue.</source>
      <translation>Kursutbudet har inget kurstillfälle {key!r}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Cannot create the database at {url}: {reason}.</source>
      <translation>Det går inte att skapa databasen i {url}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{url!r} is not a database URL the planner can use ({exc}).</source>
      <translation>{url!r} är ingen databasadress som planeraren kan använda ({exc}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {where} was made by a newer version of the planner ({exc}).</source>
      <translation>Databasen {where} är gjord med en nyare version av planeraren ({exc}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {where} cannot be used: {exc}.</source>
      <translation>Databasen {where} kan inte användas: {exc}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {path} is no longer there: it was deleted or moved while the planner was open.

The edit was not made. Everything stored before is still open in the planner: choose Write back to put it at {path} again.</source>
      <translation>Databasen {path} finns inte längre: den raderades eller flyttades medan programmet var öppet.

Ändringen gjordes inte. Allt som sparats tidigare är fortfarande öppet i programmet: välj Skriv tillbaka för att lägga det på {path} igen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {path} is no longer there: {reason} while the planner was open.

The edit was not made. Everything stored before is still open in the planner: choose Write back to put it at {path} again.</source>
      <translation>Databasen {path} finns inte längre: {reason} medan programmet var öppet.

Ändringen gjordes inte. Allt som sparats tidigare är fortfarande öppet i programmet: välj Skriv tillbaka för att lägga det på {path} igen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database {path} is no longer there: another file has taken its place while the planner was open.

The edit was not made. Everything stored before is still open in the planner: choose Write back to put it at {path} again.</source>
      <translation>Databasen {path} finns inte längre: en annan fil har tagit dess plats medan programmet var öppet.

Ändringen gjordes inte. Allt som sparats tidigare är fortfarande öppet i programmet: välj Skriv tillbaka för att lägga det på {path} igen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{path} exists again; it was left as it is.</source>
      <translation>{path} finns igen; den lämnades som den är.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Only an SQLite file can be written back.</source>
      <translation>Endast en SQLite-fil kan skrivas tillbaka.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database could not be written back to {path}: {reason}</source>
      <translation>Databasen kunde inte skrivas tillbaka till {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The database could not be written back to {path}: {copied} of {count} students</source>
      <translation>Databasen kunde inte skrivas tillbaka till {path}: {copied} av {count} studerande</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>is empty</source>
      <translation>är tomt</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>is longer than {most} characters</source>
      <translation>är längre än {most} tecken</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{value!r} may hold only letters, spaces, hyphens and apostrophes</source>
      <translation>{value!r} får innehålla bara bokstäver, mellanslag, bindestreck och apostrofer</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{number!r} is not a student number (3–20 letters, digits or hyphens)</source>
      <translation>{number!r} är inget studerandenummer (3–20 bokstäver, siffror eller bindestreck)</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{number} already belongs to {first_name} {last_name}</source>
      <translation>{number} tillhör redan {first_name} {last_name}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>no school {school!r} (known: {known})</source>
      <translation>ingen skola {school!r} (kända: {known})</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>is longer than 20 characters</source>
      <translation>är längre än 20 tecken</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{maths!r} must be MAA (long) or MAB (short)</source>
      <translation>{maths!r} måste vara MAA (lång) eller MAB (kort)</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{value!r} is not a {curriculum_name} syllabus of {subjects} (one of {allowed})</source>
      <translation>{value!r} är ingen lärokurs i {subjects} enligt {curriculum_name} (någon av {allowed})</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>not a subject code: {codes}</source>
      <translation>ingen ämneskod: {codes}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{raw!r} is not a year</source>
      <translation>{raw!r} är inget årtal</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{year} is outside {low}–{high}</source>
      <translation>{year} ligger utanför {low}–{high}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: {text!r} is not a time range such as 08:15-09:30.</source>
      <translation>{where}: {text!r} är inte ett tidsintervall som 08:15-09:30.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: {text!r} is not a time of day.</source>
      <translation>{where}: {text!r} är inte en tid på dygnet.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{where}: the lesson ends before it starts.</source>
      <translation>{where}: lektionen slutar innan den börjar.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Weekly slot {text!r}: start with a weekday (Mon … Sun), then the times.</source>
      <translation>Veckotid {text!r}: börja med en veckodag (mån … sön), sedan tiderna.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{text!r} is not a date such as 2026-10-05 or 5.10.2026.</source>
      <translation>{text!r} är inte ett datum som 2026-10-05 eller 5.10.2026.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no period {period}.</source>
      <translation>Perioden {period} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Give at least one weekly slot (e.g. Mon 08:15-09:30).</source>
      <translation>Ange minst en veckotid (t.ex. mån 08:15-09:30).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The pattern holds no lesson: no date falls in it.</source>
      <translation>Mönstret innehåller ingen lektion: inget datum faller inom det.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The pattern holds {count} lessons; at most {most} are looked at once.</source>
      <translation>Mönstret innehåller {count} lektioner; högst {most} granskas åt gången.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no school {school}.</source>
      <translation>Skolan {school} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Group size {size!r} must be a whole number from 1.</source>
      <translation>Gruppstorleken {size!r} måste vara ett heltal från 1.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Free rooms need an open workspace.</source>
      <translation>Sökningen efter lediga rum behöver en öppen databas.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>No school course group {course} {group}.</source>
      <translation>Skolans kursgrupp {course} {group} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{course} names {count} school course groups: {keys}; give the offering key and the group.</source>
      <translation>{course} motsvarar {count} kursgrupper i skolan: {keys}; ange genomförandets nyckel och gruppen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {room} is taken on {dates}; choose another room.</source>
      <translation>Rummet {room} är upptaget {dates}; välj ett annat rum.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code} is an Aalto course: its rooms are Aalto's; only school course groups are booked here.</source>
      <translation>{code} är en Aalto-kurs: dess rum är Aaltos; här bokas endast skolans kursgrupper.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The sessions booked in {room} for {course} {group} were changed since; nothing was undone. Reload to see them.</source>
      <translation>De tillfällen som bokats i {room} för {course} {group} har ändrats sedan dess; inget ångrades. Ladda om för att se dem.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no course offering {key}.</source>
      <translation>Kursgenomförandet {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code} ({key}) is a school course: seats, prerequisites and overlapping courses are set here for Aalto realisations.</source>
      <translation>{code} ({key}) är en kurs i skolan: platser, förkunskaper och överlappande kurser anges här för Aaltos genomföranden.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code}: seats {seats!r} must be a whole number 0–{most}, or empty (not limited).</source>
      <translation>{code}: antalet platser {seats!r} måste vara ett heltal 0–{most} eller tomt (obegränsat).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code}: {field}: {bad!r} is not a course or module code.</source>
      <translation>{code}: {field}: {bad!r} är inte en kurs- eller modulkod.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code}: {field}: at most {most} codes.</source>
      <translation>{code}: {field}: högst {most} koder.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{code}: a course is not among its own {field}.</source>
      <translation>{code}: en kurs kan inte vara bland sina egna ({field}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The seats or links of {code} were changed by someone else since you saw them; nothing was saved. Reload to see them.</source>
      <translation>Någon annan har ändrat platserna eller länkarna för {code} sedan du såg dem; inget sparades. Ladda om för att se dem.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>prerequisites</source>
      <translation>förkunskaper</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>overlapping courses</source>
      <translation>överlappande kurser</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{what} is not a record of the school setup.</source>
      <translation>{what} är inte en post i skolans grunduppgifter.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{what} was changed by someone else since you saw it; nothing was saved. Reload to see it.</source>
      <translation>Någon annan har ändrat {what} sedan du såg det; inget sparades. Läs in på nytt för att se ändringen.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday {name}: say which stored holiday to change.</source>
      <translation>Lov {name}: ange vilket sparat lov som ska ändras.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>A {kind} can only be changed into a {kind}.</source>
      <translation>En post av typen {kind} kan bara ändras till en post av typen {kind}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>The {what} cannot be changed ({old} → {new}); add a new one and remove the old.</source>
      <translation>Uppgiften {what} kan inte ändras ({old} → {new}); lägg till en ny och ta bort den gamla.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Unknown kind {kind!r}; use one of {choices}.</source>
      <translation>Okänd typ {kind!r}; använd en av {choices}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no holiday {key}.</source>
      <translation>Lovet {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{path}: [[holidays]] {name} from {start} is listed twice for {school}.</source>
      <translation>{path}: [[holidays]] {name} från {start} finns två gånger för {school}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{path}: [[{table}]] {ident}: {reason}</source>
      <translation>{path}: tabell [[{table}]], {ident}: {reason}</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{path}: [[{table}]] {ident} is listed twice.</source>
      <translation>{path}: i tabellen [[{table}]] finns {ident} två gånger.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School code {code!r}: use 1–20 letters, digits, '-', '_' or '.'.</source>
      <translation>Skolkoden {code!r}: använd 1–20 bokstäver, siffror, '-', '_' eller '.'.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {code}: the name must be 1–200 characters.</source>
      <translation>Skolan {code}: namnet ska vara 1–200 tecken.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {code}: give the code of its building.</source>
      <translation>Skolan {code}: ange koden för dess byggnad.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {code}: curriculum {curriculum!r} must be a short name such as LOPS2021.</source>
      <translation>Skolan {code}: läroplanen {curriculum!r} ska vara ett kort namn som LOPS2021.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School year {year!r} is not like 2026-27 (two consecutive years).</source>
      <translation>Läsåret {year!r} är inte som 2026-27 (två år i följd).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School year {school} {year}: it ends ({end}) before it starts ({start}).</source>
      <translation>Läsåret {school} {year}: det slutar ({end}) innan det börjar ({start}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School year {school} {year}: {start}–{end} is not within {low}–{high}.</source>
      <translation>Läsåret {school} {year}: {start}–{end} ligger inte inom {low}–{high}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: the number must be a whole number.</source>
      <translation>Perioden {key}: numret ska vara ett heltal.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: the number must be 1–{most}.</source>
      <translation>Perioden {key}: numret ska vara 1–{most}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: it ends ({end}) before it starts ({start}).</source>
      <translation>Perioden {key}: den slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: give both the first and last day of the exam week.</source>
      <translation>Perioden {key}: ange både första och sista dagen av provveckan.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday of {school} from {start}: the name must be 1–80 characters.</source>
      <translation>Skolans {school} lov från {start}: namnet ska vara 1–80 tecken.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday {name}: it ends ({end}) before it starts ({start}).</source>
      <translation>Lovet {name}: det slutar ({end}) innan det börjar ({start}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday {name}: {start}–{end} is longer than {most} days.</source>
      <translation>Lovet {name}: {start}–{end} är längre än {most} dagar.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Matriculation day {day}: exams are held on weekdays, not on a weekend.</source>
      <translation>Studentexamensdag {day}: proven hålls på vardagar, inte under veckoslut.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Walking speed {speed!r} must be {low:g}–{high:g} metres per minute.</source>
      <translation>Gånghastigheten {speed!r} ska vara {low:g}–{high:g} meter per minut.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: the exam week ends ({end}) before it starts ({start}).</source>
      <translation>Perioden {key}: provveckan slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: the exam week {start}–{end} is outside the period {period_start}–{period_end}.</source>
      <translation>Perioden {key}: provveckan {start}–{end} ligger utanför perioden {period_start}–{period_end}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday {name}: kind {kind!r} must be holiday or no-teaching.</source>
      <translation>Lovet {name}: typen {kind!r} ska vara holiday (lov) eller no-teaching (dag utan undervisning).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel: site {site!r} must be a short lower-case word (e.g. otaniemi).</source>
      <translation>Förflyttning: platsen {site!r} ska vara ett kort ord med små bokstäver (t.ex. otaniemi).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {key} is already in the setup.</source>
      <translation>Skolan {key} finns redan i grunduppgifterna.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no school {key}.</source>
      <translation>Skolan {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School year {key} is already in the setup.</source>
      <translation>Läsåret {key} finns redan i grunduppgifterna.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no school year {key}.</source>
      <translation>Läsåret {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key} is already in the setup.</source>
      <translation>Perioden {key} finns redan i grunduppgifterna.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no period {key}.</source>
      <translation>Perioden {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {key} is already in the setup.</source>
      <translation>Byggnaden {key} finns redan i grunduppgifterna.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no building {key}.</source>
      <translation>Byggnaden {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {key} is already in the setup.</source>
      <translation>Rummet {key} finns redan i grunduppgifterna.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no room {key}.</source>
      <translation>Rummet {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Travel {key} is already in the setup.</source>
      <translation>Förflyttningen {key} finns redan i grunduppgifterna.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no travel time {key}.</source>
      <translation>Restiden {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {code}: there is no building {building!r}; add the building first.</source>
      <translation>Skolan {code}: byggnaden {building!r} finns inte; lägg till byggnaden först.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School {code} cannot be removed: it is still used by {users}.</source>
      <translation>Skolan {code} kan inte tas bort: den används ännu av {users}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>School year {school} {year}: {start}–{end} would leave out period(s) {periods}.</source>
      <translation>Läsåret {school} {year}: {start}–{end} skulle lämna perioderna {periods} utanför.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: the school year {school} {year} is not in the setup; add it first.</source>
      <translation>Perioden {key}: läsåret {school} {year} finns inte i grunduppgifterna; lägg till det först.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: {start}–{end} is outside the school year {year_start}–{year_end}.</source>
      <translation>Perioden {key}: {start}–{end} ligger utanför läsåret {year_start}–{year_end}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key} is an Aalto period, not a school's.</source>
      <translation>Perioden {key} är en Aalto-period, inte skolans.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no school period {key}.</source>
      <translation>Skolans period {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key} cannot be removed: it is still used by {users}.</source>
      <translation>Perioden {key} kan inte tas bort: den används ännu av {users}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Holiday {name} from {start} is already in the setup of {school}.</source>
      <translation>Lovet {name} från {start} finns redan i skolans {school} grunduppgifter.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no holiday with id {key}.</source>
      <translation>Det finns inget lov med id {key}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Building {code} cannot be removed: it is still used by {users}.</source>
      <translation>Byggnaden {code} kan inte tas bort: den används ännu av {users}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {key}: there is no building {building!r}; add the building first.</source>
      <translation>Rummet {key}: byggnaden {building!r} finns inte; lägg till byggnaden först.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Room {key} cannot be removed: it is still used by {users}. Move those lessons to another room first.</source>
      <translation>Rummet {key} kan inte tas bort: det används ännu av {users}. Flytta först de lektionerna till ett annat rum.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Matriculation day {day} {subject} is already in the setup.</source>
      <translation>Studentexamensdagen {day} {subject} finns redan i grunduppgifterna.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no matriculation day {key}.</source>
      <translation>Studentexamensdagen {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{what}: there is no school {code}; add the school first.</source>
      <translation>{what}: skolan {code} finns inte; lägg till skolan först.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Period {key}: {start}–{end} overlaps period {other} ({other_start}–{other_end}).</source>
      <translation>Perioden {key}: {start}–{end} överlappar perioden {other} ({other_start}–{other_end}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>There is no {kind} {key} (the key is {form}; see schoolaas setup list {kind}).</source>
      <translation>Det finns ingen post {kind} {key} (nyckeln är {form}; se schoolaas setup list {kind}).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>Adding a {kind} needs {missing} (as FIELD=VALUE).</source>
      <translation>För att lägga till {kind} behövs {missing} (som FÄLT=VÄRDE).</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{word!r}: give FIELD=VALUE with FIELD one of {names}.</source>
      <translation>{word!r}: ange FÄLT=VÄRDE där FÄLT är ett av {names}.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>{name}={text!r}: not {what}.</source>
      <translation>{name}={text!r}: ogiltigt ({what}).</translation>
    </message>
    <message>
      <source>Accepting a finding needs --reason TEXT.</source>
      <translation>Att godkänna en iakttagelse kräver en motivering: --reason TEXT.</translation>
    </message>
    <message>
      <source>Duplicating a plan needs --name NEW.</source>
      <translation>Att kopiera en plan kräver ett namn: --name NY.</translation>
    </message>
    <message>
      <source>Plan {plan!r} has no finding {finding!r} (see: schoolaas plan show).</source>
      <translation>Planen {plan!r} har ingen iakttagelse {finding!r} (se: schoolaas plan show).</translation>
    </message>
    <message>
      <source>Plan {plan!r} has no item {item!r}.</source>
      <translation>Planen {plan!r} har ingen post {item!r}.</translation>
    </message>
    <message>
      <source>Plan {plan!r} holds {item} {count} times; give the item id: {ids}.</source>
      <translation>Planen {plan!r} innehåller {item} {count} gånger; ange postens id: {ids}.</translation>
    </message>
    <message>
      <source>Say which plan to make active: --plan NAME.</source>
      <translation>Ange vilken plan som ska bli aktiv: --plan NAMN.</translation>
    </message>
    <message>
      <source>That finding is not accepted: {key}.</source>
      <translation>Iakttagelsen är inte godkänd: {key}.</translation>
    </message>
    <message>
      <source>The student has no plan {name!r} (plans: {known}).</source>
      <translation>Den studerande har ingen plan {name!r} (planer: {known}).</translation>
    </message>
    <message>
      <source>There is no course offering {course!r} in the catalogue.</source>
      <translation>Kursutbudet har ingen kurs {course!r}.</translation>
    </message>
    <message>
      <source>Usage: schoolaas plan {usage}</source>
      <translation>Användning: schoolaas plan {usage}</translation>
    </message>
    <message>
      <source>{course} is offered {count} times; give the offering key or --period: {keys}.</source>
      <translation>{course} erbjuds {count} gånger; ange genomförandets nyckel eller --period: {keys}.</translation>
    </message>
    <message>
      <source>{status!r} is not a status; use one of: {known}.</source>
      <translation>{status!r} är ingen status; använd en av: {known}.</translation>
    </message>
    <message>
      <source>--merged, --school and --jobs go with --group.</source>
      <translation>--merged, --school och --jobs hör ihop med --group.</translation>
    </message>
    <message>
      <source>--plan works with one student; a group prints active plans.</source>
      <translation>--plan fungerar med en studerande; för en grupp skrivs de aktiva planerna ut.</translation>
    </message>
    <message>
      <source>--time-limit must be more than 0 seconds.</source>
      <translation>--time-limit måste vara mer än 0 sekunder.</translation>
    </message>
    <message>
      <source>Aalto catalogue</source>
      <translation>Aaltos kursutbud</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}.</source>
      <translation>Det går inte att läsa {path}: {reason}.</translation>
    </message>
    <message>
      <source>Do not put a password in the database URL (anyone on the machine can read a command line): use ~/.pgpass, PGPASSWORD or a service file, or let the program ask for it.</source>
      <translation>Skriv inte lösenordet i databasens URL (vem som helst på datorn kan läsa en kommandorad): använd ~/.pgpass, PGPASSWORD eller en tjänstefil, eller låt programmet fråga efter det.</translation>
    </message>
    <message>
      <source>Free time {text!r} is not of the form DAY HH.MM-HH.MM (for example fri 16.00-23.59).</source>
      <translation>Fritiden {text!r} har inte formen DAG HH.MM-HH.MM (till exempel fri 16.00-23.59).</translation>
    </message>
    <message>
      <source>Give --period with --slot, or --lesson.</source>
      <translation>Ange --period tillsammans med --slot, eller --lesson.</translation>
    </message>
    <message>
      <source>Give a student (number, id or name) or --group GROUP.</source>
      <translation>Ange en studerande (nummer, id eller namn) eller --group GRUPP.</translation>
    </message>
    <message>
      <source>Give either --period with --slot, or --lesson, not both.</source>
      <translation>Ange antingen --period med --slot eller --lesson, inte båda.</translation>
    </message>
    <message>
      <source>Give either a student (number, id or name) or --all.</source>
      <translation>Ange antingen en studerande (nummer, id eller namn) eller --all.</translation>
    </message>
    <message>
      <source>Give either a student or --group, not both.</source>
      <translation>Ange antingen en studerande eller --group, inte båda.</translation>
    </message>
    <message>
      <source>Give {login}'s password on a terminal, or use --generate.</source>
      <translation>Ange lösenordet för {login} i en terminal, eller använd --generate.</translation>
    </message>
    <message>
      <source>Name the shared database: --db postgresql://USER@HOST/DATABASE or {var}.</source>
      <translation>Ange den delade databasen: --db postgresql://ANVÄNDARE@VÄRD/DATABAS eller {var}.</translation>
    </message>
    <message>
      <source>Plan item {item_id} is not in plan {plan_id}.</source>
      <translation>Planposten {item_id} finns inte i planen {plan_id}.</translation>
    </message>
    <message>
      <source>The database already holds data; build the demo with reset to replace it.</source>
      <translation>Databasen innehåller redan data; bygg demon med reset för att ersätta den.</translation>
    </message>
    <message>
      <source>The database holds data the demo did not make: {found}. A reset would delete it; give --force to replace it with the demo anyway.</source>
      <translation>Databasen innehåller data som demon inte skapade: {found}. En återställning skulle radera dem; ange --force för att ändå ersätta dem med demon.</translation>
    </message>
    <message>
      <source>The server asks for a password: put it in ~/.pgpass, PGPASSWORD or a service file, or run the command on a terminal to be asked.</source>
      <translation>Servern frågar efter ett lösenord: lägg det i ~/.pgpass, PGPASSWORD eller en tjänstefil, eller kör kommandot i en terminal för att bli tillfrågad.</translation>
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation>Lösenorden skiljer sig åt; inget ändrades.</translation>
    </message>
    <message>
      <source>There is no school period left to plan for {school}.</source>
      <translation>Skolan {school} har inga perioder kvar att planera.</translation>
    </message>
    <message>
      <source>Unknown period {period!r}: the periods of school {school} are {known}.</source>
      <translation>Okänd period {period!r}: skolan {school} har perioderna {known}.</translation>
    </message>
    <message>
      <source>{code} is not offered in the planned periods ({periods}).</source>
      <translation>{code} erbjuds inte i de planerade perioderna ({periods}).</translation>
    </message>
    <message>
      <source>{path} exists already; give another --out FILE.</source>
      <translation>{path} finns redan; ange en annan --out FIL.</translation>
    </message>
    <message>
      <source>{path} is not UTF-8 text.</source>
      <translation>{path} är inte UTF-8-text.</translation>
    </message>
    <message>
      <source>{path} line {line}: the student number is empty.</source>
      <translation>{path} rad {line}: studerandenumret är tomt.</translation>
    </message>
    <message>
      <source>{path} names no students.</source>
      <translation>{path} namnger inga studerande.</translation>
    </message>
    <message>
      <source>{path}: the first line must name the columns: number (and login).</source>
      <translation>{path}: första raden måste namnge kolumnerna: number (och login).</translation>
    </message>
    <message>
      <source>{path}: {exc}</source>
      <translation>{path}: {exc}</translation>
    </message>
    <message>
      <source>{url!r} is not a database URL.</source>
      <translation>{url!r} är ingen databas-URL.</translation>
    </message>
    <message>
      <location filename="../../wording/messages.py" />
      <source>A school package goes into an empty database (a new one for planning at home); {where} already holds students or courses.</source>
      <translation>Ett skolpaket läses in i en tom databas (en ny, för planering hemma); databasen {where} innehåller redan studerande eller kurser.</translation>
    </message>
    <message>
      <source>{target} exists already.</source>
      <translation>{target} finns redan.</translation>
    </message>
    <message>
      <source>--summary prints one student's plan on one page, without --group or --period.</source>
      <translation>--summary skriver ut en studerandes plan på en sida, utan --group och --period.</translation>
    </message>
    <message>
      <source>{code} in the plan of {student} changed after the preview; nothing was changed. Run Preview again.</source>
      <translation>{code} i planen för {student} ändrades efter förhandsvisningen; ingenting ändrades. Förhandsvisa igen.</translation>
    </message>
  </context>
  <context>
    <name>StudyPlanReport</name>
    <message>
      <location filename="../../reports/text.py" />
      <source>Study plan</source>
      <translation>Studieplan</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>School</source>
      <translation>Skola</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Student</source>
      <translation>Studerande</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Student number</source>
      <translation>Studerandenummer</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Group</source>
      <translation>Grupp</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Start year</source>
      <translation>Startår</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Mathematics</source>
      <translation>Matematik</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>advanced (MAA)</source>
      <translation>lång (MAA)</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>basic (MAB)</source>
      <translation>kort (MAB)</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Printed</source>
      <translation>Utskriven</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Page {n} of {m}</source>
      <translation>Sida {n} av {m}</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Courses by period</source>
      <translation>Kurser per period</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Provider</source>
      <translation>Anordnare</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>op</source>
      <translation>sp</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>ECTS</source>
      <translation>ECTS</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Grade</source>
      <translation>Vitsord</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>planned</source>
      <translation>planerad</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>enrolled</source>
      <translation>anmäld</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>completed</source>
      <translation>avklarad</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>failed</source>
      <translation>underkänd</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>{year}, period {n}</source>
      <translation>{year}, period {n}</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>{year}, Aalto period {roman}</source>
      <translation>{year}, Aaltos period {roman}</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Other studies</source>
      <translation>Övriga studier</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Period total</source>
      <translation>Perioden totalt</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Credits</source>
      <translation>Studiepoäng</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Total</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Compulsory studies</source>
      <translation>Obligatoriska studier</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>National electives</source>
      <translation>Nationella valfria</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>School-specific electives</source>
      <translation>Skolspecifika valfria</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>University studies</source>
      <translation>Högskolestudier</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>University studies as credited by the university</source>
      <translation>Högskolestudier i universitetets omfattning</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>met</source>
      <translation>uppfyllt</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>{x} short</source>
      <translation>saknas {x}</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Findings</source>
      <translation>Anmärkningar</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Open findings</source>
      <translation>Öppna anmärkningar</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Accepted exceptions</source>
      <translation>Godkända avvikelser</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>The plan has no open findings.</source>
      <translation>Planen har inga öppna anmärkningar.</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Week timetable</source>
      <translation>Veckoschema</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Every weekly meeting from {start} to {end}; the figure tells on how many weeks the time recurs.</source>
      <translation>Alla veckovisa tillfällen {start}–{end}; siffran anger på hur många veckor tiden återkommer.</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>No planned sessions in this period.</source>
      <translation>Perioden har inga planerade tillfällen.</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Exam</source>
      <translation>Tentamen</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>{n} wk</source>
      <translation>{n} v</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Signatures</source>
      <translation>Underskrifter</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>We have reviewed this study plan together.</source>
      <translation>Vi har gått igenom denna studieplan tillsammans.</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Guardian</source>
      <translation>Vårdnadshavare</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Student counsellor</source>
      <translation>Studiehandledare</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Place and date</source>
      <translation>Ort och datum</translation>
    </message>
    <message>
      <source>Study plan summary</source>
      <translation>Sammandrag av studieplanen</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Aalto University courses</source>
      <translation>Kurser vid Aalto-universitetet</translation>
    </message>
    <message>
      <source>No Aalto University courses in the plan.</source>
      <translation>Planen har inga kurser vid Aalto-universitetet.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>and {n} more</source>
      <translation>och {n} till</translation>
    </message>
    <message>
      <source>Prepared by the student on {date}, plan file {file}</source>
      <translation>Uppgjord av studeranden {date}, planfil {file}</translation>
    </message>
    <message>
      <source>Names of national modules are in Finnish: the national curriculum has no English names.</source>
      <translation>De nationella modulernas namn är på finska: den nationella läroplanen har inga engelska namn.</translation>
    </message>
    <message>
      <source>Names without an English name in the data are in Swedish.</source>
      <translation>Namn som saknar engelskt namn i uppgifterna är på svenska.</translation>
    </message>
    <message>
      <source>Names without a Finnish name in the data are in English.</source>
      <translation>Namn som saknar finskt namn i uppgifterna är på engelska.</translation>
    </message>
    <message>
      <source>Names without a Finnish name in the data are in Swedish.</source>
      <translation>Namn som saknar finskt namn i uppgifterna är på svenska.</translation>
    </message>
    <message>
      <source>Names without a Swedish name in the data are in English.</source>
      <translation>Namn som saknar svenskt namn i uppgifterna är på engelska.</translation>
    </message>
    <message>
      <source>Names without a Swedish name in the data are in Finnish.</source>
      <translation>Namn som saknar svenskt namn i uppgifterna är på finska.</translation>
    </message>
  </context>
  <context>
    <name>StudyPlanReport.provider</name>
    <message>
      <location filename="../../reports/text.py" />
      <source>School</source>
      <translation>Gymnasiet</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Aalto University</source>
      <translation>Aalto-universitetet</translation>
    </message>
  </context>
  <context>
    <name>StudyPlanReport.credits</name>
    <message>
      <location filename="../../reports/text.py" />
      <source>Required</source>
      <translation>Mål</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Completed</source>
      <translation>Avklarat</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Planned</source>
      <translation>Planerat</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Status</source>
      <translation>Läge</translation>
    </message>
  </context>
  <context>
    <name>StudyPlanReport.weekday</name>
    <message>
      <location filename="../../reports/text.py" />
      <source>Mon</source>
      <translation>mån</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Tue</source>
      <translation>tis</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Wed</source>
      <translation>ons</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Thu</source>
      <translation>tor</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Fri</source>
      <translation>fre</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Sat</source>
      <translation>lör</translation>
    </message>
    <message>
      <location filename="../../reports/text.py" />
      <source>Sun</source>
      <translation>sön</translation>
    </message>
  </context>
  <context>
    <name>FreeRoomDialog</name>
    <message numerus="yes">
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>%n free room(s) for %1 lessons %2–%3</source>
      <translation>
        <numerusform>%n ledigt rum för %1 lektioner %2–%3</numerusform>
        <numerusform>%n lediga rum för %1 lektioner %2–%3</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Choose the course group to book the room for.</source>
      <translation>Välj den kursgrupp som rummet bokas för.</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Find the free rooms first and choose one.</source>
      <translation>Sök först de lediga rummen och välj ett.</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Book %1 for %2</source>
      <translation>Boka %1 för %2</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Find a free room</source>
      <translation>Hitta ett ledigt rum</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Course group:</source>
      <translation>&amp;Kursgrupp:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Lessons:</source>
      <translation>Lektioner:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Weekly over a period</source>
      <translation>&amp;Varje vecka under en period</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Single &amp;dates</source>
      <translation>Enskilda &amp;datum</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Period:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Weekly &amp;slots:</source>
      <translation>&amp;Veckotider:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Mon 08:15-09:30; Wed 10:00-11:15</source>
      <translation>mån 08:15-09:30; ons 10:00-11:15</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Lessons:</source>
      <translation>&amp;Lektioner:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>One per line: 2026-10-05 08:15-09:30</source>
      <translation>En per rad: 5.10.2026 08:15-09:30</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Group size:</source>
      <translation>&amp;Gruppstorlek:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Kind:</source>
      <translation>&amp;Typ:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Walk from &amp;school:</source>
      <translation>Gångväg från &amp;skolan:</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Find free rooms</source>
      <translation>&amp;Sök lediga rum</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Book for the course group</source>
      <translation>&amp;Boka för kursgruppen</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Gör om</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>any kind</source>
      <translation>vilken typ som helst</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Room</source>
      <translation>Rum</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Building</source>
      <translation>Byggnad</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Seats</source>
      <translation>Platser</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Walk (min)</source>
      <translation>Gång (min)</translation>
    </message>
    <message>
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>Free rooms</source>
      <translation>Lediga rum</translation>
    </message>
  </context>
  <context>
    <name>AaltoLinksDialog</name>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>Aalto course %1</source>
      <translation>Aalto-kurs %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>Aalto course</source>
      <translation>Aalto-kurs</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>not limited</source>
      <translation>obegränsat</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>Codes separated by commas, e.g. MAA6, CS-A1111</source>
      <translation>Koder åtskilda med kommatecken, t.ex. MAA6, CS-A1111</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>&amp;Seats for upper secondary students:</source>
      <translation>&amp;Platser för gymnasiestuderande:</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>&amp;Prerequisites:</source>
      <translation>&amp;Förkunskaper:</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>&amp;Overlapping courses (count as the same):</source>
      <translation>&amp;Överlappande kurser (räknas som samma):</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/aalto_links_dialog.py" />
      <source>Seats and links of %1</source>
      <translation>Platser och länkar för %1</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>Three &amp;years…</source>
      <translation>Tre &amp;år…</translation>
    </message>
    <message>
      <source>Course &amp;tray…</source>
      <translation>Kurs&amp;bricka…</translation>
    </message>
    <message>
      <location filename="../../ui/window/actions.py" />
      <source>Aalto course seats and &amp;links…</source>
      <translation>Aalto-kursens platser och &amp;länkar…</translation>
    </message>
    <message>
      <location filename="../../ui/window/actions.py" />
      <source>School set&amp;up…</source>
      <translation>Skolans &amp;grunduppgifter…</translation>
    </message>
    <message>
      <source>P&amp;remises and room use…</source>
      <translation>&amp;Lokaler och lokalanvändning…</translation>
    </message>
    <message>
      <source>Premises and room use</source>
      <translation>Lokaler och lokalanvändning</translation>
    </message>
  </context>
  <context>
    <name>CourseKind</name>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Lectures</source>
      <translation>Föreläsningar</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Contact teaching</source>
      <translation>Närundervisning</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Blended teaching</source>
      <translation>Flerformsundervisning</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Online teaching</source>
      <translation>Nätundervisning</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Small-group teaching</source>
      <translation>Smågruppsundervisning</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Seminar</source>
      <translation>Seminarium</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Project work</source>
      <translation>Projektarbete</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Field course</source>
      <translation>Fältkurs</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Laboratory work</source>
      <translation>Laboratoriearbete</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Exam</source>
      <translation>Tentamen</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Electronic exam</source>
      <translation>Elektronisk tentamen</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Final exam</source>
      <translation>Slutprov</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Midterm exam</source>
      <translation>Mellanprov</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Essay</source>
      <translation>Essä</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Independent project</source>
      <translation>Självständigt projekt</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Teaching</source>
      <translation>Undervisning</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Independent work</source>
      <translation>Självständigt arbete</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Other type</source>
      <translation>Annan typ</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Lessons</source>
      <translation>Lektioner</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Lecture</source>
      <translation>Föreläsning</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Exercise group</source>
      <translation>Övningsgrupp</translation>
    </message>
    <message>
      <location filename="../../wording/kinds.py" />
      <source>Other group</source>
      <translation>Annan grupp</translation>
    </message>
  </context>
  <context>
    <name>CourseName</name>
    <message>
      <location filename="../../wording/names.py" />
      <source>%1 (in English)</source>
      <translation>%1 (på engelska)</translation>
    </message>
    <message>
      <location filename="../../wording/names.py" />
      <source>%1 (in Finnish)</source>
      <translation>%1 (på finska)</translation>
    </message>
    <message>
      <location filename="../../wording/names.py" />
      <source>%1 (in Swedish)</source>
      <translation>%1 (på svenska)</translation>
    </message>
  </context>
  <context>
    <name>TrayWindow</name>
    <message>
      <source>✗ clashes</source>
      <translation>✗ krockar</translation>
    </message>
    <message>
      <source>⚠ clash</source>
      <translation>⚠ krock</translation>
    </message>
    <message>
      <source>② %1 courses in this bar</source>
      <translation>② %1 kurser i denna bricka</translation>
    </message>
    <message>
      <source>full</source>
      <translation>fullt</translation>
    </message>
    <message>
      <source>fits</source>
      <translation>passar</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Läsår</translation>
    </message>
    <message>
      <source>School &amp;year:</source>
      <translation>&amp;Läsår:</translation>
    </message>
    <message>
      <source>Period %1
%2 – %3</source>
      <translation>Period %1
%2 – %3</translation>
    </message>
    <message>
      <source>Course tray — %1</source>
      <translation>Kursbricka — %1</translation>
    </message>
    <message>
      <source>Course tray</source>
      <translation>Kursbricka</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <source>Bar %1</source>
      <translation>Bricka %1</translation>
    </message>
    <message>
      <source>Bar</source>
      <translation>Bricka</translation>
    </message>
    <message>
      <source>Aalto</source>
      <translation>Aalto</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gör om</translation>
    </message>
    <message>
      <source>%1 students planned</source>
      <translation>%1 studerande har planerat</translation>
    </message>
    <message>
      <source>%1 of %2 seats taken</source>
      <translation>%1 av %2 platser tagna</translation>
    </message>
    <message>
      <source>%1 free</source>
      <translation>%1 lediga</translation>
    </message>
    <message>
      <source>%1 %2, %3 op
%4</source>
      <translation>%1 %2, %3 sp
%4</translation>
    </message>
    <message>
      <source>%1
%2 – %3, %4 ECTS</source>
      <translation>%1
%2 – %3, %4 sp (ECTS)</translation>
    </message>
    <message>
      <source>also in plan: %1</source>
      <translation>även i planen: %1</translation>
    </message>
    <message>
      <source>✓ chosen · ⚠ clash · ② second course in one bar · “also in plan” the course is in the plan in another group · click or Space to choose or drop</source>
      <translation>✓ vald · ⚠ krock · ② en andra kurs i samma bricka · ”även i planen” kursen finns i planen i en annan grupp · klicka eller tryck mellanslag för att välja eller ta bort</translation>
    </message>
    <message>
      <source>Period %1, bar %2</source>
      <translation>Period %1, bricka %2</translation>
    </message>
    <message>
      <source>Period %1, Aalto courses</source>
      <translation>Period %1, kurser vid Aalto</translation>
    </message>
    <message>
      <source>no courses</source>
      <translation>inga kurser</translation>
    </message>
    <message>
      <source>free seats: %1</source>
      <translation>lediga platser: %1</translation>
    </message>
    <message>
      <source>chosen</source>
      <translation>vald</translation>
    </message>
    <message>
      <source>clash with %1</source>
      <translation>krockar med %1</translation>
    </message>
    <message>
      <source>clash</source>
      <translation>krock</translation>
    </message>
    <message>
      <source>clashes with %1</source>
      <translation>krockar med %1</translation>
    </message>
    <message>
      <source>clashes</source>
      <translation>krockar</translation>
    </message>
  </context>
  <context>
    <name>YearsWindow</name>
    <message>
      <source>Three years — %1</source>
      <translation>Tre år — %1</translation>
    </message>
    <message>
      <source>Three years</source>
      <translation>Tre år</translation>
    </message>
    <message>
      <source>Move %1</source>
      <translation>Flytta %1</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <source>Bars: op planned by the end of each period — compulsory (solid), national electives (dotted), school-specific (hatched), university (crossed). Lines: %1 op in all (solid), %2 op compulsory (dashed), %3 op compulsory and national electives (dotted). Drag a course to another period, or select it and press Ctrl+Left/Right.</source>
      <translation>Staplar: studiepoäng planerade före varje periods slut — obligatoriska (hel), nationella valfria (prickar), skolspecifika (streck), universitet (rutor). Linjer: %1 sp totalt (hel), %2 sp obligatoriska (streckad), %3 sp obligatoriska och nationella valfria (prickad). Dra en kurs till en annan period, eller välj den och tryck Ctrl+Vänster/Höger.</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gör om</translation>
    </message>
    <message>
      <source>%1 is done: it stays in the period it was taken.</source>
      <translation>%1 är avklarad: den stannar i perioden där den avlades.</translation>
    </message>
  </context>
  <context>
    <name>OpBar</name>
    <message>
      <source>+%1 op · %2</source>
      <translation>+%1 sp · %2</translation>
    </message>
    <message>
      <source>Credits by the end of the period</source>
      <translation>Studiepoäng före periodens slut</translation>
    </message>
    <message>
      <source>%1 op in this period; %2 op by its end: compulsory %3, national electives %4, school-specific %5, university %6</source>
      <translation>%1 sp i denna period; %2 sp före dess slut: obligatoriska %3, nationella valfria %4, skolspecifika %5, högskola %6</translation>
    </message>
  </context>
  <context>
    <name>PeriodColumn</name>
    <message>
      <source>✎ Matriculation %1 %2</source>
      <translation>✎ Studentexamen %1 %2</translation>
    </message>
    <message>
      <source>Elsewhere or earlier</source>
      <translation>Annanstans eller tidigare</translation>
    </message>
    <message>
      <source>%1 period %2
%3 – %4</source>
      <translation>%1 period %2
%3 – %4</translation>
    </message>
    <message>
      <source>elsewhere or earlier</source>
      <translation>annanstans eller tidigare</translation>
    </message>
    <message>
      <source>%1 period %2</source>
      <translation>%1 period %2</translation>
    </message>
    <message>
      <source>%1 op in this period, %2 op by its end; courses: %3</source>
      <translation>%1 sp i denna period, %2 sp före dess slut; kurser: %3</translation>
    </message>
  </context>
  <context>
    <name>StudentDataActions</name>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>&amp;History…</source>
      <translation>&amp;Historik…</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>E&amp;xport personal data…</source>
      <translation>E&amp;xportera personuppgifter…</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>&amp;Erase student…</source>
      <translation>&amp;Radera studerande…</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>History</source>
      <translation>Historik</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>Export personal data</source>
      <translation>Exportera personuppgifter</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>JSON (*.json)</source>
      <translation>JSON-fil (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>Erase student</source>
      <translation>Radera studerande</translation>
    </message>
    <message>
      <location filename="../../ui/window/student_data_actions.py" />
      <source>Erase %1 (%2) and everything stored about them: plans, courses, grades and acceptances? The change log keeps only that something changed. This cannot be undone.</source>
      <translation>Radera %1 (%2) och allt som sparats om hen: planer, kurser, vitsord och godkännanden? Ändringsloggen behåller bara att något ändrades. Detta kan inte ångras.</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>History of %1</source>
      <translation>Historik: %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>%1 changes, newest first.</source>
      <translation>%1 ändringar, den senaste först.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>Changes</source>
      <translation>Ändringar</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>Change</source>
      <translation>Ändring</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>&amp;Export…</source>
      <translation>E&amp;xportera…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>Export history</source>
      <translation>Exportera historiken</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history_dialog.py" />
      <source>CSV (*.csv);;JSON (*.json)</source>
      <translation>CSV-fil (*.csv);;JSON-fil (*.json)</translation>
    </message>
  </context>
  <context>
    <name>SetupRecords</name>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>%1: %2 is not a whole number.</source>
      <translation>%1: %2 är inte ett heltal.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>%1: %2 is not a number.</source>
      <translation>%1: %2 är inte ett tal.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>%1: %2 is not one of %3.</source>
      <translation>%1: %2 är inte något av %3.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Building</source>
      <translation>Byggnad</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Curriculum</source>
      <translation>Läroplan</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>School</source>
      <translation>Skola</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>School year</source>
      <translation>Läsår</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>First day</source>
      <translation>Första dag</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Last day</source>
      <translation>Sista dag</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Exam week from</source>
      <translation>Provvecka från</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Exam week to</source>
      <translation>Provvecka till</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Address</source>
      <translation>Adress</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Site</source>
      <translation>Campus</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Latitude</source>
      <translation>Latitud</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Longitude</source>
      <translation>Longitud</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Seats</source>
      <translation>Platser</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Accessible</source>
      <translation>Tillgängligt</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>From site</source>
      <translation>Från campus</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>To site</source>
      <translation>Till campus</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Minutes</source>
      <translation>Minuter</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Subject</source>
      <translation>Ämne</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Holiday</source>
      <translation>Lov</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Room</source>
      <translation>Rum</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Travel time</source>
      <translation>Restid</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Matriculation day</source>
      <translation>Studentexamensdag</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>Sitting</source>
      <translation>Examenstillfälle</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>holiday</source>
      <translation>lov</translation>
    </message>
    <message>
      <location filename="../../ui/setup/records_model.py" />
      <source>no-teaching day</source>
      <translation>dag utan undervisning</translation>
    </message>
  </context>
  <context>
    <name>SetupWindow</name>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Change %1</source>
      <translation>Ändra: %1</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Add %1</source>
      <translation>Lägg till: %1</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Remove %1</source>
      <translation>Ta bort: %1</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Walking speed %1 m/min</source>
      <translation>Gånghastighet %1 m/min</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Add to %1</source>
      <translation>Lägg till i %1</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Choose a row to remove first.</source>
      <translation>Välj först raden som ska tas bort.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>School setup</source>
      <translation>Skolans grunduppgifter</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Schools</source>
      <translation>&amp;Skolor</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>School &amp;years</source>
      <translation>&amp;Läsår</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Periods</source>
      <translation>&amp;Perioder</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Holidays and no-teaching days</source>
      <translation>L&amp;ov och dagar utan undervisning</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Buildings</source>
      <translation>&amp;Byggnader</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Rooms</source>
      <translation>R&amp;um</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Travel times</source>
      <translation>R&amp;estider</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Matriculation days</source>
      <translation>S&amp;tudentexamensdagar</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Each school with its own building and curriculum.</source>
      <translation>Varje skola med sin egen byggnad och läroplan.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>The first and last day of each school year.</source>
      <translation>Första och sista dagen av varje läsår.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Periods of a school year with their exam weeks: no lessons in the exam week.</source>
      <translation>Läsårets perioder med sina provveckor: inga lektioner under provveckan.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Holidays and no-teaching days (kind holiday or no-teaching): no lesson is held on them; the lessons follow when you change them.</source>
      <translation>Lov och dagar utan undervisning (typ holiday eller no-teaching): inga lektioner hålls då; lektionerna följer med när du ändrar dem.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Buildings with coordinates; the site groups buildings for travel times.</source>
      <translation>Byggnader med koordinater; campus grupperar byggnaderna för restiderna.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Rooms with their seats and kind (lab, studio, lecture hall).</source>
      <translation>Rum med platser och typ (laboratorium, studio, föreläsningssal).</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Minutes between sites (both ways); within a site the audit walks at the walking speed below.</source>
      <translation>Minuter mellan campus (båda vägarna); inom ett campus går granskningen med gånghastigheten nedan.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>The exam day of each subject; the sitting follows from the date.</source>
      <translation>Provdagen för varje ämne; examenstillfället följer av datumet.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Add…</source>
      <translation>&amp;Lägg till…</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Re&amp;move</source>
      <translation>&amp;Ta bort</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Walking speed (m/min):</source>
      <translation>&amp;Gånghastighet (m/min):</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Set &amp;speed</source>
      <translation>Ange &amp;hastighet</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Redigera</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Gör om</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Close</source>
      <translation>&amp;Stäng</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>&amp;Find a free room…</source>
      <translation>&amp;Hitta ett ledigt rum…</translation>
    </message>
    <message>
      <location filename="../../ui/setup/window.py" />
      <source>Holidays and no-teaching days: no lesson is held on them; the lessons follow when you change them.</source>
      <translation>Lov och dagar utan undervisning: inga lektioner hålls då; lektionerna följer med när du ändrar dem.</translation>
    </message>
  </context>
  <context>
    <name>StudentMode</name>
    <message>
      <source>I am a &amp;student…</source>
      <translation>Jag är &amp;studerande…</translation>
    </message>
    <message>
      <source>I am a &amp;counsellor</source>
      <translation>Jag är &amp;studiehandledare</translation>
    </message>
    <message>
      <source>I am a &amp;student</source>
      <translation>Jag är &amp;studerande</translation>
    </message>
    <message>
      <source>Send to &amp;counsellor…</source>
      <translation>Skicka till &amp;studiehandledaren…</translation>
    </message>
    <message>
      <source>This copy is in student mode, but its student is not in the database.</source>
      <translation>Denna kopia är i studerandeläge, men dess studerande finns inte i databasen.</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>Välkommen</translation>
    </message>
    <message>
      <source>Who is using SchoolaaS Planner on this computer?</source>
      <translation>Vem använder SchoolaaS Planner på den här datorn?</translation>
    </message>
    <message>
      <source>A student plans their own studies (the demo school's students, or your own once your counsellor gives you your school's data). A counsellor plans every student's. You can change this later in the File menu.</source>
      <translation>En studerande planerar sina egna studier (demoskolans studerande, eller dina egna när studiehandledaren ger dig skolans data). En studiehandledare planerar alla studerandes studier. Du kan ändra detta senare i Arkiv-menyn.</translation>
    </message>
    <message>
      <source>Which student are you?</source>
      <translation>Vilken studerande är du?</translation>
    </message>
    <message>
      <source>Send to counsellor: choose a folder</source>
      <translation>Skicka till studiehandledaren: välj en mapp</translation>
    </message>
    <message>
      <source>Plan file and summary saved in %1</source>
      <translation>Planfilen och sammanfattningen sparades i %1</translation>
    </message>
    <message>
      <source>Send to counsellor</source>
      <translation>Skicka till studiehandledaren</translation>
    </message>
    <message>
      <source>Saved for your counsellor:
%1
%2

Send both files to them.</source>
      <translation>Sparat för din studiehandledare:
%1
%2

Skicka båda filerna till hen.</translation>
    </message>
    <message>
      <source>Open &amp;folder</source>
      <translation>Öppna &amp;mapp</translation>
    </message>
  </context>
  <context>
    <name>WeekMarks</name>
    <message>
      <source>Exam week</source>
      <translation>Provvecka</translation>
    </message>
    <message>
      <source>Matriculation: %1</source>
      <translation>Studentexamen: %1</translation>
    </message>
  </context>
  <context>
    <name>PeopleDialog</name>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>People</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Login</source>
      <translation>Inloggning</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Student or schools</source>
      <translation>Studerande eller skolor</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Add &amp;counsellor…</source>
      <translation>Lägg till &amp;studiehandledare…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Add &amp;students from CSV…</source>
      <translation>Lägg till &amp;studerande från CSV…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>New &amp;password…</source>
      <translation>Nytt &amp;lösenord…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>&amp;Remove…</source>
      <translation>&amp;Ta bort…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>student</source>
      <translation>studerande</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>counsellor</source>
      <translation>studiehandledare</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>admin</source>
      <translation>administratör</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>%1 people have a login.</source>
      <translation>%1 personer har en inloggning.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Add counsellor</source>
      <translation>Lägg till studiehandledare</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Login (lower-case letters, digits, _):</source>
      <translation>Inloggning (små bokstäver, siffror, _):</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Schools they serve (codes, separated by commas):</source>
      <translation>Skolor som hen betjänar (koder, åtskilda med kommatecken):</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Students' logins from</source>
      <translation>Studerandes inloggningar från</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Write the new passwords to</source>
      <translation>Skriv de nya lösenorden till</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Add students</source>
      <translation>Lägg till studerande</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Cannot write %1 (%2). The passwords:
%3</source>
      <translation>Kan inte skriva %1 (%2). Lösenorden:
%3</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>%1 student logins added; their passwords are in %2 (only you can read it).</source>
      <translation>%1 inloggningar för studerande tillagda; lösenorden finns i %2 (bara du kan läsa den).</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>New password</source>
      <translation>Nytt lösenord</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Give %1 a new password? The old one stops working.</source>
      <translation>Ge %1 ett nytt lösenord? Det gamla slutar fungera.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Remove login</source>
      <translation>Ta bort inloggning</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>Remove the login %1? A student's plans stay (erase the student apart); the login cannot be used any more.</source>
      <translation>Ta bort inloggningen %1? En studerandes planer blir kvar (radera den studerande separat); inloggningen kan inte längre användas.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/people_dialog.py" />
      <source>The password of %1 is:

%2

It is shown only now: hand it over in person.</source>
      <translation>Lösenordet för %1 är:

%2

Det visas bara nu: lämna över det personligen.</translation>
    </message>
  </context>
  <context>
    <name>AdminActions</name>
    <message>
      <location filename="../../ui/admin/actions.py" />
      <source>&amp;People…</source>
      <translation>&amp;Personer…</translation>
    </message>
  </context>
  <context>
    <name>MatriculationDialog</name>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Matriculation plan: %1</source>
      <translation>Plan för studentexamen: %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Which subjects the student writes, and in which sitting. An exam on a matriculation day concerns a subject only in its own sitting; a subject without a sitting counts in every sitting.</source>
      <translation>Vilka ämnen den studerande skriver och under vilken examenstid. En tentamen på en dag för studentexamen gäller ett ämne bara under dess egen examenstid; ett ämne utan examenstid gäller varje examenstid.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Subject</source>
      <translation>Ämne</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Sitting</source>
      <translation>Examenstid</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Matriculation subjects and sittings</source>
      <translation>Ämnen och examenstider i studentexamen</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>&amp;Add subject</source>
      <translation>&amp;Lägg till ämne</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>&amp;Remove subject</source>
      <translation>&amp;Ta bort ämne</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>spring %1</source>
      <translation>våren %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>autumn %1</source>
      <translation>hösten %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>not set (every sitting)</source>
      <translation>inte angiven (varje examenstid)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/matriculation_dialog.py" />
      <source>Matriculation plan</source>
      <translation>Plan för studentexamen</translation>
    </message>
  </context>
  <context>
    <name>MatriculationAction</name>
    <message>
      <location filename="../../ui/window/matriculation_action.py" />
      <source>&amp;Matriculation plan…</source>
      <translation>Plan för &amp;studentexamen…</translation>
    </message>
    <message>
      <location filename="../../ui/window/matriculation_action.py" />
      <source>Change matriculation plan</source>
      <translation>Ändra planen för studentexamen</translation>
    </message>
    <message>
      <location filename="../../ui/window/matriculation_action.py" />
      <source>Matriculation plan</source>
      <translation>Plan för studentexamen</translation>
    </message>
  </context>
  <context>
    <name>CardLabel</name>
    <message>
      <source>%1 op</source>
      <translation>%1 sp</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>avklarad</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>underkänd</translation>
    </message>
    <message>
      <source>Ctrl+Left or Ctrl+Right takes it in the period before or after</source>
      <translation>Ctrl+Vänster eller Ctrl+Höger flyttar den till perioden före eller efter</translation>
    </message>
  </context>
  <context>
    <name>SuggestDialog</name>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>The school periods to plan</source>
      <translation>Gymnasiets perioder att planera</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Course code from the catalogue</source>
      <translation>Kurskod ur kursutbudet</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>&amp;Add wish</source>
      <translation>&amp;Lägg till önskemål</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>What &amp;fits?</source>
      <translation>Vad &amp;passar?</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>for example fri 16.00-23.59; wed 17.00-19.00</source>
      <translation>till exempel fre 16.00-23.59; ons 17.00-19.00</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>&amp;Suggest</source>
      <translation>&amp;Föreslå</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>S&amp;top</source>
      <translation>S&amp;toppa</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>&amp;Apply</source>
      <translation>&amp;Tillämpa</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>in the plan</source>
      <translation>i planen</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>wanted</source>
      <translation>önskad</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Searching…</source>
      <translation>Söker…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Apply suggested timetable</source>
      <translation>Tillämpa föreslaget schema</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Suggest a timetable for %1</source>
      <translation>Föreslå ett schema för %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Course</source>
      <translation>Kurs</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Wish</source>
      <translation>Önskemål</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Must have</source>
      <translation>Måste ha</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Keep as it is</source>
      <translation>Behåll som den är</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Free time:</source>
      <translation>Fritid:</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Change</source>
      <translation>Ändring</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Stopping…</source>
      <translation>Stoppar…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>A plan found after %1 s; looking for a better one…</source>
      <translation>En plan hittades efter %1 s; söker en bättre…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Proven the best plan</source>
      <translation>Bevisat den bästa planen</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>The best plan found in the time allowed</source>
      <translation>Den bästa planen som hittades inom tiden</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>%1 fits (%2)</source>
      <translation>%1 passar (%2)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>%1 clashes or is full (%2)</source>
      <translation>%1 krockar eller är full (%2)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>%1 choices of %2 fit the plan as it stands.</source>
      <translation>%1 alternativ för %2 passar planen som den är.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Suggest a timetable</source>
      <translation>Föreslå ett schema</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>%1 (%2 s).</source>
      <translation>%1 (%2 s).</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Added (%1)</source>
      <translation>Tillagda (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Moved (%1)</source>
      <translation>Flyttade (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Removed (%1)</source>
      <translation>Borttagna (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Findings now: %1 errors, %2 warnings. After: %3 errors, %4 warnings.</source>
      <translation>Anmärkningar nu: %1 fel, %2 varningar. Efteråt: %3 fel, %4 varningar.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Credits planned now: %1 op. After: %2 op.</source>
      <translation>Planerade studiepoäng nu: %1 sp. Efteråt: %2 sp.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Changes to the plan: %1; new days at Aalto: %2.</source>
      <translation>Ändringar i planen: %1; nya dagar vid Aalto: %2.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>The plan stays as it is.</source>
      <translation>Planen förblir som den är.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Nothing fits.</source>
      <translation>Ingenting passar.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Stopped before a plan was found.</source>
      <translation>Stoppades innan en plan hittades.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/suggest_dialog.py" />
      <source>Nearest alternatives:</source>
      <translation>Närmaste alternativ:</translation>
    </message>
  </context>
  <context>
    <name>SuggestAction</name>
    <message>
      <location filename="../../ui/window/suggest_action.py" />
      <source>Suggest &amp;timetable…</source>
      <translation>Föreslå &amp;schema…</translation>
    </message>
  </context>
  <context>
    <name>ServiceError</name>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>There is no school period left to plan for {school}.</source>
      <translation>Det finns inga perioder kvar att planera för {school}.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code} is not offered in the planned periods ({periods}).</source>
      <translation>{code} erbjuds inte under de planerade perioderna ({periods}).</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Unknown period {period!r}: the periods of school {school} are {known}.</source>
      <translation>Okänd period {period!r}: skolan {school} har perioderna {known}.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Free time {text!r} is not of the form DAY HH.MM-HH.MM (for example fri 16.00-23.59).</source>
      <translation>Fritiden {text!r} har inte formen DAG HH.MM-HH.MM (till exempel fri 16.00-23.59).</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Plan item {item_id} is not in plan {plan_id}.</source>
      <translation>Planens post {item_id} finns inte i plan {plan_id}.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code}'s {kind} {group}</source>
      <translation>{code}: {kind} {group}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>there is not enough time to move between them on {when} from {first} to {last}</source>
      <translation>det finns inte tid att förflytta sig mellan dem {when} från {first} till {last}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{a} clashes with the other wishes above in every combination.</source>
      <translation>{a} krockar med de andra önskemålen ovan i varje kombination.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code} in bar {bar} ({period})</source>
      <translation>{code} i bricka {bar} ({period})</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>they clash</source>
      <translation>de krockar</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>both meet on {when} from {first} to {last}</source>
      <translation>båda träffas {when} från {first} till {last}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>You want {code}, but:</source>
      <translation>Du vill ha {code}, men:</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{weekday} {start}–{end}</source>
      <translation>{weekday} {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>– it is not offered in the planned periods.</source>
      <translation>– den erbjuds inte under de planerade perioderna.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>– and {count} more choices of it, each for one of these reasons.</source>
      <translation>– och {count} andra alternativ för den, vart och ett av något av dessa skäl.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{a} shares its bar with {b}.</source>
      <translation>{a} ligger i samma bricka som {b}.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>every {kind} of {code} ({realisation}) is out: {reasons}</source>
      <translation>ingen grupp ({kind}) av {code} ({realisation}) går: {reasons}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{a} and {b}: {how}</source>
      <translation>{a} och {b}: {how}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{a} falls in your free time {name}</source>
      <translation>{a} infaller under din fritid {name}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{item} stays as it is.</source>
      <translation>{item} förblir som den är.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>You keep {name} free.</source>
      <translation>Du håller {name} fritt.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>The rule: {rule}.</source>
      <translation>Regeln: {rule}.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Mondays</source>
      <translation>måndagar</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Tuesdays</source>
      <translation>tisdagar</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Wednesdays</source>
      <translation>onsdagar</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Thursdays</source>
      <translation>torsdagar</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Fridays</source>
      <translation>fredagar</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Saturdays</source>
      <translation>lördagar</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Sundays</source>
      <translation>söndagar</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>exercise group</source>
      <translation>övningsgrupp</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>only study groups with seats left can be taken</source>
      <translation>endast grupper med lediga platser kan väljas</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>no university exam may fall in an exam week or on a matriculation exam day</source>
      <translation>ingen tentamen vid universitetet får infalla under en provvecka eller en dag för studentexamen</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>prerequisites must come in an earlier period</source>
      <translation>förkunskaperna ska komma i en tidigare period</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>the workload limits per period and per week hold</source>
      <translation>arbetsmängdens gränser per period och vecka gäller</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>the graduation targets must stay reachable</source>
      <translation>målen för examen ska förbli nåbara</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code} has no seats left</source>
      <translation>{code} har inga platser kvar</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>its exam falls in an exam week or on a matriculation exam day</source>
      <translation>dess tentamen infaller under en provvecka eller en dag för studentexamen</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code} needs {needed} in an earlier period</source>
      <translation>{code} kräver {needed} i en tidigare period</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>it would go over the workload limit</source>
      <translation>den skulle gå över gränsen för arbetsmängd</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>the graduation targets would be out of reach</source>
      <translation>målen för examen skulle inte längre kunna nås</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Leave out {code}: the rest fits.</source>
      <translation>Lämna bort {code}: resten passar.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>Let {item} move or go: the rest fits.</source>
      <translation>Låt {item} flyttas eller tas bort: resten passar.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>{code} also runs {start} – {end} ({key}) and fits the plan as it stands.</source>
      <translation>{code} ges också {start} – {end} ({key}) och passar planen som den är.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>--time-limit must be more than 0 seconds.</source>
      <translation>--time-limit måste vara mer än 0 sekunder.</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>lecture</source>
      <translation>föreläsning</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>exam</source>
      <translation>tentamen</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>lessons</source>
      <translation>lektioner</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>group</source>
      <translation>grupp</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>both meet on {first}</source>
      <translation>båda träffas {first}</translation>
    </message>
    <message>
      <location filename="../../services/suggest/words.py" />
      <source>there is no time to move between them on {first}</source>
      <translation>det finns inte tid att förflytta sig mellan dem {first}</translation>
    </message>
  </context>
  <context>
    <name>ClearButton</name>
    <message>
      <source>Clear</source>
      <translation>Töm</translation>
    </message>
  </context>
  <context>
    <name>ServiceError</name>
    <message>
      <location filename="../../cli/suggest.py" />
      <source>There is no school {school!r}.</source>
      <translation>Det finns ingen skola {school!r}.</translation>
    </message>
  </context>
  <context>
    <name>ClashQuestion</name>
    <message>
      <source>%1 clashes with %2 on %3 (%4).</source>
      <translation>%1 krockar med %2: %3 (%4).</translation>
    </message>
    <message numerus="yes">
      <source>%1 clashes with %2 on %3 (%n dates, %4–%5).</source>
      <translation>
        <numerusform>%1 krockar med %2: %3 (%n dag, %4–%5).</numerusform>
        <numerusform>%1 krockar med %2: %3 (%n dagar, %4–%5).</numerusform>
      </translation>
    </message>
    <message>
      <source>Too short a break to change buildings between %1 and %2 on %3 (%4).</source>
      <translation>Mellan %1 och %2 hinner man inte byta byggnad: %3 (%4).</translation>
    </message>
    <message numerus="yes">
      <source>Too short a break to change buildings between %1 and %2 on %3 (%n dates, %4–%5).</source>
      <translation>
        <numerusform>Mellan %1 och %2 hinner man inte byta byggnad: %3 (%n dag, %4–%5).</numerusform>
        <numerusform>Mellan %1 och %2 hinner man inte byta byggnad: %3 (%n dagar, %4–%5).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>…and %n more.</source>
      <translation>
        <numerusform>…och %n till.</numerusform>
        <numerusform>…och %n till.</numerusform>
      </translation>
    </message>
    <message>
      <source>Add it anyway? Cancel leaves the plan as it is.</source>
      <translation>Lägga till den ändå? Avbryt lämnar planen som den är.</translation>
    </message>
    <message>
      <source>Add %1?</source>
      <translation>Lägga till %1?</translation>
    </message>
    <message>
      <source>Add anyway</source>
      <translation>Lägg till ändå</translation>
    </message>
    <message>
      <source>The chosen groups of %1 clash with the plan:</source>
      <translation>De valda grupperna för %1 krockar med planen:</translation>
    </message>
    <message>
      <source>Choose them anyway? Cancel keeps the groups as they were.</source>
      <translation>Välja dem ändå? Avbryt behåller grupperna som de var.</translation>
    </message>
    <message>
      <source>Study groups of %1</source>
      <translation>Undervisningsgrupper för %1</translation>
    </message>
    <message>
      <source>Choose anyway</source>
      <translation>Välj ändå</translation>
    </message>
  </context>
  <context>
    <name>SeatsDialog</name>
    <message>
      <source>Allocate Aalto seats</source>
      <translation>Fördela Aaltoplatser</translation>
    </message>
    <message>
      <source>Every student's planned Aalto courses whose upper secondary seats are limited, assigned at once: seats are respected, nobody gets a clash, and as many wishes as possible are met. Final-year students come first, then the most wishes met; a lottery drawn from the seed breaks ties. Nothing changes before Apply.</source>
      <translation>Varje studerandes planerade Aaltokurser med ett begränsat antal platser för gymnasiestuderande fördelas på en gång: platsantalen hålls, ingen får en krock och så många önskemål som möjligt uppfylls. Studerande i sista året kommer först, sedan flest uppfyllda önskemål; en lottning dragen från fröet avgör lika fall. Inget ändras före Tillämpa.</translation>
    </message>
    <message>
      <source>School</source>
      <translation>Skola</translation>
    </message>
    <message>
      <source>Lottery seed</source>
      <translation>Lottningens frö</translation>
    </message>
    <message>
      <source>The same seed gives the same lottery (and the same allocation).</source>
      <translation>Samma frö ger samma lottning (och samma fördelning).</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Time limit in seconds</source>
      <translation>Tidsgräns i sekunder</translation>
    </message>
    <message>
      <source>The search stops here at the latest and shows the best allocation found.</source>
      <translation>Sökningen slutar senast här och visar den bästa fördelning som hittats.</translation>
    </message>
    <message>
      <source>&amp;Preview</source>
      <translation>För&amp;handsgranska</translation>
    </message>
    <message>
      <source>&amp;Cancel run</source>
      <translation>&amp;Avbryt</translation>
    </message>
    <message>
      <source>Allocation progress</source>
      <translation>Fördelningens förlopp</translation>
    </message>
    <message>
      <source>Seats per course</source>
      <translation>Platser per kurs</translation>
    </message>
    <message>
      <source>Seats per student</source>
      <translation>Platser per studerande</translation>
    </message>
    <message>
      <source>By c&amp;ourse</source>
      <translation>Per &amp;kurs</translation>
    </message>
    <message>
      <source>By st&amp;udent</source>
      <translation>Per st&amp;uderande</translation>
    </message>
    <message>
      <source>E&amp;xport report…</source>
      <translation>E&amp;xportera rapport…</translation>
    </message>
    <message>
      <source>&amp;Apply</source>
      <translation>Till&amp;ämpa</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <source>Allocating the seats…</source>
      <translation>Platserna fördelas…</translation>
    </message>
    <message>
      <source>No allocation was found in the time allowed; nothing can be applied. Try a longer time limit.</source>
      <translation>Ingen fördelning hittades inom den tillåtna tiden; inget kan tillämpas. Försök med en längre tidsgräns.</translation>
    </message>
    <message numerus="yes">
      <source>Applied: %n plan item(s) changed. Edit → Undo takes it back.</source>
      <translation>
        <numerusform>Tillämpat: %n punkt i planerna ändrades. Redigera → Ångra tar tillbaka det.</numerusform>
        <numerusform>Tillämpat: %n punkter i planerna ändrades. Redigera → Ångra tar tillbaka det.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;School:</source>
      <translation>&amp;Skola:</translation>
    </message>
    <message>
      <source>Lottery s&amp;eed:</source>
      <translation>Lottningens &amp;frö:</translation>
    </message>
    <message>
      <source>&amp;Time limit:</source>
      <translation>&amp;Tidsgräns:</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Realisation</source>
      <translation>Genomförande</translation>
    </message>
    <message>
      <source>Seats</source>
      <translation>Platser</translation>
    </message>
    <message>
      <source>Wishes</source>
      <translation>Önskemål</translation>
    </message>
    <message>
      <source>Assigned</source>
      <translation>Tilldelade</translation>
    </message>
    <message>
      <source>Left out</source>
      <translation>Utan plats</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>Studerande</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <source>Lottery</source>
      <translation>Lottning</translation>
    </message>
    <message>
      <source>Wished</source>
      <translation>Önskat</translation>
    </message>
    <message>
      <source>Got</source>
      <translation>Fick</translation>
    </message>
    <message>
      <source>Not got, and why</source>
      <translation>Fick inte, och varför</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Avbryter…</translation>
    </message>
    <message>
      <source>Allocating the seats… %1 s (the search stops after %2 s at most)</source>
      <translation>Platserna fördelas… %1 s (sökningen slutar senast efter %2 s)</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>Avbrutet: inget ändrades.</translation>
    </message>
    <message>
      <source>The seats could not be allocated: %1</source>
      <translation>Platserna kunde inte fördelas: %1</translation>
    </message>
    <message>
      <source>%1: %2 of %3 wishes of %4 students met (%5 s).</source>
      <translation>%1: %2 av %3 önskemål från %4 studerande uppfylldes (%5 s).</translation>
    </message>
    <message>
      <source>Proven optimal: no allocation meets the wishes better.</source>
      <translation>Bevisat optimal: ingen fördelning uppfyller önskemålen bättre.</translation>
    </message>
    <message numerus="yes">
      <source>Apply changes %n plan item(s) at once (one undo step).</source>
      <translation>
        <numerusform>Tillämpa ändrar %n punkt i planerna på en gång (ett ångrasteg).</numerusform>
        <numerusform>Tillämpa ändrar %n punkter i planerna på en gång (ett ångrasteg).</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to change: every plan already holds what this allocation gives.</source>
      <translation>Inget att ändra: varje plan har redan det som den här fördelningen ger.</translation>
    </message>
    <message>
      <source>Allocate Aalto seats (%1)</source>
      <translation>Fördela Aaltoplatser (%1)</translation>
    </message>
    <message>
      <source>Export the seat allocation</source>
      <translation>Exportera platsfördelningen</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Report saved in %1.</source>
      <translation>Rapporten sparades i %1.</translation>
    </message>
    <message>
      <source>%1 (final)</source>
      <translation>%1 (sista)</translation>
    </message>
    <message>
      <source>The best allocation found in the time allowed: at most %1 % from the best possible (the optimality gap).</source>
      <translation>Den bästa fördelningen som hittades inom tiden: högst %1 % från den bästa möjliga (optimalitetsgapet).</translation>
    </message>
    <message>
      <source>Rules that gave way because a student's own plan breaks them already: %1.</source>
      <translation>Regler som fick ge vika eftersom studerandes egen plan redan bryter mot dem: %1.</translation>
    </message>
    <message>
      <source>Cannot write %1 (%2).</source>
      <translation>Kan inte skriva %1 (%2).</translation>
    </message>
  </context>
  <context>
    <name>SeatsReport</name>
    <message>
      <source>no allocation was found in the time allowed</source>
      <translation>ingen fördelning hittades inom den tillåtna tiden</translation>
    </message>
    <message>
      <source>no choice of the course fits the student's own plan</source>
      <translation>inget alternativ för kursen passar i studerandes egen plan</translation>
    </message>
    <message>
      <source>no seats are left for the school</source>
      <translation>inga platser finns kvar för skolan</translation>
    </message>
    <message>
      <source>the seats went to students ahead in the order (final year, then lottery)</source>
      <translation>platserna gick till studerande före i ordningen (sista året, sedan lottning)</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>Studerande</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <source>Final year</source>
      <translation>Sista året</translation>
    </message>
    <message>
      <source>Lottery</source>
      <translation>Lottning</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>Kurs</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Nu</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Tilldelat</translation>
    </message>
    <message>
      <source>Changes the plan</source>
      <translation>Ändrar planen</translation>
    </message>
    <message>
      <source>Why not</source>
      <translation>Varför inte</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <source>— other groups</source>
      <translation>— andra grupper</translation>
    </message>
    <message>
      <source>— another realisation</source>
      <translation>— ett annat genomförande</translation>
    </message>
    <message>
      <source>no choice of the course fits the student's plan</source>
      <translation>inget alternativ för kursen passar i studerandes plan</translation>
    </message>
    <message>
      <source>the seats went to students ahead in the order</source>
      <translation>platserna gick till studerande före i ordningen</translation>
    </message>
  </context>
  <context>
    <name>SeatsAction</name>
    <message>
      <source>Allocate Aalto &amp;seats…</source>
      <translation>Fördela Aalto&amp;platser…</translation>
    </message>
    <message>
      <source>Assign a whole school's limited Aalto seats at once (counsellors)</source>
      <translation>Fördela en hel skolas begränsade Aaltoplatser på en gång (studiehandledare)</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>Type a date (11.1.2027 or 2027-01-11) and press Enter; Up and Down: a week</source>
      <translation>Skriv ett datum (11.1.2027 eller 2027-01-11) och tryck Enter; upp- och nedpil: en vecka</translation>
    </message>
    <message>
      <source>Choose the date from a calendar (Alt+Down)</source>
      <translation>Välj datum i en kalender (Alt+nedpil)</translation>
    </message>
    <message>
      <source>Choose the date from a calendar</source>
      <translation>Välj datum i en kalender</translation>
    </message>
    <message>
      <source>Type a date, for example 11.1.2027.</source>
      <translation>Skriv ett datum, till exempel 11.1.2027.</translation>
    </message>
    <message>
      <source>“%1”: type the year in full, for example 11.1.2027.</source>
      <translation>”%1”: skriv hela årtalet, till exempel 11.1.2027.</translation>
    </message>
    <message>
      <source>“%1”: there is no month %2 (months are 1–12).</source>
      <translation>”%1”: det finns ingen månad %2 (månaderna är 1–12).</translation>
    </message>
    <message>
      <source>“%1”: %3 %4 has no day %2 (it has %5 days).</source>
      <translation>”%1”: %3 %4 har ingen dag %2 (den har %5 dagar).</translation>
    </message>
    <message>
      <source>“%1” is not a date: type day.month.year (11.1.2027) or 2027-01-11.</source>
      <translation>”%1” är inget datum: skriv dag.månad.år (11.1.2027) eller 2027-01-11.</translation>
    </message>
  </context>
  <context>
    <name>FirstStart</name>
    <message>
      <source>Welcome</source>
      <translation>Välkommen</translation>
    </message>
    <message>
      <source>Who is using SchoolaaS Planner on this computer?</source>
      <translation>Vem använder SchoolaaS Planner på den här datorn?</translation>
    </message>
    <message>
      <source>A student planning at home imports the school package their counsellor published (a .zip file) and their own plan file, or tries the demo school. A counsellor plans every student's. You can change this later in the File menu.</source>
      <translation>En studerande som planerar hemma importerar skolpaketet som studiehandledaren publicerat (en .zip-fil) och sin egen planfil, eller provar demoskolan. En studiehandledare planerar alla studerandes studier. Du kan ändra detta senare i Arkiv-menyn.</translation>
    </message>
    <message>
      <source>&amp;Import the school package…</source>
      <translation>&amp;Importera skolpaketet…</translation>
    </message>
    <message>
      <source>I am a &amp;student (demo)</source>
      <translation>Jag är &amp;studerande (demo)</translation>
    </message>
    <message>
      <source>I am a &amp;counsellor</source>
      <translation>Jag är studie&amp;handledare</translation>
    </message>
    <message>
      <source>Importing the school package %1…</source>
      <translation>Importerar skolpaketet %1…</translation>
    </message>
    <message>
      <source>Welcome, %1: your school's courses and your plan are in %2</source>
      <translation>Välkommen, %1: skolans kurser och din plan finns i %2</translation>
    </message>
    <message>
      <source>The school package %1 could not be imported:
%2

Nothing was saved.</source>
      <translation>Skolpaketet %1 kunde inte importeras:
%2

Inget sparades.</translation>
    </message>
    <message>
      <source>The school package from your counsellor</source>
      <translation>Skolpaketet från studiehandledaren</translation>
    </message>
    <message>
      <source>School packages (*.zip *.schoolpkg);;All files (*)</source>
      <translation>Skolpaket (*.zip *.schoolpkg);;Alla filer (*)</translation>
    </message>
    <message>
      <source>Your plan file from your counsellor</source>
      <translation>Din planfil från studiehandledaren</translation>
    </message>
    <message>
      <source>Plan files (*.json);;All files (*)</source>
      <translation>Planfiler (*.json);;Alla filer (*)</translation>
    </message>
  </context>
  <context>
    <name>ErrorLabel</name>
    <message>
      <source>Error: %1</source>
      <translation>Fel: %1</translation>
    </message>
  </context>
</TS>
