<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Your history cannot be opened, so sessions will not be saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FootCoach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::AppController</name>
    <message>
        <source>No reminders are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine file cannot be used, so the standard routine is shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FootCoach
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::AppSettings</name>
    <message>
        <source>Your settings file could not be read, so FootCoach is using its standard settings. The old file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file could not be read, so FootCoach is using its standard settings for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::CountdownRing</name>
    <message>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::DesktopNotifier</name>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::HistoryView</name>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns to today&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stretching record starts with your first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each morning and evening session you do will show here: a blue tick for a session done, a half-filled circle for one you stopped partway, and a cross for one you missed. Week by week you will see how often you stretched, and how numb your feet felt before and after.

You can print this record for your doctor from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning and evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>How numb your feet felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the session: solid line, round marks. After: dashed line, square marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were recorded this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do both of today&apos;s sessions to start a streak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row with both sessions done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This week, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 14 sessions done: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n still to come this week)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::HomeView</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How numb do your feet feel right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 – normal feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 – no feeling at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness before the session, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the guided stretching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your history and print a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About foot numbness and these stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes of numb feet, when to see a doctor, and why these stretches help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, hold %2 seconds each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole session takes %1. Do it twice a day, morning and evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning, %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening, %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the morning session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the evening session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::InfoView</name>
    <message>
        <source>About foot numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet that go numb after you have sat still or crossed your legs for a long time usually wake up again on their own: the blood flow was only squeezed for a while. Numbness that does not pass is different, and it has many possible causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetes, which can damage the nerves of the feet over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little vitamin B in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some medicines, and chemotherapy, which can harm the nerves of the hands and feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure on the nerves where they leave the lower back, for example after a back injury, or from swollen blood vessels, scar tissue, an infection or a growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raynaud&apos;s phenomenon, in which the blood vessels of the toes narrow too much in the cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to see your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your feet stay numb for a long time, or the numbness keeps coming back, have a doctor find out why. Also tell your doctor before you start any new exercises, these stretches included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Diabetes:&lt;/b&gt; ask your care team how to keep your blood sugar steady; good control protects the nerves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Vitamin B:&lt;/b&gt; if a blood test shows too little, your doctor can plan with you how to bring it back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Medicines:&lt;/b&gt; if you think a medicine causes the numbness, do not stop it or change the dose yourself. Talk to your doctor, who may know another option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies of people with nerve damage in the feet (peripheral neuropathy) found that regular exercise can ease the symptoms and the pain, and helps to keep blood sugar in check. For people who have had chemotherapy, whose numbness, weakness and unsteadiness make falls more likely, a well-planned exercise program can help too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three stretches in FootCoach (calf, seated hamstring and plantar fascia) are gentle flexibility moves. Do each one three times on each leg, holding each stretch for 15 to 20 seconds, twice a day. All together they take about five to ten minutes, and they also make a good warm-up before a walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch slowly and never into pain. If a stretch hurts, stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stretches and how often to do them are those recommended by the Foundation for Peripheral Neuropathy (FPN). The causes of numbness follow the U.S. National Library of Medicine (NLM) and the American Academy of Orthopaedic Surgeons; the note on chemotherapy and falls follows an article in the Oncology Nursing Forum (September 2012). FootCoach does not replace your doctor&apos;s advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information on causes of foot numbness and on the stretches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::MainWindow</name>
    <message>
        <source>FootCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report for your doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About foot &amp;numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FootCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of today&apos;s sessions are done. See you tomorrow!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This morning&apos;s session is done. The evening one is planned for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your morning session is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evening session is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound is available on this computer. Follow the cues on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is running. Stop it and close the window? The stretches you finished are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report for your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1. Open it to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FootCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;FootCoach %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gentle guided stretches for numb feet, twice a day.&lt;/p&gt;&lt;p&gt;Your history stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::NumbnessChart</name>
    <message>
        <source>Before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbness check-ins in these weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Numbness on %n days with a check-in, from 0 (normal feeling) to 10 (no feeling): on average %1 before the sessions and %2 after.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::ReminderPresenter</name>
    <message>
        <source>Time for your morning stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your evening stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes at your desk: calf, hamstring and foot stretches.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This reminder was due while your computer was asleep or off. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::ReminderWindow</name>
    <message>
        <source>FootCoach reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::ReportBuilder</name>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 s counts as done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s counts as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times on each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice a day, morning and evening; about %1 a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::ReportWriter</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretching record %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with FootCoach %1 from the record kept on the patient&apos;s computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretching record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3). Printed %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record starts on %1, the day of the first session; the days before it are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: ________________________________    Date of birth: ________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions have been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were due in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions done: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done: %1    Missed: %2    Stretches held: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness: no check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, average from 0 (normal feeling) to 10 (no feeling): %1 before sessions, %2 after (%3 check-ins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to the program in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in this period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions
done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly
done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches
held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness
before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded yet. The table fills in from the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence: sessions done of the two a day the program asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one session still to come is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 sessions still to come are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning and evening, the last four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning and evening, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness before and after the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbness check-ins were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is the average of a week&apos;s check-ins: 0 is normal feeling, 10 no feeling at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is the average of a day&apos;s check-ins: 0 is normal feeling, 10 no feeling at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed or partly done sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every session was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier ones are left out here; the CSV export lists every session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done shows the stretches held of the %1 in a session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::SafetyNote</name>
    <message>
        <source>Before you begin, ask your doctor whether these stretches suit you. Stretch gently: if a stretch hurts, stop it. Numbness that lasts or keeps coming back needs a doctor&apos;s look. Never change or stop a medicine on your own; talk to your doctor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this safety note from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::SessionController</name>
    <message>
        <source>This session cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to your history failed: %1 The session goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready. The session starts in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 Get into position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs. %1 Get into position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Hold for %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>And relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. That is the whole session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::SessionView</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of this stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow or N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the start of this step, or to the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session early; what you did is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How numb do your feet feel now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 – normal feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 – no feeling at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness after the session, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · exercise %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ LEFT LEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT LEG ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOTH LEGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: relax for %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: switch to the other leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here? The stretches you finished stay in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished %1 of %2 holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is saved as a partly done session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::SettingsDialog</name>
    <message>
        <source>FootCoach settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me in the morning at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me in the evening at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I put a reminder off, remind me again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sound cues during a session and with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume of the sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the instructions aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech voice is installed on this computer, so FootCoach plays its tones instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change these only as your doctor or therapist advised. Every change is noted in your history with its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold each stretch for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repetitions on each leg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;est between repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a routine file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the standard routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start FootCoach when I log in, so reminders come even when its window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard routine: calf, seated hamstring and plantar fascia stretches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a routine file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FootCoach routines (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, because the file has a problem:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The morning reminder must come before the evening one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::SlotGridChart</name>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::SoundCuePlayer</name>
    <message>
        <source>The sound device is gone. The session goes on with on-screen cues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::StatusStyle</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::TrayIcon</name>
    <message>
        <source>Start a session now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open FootCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put off the next reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit FootCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FootCoach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>footcoach::WeeklyPercentChart</name>
    <message>
        <source>Sessions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weeks to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions done per week, of 14, from the week of %1 to the week of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
