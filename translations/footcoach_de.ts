<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Your history cannot be opened, so sessions will not be saved.

%1</source>
        <translation>Ihr Verlauf lässt sich nicht öffnen. Einheiten werden daher nicht gespeichert.

%1</translation>
    </message>
    <message>
        <source>FootCoach</source>
        <translation>FootCoach</translation>
    </message>
</context>
<context>
    <name>SessionTexts</name>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Bein wechseln</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>Dehnung halten</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %n seconds</source>
        <translation>
            <numerusform>Danach: %n Sekunde halten</numerusform>
            <numerusform>Danach: %n Sekunden halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: relax for %n seconds</source>
        <translation>
            <numerusform>Danach: %n Sekunde entspannen</numerusform>
            <numerusform>Danach: %n Sekunden entspannen</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>Next: switch to the other leg</source>
        <translation>Danach: Beinwechsel</translation>
    </message>
    <message>
        <source>Next: finished</source>
        <translation>Danach: fertig</translation>
    </message>
</context>
<context>
    <name>footcoach::AppController</name>
    <message>
        <source>Next reminder: today at %1</source>
        <translation>Nächste Erinnerung: heute um %1</translation>
    </message>
    <message>
        <source>Next reminder: tomorrow at %1</source>
        <translation>Nächste Erinnerung: morgen um %1</translation>
    </message>
    <message>
        <source>Next reminder: %1 at %2</source>
        <translation>Nächste Erinnerung: %1 um %2</translation>
    </message>
    <message>
        <source>Your routine file cannot be used, so the standard routine is shown: %1</source>
        <translation>Ihre Übungsplan-Datei kann nicht verwendet werden, daher wird der Standard-Übungsplan gezeigt: %1</translation>
    </message>
    <message>
        <source>FootCoach
%1</source>
        <translation>FootCoach
%1</translation>
    </message>
    <message>
        <source>FootCoach is still running, so that it can remind you of your stretches. Its small icon is in the tray of your desktop&apos;s panel: click it to open FootCoach again.

To quit FootCoach, choose &quot;Quit FootCoach&quot; in that icon&apos;s menu, or Quit in the File menu of its window.</source>
        <translation>FootCoach läuft weiter, damit es Sie an Ihre Dehnübungen erinnern kann. Sein kleines Symbol finden Sie im Infobereich der Leiste Ihres Desktops: Ein Klick darauf öffnet FootCoach wieder.

Um FootCoach zu beenden, wählen Sie im Menü dieses Symbols „FootCoach beenden“ oder im Fenster im Menü „Datei“ den Punkt „Beenden“.</translation>
    </message>
    <message>
        <source>FootCoach is still running, without a window, so that it can remind you of your stretches. The reminders come as notifications.

To open FootCoach again, start it as usual, for example from your applications menu. To quit it, open it and choose Quit in the File menu.</source>
        <translation>FootCoach läuft ohne Fenster weiter, damit es Sie an Ihre Dehnübungen erinnern kann. Die Erinnerungen kommen als Benachrichtigungen.

Um FootCoach wieder zu öffnen, starten Sie es wie gewohnt, zum Beispiel aus dem Anwendungsmenü. Um es zu beenden, öffnen Sie es und wählen im Menü „Datei“ den Punkt „Beenden“.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>OK, keep reminding me</source>
        <translation>OK, weiter erinnern</translation>
    </message>
    <message>
        <source>&amp;Quit FootCoach</source>
        <translation>FootCoach &amp;beenden</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Reminders are off. To be reminded every morning and evening, turn them on in Settings, Reminders.</source>
        <translation>Die Erinnerungen sind ausgeschaltet. Damit Sie jeden Morgen und Abend erinnert werden, schalten Sie sie unter Einstellungen, Erinnerungen ein.</translation>
    </message>
    <message>
        <source>%1. FootCoach reminds you while it runs, also with its window closed. To be reminded after a restart too, turn on &quot;Start FootCoach when I log in&quot; in Settings, General.</source>
        <translation>%1. FootCoach erinnert Sie, solange es läuft, auch bei geschlossenem Fenster. Damit die Erinnerungen auch nach einem Neustart kommen, schalten Sie unter Einstellungen, Allgemein „FootCoach bei der Anmeldung starten“ ein.</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Die Erinnerungen sind ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>footcoach::AppSettings</name>
    <message>
        <source>Your settings file could not be read, so FootCoach is using its standard settings. The old file is kept as %1.</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden. FootCoach verwendet daher die Standardeinstellungen. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so FootCoach is using its standard settings for now.</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden. FootCoach verwendet daher vorerst die Standardeinstellungen.</translation>
    </message>
</context>
<context>
    <name>footcoach::BackupManager</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Ordner %1 für Sicherungskopien kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the new backup did not verify: %1</source>
        <translation>die neue Sicherungskopie hat die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>die Sicherungskopie %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>die Datei %1</translation>
    </message>
    <message>
        <source>it is not a FootCoach history</source>
        <translation>die Datei ist kein FootCoach-Verlauf</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>Prüfung der Datei: %1</translation>
    </message>
    <message>
        <source>cannot put the restored history in place</source>
        <translation>der wiederhergestellte Verlauf kann nicht an seinen Platz gelegt werden</translation>
    </message>
</context>
<context>
    <name>footcoach::ChartsHistoryScreen</name>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Returns to today&apos;s sessions</source>
        <translation>Zurück zu den heutigen Einheiten</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <source>Your stretching record starts with your first session</source>
        <translation>Ihr Dehnprotokoll beginnt mit Ihrer ersten Einheit</translation>
    </message>
    <message>
        <source>Each morning and evening session you do will show here: a blue tick for a session done, a half-filled circle for one you stopped partway, and a cross for one you missed. Week by week you will see how often you stretched, and how numb your feet felt before and after.

You can print this record for your doctor from the File menu.</source>
        <translation>Hier erscheint jede Einheit, die Sie morgens und abends machen: ein blauer Haken für eine erledigte Einheit, ein halb gefüllter Kreis für eine, die Sie mittendrin beendet haben, und ein Kreuz für eine verpasste. Woche für Woche sehen Sie, wie oft Sie gedehnt haben und wie taub sich Ihre Füße vorher und nachher angefühlt haben.

