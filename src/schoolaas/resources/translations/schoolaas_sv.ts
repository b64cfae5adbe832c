<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
  <context>
    <name />
    <message numerus="yes">
      <location filename="../../ui/finding_text.py" line="33" />
      <source>and %n more</source>
      <translation>
        <numerusform>och %n till</numerusform>
        <numerusform>och %n till</numerusform>
      </translation>
    </message>
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
      <location filename="../../ui/finding_text.py" line="60" />
      <source>%1 and %2 overlap by %3 min</source>
      <translation>%1 och %2 överlappar med %3 min</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="64" />
      <location filename="../../ui/finding_text.py" line="76" />
      <source> on %1</source>
      <translation> den %1</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="70" />
      <source>%1 → %2: needs %3 min to travel, has %4</source>
      <translation>%1 → %2: resan tar %3 min, tiden räcker %4</translation>
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
      <location filename="../../ui/finding_text.py" line="90" />
      <source>%1: %2 of %3 op planned, short by %4</source>
      <translation>%1: %2 av %3 sp planerade, %4 saknas</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="105" />
      <source> (missing %1)</source>
      <translation> (saknas %1)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="114" />
      <source>%1 needs %2 first, but %2 is planned later (%3)</source>
      <translation>%1 kräver först %2, men %2 är planerad senare (%3)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="119" />
      <source>%1 needs %2, which is neither completed nor planned</source>
      <translation>%1 kräver %2, som varken är avklarad eller planerad</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="127" />
      <source>%1 and %2 are both in bar %3 of period %4</source>
      <translation>%1 och %2 ligger båda i bricka %3 i period %4</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="138" />
      <source>%1 and %2 count as the same course: only one counts</source>
      <translation>%1 och %2 räknas som samma kurs: bara den ena räknas</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="139" />
      <source>%1 is planned %2 times: only one counts</source>
      <translation>%1 är planerad %2 gånger: bara en räknas</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="149" />
      <source>%1: room %2 holds %3, %4 students planned</source>
      <translation>%1: sal %2 rymmer %3, %4 studerande planerade</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="151" />
      <source>%1: %2 seats open to upper secondary students, %3 planned</source>
      <translation>%1: %2 platser öppna för gymnasister, %3 planerade</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="162" />
      <source>%1: exam in the school's exam week (%2)</source>
      <translation>%1: tentamen under skolans provvecka (%2)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="164" />
      <source>%1: exam on a matriculation exam day %2 (%3)</source>
      <translation>%1: tentamen på en studentexamensdag %2 (%3)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="174" />
      <source>%1 op in period %2 (at most %3)</source>
      <translation>%1 sp i period %2 (högst %3)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="176" />
      <source>%1 h of sessions in week %2 (at most %3)</source>
      <translation>%1 h undervisning vecka %2 (högst %3)</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="199" />
      <source>Course %1 is not in the catalogue</source>
      <translation>Kursen %1 finns inte i kursutbudet</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="216" />
      <source>Open</source>
      <translation>Öppen</translation>
    </message>
    <message>
      <location filename="../../ui/finding_text.py" line="217" />
      <source>Accepted by %1 on %2: %3</source>
      <translation>Godkänd av %1 den %2: %3</translation>
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
      <location filename="../../ui/window_actions.py" line="162" />
      <source>Not available in this build</source>
      <translation>Inte tillgänglig i denna version</translation>
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
    <message>
      <location filename="../../ui/db_guard.py" line="73" />
      <source>it was deleted or moved</source>
      <translation>den raderades eller flyttades</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="79" />
      <source>another file has taken its place</source>
      <translation>en annan fil har tagit dess plats</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="81" />
      <source>The database %1 is no longer there: %2 while the planner was open.</source>
      <translation>Databasen %1 finns inte längre: %2 medan programmet var öppet.</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="86" />
      <source>The edit was not made. Everything stored before is still open in the planner: choose Write back to put it at %1 again.</source>
      <translation>Ändringen gjordes inte. Allt som sparats tidigare är fortfarande öppet i programmet: välj Skriv tillbaka för att lägga det på %1 igen.</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="97" />
      <source>%1 exists again; it was left as it is.</source>
      <translation>%1 finns igen; den lämnades som den är.</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="102" />
      <source>Only an SQLite file can be written back.</source>
      <translation>Endast en SQLite-fil kan skrivas tillbaka.</translation>
    </message>
    <message>
      <location filename="../../ui/db_guard.py" line="115" />
      <location filename="../../ui/db_guard.py" line="123" />
      <source>The database could not be written back to %1: %2</source>
      <translation>Databasen kunde inte skrivas tillbaka till %1: %2</translation>
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
      <location filename="../../ui/overview.py" line="387" />
      <source>Printing study plans is not available in this build</source>
      <translation>Utskrift av studieplaner finns inte i denna version</translation>
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
</TS>