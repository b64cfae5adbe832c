<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name />
    <message numerus="yes">
      <location filename="../../ui/finding_text.py" line="33" />
      <source>and %n more</source>
      <translation>
        <numerusform>and %n more</numerusform>
        <numerusform>and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OverviewWindow</name>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="279" />
      <source>%n student(s) audited in %1 s</source>
      <translation>
        <numerusform>%n student audited in %1 s</numerusform>
        <numerusform>%n students audited in %1 s</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="439" />
      <source>Archive %n student(s)? They leave this list; nothing is deleted.</source>
      <translation>
        <numerusform>Archive %n student? They leave this list; nothing is deleted.</numerusform>
        <numerusform>Archive %n students? They leave this list; nothing is deleted.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="467" />
      <source>%n plan(s) audited again</source>
      <translation>
        <numerusform>%n plan audited again</numerusform>
        <numerusform>%n plans audited again</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="510" />
      <source>%n study plan(s) written</source>
      <translation>
        <numerusform>%n study plan written</numerusform>
        <numerusform>%n study plans written</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/overview.py" line="528" />
      <source>%n student(s) exported</source>
      <translation>
        <numerusform>%n student exported</numerusform>
        <numerusform>%n students exported</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PremisesView</name>
    <message numerus="yes">
      <location filename="../../ui/premises_view.py" line="315" />
      <source>%n flagged session(s) this week</source>
      <translation>
        <numerusform>%n flagged session this week</numerusform>
        <numerusform>%n flagged sessions this week</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimetableWidget</name>
    <message numerus="yes">
      <location filename="../../ui/timetable.py" line="112" />
      <source>%n session(s) this week</source>
      <translation>
        <numerusform>%n session this week</numerusform>
        <numerusform>%n sessions this week</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/timetable.py" line="114" />
      <source>, %n clash(es)</source>
      <translation>
        <numerusform>, %n clash</numerusform>
        <numerusform>, %n clashes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/timetable.py" line="116" />
      <source>, %n travel break(s) too short</source>
      <translation>
        <numerusform>, %n travel break too short</numerusform>
        <numerusform>, %n travel breaks too short</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FreeRoomDialog</name>
    <message numerus="yes">
      <location filename="../../ui/premises/free_room_dialog.py" />
      <source>%n free room(s) for %1 lessons %2–%3</source>
      <translation>
        <numerusform>%n free room(s) for %1 lessons %2–%3</numerusform>
        <numerusform>%n free room(s) for %1 lessons %2–%3</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClashQuestion</name>
    <message numerus="yes">
      <source>%1 clashes with %2 on %3 (%n dates, %4–%5).</source>
      <translation>
        <numerusform>%1 clashes with %2 on %3 (%n date, %4–%5).</numerusform>
        <numerusform>%1 clashes with %2 on %3 (%n dates, %4–%5).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Too short a break to change buildings between %1 and %2 on %3 (%n dates, %4–%5).</source>
      <translation>
        <numerusform>Too short a break to change buildings between %1 and %2 on %3 (%n date, %4–%5).</numerusform>
        <numerusform>Too short a break to change buildings between %1 and %2 on %3 (%n dates, %4–%5).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>…and %n more.</source>
      <translation>
        <numerusform>…and %n more.</numerusform>
        <numerusform>…and %n more.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SeatsDialog</name>
    <message numerus="yes">
      <source>Applied: %n plan item(s) changed. Edit → Undo takes it back.</source>
      <translation>
        <numerusform>Applied: %n plan item changed. Edit → Undo takes it back.</numerusform>
        <numerusform>Applied: %n plan items changed. Edit → Undo takes it back.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Apply changes %n plan item(s) at once (one undo step).</source>
      <translation>
        <numerusform>Apply changes %n plan item at once (one undo step).</numerusform>
        <numerusform>Apply changes %n plan items at once (one undo step).</numerusform>
      </translation>
    </message>
  </context>
</TS>