Über das Menü „Datei“ können Sie dieses Protokoll für Ihren Arzt drucken.</translation>
    </message>
    <message>
        <source>Go to today&apos;s session</source>
        <translation>Zur heutigen Einheit</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nächste Woche ▶</translation>
    </message>
    <message>
        <source>Morning and evening</source>
        <translation>Morgens und abends</translation>
    </message>
    <message>
        <source>How numb your feet felt</source>
        <translation>Wie taub sich Ihre Füße anfühlten</translation>
    </message>
    <message>
        <source>Before the session: solid line, round marks. After: dashed line, square marks.</source>
        <translation>Vor der Einheit: durchgezogene Linie, runde Punkte. Danach: gestrichelte Linie, eckige Punkte.</translation>
    </message>
    <message>
        <source>No sessions were recorded this week.</source>
        <translation>In dieser Woche wurden keine Einheiten aufgezeichnet.</translation>
    </message>
    <message>
        <source>Do both of today&apos;s sessions to start a streak.</source>
        <translation>Machen Sie heute beide Einheiten, um eine Serie zu beginnen.</translation>
    </message>
    <message>
        <source>This week, %1</source>
        <translation>Diese Woche, %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Pfeil links</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Pfeil rechts</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Pos1</translation>
    </message>
    <message numerus="yes">
        <source>Sessions done, the last %n weeks</source>
        <translation>
            <numerusform>Erledigte Einheiten der letzten Woche</numerusform>
            <numerusform>Erledigte Einheiten der letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days in a row with both sessions done.</source>
        <translation>
            <numerusform>Serie: %n Tag mit beiden Einheiten erledigt.</numerusform>
            <numerusform>Serie: %n Tage in Folge mit beiden Einheiten erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n still to come this week)</source>
        <translation>
            <numerusform>(%n steht diese Woche noch aus)</numerusform>
            <numerusform>(%n stehen diese Woche noch aus)</numerusform>
        </translation>
    </message>
    <message>
        <source>This week&apos;s sessions</source>
        <translation>Die Einheiten dieser Woche</translation>
    </message>
    <message>
        <source>Sessions in the week of %1</source>
        <translation>Einheiten in der Woche vom %1</translation>
    </message>
    <message>
        <source>No sessions were recorded in the week of %1.</source>
        <translation>In der Woche vom %1 wurden keine Einheiten aufgezeichnet.</translation>
    </message>
    <message>
        <source>No sessions were due yet this week.</source>
        <translation>In dieser Woche war noch keine Einheit fällig.</translation>
    </message>
    <message numerus="yes">
        <source>So far this week: %1 of %n sessions done (%2%)</source>
        <translation>
            <numerusform>Diese Woche bisher: %1 von %n Einheit gemacht (%2 %)</numerusform>
            <numerusform>Diese Woche bisher: %1 von %n Einheiten gemacht (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions done: %2%</source>
        <translation>
            <numerusform>%1 von %n Einheit gemacht: %2 %</numerusform>
            <numerusform>%1 von %n Einheiten gemacht: %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbness
before → after</source>
        <translation>Taubheit
vorher → nachher</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Bericht drucken…</translation>
    </message>
    <message>
        <source>Prints the report for your doctor, or saves it as a PDF; you choose the days</source>
        <translation>Druckt den Bericht für Ihren Arzt oder speichert ihn als PDF; Sie wählen die Tage</translation>
    </message>
    <message>
        <source>The last bar is this week so far: only the sessions already due are counted.</source>
        <translation>Der letzte Balken ist diese Woche bis jetzt: gezählt werden nur die Einheiten, die schon fällig waren.</translation>
    </message>
</context>
<context>
    <name>footcoach::CountdownRing</name>
    <message>
        <source>Seconds left</source>
        <translation>Verbleibende Sekunden</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>Noch %n Sekunde</numerusform>
            <numerusform>Noch %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::DBusReminderNotifier</name>
    <message>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>In %n Minute</numerusform>
            <numerusform>In %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>Diesmal auslassen</translation>
    </message>
</context>
<context>
    <name>footcoach::DatabaseFile</name>
    <message>
        <source>is empty (zero bytes)</source>
        <translation>ist leer (null Byte)</translation>
    </message>
    <message>
        <source>is not a FootCoach history (it is not an SQLite database)</source>
        <translation>ist kein FootCoach-Verlauf (sie ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>is damaged (its header is not valid)</source>
        <translation>ist beschädigt (ihr Dateikopf ist ungültig)</translation>
    </message>
    <message>
        <source>is damaged (it was cut short)</source>
        <translation>ist beschädigt (sie ist unvollständig)</translation>
    </message>
</context>
<context>
    <name>footcoach::ExerciseSheetWriter</name>
    <message>
        <source>The exercise sheet</source>
        <translation>Das Übungsblatt</translation>
    </message>
    <message>
        <source>Twice a day, in the morning and in the evening. A session takes about %1.</source>
        <translation>Zweimal täglich, morgens und abends. Eine Einheit dauert etwa %1.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Gleichgewicht</translation>
    </message>
    <message>
        <source>Numb feet make a fall more likely. Do every standing move beside a wall or in a door frame and keep one hand on it the whole time. Stand up and sit down slowly, and wear shoes that hold your feet or stand on a floor that does not slip.</source>
        <translation>Mit tauben Füßen stürzt man leichter. Machen Sie jede Übung im Stehen neben einer Wand oder in einem Türrahmen und lassen Sie die ganze Zeit eine Hand daran. Stehen Sie langsam auf und setzen Sie sich langsam hin. Tragen Sie Schuhe, die den Fuß gut halten, oder stehen Sie auf einem rutschfesten Boden.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Tick off your sessions</source>
        <translation>Haken Sie Ihre Einheiten ab</translation>
    </message>
    <message>
        <source>Week starting: ____________________</source>
        <translation>Woche ab: ____________________</translation>
    </message>
    <message>
        <source>Exercise sheet from FootCoach %1. Ask your doctor before you change the program.</source>
        <translation>Übungsblatt aus FootCoach %1. Fragen Sie Ihren Arzt, bevor Sie das Programm ändern.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg</source>
        <translation>
            <numerusform>%n-mal pro Bein</numerusform>
            <numerusform>%n-mal pro Bein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times, left leg only</source>
        <translation>
            <numerusform>%n-mal, nur das linke Bein</numerusform>
            <numerusform>%n-mal, nur das linke Bein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times, right leg only</source>
        <translation>
            <numerusform>%n-mal, nur das rechte Bein</numerusform>
            <numerusform>%n-mal, nur das rechte Bein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>hold each stretch %1</source>
        <translation>jede Dehnung %1 halten</translation>
    </message>
    <message>
        <source>(%1 is enough)</source>
        <translation>(%1 genügen)</translation>
    </message>
    <message>
        <source>rest %1 in between</source>
        <translation>dazwischen %1 Pause</translation>
    </message>
    <message>
        <source>Exercise sheet: %1</source>
        <translation>Übungsblatt: %1</translation>
    </message>
</context>
<context>
    <name>footcoach::HistoryStore</name>
    <message>
        <source>open your history</source>
        <translation>Ihren Verlauf zu öffnen</translation>
    </message>
    <message>
        <source>is damaged (it cannot be read)</source>
        <translation>ist beschädigt (sie lässt sich nicht lesen)</translation>
    </message>
    <message>
        <source>is not a FootCoach history</source>
        <translation>ist kein FootCoach-Verlauf</translation>
    </message>
    <message>
        <source>check your history</source>
        <translation>Ihren Verlauf zu prüfen</translation>
    </message>
    <message>
        <source>is damaged (its integrity check failed)</source>
        <translation>ist beschädigt (sie hat die Prüfung nicht bestanden)</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>ist beschädigt</translation>
    </message>
    <message>
        <source>update the history</source>
        <translation>den Verlauf auf das neue Format umzustellen</translation>
    </message>
    <message>
        <source>create your history</source>
        <translation>Ihren Verlauf anzulegen</translation>
    </message>
    <message>
        <source>save today&apos;s backup</source>
        <translation>die heutige Sicherungskopie zu speichern</translation>
    </message>
    <message>
        <source>save the start of your session</source>
        <translation>den Beginn Ihrer Einheit zu speichern</translation>
    </message>
    <message>
        <source>save the hold you just finished</source>
        <translation>die eben beendete Dehnung zu speichern</translation>
    </message>
    <message>
        <source>the hold is incomplete</source>
        <translation>die Angaben zur Dehnung sind unvollständig</translation>
    </message>
    <message>
        <source>save the end of your session</source>
        <translation>das Ende Ihrer Einheit zu speichern</translation>
    </message>
    <message>
        <source>the end time is missing</source>
        <translation>die Endzeit fehlt</translation>
    </message>
    <message>
        <source>that session is not in the history</source>
        <translation>diese Einheit ist nicht im Verlauf</translation>
    </message>
    <message>
        <source>save your check-in</source>
        <translation>Ihre Angabe zum Taubheitsgefühl zu speichern</translation>
    </message>
    <message>
        <source>numbness is rated from 0 to 10</source>
        <translation>das Taubheitsgefühl wird von 0 bis 10 angegeben</translation>
    </message>
    <message>
        <source>save the reminder</source>
        <translation>die Erinnerung zu speichern</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <source>save the change of prescription</source>
        <translation>die Änderung an Ihrem Programm zu speichern</translation>
    </message>
    <message>
        <source>the routine or the date is missing</source>
        <translation>der Übungsplan oder das Datum fehlt</translation>
    </message>
    <message>
        <source>read your reminders</source>
        <translation>Ihre Erinnerungen zu lesen</translation>
    </message>
    <message>
        <source>read your history</source>
        <translation>Ihren Verlauf zu lesen</translation>
    </message>
    <message>
        <source>read your check-ins</source>
        <translation>Ihre Angaben zum Taubheitsgefühl zu lesen</translation>
    </message>
    <message>
        <source>export your history</source>
        <translation>Ihren Verlauf zu exportieren</translation>
    </message>
    <message>
        <source>FootCoach could not write the exported history: %1</source>
        <translation>FootCoach konnte den exportierten Verlauf nicht speichern: %1</translation>
    </message>
    <message>
        <source>save to your history</source>
        <translation>in Ihrem Verlauf zu speichern</translation>
    </message>
    <message>
        <source>the session has no routine, date, start time or moves</source>
        <translation>der Einheit fehlen die Übungsfolge, das Datum, die Startzeit oder die Übungen</translation>
    </message>
</context>
<context>
    <name>footcoach::HomeView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>How numb do your feet feel right now? (optional)</source>
        <translation>Wie taub fühlen sich Ihre Füße gerade an? (freiwillig)</translation>
    </message>
    <message>
        <source>Numbness before the session, 0 to 10</source>
        <translation>Taubheitsgefühl vor der Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>Starts the guided stretching session</source>
        <translation>Startet die angeleitete Dehneinheit</translation>
    </message>
    <message>
        <source>See your history and print a report…</source>
        <translation>Verlauf ansehen und Bericht drucken…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Strg+H</translation>
    </message>
    <message>
        <source>Your stretches</source>
        <translation>Ihre Dehnübungen</translation>
    </message>
    <message>
        <source>About foot numbness and these stretches</source>
        <translation>Über taube Füße und diese Dehnübungen</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Causes of numb feet, when to see a doctor, and why these stretches help</source>
        <translation>Ursachen tauber Füße, wann Sie zum Arzt gehen sollten und warum diese Dehnübungen helfen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>Einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg</source>
        <translation>
            <numerusform>Einmal pro Bein</numerusform>
            <numerusform>%n-mal pro Bein</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, hold %2 seconds each time</source>
        <translation>%1, jeweils %2 Sekunden halten</translation>
    </message>
    <message>
        <source>The whole session takes %1. Do it twice a day, morning and evening.</source>
        <translation>Eine ganze Einheit dauert %1. Machen Sie sie zweimal täglich, morgens und abends.</translation>
    </message>
    <message>
        <source>Morning, %1
%2</source>
        <translation>Morgens, %1
%2</translation>
    </message>
    <message>
        <source>Evening, %1
%2</source>
        <translation>Abends, %1
%2</translation>
    </message>
    <message>
        <source>Start the morning session</source>
        <translation>Morgeneinheit beginnen</translation>
    </message>
    <message>
        <source>Start the evening session</source>
        <translation>Abendeinheit beginnen</translation>
    </message>
    <message>
        <source>Optional. Your answer is kept with the session so you can see a trend</source>
        <translation>Freiwillig. Ihre Antwort wird mit der Einheit gespeichert, damit Sie den Verlauf sehen können</translation>
    </message>
    <message>
        <source>Start an extra session</source>
        <translation>Eine zusätzliche Einheit beginnen</translation>
    </message>
</context>
<context>
    <name>footcoach::InfoView</name>
    <message>
        <source>About foot numbness</source>
        <translation>Taubheitsgefühl in den Füßen</translation>
    </message>
    <message>
        <source>Feet that go numb after you have sat still or crossed your legs for a long time usually wake up again on their own: the blood flow was only squeezed for a while. Numbness that does not pass is different, and it has many possible causes.</source>
        <translation>Füße, die nach langem Stillsitzen oder mit übergeschlagenen Beinen eingeschlafen sind, wachen meist von selbst wieder auf: Die Durchblutung war nur eine Weile abgedrückt. Ein Taubheitsgefühl, das nicht vergeht, ist etwas anderes und kann viele Ursachen haben.</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Häufige Ursachen</translation>
    </message>
    <message>
        <source>Diabetes, which can damage the nerves of the feet over time.</source>
        <translation>Diabetes, der mit der Zeit die Nerven der Füße schädigen kann.</translation>
    </message>
    <message>
        <source>Too little vitamin B in the body.</source>
        <translation>Zu wenig Vitamin B im Körper.</translation>
    </message>
    <message>
        <source>Some medicines, and chemotherapy, which can harm the nerves of the hands and feet.</source>
        <translation>Manche Medikamente, außerdem eine Chemotherapie, die die Nerven in Händen und Füßen schädigen kann.</translation>
    </message>
    <message>
        <source>Pressure on the nerves where they leave the lower back, for example after a back injury, or from swollen blood vessels, scar tissue, an infection or a growth.</source>
        <translation>Druck auf die Nerven dort, wo sie im unteren Rücken aus der Wirbelsäule austreten, zum Beispiel nach einer Rückenverletzung oder durch geschwollene Blutgefäße, Narbengewebe, eine Infektion oder eine Wucherung.</translation>
    </message>
    <message>
        <source>Raynaud&apos;s phenomenon, in which the blood vessels of the toes narrow too much in the cold.</source>
        <translation>Das Raynaud-Phänomen, bei dem sich die Blutgefäße der Zehen bei Kälte zu stark verengen.</translation>
    </message>
    <message>
        <source>When to see your doctor</source>
        <translation>Wann Sie zum Arzt gehen sollten</translation>
    </message>
    <message>
        <source>If your feet stay numb for a long time, or the numbness keeps coming back, have a doctor find out why. Also tell your doctor before you start any new exercises, these stretches included.</source>
        <translation>Wenn Ihre Füße lange taub bleiben oder das Taubheitsgefühl immer wiederkommt, lassen Sie die Ursache ärztlich abklären. Sprechen Sie außerdem mit Ihrem Arzt, bevor Sie mit neuen Übungen beginnen – auch mit diesen Dehnübungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diabetes:&lt;/b&gt; ask your care team how to keep your blood sugar steady; good control protects the nerves.</source>
        <translation>&lt;b&gt;Diabetes:&lt;/b&gt; Fragen Sie Ihr Behandlungsteam, wie Sie Ihren Blutzucker stabil halten; ein gut eingestellter Blutzucker schützt die Nerven.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vitamin B:&lt;/b&gt; if a blood test shows too little, your doctor can plan with you how to bring it back up.</source>
        <translation>&lt;b&gt;Vitamin B:&lt;/b&gt; Zeigt eine Blutuntersuchung einen Mangel, kann Ihr Arzt mit Ihnen planen, wie Sie den Wert wieder anheben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medicines:&lt;/b&gt; if you think a medicine causes the numbness, do not stop it or change the dose yourself. Talk to your doctor, who may know another option.</source>
        <translation>&lt;b&gt;Medikamente:&lt;/b&gt; Wenn Sie vermuten, dass ein Medikament das Taubheitsgefühl verursacht, setzen Sie es nicht selbst ab und ändern Sie nicht selbst die Dosis. Sprechen Sie mit Ihrem Arzt; vielleicht gibt es eine Alternative.</translation>
    </message>
    <message>
        <source>Why these stretches</source>
        <translation>Warum diese Dehnübungen</translation>
    </message>
    <message>
        <source>Studies of people with nerve damage in the feet (peripheral neuropathy) found that regular exercise can ease the symptoms and the pain, and helps to keep blood sugar in check. For people who have had chemotherapy, whose numbness, weakness and unsteadiness make falls more likely, a well-planned exercise program can help too.</source>
        <translation>Studien mit Menschen mit Nervenschäden an den Füßen (periphere Neuropathie) haben gezeigt, dass regelmäßige Bewegung die Beschwerden und Schmerzen lindern kann und hilft, den Blutzucker im Griff zu behalten. Auch nach einer Chemotherapie, wenn Taubheitsgefühl, Schwäche und Unsicherheit beim Gehen das Sturzrisiko erhöhen, kann ein gut geplantes Übungsprogramm helfen.</translation>
    </message>
    <message>
        <source>The three stretches in FootCoach (calf, seated hamstring and plantar fascia) are gentle flexibility moves. Do each one three times on each leg, holding each stretch for 15 to 20 seconds, twice a day. All together they take about five to ten minutes, and they also make a good warm-up before a walk.</source>
        <translation>Die drei Dehnübungen in FootCoach (Wadendehnung, Dehnung der Oberschenkelrückseite – der hinteren Oberschenkelmuskulatur – im Sitzen und Dehnung der Plantarfaszie) sind sanfte Übungen für die Beweglichkeit. Machen Sie jede dreimal pro Bein und halten Sie jede Dehnung 15 bis 20 Sekunden, zweimal täglich. Zusammen dauern sie etwa fünf bis zehn Minuten und eignen sich auch gut zum Aufwärmen vor einem Spaziergang.</translation>
    </message>
    <message>
        <source>Stretch slowly and never into pain. If a stretch hurts, stop it.</source>
        <translation>Dehnen Sie langsam und nie bis in den Schmerz. Wenn eine Dehnung wehtut, hören Sie damit auf.</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The stretches and how often to do them are those recommended by the Foundation for Peripheral Neuropathy (FPN). The causes of numbness follow the U.S. National Library of Medicine (NLM) and the American Academy of Orthopaedic Surgeons; the note on chemotherapy and falls follows an article in the Oncology Nursing Forum (September 2012). FootCoach does not replace your doctor&apos;s advice.</source>
        <translation>Die Dehnübungen und wie oft sie gemacht werden, entsprechen den Empfehlungen der Foundation for Peripheral Neuropathy (FPN, eine US-amerikanische Stiftung). Die Ursachen für Taubheitsgefühl folgen der U.S. National Library of Medicine (NLM, die medizinische Nationalbibliothek der USA) und der American Academy of Orthopaedic Surgeons (US-Fachgesellschaft der Orthopäden); der Hinweis zu Chemotherapie und Stürzen folgt einem Artikel im Oncology Nursing Forum (September 2012). FootCoach ersetzt nicht den Rat Ihres Arztes.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Return to the start screen</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Information on causes of foot numbness and on the stretches</source>
        <translation>Informationen zu Ursachen von Taubheitsgefühl in den Füßen und zu den Dehnübungen</translation>
    </message>
</context>
<context>
    <name>footcoach::MainWindow</name>
    <message>
        <source>FootCoach</source>
        <translation>FootCoach</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation>Verlauf als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print report for your doctor…</source>
        <translation>Bericht für Ihren Arzt &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About foot &amp;numbness</source>
        <translation>&amp;Taubheitsgefühl in den Füßen</translation>
    </message>
    <message>
        <source>&amp;About FootCoach</source>
        <translation>Über &amp;FootCoach</translation>
    </message>
    <message>
        <source>Both of today&apos;s sessions are done. See you tomorrow!</source>
        <translation>Beide Einheiten für heute sind erledigt. Bis morgen!</translation>
    </message>
    <message>
        <source>Your morning session is due.</source>
        <translation>Ihre Morgeneinheit steht an.</translation>
    </message>
    <message>
        <source>Your evening session is due.</source>
        <translation>Ihre Abendeinheit steht an.</translation>
    </message>
    <message>
        <source>No sound is available on this computer. Follow the cues on the screen.</source>
        <translation>Auf diesem Computer ist kein Ton verfügbar. Folgen Sie den Hinweisen auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>A session is running. Stop it and close the window? The stretches you finished are saved.</source>
        <translation>Eine Einheit läuft gerade. Einheit beenden und Fenster schließen? Die Dehnungen, die Sie geschafft haben, sind gespeichert.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The history could not be written to %1.</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>History exported to %1</source>
        <translation>Verlauf exportiert nach %1</translation>
    </message>
    <message>
        <source>About FootCoach</source>
        <translation>Über FootCoach</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;FootCoach %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gentle guided stretches for numb feet, twice a day.&lt;/p&gt;&lt;p&gt;Your history stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FootCoach %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sanfte, angeleitete Dehnübungen bei tauben Füßen, zweimal täglich.&lt;/p&gt;&lt;p&gt;Ihr Verlauf bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print e&amp;xercise sheet…</source>
        <translation>Ü&amp;bungsblatt drucken…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Extra session – FootCoach</source>
        <translation>Zusätzliche Einheit – FootCoach</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>The history screen and printing are not available.</source>
        <translation>Der Verlauf und das Drucken sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>A session started now is an extra one: it counts for neither the morning nor the evening.</source>
        <translation>Eine Einheit, die Sie jetzt beginnen, ist zusätzlich: Sie zählt weder für den Morgen noch für den Abend.</translation>
    </message>
    <message>
        <source>A session started now is an extra one. Sessions count for the morning from %1.</source>
        <translation>Eine Einheit, die Sie jetzt beginnen, ist zusätzlich. Für den Morgen zählt eine Einheit ab %1.</translation>
    </message>
    <message>
        <source>A session started now is an extra one. Sessions count for the evening from %1.</source>
        <translation>Eine Einheit, die Sie jetzt beginnen, ist zusätzlich. Für den Abend zählt eine Einheit ab %1.</translation>
    </message>
</context>
<context>
    <name>footcoach::Migrator</name>
    <message>
        <source>no verified backup could be taken before the upgrade</source>
        <translation>vor der Umstellung konnte keine geprüfte Sicherungskopie angelegt werden</translation>
    </message>
    <message>
        <source>step to format %1 failed: %2</source>
        <translation>der Schritt zu Format %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>rows point at missing rows after the step</source>
        <translation>nach dem Schritt verweisen Zeilen auf fehlende Zeilen</translation>
    </message>
</context>
<context>
    <name>footcoach::ModuleLoader</name>
    <message>
        <source>A part of FootCoach is missing: %1 was not found (looked for %2). Reinstalling FootCoach should bring it back.</source>
        <translation>Ein Teil von FootCoach fehlt: %1 wurde nicht gefunden (gesucht: %2). Eine Neuinstallation von FootCoach sollte ihn wiederherstellen.</translation>
    </message>
    <message>
        <source>A part of FootCoach cannot be loaded: %1</source>
        <translation>Ein Teil von FootCoach lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>A part of FootCoach cannot be loaded: %1 belongs to another version of FootCoach. Reinstalling FootCoach should mend it.</source>
        <translation>Ein Teil von FootCoach lässt sich nicht laden: %1 gehört zu einer anderen Version von FootCoach. Eine Neuinstallation von FootCoach sollte das beheben.</translation>
    </message>
</context>
<context>
    <name>footcoach::NumbnessBox</name>
    <message>
        <source>Skip this question</source>
        <translation>Frage überspringen</translation>
    </message>
    <message>
        <source>0 – normal feeling</source>
        <translation>0 – normales Gefühl</translation>
    </message>
    <message>
        <source>10 – no feeling at all</source>
        <translation>10 – gar kein Gefühl</translation>
    </message>
</context>
<context>
    <name>footcoach::NumbnessChart</name>
    <message>
        <source>Before the session</source>
        <translation>Vor der Einheit</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Nach der Einheit</translation>
    </message>
    <message>
        <source>No numbness check-ins in these weeks.</source>
        <translation>In diesen Wochen keine Angaben zum Taubheitsgefühl.</translation>
    </message>
    <message>
        <source>Numbness from 0 (normal feeling) to 10 (no feeling), on average %1 before the sessions and %2 after (days with a check-in: %3).</source>
        <translation>Taubheitsgefühl von 0 (normales Gefühl) bis 10 (kein Gefühl), im Durchschnitt %1 vor den Einheiten und %2 danach (Tage mit Angabe: %3).</translation>
    </message>
</context>
<context>
    <name>footcoach::PlainMessages</name>
    <message>
        <source>The disk is full, so FootCoach could not %1. Free some space on the disk that holds %2 and try again; everything saved before is safe.</source>
        <translation>Die Festplatte ist voll. Darum ist es FootCoach nicht gelungen, %1. Schaffen Sie Platz auf der Festplatte, auf der %2 liegt, und versuchen Sie es noch einmal. Alles bisher Gespeicherte ist sicher.</translation>
    </message>
    <message>
        <source>FootCoach is not allowed to write in %2 (the folder or the history file is read-only), so it could not %1. Everything saved before is safe.</source>
        <translation>FootCoach darf nicht in %2 schreiben (der Ordner oder die Verlaufsdatei ist schreibgeschützt). Darum ist es FootCoach nicht gelungen, %1. Alles bisher Gespeicherte ist sicher.</translation>
    </message>
    <message>
        <source>FootCoach could not open its history in %2, so it could not %1. Check that the folder exists and that you may write in it.</source>
        <translation>FootCoach konnte den Verlauf in %2 nicht öffnen. Darum ist es FootCoach nicht gelungen, %1. Prüfen Sie, ob der Ordner vorhanden ist und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The disk reported an error, so FootCoach could not %1. Everything saved before is safe; if this keeps happening, check the disk that holds %2.</source>
        <translation>Die Festplatte hat einen Fehler gemeldet. Darum ist es FootCoach nicht gelungen, %1. Alles bisher Gespeicherte ist sicher. Wenn das öfter passiert, prüfen Sie die Festplatte, auf der %2 liegt.</translation>
    </message>
    <message>
        <source>Another FootCoach window kept the history busy for too long, so FootCoach could not %1. Please try again.</source>
        <translation>Ein anderes FootCoach-Fenster hat den Verlauf zu lange belegt. Darum ist es FootCoach nicht gelungen, %1. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>FootCoach found damage in its history file while trying to %1. Restart FootCoach: it will set the damaged file aside and restore the latest backup.</source>
        <translation>Beim Versuch, %1, hat FootCoach einen Schaden in der Verlaufsdatei gefunden. Starten Sie FootCoach neu: Es legt die beschädigte Datei beiseite und stellt die neueste Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>FootCoach could not %1 (%2).</source>
        <translation>Es ist FootCoach nicht gelungen, %1 (%2).</translation>
    </message>
    <message>
        <source>FootCoach cannot write in its data folder %1, so it cannot save your history. Check that the folder exists, that the disk is not full and that you may write in it.</source>
        <translation>FootCoach kann nicht in seinen Datenordner %1 schreiben und darum Ihren Verlauf nicht speichern. Prüfen Sie, ob der Ordner vorhanden ist, ob die Festplatte nicht voll ist und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source> (it was last written by %1)</source>
        <translation> (zuletzt gespeichert von %1)</translation>
    </message>
    <message>
        <source>Your history %1 was saved by a newer FootCoach%2 in history format %3; this FootCoach reads history format %4 and older. Install a FootCoach that reads history format %3 to open it. The file has not been changed.</source>
        <translation>Ihr Verlauf %1 wurde von einer neueren FootCoach-Version%2 im Verlaufsformat %3 gespeichert. Diese FootCoach-Version liest nur die Verlaufsformate bis %4. Installieren Sie eine FootCoach-Version, die das Verlaufsformat %3 liest, um ihn zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>FootCoach could not use your history file because it %1. It moved the file aside to %2 and restored the backup from %3. Anything recorded after that backup is not in the restored history; the old file is kept in case you need it.</source>
        <translation>FootCoach konnte Ihre Verlaufsdatei nicht verwenden, denn die Datei %1. FootCoach hat die Datei nach %2 verschoben und die Sicherungskopie vom %3 wiederhergestellt. Was nach dieser Sicherungskopie aufgezeichnet wurde, fehlt im wiederhergestellten Verlauf. Die alte Datei wird aufbewahrt, falls Sie sie brauchen.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the date of a backup</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>FootCoach could not use your history file because it %1. It moved the file aside to %2 and started a new, empty history, because there was no backup to restore. The old file is kept in case you need it.</source>
        <translation>FootCoach konnte Ihre Verlaufsdatei nicht verwenden, denn die Datei %1. FootCoach hat die Datei nach %2 verschoben und einen neuen, leeren Verlauf begonnen, weil es keine Sicherungskopie zum Wiederherstellen gab. Die alte Datei wird aufbewahrt, falls Sie sie brauchen.</translation>
    </message>
    <message>
        <source>FootCoach cannot use your history file %1 because it %2, and it could not move the file aside to start again. Check that you may write in its folder.</source>
        <translation>FootCoach kann Ihre Verlaufsdatei %1 nicht verwenden, denn die Datei %2, und FootCoach konnte sie nicht beiseitelegen, um neu zu beginnen. Prüfen Sie, ob Sie im Ordner dieser Datei schreiben dürfen.</translation>
    </message>
    <message>
        <source>FootCoach could not save today&apos;s backup of your history: %1 Your history itself is fine; FootCoach will try again next time.</source>
        <translation>FootCoach konnte die heutige Sicherungskopie Ihres Verlaufs nicht speichern: %1 Ihr Verlauf selbst ist in Ordnung. FootCoach versucht es beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <source>FootCoach could not update your history to its new format (%1). The history was left as it was; a copy is in %2.</source>
        <translation>FootCoach konnte Ihren Verlauf nicht auf das neue Format umstellen (%1). Der Verlauf ist unverändert geblieben. Eine Kopie liegt in %2.</translation>
    </message>
    <message>
        <source>The history is not open, so nothing can be saved.</source>
        <translation>Der Verlauf ist nicht geöffnet, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>FootCoach could not %1: %2.</source>
        <translation>Es ist FootCoach nicht gelungen, %1: %2.</translation>
    </message>
</context>
<context>
    <name>footcoach::PrintChoiceDialog</name>
    <message>
        <source>Print… sends it to a printer. Save as PDF… keeps it as a file that you can print later or send to your doctor.</source>
        <translation>„Drucken…“ schickt es an einen Drucker. „Als PDF speichern…“ legt es als Datei ab, die Sie später drucken oder Ihrem Arzt schicken können.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Chooses a printer and prints</source>
        <translation>Wählt einen Drucker und druckt</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Saves a PDF file in a folder you choose</source>
        <translation>Speichert eine PDF-Datei in einem Ordner Ihrer Wahl</translation>
    </message>
    <message>
        <source>Closes this window without printing</source>
        <translation>Schließt dieses Fenster, ohne zu drucken</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer.</source>
        <translation>Das Dokument konnte nicht an den Drucker geschickt werden.</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>An den Drucker %1 geschickt.</translation>
    </message>
    <message>
        <source>Printed to the file %1.</source>
        <translation>In die Datei %1 gedruckt.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Die PDF-Datei konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The PDF is saved as %1.</source>
        <translation>Die PDF-Datei ist gespeichert als %1.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cannot open it</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The file is saved as %1.</source>
        <translation>Es wurde kein Programm gefunden, das PDF-Dateien anzeigt. Die Datei ist gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>footcoach::ReminderPresenter</name>
    <message>
        <source>Time for your morning stretches</source>
        <translation>Zeit für Ihre Dehnübungen am Morgen</translation>
    </message>
    <message>
        <source>Time for your evening stretches</source>
        <translation>Zeit für Ihre Dehnübungen am Abend</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes at your desk: calf, hamstring and foot stretches.</source>
        <translation>
            <numerusform>Etwa %n Minute am Schreibtisch: Dehnung von Waden, Oberschenkelrückseite und Fußsohle.</numerusform>
            <numerusform>Etwa %n Minuten am Schreibtisch: Dehnung von Waden, Oberschenkelrückseite und Fußsohle.</numerusform>
        </translation>
    </message>
    <message>
        <source>This reminder comes later than planned. </source>
        <translation>Diese Erinnerung kommt später als geplant. </translation>
    </message>
</context>
<context>
    <name>footcoach::RemindersQuestion</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Shall FootCoach remind you every morning and evening?</source>
        <translation>Soll FootCoach Sie jeden Morgen und Abend erinnern?</translation>
    </message>
    <message>
        <source>If you say yes, FootCoach starts by itself, without a window, each time you log in, so the reminders come also after you restart the computer.

If you say no, they come only while FootCoach is running.

You can change this at any time in Settings, General.</source>
        <translation>Wenn Sie Ja sagen, startet FootCoach bei jeder Anmeldung von selbst, ohne Fenster. So kommen die Erinnerungen auch nach einem Neustart des Computers.

Wenn Sie Nein sagen, kommen sie nur, solange FootCoach läuft.

Sie können das jederzeit unter Einstellungen, Allgemein ändern.</translation>
    </message>
    <message>
        <source>&amp;Yes, remind me</source>
        <translation>&amp;Ja, erinnern</translation>
    </message>
    <message>
        <source>FootCoach will start by itself when you log in</source>
        <translation>FootCoach startet beim Anmelden von selbst</translation>
    </message>
    <message>
        <source>&amp;No, only while FootCoach runs</source>
        <translation>&amp;Nein, nur solange FootCoach läuft</translation>
    </message>
    <message>
        <source>FootCoach will not start by itself when you log in</source>
        <translation>FootCoach startet beim Anmelden nicht von selbst</translation>
    </message>
</context>
<context>
    <name>footcoach::ReportBuilder</name>
    <message>
        <source>Twice a day, morning and evening; about %1 a session.</source>
        <translation>Zweimal täglich, morgens und abends; etwa %1 pro Einheit.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Sessions by week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Sessions by month</source>
        <translation>Einheiten pro Monat</translation>
    </message>
    <message>
        <source>Sessions by year</source>
        <translation>Einheiten pro Jahr</translation>
    </message>
</context>
<context>
    <name>footcoach::ReportRangeBox</name>
    <message>
        <source>Which days</source>
        <translation>Welche Tage</translation>
    </message>
    <message>
        <source>The last &amp;4 weeks</source>
        <translation>Die letzten &amp;4 Wochen</translation>
    </message>
    <message>
        <source>This week and the three before it</source>
        <translation>Diese Woche und die drei davor</translation>
    </message>
    <message>
        <source>The last &amp;3 months</source>
        <translation>Die letzten &amp;3 Monate</translation>
    </message>
    <message>
        <source>From the same day three months ago to today</source>
        <translation>Vom selben Tag vor drei Monaten bis heute</translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation>Se&amp;it</translation>
    </message>
    <message>
        <source>From the day you choose to today</source>
        <translation>Vom gewählten Tag bis heute</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>From one day you choose to another</source>
        <translation>Von einem gewählten Tag bis zu einem anderen</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message numerus="yes">
        <source>The report covers %1 to %2 (%n days).</source>
        <translation>
            <numerusform>Der Bericht umfasst %1 bis %2 (%n Tag).</numerusform>
            <numerusform>Der Bericht umfasst %1 bis %2 (%n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day must not come after the last day.</source>
        <translation>Der erste Tag darf nicht nach dem letzten liegen.</translation>
    </message>
</context>
<context>
    <name>footcoach::ReportWriter</name>
    <message>
        <source>Stretching record %1 to %2</source>
        <translation>Dehnprotokoll %1 bis %2</translation>
    </message>
    <message>
        <source>Made with FootCoach %1 from the record kept on the patient&apos;s computer.</source>
        <translation>Erstellt mit FootCoach %1 aus dem Protokoll auf dem Computer des Patienten.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Stretching record: %1</source>
        <translation>Dehnprotokoll: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3). Printed %4.</source>
        <translation>Zeitraum: %1 bis %2 (%3). Gedruckt am %4.</translation>
    </message>
    <message>
        <source>The record starts on %1, the day of the first session; the days before it are not counted.</source>
        <translation>Das Protokoll beginnt am %1, dem Tag der ersten Einheit; die Tage davor werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Name: ________________________________    Date of birth: ________________</source>
        <translation>Name: ________________________________    Geburtsdatum: ________________</translation>
    </message>
    <message>
        <source>No sessions have been recorded yet.</source>
        <translation>Es wurden noch keine Einheiten aufgezeichnet.</translation>
    </message>
    <message>
        <source>No sessions were due in this period yet.</source>
        <translation>In diesem Zeitraum war noch keine Einheit fällig.</translation>
    </message>
    <message>
        <source>Sessions done: %1 of %2 (%3)</source>
        <translation>Erledigte Einheiten: %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Partly done: %1    Missed: %2    Stretches held: %3</source>
        <translation>Teilweise erledigt: %1    Verpasst: %2    Gehaltene Dehnungen: %3</translation>
    </message>
    <message>
        <source>Numbness: no check-ins in this period.</source>
        <translation>Taubheitsgefühl: keine Angaben in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Prescribed program</source>
        <translation>Verordnetes Programm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No changes to the program in this period.</source>
        <translation>Keine Änderungen am Programm in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Changes in this period:</source>
        <translation>Änderungen in diesem Zeitraum:</translation>
    </message>
    <message>
        <source>Sessions
done</source>
        <translation>Erledigte
Einheiten</translation>
    </message>
    <message>
        <source>Partly
done</source>
        <translation>Teilweise
erledigt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Therapietreue</translation>
    </message>
    <message>
        <source>Stretches
held</source>
        <translation>Gehaltene
Dehnungen</translation>
    </message>
    <message>
        <source>Numbness
before → after</source>
        <translation>Taubheit
vorher → nachher</translation>
    </message>
    <message>
        <source>Nothing is recorded yet. The table fills in from the first session.</source>
        <translation>Noch nichts aufgezeichnet. Die Tabelle füllt sich ab der ersten Einheit.</translation>
    </message>
    <message>
        <source>No sessions were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Einheiten aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Adherence: sessions done of the two a day the program asks for.</source>
        <translation>Therapietreue: erledigte Einheiten von den zwei täglichen, die das Programm vorsieht.</translation>
    </message>
    <message>
        <source>Morning and evening, the last four weeks</source>
        <translation>Morgens und abends, die letzten vier Wochen</translation>
    </message>
    <message>
        <source>Morning and evening, day by day</source>
        <translation>Morgens und abends, Tag für Tag</translation>
    </message>
    <message>
        <source>Numbness before and after the sessions</source>
        <translation>Taubheitsgefühl vor und nach den Einheiten</translation>
    </message>
    <message>
        <source>No numbness check-ins were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Angaben zum Taubheitsgefühl gemacht.</translation>
    </message>
    <message>
        <source>Each point is the average of a week&apos;s check-ins: 0 is normal feeling, 10 no feeling at all.</source>
        <translation>Jeder Punkt ist der Durchschnitt der Angaben einer Woche: 0 bedeutet normales Gefühl, 10 gar kein Gefühl.</translation>
    </message>
    <message>
        <source>Each point is the average of a day&apos;s check-ins: 0 is normal feeling, 10 no feeling at all.</source>
        <translation>Jeder Punkt ist der Durchschnitt der Angaben eines Tages: 0 bedeutet normales Gefühl, 10 gar kein Gefühl.</translation>
    </message>
    <message>
        <source>Missed or partly done sessions: %1</source>
        <translation>Verpasste oder teilweise erledigte Einheiten: %1</translation>
    </message>
    <message>
        <source>None: every session was done.</source>
        <translation>Keine: Alle Einheiten wurden erledigt.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>abends</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n sessions still to come are not counted.</source>
        <translation>
            <numerusform>Die eine noch ausstehende Einheit wird nicht gezählt.</numerusform>
            <numerusform>Die %n noch ausstehenden Einheiten werden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier ones are left out here; the CSV export lists every session.</source>
        <translation>
            <numerusform>%n frühere ist hier weggelassen; der CSV-Export enthält alle Einheiten.</numerusform>
            <numerusform>%n frühere sind hier weggelassen; der CSV-Export enthält alle Einheiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbness, average from 0 (normal feeling) to 10 (no feeling): %1 before sessions, %2 after (%n check-ins).</source>
        <translation>
            <numerusform>Taubheitsgefühl, Durchschnitt von 0 (normales Gefühl) bis 10 (kein Gefühl): %1 vor den Einheiten, %2 danach (%n Angabe).</numerusform>
            <numerusform>Taubheitsgefühl, Durchschnitt von 0 (normales Gefühl) bis 10 (kein Gefühl): %1 vor den Einheiten, %2 danach (%n Angaben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly done shows the stretches held of those the session asked for.</source>
        <translation>Bei „teilweise“ steht, wie viele der in dieser Einheit vorgesehenen Dehnungen gehalten wurden.</translation>
    </message>
    <message>
        <source>The report for your doctor</source>
        <translation>Der Bericht für Ihren Arzt</translation>
    </message>
    <message numerus="yes">
        <source>Extra sessions, outside the morning and evening times: %n</source>
        <translation>
            <numerusform>Zusätzliche Einheit außerhalb der Morgen- und Abendzeiten: %n</numerusform>
            <numerusform>Zusätzliche Einheiten außerhalb der Morgen- und Abendzeiten: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::RoutineLoader</name>
    <message>
        <source>%1: at %2: %3</source>
        <translation>%1: bei %2: %3</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>ist kein bekannter Schlüssel</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht bei %3</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss eine Liste (ein JSON-Array) sein</translation>
    </message>
    <message>
        <source>must have at least %1 entries</source>
        <translation>hat zu wenige Einträge (mindestens %1)</translation>
    </message>
    <message>
        <source>must have at most %1 entries</source>
        <translation>hat zu viele Einträge (höchstens %1)</translation>
    </message>
    <message>
        <source>must be an object of language codes</source>
        <translation>muss ein Objekt mit Sprachcodes sein</translation>
    </message>
    <message>
        <source>is not a language code such as &quot;de&quot; or &quot;pt_BR&quot;</source>
        <translation>ist kein Sprachcode wie &quot;de&quot; oder &quot;pt_BR&quot;</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>may hold only lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>darf nur Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>must be &quot;left&quot;, &quot;right&quot; or &quot;both&quot;</source>
        <translation>muss &quot;left&quot;, &quot;right&quot; oder &quot;both&quot; sein</translation>
    </message>
    <message>
        <source>names the same side twice</source>
        <translation>nennt dieselbe Seite zweimal</translation>
    </message>
    <message>
        <source>&quot;both&quot; cannot be combined with a side</source>
        <translation>&quot;both&quot; kann nicht mit einer Seite kombiniert werden</translation>
    </message>
    <message>
        <source>must be &quot;footcoach-routine&quot;</source>
        <translation>muss &quot;footcoach-routine&quot; sein</translation>
    </message>
    <message>
        <source>is %1, but this FootCoach reads routine format versions up to %2; a newer FootCoach is needed</source>
        <translation>ist %1, aber diese FootCoach-Version liest Übungsplan-Formate nur bis Version %2; Sie brauchen eine neuere FootCoach-Version</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier exercise</source>
        <translation>&quot;%1&quot; wird schon von einer früheren Übung verwendet</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>die Datei ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>die Verschachtelung ist tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>footcoach::SafetyNote</name>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide this safety note from now on</source>
        <translation>Diesen Sicherheitshinweis ab jetzt ausblenden</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Before you begin, ask your doctor whether these stretches suit you. Stretch gently: if a stretch hurts, stop it. Feet that feel numb make a fall more likely, so keep your balance: do the standing stretches next to a wall or in a door frame and hold on to it. Numbness that lasts or keeps coming back needs a doctor&apos;s look. Never change or stop a medicine on your own; talk to your doctor first.</source>
        <translation>Fragen Sie vor dem Beginn Ihren Arzt, ob diese Dehnübungen für Sie geeignet sind. Dehnen Sie sanft: Wenn eine Dehnung wehtut, hören Sie auf. Mit tauben Füßen stürzt man leichter; achten Sie deshalb auf Ihr Gleichgewicht: Machen Sie die Übungen im Stehen an einer Wand oder in einem Türrahmen und halten Sie sich dort fest. Ein Taubheitsgefühl, das anhält oder immer wiederkommt, sollte ärztlich abgeklärt werden. Ändern Sie Medikamente nie eigenmächtig und setzen Sie sie nicht selbst ab; sprechen Sie zuerst mit Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Ask your doctor first. Stop a stretch that hurts, and hold on to a wall when you stand.</source>
        <translation>Fragen Sie zuerst Ihren Arzt. Hören Sie bei Schmerzen mit der Dehnung auf, und halten Sie sich im Stehen an einer Wand fest.</translation>
    </message>
</context>
<context>
    <name>footcoach::SessionController</name>
    <message>
        <source>This session cannot be saved: %1</source>
        <translation>Diese Einheit kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>Ihre Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saving to your history failed: %1 The session goes on.</source>
        <translation>Speichern im Verlauf fehlgeschlagen: %1 Die Einheit geht weiter.</translation>
    </message>
    <message>
        <source>Get ready. The session starts in a few seconds.</source>
        <translation>Machen Sie sich bereit. Die Einheit beginnt in wenigen Sekunden.</translation>
    </message>
    <message>
        <source>%1. %2 Get into position.</source>
        <translation>%1. %2 Gehen Sie in Position.</translation>
    </message>
    <message>
        <source>Switch legs. %1 Get into position.</source>
        <translation>Wechseln Sie das Bein. %1 Gehen Sie in Position.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Hold for %n seconds.</source>
        <translation>
            <numerusform>%1 Halten Sie %n Sekunde.</numerusform>
            <numerusform>%1 Halten Sie %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Halten Sie %n Sekunde.</numerusform>
            <numerusform>Halten Sie %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>And relax.</source>
        <translation>Und entspannen Sie.</translation>
    </message>
    <message>
        <source>Well done. That is the whole session.</source>
        <translation>Gut gemacht. Das war die ganze Einheit.</translation>
    </message>
</context>
<context>
    <name>footcoach::SessionProgress</name>
    <message>
        <source>%1 % done</source>
        <translation>%1 % geschafft</translation>
    </message>
</context>
<context>
    <name>footcoach::SessionSummaryPage</name>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Saves your answer, if any, and shows the start screen</source>
        <translation>Speichert Ihre Antwort, falls vorhanden, und zeigt die Startseite</translation>
    </message>
    <message>
        <source>How numb do your feet feel now? (optional)</source>
        <translation>Wie taub fühlen sich Ihre Füße jetzt an? (freiwillig)</translation>
    </message>
    <message>
        <source>Numbness after the session, 0 to 10</source>
        <translation>Taubheitsgefühl nach der Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>Optional. Compare it with how you felt before</source>
        <translation>Freiwillig. Vergleichen Sie es mit Ihrem Gefühl vorher</translation>
    </message>
    <message numerus="yes">
        <source>You finished %1 of %n holds.</source>
        <translation>
            <numerusform>Sie haben %1 von %n Dehnung geschafft.</numerusform>
            <numerusform>Sie haben %1 von %n Dehnungen geschafft.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is saved as a partly done session.</source>
        <translation>Das wird als teilweise erledigte Einheit gespeichert.</translation>
    </message>
    <message>
        <source>Your session is saved.</source>
        <translation>Ihre Einheit ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>footcoach::SessionView</name>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>Steps of this stretch</source>
        <translation>Schritte dieser Dehnung</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pfeil nach links</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Right arrow or N</source>
        <translation>Pfeil nach rechts oder N</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Go back to the start of this step, or to the one before</source>
        <translation>Zurück zum Anfang dieses Schritts oder zum vorigen Schritt</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <source>End the session early; what you did is kept</source>
        <translation>Einheit vorzeitig beenden; Ihre bisherigen Dehnungen bleiben gespeichert</translation>
    </message>
    <message>
        <source>%1 · exercise %2 of %3</source>
        <translation>%1 · Übung&#xa0;%2&#xa0;von&#xa0;%3</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>▶ Continue</source>
        <translation>▶ Fortsetzen</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Beginnen</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>Stop here? The stretches you finished stay in your history.</source>
        <translation>Hier aufhören? Die geschafften Dehnungen bleiben in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>The step to do now is selected</source>
        <translation>Der jetzt anstehende Schritt ist markiert</translation>
    </message>
    <message>
        <source>Pause or continue the countdown</source>
        <translation>Countdown anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>%1, exercise %2 of %3</source>
        <translation>%1, Übung %2 von %3</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Press Space to go on</source>
        <translation>Leertaste drücken, um weiterzumachen</translation>
    </message>
    <message>
        <source>Sitting or standing at ease</source>
        <translation>Entspannt sitzen oder stehen</translation>
    </message>
</context>
<context>
    <name>footcoach::SettingsDialog</name>
    <message>
        <source>FootCoach settings</source>
        <translation>FootCoach-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Sound and voice</source>
        <translation>&amp;Ton und Stimme</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Remind me in the morning at</source>
        <translation>Morgens erinnern um</translation>
    </message>
    <message>
        <source>Remind me in the evening at</source>
        <translation>Abends erinnern um</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Uhrzeit der Morgenerinnerung</translation>
    </message>
    <message>
        <source>Evening reminder time</source>
        <translation>Uhrzeit der Abenderinnerung</translation>
    </message>
    <message>
        <source>When I put a reminder off, remind me again after</source>
        <translation>Wenn ich eine Erinnerung verschiebe, erneut erinnern nach</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Play sound cues during a session and with reminders</source>
        <translation>Töne während der Einheit und bei Erinnerungen abspielen</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Volume of the sound cues</source>
        <translation>Lautstärke der Töne</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Speak the instructions aloud</source>
        <translation>Anweisungen vorlesen</translation>
    </message>
    <message>
        <source>Change these only as your doctor or therapist advised. Every change is noted in your history with its date.</source>
        <translation>Ändern Sie diese Werte nur nach Rat Ihres Arztes oder Therapeuten. Jede Änderung wird mit Datum in Ihrem Verlauf vermerkt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Hold each stretch for:</source>
        <translation>&amp;Haltedauer jeder Dehnung:</translation>
    </message>
    <message>
        <source>&amp;Repetitions on each leg:</source>
        <translation>&amp;Wiederholungen pro Bein:</translation>
    </message>
    <message>
        <source>R&amp;est between repetitions:</source>
        <translation>Pa&amp;use zwischen Wiederholungen:</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsplan</translation>
    </message>
    <message>
        <source>Open a routine file…</source>
        <translation>Übungsplan-Datei öffnen…</translation>
    </message>
    <message>
        <source>Use the standard routine</source>
        <translation>Standard-Übungsplan verwenden</translation>
    </message>
    <message>
        <source>The standard routine: calf, seated hamstring and plantar fascia stretches.</source>
        <translation>Der Standard-Übungsplan: Wadendehnung, Dehnung der Oberschenkelrückseite im Sitzen und Dehnung der Plantarfaszie.</translation>
    </message>
    <message>
        <source>From the file %1: %2</source>
        <translation>Aus der Datei %1: %2</translation>
    </message>
    <message>
        <source>Open a routine file</source>
        <translation>Übungsplan-Datei öffnen</translation>
    </message>
    <message>
        <source>FootCoach routines (*.json)</source>
        <translation>FootCoach-Übungspläne (*.json)</translation>
    </message>
    <message>
        <source>This routine cannot be used</source>
        <translation>Dieser Übungsplan kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Nothing was changed, because the file has a problem:

%1</source>
        <translation>Es wurde nichts geändert, weil die Datei einen Fehler enthält:

%1</translation>
    </message>
    <message>
        <source>Check the reminder times</source>
        <translation>Bitte Erinnerungszeiten prüfen</translation>
    </message>
    <message>
        <source>The morning reminder must come before the evening one.</source>
        <translation>Die Morgenerinnerung muss vor der Abenderinnerung liegen.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Adds FootCoach to the programs your desktop starts at login</source>
        <translation>Fügt FootCoach zu den Programmen hinzu, die Ihre Arbeitsumgebung bei der Anmeldung startet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <source>The language of FootCoach&apos;s screens, reminders and voice</source>
        <translation>Die Sprache der Anzeigen, Erinnerungen und Stimme von FootCoach</translation>
    </message>
    <message>
        <source>A new language is used from the next start of FootCoach.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von FootCoach.</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>Einstellungen speichern und schließen</translation>
    </message>
    <message>
        <source>Save the settings and keep this window open</source>
        <translation>Einstellungen speichern und dieses Fenster offen lassen</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Turns the morning reminder on or off</source>
        <translation>Schaltet die Morgenerinnerung ein oder aus</translation>
    </message>
    <message>
        <source>Turns the evening reminder on or off</source>
        <translation>Schaltet die Abenderinnerung ein oder aus</translation>
    </message>
    <message>
        <source>Hours and minutes; use the arrow keys to change them</source>
        <translation>Stunden und Minuten; mit den Pfeiltasten ändern</translation>
    </message>
    <message>
        <source>Whether the morning reminder comes on %1</source>
        <translation>Ob die Morgenerinnerung am %1 kommt</translation>
    </message>
    <message>
        <source>Whether the evening reminder comes on %1</source>
        <translation>Ob die Abenderinnerung am %1 kommt</translation>
    </message>
    <message>
        <source>Minutes until a reminder you put off comes again</source>
        <translation>Minuten, bis eine verschobene Erinnerung wiederkommt</translation>
    </message>
    <message>
        <source>Soft tones mark each step of a session and each reminder</source>
        <translation>Sanfte Töne kündigen jeden Schritt einer Einheit und jede Erinnerung an</translation>
    </message>
    <message>
        <source>From 0 (silent) to 100 percent</source>
        <translation>Von 0 (stumm) bis 100 Prozent</translation>
    </message>
    <message>
        <source>A voice says which leg and how long to hold, so you need not look at the screen</source>
        <translation>Eine Stimme sagt, welches Bein und wie lange Sie halten, sodass Sie nicht auf den Bildschirm schauen müssen</translation>
    </message>
    <message>
        <source>Seconds to hold each stretch</source>
        <translation>Sekunden, die jede Dehnung gehalten wird</translation>
    </message>
    <message>
        <source>How many times each stretch is done on each leg</source>
        <translation>Wie oft jede Dehnung pro Bein gemacht wird</translation>
    </message>
    <message>
        <source>Seconds to relax between two holds on the same leg</source>
        <translation>Sekunden Entspannung zwischen zwei Dehnungen am selben Bein</translation>
    </message>
    <message>
        <source>Use stretches from a FootCoach routine file your therapist gave you</source>
        <translation>Dehnübungen aus einer FootCoach-Übungsplan-Datei von Ihrem Therapeuten verwenden</translation>
    </message>
    <message>
        <source>Go back to the calf, hamstring and plantar fascia stretches</source>
        <translation>Zurück zu Wadendehnung, Dehnung der Oberschenkelrückseite und Dehnung der Plantarfaszie</translation>
    </message>
    <message>
        <source>Extra large text during a session, to read from farther away</source>
        <translation>Extragroße Schrift während der Einheit, zum Lesen aus größerer Entfernung</translation>
    </message>
    <message>
        <source>Makes the leg, the countdown labels and the steps bigger</source>
        <translation>Vergrößert die Beinanzeige, die Countdown-Beschriftungen und die Schritte</translation>
    </message>
    <message>
        <source>No speech voice for this language is installed on this computer, so FootCoach plays its tones instead.</source>
        <translation>Auf diesem Computer ist keine Sprachausgabe für diese Sprache installiert, darum spielt FootCoach stattdessen seine Töne.</translation>
    </message>
    <message>
        <source>Start FootCoach when I log in, so reminders come also after a restart</source>
        <translation>FootCoach bei der Anmeldung starten, damit Erinnerungen auch nach einem Neustart kommen</translation>
    </message>
</context>
<context>
    <name>footcoach::SlotGridChart</name>
    <message>
        <source>No days to show.</source>
        <translation>Keine Tage anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n teilweise erledigt</numerusform>
            <numerusform>%n teilweise erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n verpasst</numerusform>
            <numerusform>%n verpasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet due</source>
        <translation>
            <numerusform>%n noch nicht fällig</numerusform>
            <numerusform>%n noch nicht fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 morning</source>
        <translation>%1 morgens</translation>
    </message>
    <message>
        <source>%1 evening</source>
        <translation>%1 abends</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 verpasst</translation>
    </message>
    <message>
        <source>%1 partly done</source>
        <translation>%1 teilweise erledigt</translation>
    </message>
    <message>
        <source>Sessions: %1.</source>
        <translation>Einheiten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n before your first session</source>
        <translation>
            <numerusform>%n vor Ihrer ersten Einheit</numerusform>
            <numerusform>%n vor Ihrer ersten Einheit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::SoundCuePlayer</name>
    <message>
        <source>The sound device is gone. The session goes on with on-screen cues.</source>
        <translation>Das Audiogerät ist nicht mehr verfügbar. Die Einheit geht mit Hinweisen auf dem Bildschirm weiter.</translation>
    </message>
    <message>
        <source>The sound device stopped answering. The session goes on with on-screen cues.</source>
        <translation>Das Tonausgabegerät reagiert nicht mehr. Die Einheit geht mit Hinweisen auf dem Bildschirm weiter.</translation>
    </message>
</context>
<context>
    <name>footcoach::TrayIcon</name>
    <message>
        <source>Start a session now</source>
        <translation>Jetzt eine Einheit beginnen</translation>
    </message>
    <message>
        <source>Open FootCoach</source>
        <translation>FootCoach öffnen</translation>
    </message>
    <message>
        <source>Put off the next reminder</source>
        <translation>Nächste Erinnerung verschieben</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit FootCoach</source>
        <translation>FootCoach beenden</translation>
    </message>
    <message>
        <source>FootCoach</source>
        <translation>FootCoach</translation>
    </message>
</context>
<context>
    <name>footcoach::WeeklyPercentChart</name>
    <message>
        <source>Sessions done</source>
        <translation>Erledigte Einheiten</translation>
    </message>
    <message>
        <source>No weeks to show.</source>
        <translation>Keine Wochen anzuzeigen.</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>bisher</translation>
    </message>
    <message>
        <source>Sessions done so far this week, the week of %1: %2%.</source>
        <translation>Gemachte Einheiten bisher in dieser Woche, der Woche vom %1: %2 %.</translation>
    </message>
    <message>
        <source>Sessions done in the week of %1: %2%.</source>
        <translation>Gemachte Einheiten in der Woche vom %1: %2 %.</translation>
    </message>
    <message>
        <source>%1% so far</source>
        <translation>bisher %1 %</translation>
    </message>
    <message>
        <source>Sessions done per week, of those due, from the week of %1 to the week of %2: %3.</source>
        <translation>Gemachte Einheiten pro Woche, von den fälligen, von der Woche vom %1 bis zur Woche vom %2: %3.</translation>
    </message>
</context>
<context>
    <name>footcoach::WindowReminderNotifier</name>
    <message>
        <source>FootCoach reminder</source>
        <translation>FootCoach-Erinnerung</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>Diesmal auslassen</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>In %n Minute</numerusform>
            <numerusform>In %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Open FootCoach and begin the session</source>
        <translation>FootCoach öffnen und die Einheit beginnen</translation>
    </message>
    <message>
        <source>No reminder again for this session today</source>
        <translation>Heute keine weitere Erinnerung an diese Einheit</translation>
    </message>
    <message>
        <source>Remind me again in a few minutes (also Esc)</source>
        <translation>In ein paar Minuten erneut erinnern (auch mit Esc)</translation>
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
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Before your first session</source>
        <translation>Vor Ihrer ersten Einheit</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg (was %1)</source>
        <translation>
            <numerusform>einmal pro Bein (vorher %1)</numerusform>
            <numerusform>%n-mal pro Bein (vorher %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times (was %1)</source>
        <translation>
            <numerusform>einmal (vorher %1)</numerusform>
            <numerusform>%n-mal (vorher %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n s (was %1 s)</source>
        <translation>
            <numerusform>%n s halten (vorher %1 s)</numerusform>
            <numerusform>%n s halten (vorher %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s counts as done (was %1 s)</source>
        <translation>
            <numerusform>ab %n s als erledigt gezählt (vorher %1 s)</numerusform>
            <numerusform>ab %n s als erledigt gezählt (vorher %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rest %n s between holds (was %1 s)</source>
        <translation>
            <numerusform>%n s Pause zwischen den Dehnungen (vorher %1 s)</numerusform>
            <numerusform>%n s Pause zwischen den Dehnungen (vorher %1 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>a new version of the built-in routine (version %1, was %2)</source>
        <translation>eine neue Fassung der mitgelieferten Übungsfolge (Fassung %1, vorher %2)</translation>
    </message>
    <message>
        <source>a new version of the routine (version %1, was %2)</source>
        <translation>eine neue Fassung der Übungsfolge (Fassung %1, vorher %2)</translation>
    </message>
    <message>
        <source>the built-in routine (was routine file %1)</source>
        <translation>die mitgelieferte Übungsfolge (vorher Datei %1)</translation>
    </message>
    <message>
        <source>routine file %1 (was the built-in)</source>
        <translation>Übungsdatei %1 (vorher die mitgelieferte Übungsfolge)</translation>
    </message>
    <message>
        <source>routine file %1 (was %2)</source>
        <translation>Übungsdatei %1 (vorher %2)</translation>
    </message>
    <message>
        <source>new move: %1</source>
        <translation>neue Übung: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no longer: %1</source>
        <translation>entfällt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n moves (was %1)</source>
        <translation>
            <numerusform>eine Übung (vorher %1)</numerusform>
            <numerusform>%n Übungen (vorher %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the routine changed</source>
        <translation>die Übungsfolge wurde geändert</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Ab %1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg</source>
        <translation>
            <numerusform>einmal pro Bein</numerusform>
            <numerusform>%n-mal pro Bein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on the left leg</source>
        <translation>
            <numerusform>einmal am linken Bein</numerusform>
            <numerusform>%n-mal am linken Bein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on the right leg</source>
        <translation>
            <numerusform>einmal am rechten Bein</numerusform>
            <numerusform>%n-mal am rechten Bein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n s</source>
        <translation>
            <numerusform>%n s halten</numerusform>
            <numerusform>%n s halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n s counts as done)</source>
        <translation>
            <numerusform>(ab %n s als erledigt gezählt)</numerusform>
            <numerusform>(ab %n s als erledigt gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <source>Switch to the left leg</source>
        <translation>Wechseln Sie zum linken Bein</translation>
    </message>
    <message>
        <source>Switch to the right leg</source>
        <translation>Wechseln Sie zum rechten Bein</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Bein wechseln</translation>
    </message>
    <message numerus="yes">
        <source>Get ready: the session starts in %n seconds</source>
        <translation>
            <numerusform>Machen Sie sich bereit: Die Einheit beginnt in %n Sekunde</numerusform>
            <numerusform>Machen Sie sich bereit: Die Einheit beginnt in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: get into position</source>
        <translation>%1. %2: in Position gehen</translation>
    </message>
    <message numerus="yes">
        <source>%1, rep %2 of %3: hold for %n seconds</source>
        <translation>
            <numerusform>%1, Wiederholung %2 von %3: %n Sekunde halten</numerusform>
            <numerusform>%1, Wiederholung %2 von %3: %n Sekunden halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relax for %n seconds</source>
        <translation>
            <numerusform>%n Sekunde entspannen</numerusform>
            <numerusform>%n Sekunden entspannen</numerusform>
        </translation>
    </message>
    <message>
        <source>All done: the session is over</source>
        <translation>Geschafft: Die Einheit ist zu Ende</translation>
    </message>
    <message>
        <source>Paused: press Space to go on</source>
        <translation>Pause: Mit der Leertaste geht es weiter</translation>
    </message>
    <message numerus="yes">
        <source>Going on: %n seconds left</source>
        <translation>
            <numerusform>Weiter: noch %n Sekunde</numerusform>
            <numerusform>Weiter: noch %n Sekunden</numerusform>
        </translation>
    </message>
</context>
</TS>
