<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SessionTexts</name>
    <message numerus="yes">
        <source>Next: hold %n seconds</source>
        <translation>
            <numerusform>Next: hold %n second</numerusform>
            <numerusform>Next: hold %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: relax for %n seconds</source>
        <translation>
            <numerusform>Next: relax for %n second</numerusform>
            <numerusform>Next: relax for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::ChartsHistoryScreen</name>
    <message numerus="yes">
        <source>Sessions done, the last %n weeks</source>
        <translation>
            <numerusform>Sessions done, the last week</numerusform>
            <numerusform>Sessions done, the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days in a row with both sessions done.</source>
        <translation>
            <numerusform>Streak: %n day with both sessions done.</numerusform>
            <numerusform>Streak: %n days in a row with both sessions done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n still to come this week)</source>
        <translation>
            <numerusform>(%n still to come this week)</numerusform>
            <numerusform>(%n still to come this week)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>So far this week: %1 of %n sessions done (%2%)</source>
        <translation>
            <numerusform>So far this week: %1 of %n session done (%2%)</numerusform>
            <numerusform>So far this week: %1 of %n sessions done (%2%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions done: %2%</source>
        <translation>
            <numerusform>%1 of %n session done: %2%</numerusform>
            <numerusform>%1 of %n sessions done: %2%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::CountdownRing</name>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::DBusReminderNotifier</name>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::ExerciseSheetWriter</name>
    <message numerus="yes">
        <source>%n times on each leg</source>
        <translation>
            <numerusform>%n time on each leg</numerusform>
            <numerusform>%n times on each leg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times, left leg only</source>
        <translation>
            <numerusform>%n time, left leg only</numerusform>
            <numerusform>%n times, left leg only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times, right leg only</source>
        <translation>
            <numerusform>%n time, right leg only</numerusform>
            <numerusform>%n times, right leg only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::HomeView</name>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg</source>
        <translation>
            <numerusform>%n time on each leg</numerusform>
            <numerusform>%n times on each leg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::ReminderPresenter</name>
    <message numerus="yes">
        <source>About %n minutes at your desk: calf, hamstring and foot stretches.</source>
        <translation>
            <numerusform>About %n minute at your desk: calf, hamstring and foot stretches.</numerusform>
            <numerusform>About %n minutes at your desk: calf, hamstring and foot stretches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::ReportRangeBox</name>
    <message numerus="yes">
        <source>The report covers %1 to %2 (%n days).</source>
        <translation>
            <numerusform>The report covers %1 to %2 (%n day).</numerusform>
            <numerusform>The report covers %1 to %2 (%n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::ReportWriter</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n sessions still to come are not counted.</source>
        <translation>
            <numerusform>The one session still to come is not counted.</numerusform>
            <numerusform>The %n sessions still to come are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier ones are left out here; the CSV export lists every session.</source>
        <translation>
            <numerusform>%n earlier one is left out here; the CSV export lists every session.</numerusform>
            <numerusform>%n earlier ones are left out here; the CSV export lists every session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbness, average from 0 (normal feeling) to 10 (no feeling): %1 before sessions, %2 after (%n check-ins).</source>
        <translation>
            <numerusform>Numbness, average from 0 (normal feeling) to 10 (no feeling): %1 before sessions, %2 after (%n check-in).</numerusform>
            <numerusform>Numbness, average from 0 (normal feeling) to 10 (no feeling): %1 before sessions, %2 after (%n check-ins).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra sessions, outside the morning and evening times: %n</source>
        <translation>
            <numerusform>Extra session, outside the morning and evening times: %n</numerusform>
            <numerusform>Extra sessions, outside the morning and evening times: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::SessionController</name>
    <message numerus="yes">
        <source>%1 Hold for %n seconds.</source>
        <translation>
            <numerusform>%1 Hold for %n second.</numerusform>
            <numerusform>%1 Hold for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Hold for %n second.</numerusform>
            <numerusform>Hold for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::SessionSummaryPage</name>
    <message numerus="yes">
        <source>You finished %1 of %n holds.</source>
        <translation>
            <numerusform>You finished %1 of %n hold.</numerusform>
            <numerusform>You finished %1 of %n holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::SlotGridChart</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n partly done</numerusform>
            <numerusform>%n partly done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet due</source>
        <translation>
            <numerusform>%n not yet due</numerusform>
            <numerusform>%n not yet due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before your first session</source>
        <translation>
            <numerusform>%n before your first session</numerusform>
            <numerusform>%n before your first session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::WindowReminderNotifier</name>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::Words</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg (was %1)</source>
        <translation>
            <numerusform>once on each leg (was %1)</numerusform>
            <numerusform>%n times on each leg (was %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times (was %1)</source>
        <translation>
            <numerusform>once (was %1)</numerusform>
            <numerusform>%n times (was %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n s (was %1 s)</source>
        <translation>
            <numerusform>hold %n s (was %1 s)</numerusform>
            <numerusform>hold %n s (was %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s counts as done (was %1 s)</source>
        <translation>
            <numerusform>%n s counts as done (was %1 s)</numerusform>
            <numerusform>%n s counts as done (was %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rest %n s between holds (was %1 s)</source>
        <translation>
            <numerusform>rest %n s between holds (was %1 s)</numerusform>
            <numerusform>rest %n s between holds (was %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moves (was %1)</source>
        <translation>
            <numerusform>%n move (was %1)</numerusform>
            <numerusform>%n moves (was %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg</source>
        <translation>
            <numerusform>once on each leg</numerusform>
            <numerusform>%n times on each leg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on the left leg</source>
        <translation>
            <numerusform>once on the left leg</numerusform>
            <numerusform>%n times on the left leg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on the right leg</source>
        <translation>
            <numerusform>once on the right leg</numerusform>
            <numerusform>%n times on the right leg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n s</source>
        <translation>
            <numerusform>hold %n s</numerusform>
            <numerusform>hold %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n s counts as done)</source>
        <translation>
            <numerusform>(%n s counts as done)</numerusform>
            <numerusform>(%n s counts as done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Get ready: the session starts in %n seconds</source>
        <translation>
            <numerusform>Get ready: the session starts in %n second</numerusform>
            <numerusform>Get ready: the session starts in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, rep %2 of %3: hold for %n seconds</source>
        <translation>
            <numerusform>%1, rep %2 of %3: hold for %n second</numerusform>
            <numerusform>%1, rep %2 of %3: hold for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relax for %n seconds</source>
        <translation>
            <numerusform>Relax for %n second</numerusform>
            <numerusform>Relax for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Going on: %n seconds left</source>
        <translation>
            <numerusform>Going on: %n second left</numerusform>
            <numerusform>Going on: %n seconds left</numerusform>
        </translation>
    </message>
</context>
</TS>
