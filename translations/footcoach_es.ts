<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Your history cannot be opened, so sessions will not be saved.

%1</source>
        <translation>No se puede abrir su historial, así que las sesiones no se guardarán.

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
        <translation>Prepárese</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Colóquese en posición</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Cambie de pierna</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>Mantenga el estiramiento</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relájese</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Terminado</translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %n seconds</source>
        <translation>
            <numerusform>Después: mantener %n segundo</numerusform>
            <numerusform>Después: mantener %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: relax for %n seconds</source>
        <translation>
            <numerusform>Después: relajarse %n segundo</numerusform>
            <numerusform>Después: relajarse %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Next: switch to the other leg</source>
        <translation>Después: cambio de pierna</translation>
    </message>
    <message>
        <source>Next: finished</source>
        <translation>Después: fin</translation>
    </message>
</context>
<context>
    <name>footcoach::AppController</name>
    <message>
        <source>Next reminder: today at %1</source>
        <translation>Próximo recordatorio: hoy a las %1</translation>
    </message>
    <message>
        <source>Next reminder: tomorrow at %1</source>
        <translation>Próximo recordatorio: mañana a las %1</translation>
    </message>
    <message>
        <source>Next reminder: %1 at %2</source>
        <translation>Próximo recordatorio: el %1 a las %2</translation>
    </message>
    <message>
        <source>Your routine file cannot be used, so the standard routine is shown: %1</source>
        <translation>Su archivo de rutina no se puede usar, así que se muestra la rutina estándar: %1</translation>
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
        <translation>FootCoach sigue en marcha para poder recordarle sus estiramientos. Su pequeño icono está en la bandeja del panel de su escritorio: haga clic en él para volver a abrir FootCoach.

Para cerrar FootCoach del todo, elija «Salir de FootCoach» en el menú de ese icono, o Salir en el menú Archivo de su ventana.</translation>
    </message>
    <message>
        <source>FootCoach is still running, without a window, so that it can remind you of your stretches. The reminders come as notifications.

To open FootCoach again, start it as usual, for example from your applications menu. To quit it, open it and choose Quit in the File menu.</source>
        <translation>FootCoach sigue en marcha, sin ventana, para poder recordarle sus estiramientos. Los recordatorios llegan como notificaciones.

Para volver a abrir FootCoach, inícielo como siempre, por ejemplo desde el menú de aplicaciones. Para cerrarlo del todo, ábralo y elija Salir en el menú Archivo.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>OK, keep reminding me</source>
        <translation>De acuerdo, siga recordándome</translation>
    </message>
    <message>
        <source>&amp;Quit FootCoach</source>
        <translation>&amp;Salir de FootCoach</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>Reminders are off. To be reminded every morning and evening, turn them on in Settings, Reminders.</source>
        <translation>Los recordatorios están desactivados. Para que se le recuerde cada mañana y cada noche, actívelos en Configuración, Recordatorios.</translation>
    </message>
    <message>
        <source>%1. FootCoach reminds you while it runs, also with its window closed. To be reminded after a restart too, turn on &quot;Start FootCoach when I log in&quot; in Settings, General.</source>
        <translation>%1. FootCoach le avisa mientras está en marcha, también con la ventana cerrada. Para recibir avisos también después de reiniciar, active «Abrir FootCoach al iniciar sesión» en Configuración, General.</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Los recordatorios están desactivados.</translation>
    </message>
</context>
<context>
    <name>footcoach::AppSettings</name>
    <message>
        <source>Your settings file could not be read, so FootCoach is using its standard settings. The old file is kept as %1.</source>
        <translation>No se pudo leer su archivo de configuración, así que FootCoach usa la configuración estándar. El archivo anterior se conserva como %1.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so FootCoach is using its standard settings for now.</source>
        <translation>No se pudo leer su archivo de configuración, así que FootCoach usa por ahora la configuración estándar.</translation>
    </message>
</context>
<context>
    <name>footcoach::BackupManager</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>no se puede crear la carpeta de copias de seguridad %1</translation>
    </message>
    <message>
        <source>the new backup did not verify: %1</source>
        <translation>la nueva copia de seguridad no pasó la comprobación: %1</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>no se puede guardar la copia de seguridad %1</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>el archivo %1</translation>
    </message>
    <message>
        <source>it is not a FootCoach history</source>
        <translation>el archivo no es un historial de FootCoach</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>comprobación del archivo: %1</translation>
    </message>
    <message>
        <source>cannot put the restored history in place</source>
        <translation>no se puede poner en su sitio el historial restaurado</translation>
    </message>
</context>
<context>
    <name>footcoach::ChartsHistoryScreen</name>
    <message>
        <source>Stopped early</source>
        <translation>Terminada antes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <source>Returns to today&apos;s sessions</source>
        <translation>Vuelve a las sesiones de hoy</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Su historial</translation>
    </message>
    <message>
        <source>Your stretching record starts with your first session</source>
        <translation>Su registro de estiramientos empieza con su primera sesión</translation>
    </message>
    <message>
        <source>Each morning and evening session you do will show here: a blue tick for a session done, a half-filled circle for one you stopped partway, and a cross for one you missed. Week by week you will see how often you stretched, and how numb your feet felt before and after.

You can print this record for your doctor from the File menu.</source>
        <translation>Aquí aparecerá cada sesión que haga por la mañana y por la noche: una marca azul para una sesión hecha, un círculo medio relleno para una que dejó a medias y una cruz para una que no hizo. Semana a semana verá con qué frecuencia se estiró y cuánto entumecimiento sentía en los pies antes y después.

Puede imprimir este registro para su médico desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Go to today&apos;s session</source>
        <translation>Ir a la sesión de hoy</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Semana anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Semana siguiente ▶</translation>
    </message>
    <message>
        <source>Morning and evening</source>
        <translation>Mañana y noche</translation>
    </message>
    <message>
        <source>How numb your feet felt</source>
        <translation>Cuánto entumecimiento sintió en los pies</translation>
    </message>
    <message>
        <source>Before the session: solid line, round marks. After: dashed line, square marks.</source>
        <translation>Antes de la sesión: línea continua, puntos redondos. Después: línea discontinua, puntos cuadrados.</translation>
    </message>
    <message>
        <source>No sessions were recorded this week.</source>
        <translation>No se registró ninguna sesión esta semana.</translation>
    </message>
    <message>
        <source>Do both of today&apos;s sessions to start a streak.</source>
        <translation>Haga las dos sesiones de hoy para empezar una racha.</translation>
    </message>
    <message>
        <source>This week, %1</source>
        <translation>Esta semana, %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Flecha izquierda</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Flecha derecha</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Inicio</translation>
    </message>
    <message numerus="yes">
        <source>Sessions done, the last %n weeks</source>
        <translation>
            <numerusform>Sesiones hechas en la última semana</numerusform>
            <numerusform>Sesiones hechas en las últimas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days in a row with both sessions done.</source>
        <translation>
            <numerusform>Racha: %n día con las dos sesiones hechas.</numerusform>
            <numerusform>Racha: %n días seguidos con las dos sesiones hechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n still to come this week)</source>
        <translation>
            <numerusform>(falta %n esta semana)</numerusform>
            <numerusform>(faltan %n esta semana)</numerusform>
        </translation>
    </message>
    <message>
        <source>This week&apos;s sessions</source>
        <translation>Las sesiones de esta semana</translation>
    </message>
    <message>
        <source>Sessions in the week of %1</source>
        <translation>Sesiones de la semana del %1</translation>
    </message>
    <message>
        <source>No sessions were recorded in the week of %1.</source>
        <translation>No se registró ninguna sesión en la semana del %1.</translation>
    </message>
    <message>
        <source>No sessions were due yet this week.</source>
        <translation>Esta semana todavía no tocaba ninguna sesión.</translation>
    </message>
    <message numerus="yes">
        <source>So far this week: %1 of %n sessions done (%2%)</source>
        <translation>
            <numerusform>Esta semana hasta ahora: %1 de %n sesión hecha (%2 %)</numerusform>
            <numerusform>Esta semana hasta ahora: %1 de %n sesiones hechas (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions done: %2%</source>
        <translation>
            <numerusform>%1 de %n sesión hecha: %2 %</numerusform>
            <numerusform>%1 de %n sesiones hechas: %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbness
before → after</source>
        <translation>Entumecimiento
antes → después</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <source>Prints the report for your doctor, or saves it as a PDF; you choose the days</source>
        <translation>Imprime el informe para su médico o lo guarda como PDF; usted elige los días</translation>
    </message>
    <message>
        <source>The last bar is this week so far: only the sessions already due are counted.</source>
        <translation>La última barra es esta semana hasta ahora: solo cuentan las sesiones que ya tocaban.</translation>
    </message>
</context>
<context>
    <name>footcoach::CountdownRing</name>
    <message>
        <source>Seconds left</source>
        <translation>Segundos restantes</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::DBusReminderNotifier</name>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>En %n minuto</numerusform>
            <numerusform>En %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>Omitir esta vez</translation>
    </message>
</context>
<context>
    <name>footcoach::DatabaseFile</name>
    <message>
        <source>is empty (zero bytes)</source>
        <translation>está vacío (cero bytes)</translation>
    </message>
    <message>
        <source>is not a FootCoach history (it is not an SQLite database)</source>
        <translation>no es un historial de FootCoach (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>is damaged (its header is not valid)</source>
        <translation>está dañado (su cabecera no es válida)</translation>
    </message>
    <message>
        <source>is damaged (it was cut short)</source>
        <translation>está dañado (está incompleto)</translation>
    </message>
</context>
<context>
    <name>footcoach::ExerciseSheetWriter</name>
    <message>
        <source>The exercise sheet</source>
        <translation>La hoja de ejercicios</translation>
    </message>
    <message>
        <source>Twice a day, in the morning and in the evening. A session takes about %1.</source>
        <translation>Dos veces al día, por la mañana y por la tarde. Cada sesión dura unos %1.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Numb feet make a fall more likely. Do every standing move beside a wall or in a door frame and keep one hand on it the whole time. Stand up and sit down slowly, and wear shoes that hold your feet or stand on a floor that does not slip.</source>
        <translation>Con los pies entumecidos es más fácil caerse. Haga cada ejercicio de pie junto a una pared o en el marco de una puerta y mantenga una mano apoyada todo el tiempo. Levántese y siéntese despacio, y lleve calzado que sujete bien el pie o póngase sobre un suelo que no resbale.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Tick off your sessions</source>
        <translation>Marque sus sesiones</translation>
    </message>
    <message>
        <source>Week starting: ____________________</source>
        <translation>Semana del: ____________________</translation>
    </message>
    <message>
        <source>Exercise sheet from FootCoach %1. Ask your doctor before you change the program.</source>
        <translation>Hoja de ejercicios de FootCoach %1. Consulte a su médico antes de cambiar el programa.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg</source>
        <translation>
            <numerusform>%n vez con cada pierna</numerusform>
            <numerusform>%n veces con cada pierna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times, left leg only</source>
        <translation>
            <numerusform>%n vez, solo la pierna izquierda</numerusform>
            <numerusform>%n veces, solo la pierna izquierda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times, right leg only</source>
        <translation>
            <numerusform>%n vez, solo la pierna derecha</numerusform>
            <numerusform>%n veces, solo la pierna derecha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>hold each stretch %1</source>
        <translation>mantenga cada estiramiento %1</translation>
    </message>
    <message>
        <source>(%1 is enough)</source>
        <translation>(con %1 basta)</translation>
    </message>
    <message>
        <source>rest %1 in between</source>
        <translation>descanse %1 entre medias</translation>
    </message>
    <message>
        <source>Exercise sheet: %1</source>
        <translation>Hoja de ejercicios: %1</translation>
    </message>
</context>
<context>
    <name>footcoach::HistoryStore</name>
    <message>
        <source>open your history</source>
        <translation>abrir su historial</translation>
    </message>
    <message>
        <source>is damaged (it cannot be read)</source>
        <translation>está dañado (no se puede leer)</translation>
    </message>
    <message>
        <source>is not a FootCoach history</source>
        <translation>no es un historial de FootCoach</translation>
    </message>
    <message>
        <source>check your history</source>
        <translation>comprobar su historial</translation>
    </message>
    <message>
        <source>is damaged (its integrity check failed)</source>
        <translation>está dañado (no pasó la comprobación)</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>está dañado</translation>
    </message>
    <message>
        <source>update the history</source>
        <translation>actualizar el historial al nuevo formato</translation>
    </message>
    <message>
        <source>create your history</source>
        <translation>crear su historial</translation>
    </message>
    <message>
        <source>save today&apos;s backup</source>
        <translation>guardar la copia de seguridad de hoy</translation>
    </message>
    <message>
        <source>save the start of your session</source>
        <translation>guardar el inicio de su sesión</translation>
    </message>
    <message>
        <source>save the hold you just finished</source>
        <translation>guardar el estiramiento que acaba de terminar</translation>
    </message>
    <message>
        <source>the hold is incomplete</source>
        <translation>los datos del estiramiento están incompletos</translation>
    </message>
    <message>
        <source>save the end of your session</source>
        <translation>guardar el final de su sesión</translation>
    </message>
    <message>
        <source>the end time is missing</source>
        <translation>falta la hora de fin</translation>
    </message>
    <message>
        <source>that session is not in the history</source>
        <translation>esa sesión no está en el historial</translation>
    </message>
    <message>
        <source>save your check-in</source>
        <translation>guardar su registro de entumecimiento</translation>
    </message>
    <message>
        <source>numbness is rated from 0 to 10</source>
        <translation>el entumecimiento se indica de 0 a 10</translation>
    </message>
    <message>
        <source>save the reminder</source>
        <translation>guardar el recordatorio</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>falta la fecha</translation>
    </message>
    <message>
        <source>save the change of prescription</source>
        <translation>guardar el cambio en su programa</translation>
    </message>
    <message>
        <source>the routine or the date is missing</source>
        <translation>falta la rutina o la fecha</translation>
    </message>
    <message>
        <source>read your reminders</source>
        <translation>leer sus recordatorios</translation>
    </message>
    <message>
        <source>read your history</source>
        <translation>leer su historial</translation>
    </message>
    <message>
        <source>read your check-ins</source>
        <translation>leer sus registros de entumecimiento</translation>
    </message>
    <message>
        <source>export your history</source>
        <translation>exportar su historial</translation>
    </message>
    <message>
        <source>FootCoach could not write the exported history: %1</source>
        <translation>FootCoach no pudo guardar el historial exportado: %1</translation>
    </message>
    <message>
        <source>save to your history</source>
        <translation>guardar en su historial</translation>
    </message>
    <message>
        <source>the session has no routine, date, start time or moves</source>
        <translation>a la sesión le falta la rutina, la fecha, la hora de inicio o los ejercicios</translation>
    </message>
</context>
<context>
    <name>footcoach::HomeView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>How numb do your feet feel right now? (optional)</source>
        <translation>¿Cuánto entumecimiento siente ahora en los pies? (opcional)</translation>
    </message>
    <message>
        <source>Numbness before the session, 0 to 10</source>
        <translation>Entumecimiento antes de la sesión, de 0 a 10</translation>
    </message>
    <message>
        <source>Starts the guided stretching session</source>
        <translation>Empieza la sesión guiada de estiramientos</translation>
    </message>
    <message>
        <source>See your history and print a report…</source>
        <translation>Ver su historial e imprimir un informe…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Your stretches</source>
        <translation>Sus estiramientos</translation>
    </message>
    <message>
        <source>About foot numbness and these stretches</source>
        <translation>Sobre el entumecimiento de los pies y estos estiramientos</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Causes of numb feet, when to see a doctor, and why these stretches help</source>
        <translation>Causas del entumecimiento de los pies, cuándo ir al médico y por qué ayudan estos estiramientos</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg</source>
        <translation>
            <numerusform>%n vez en cada pierna</numerusform>
            <numerusform>%n veces en cada pierna</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, hold %2 seconds each time</source>
        <translation>%1, mantenga %2 segundos cada vez</translation>
    </message>
    <message>
        <source>The whole session takes %1. Do it twice a day, morning and evening.</source>
        <translation>La sesión completa dura %1. Hágala dos veces al día, por la mañana y por la noche.</translation>
    </message>
    <message>
        <source>Morning, %1
%2</source>
        <translation>Mañana, %1
%2</translation>
    </message>
    <message>
        <source>Evening, %1
%2</source>
        <translation>Noche, %1
%2</translation>
    </message>
    <message>
        <source>Start the morning session</source>
        <translation>Empezar la sesión de la mañana</translation>
    </message>
    <message>
        <source>Start the evening session</source>
        <translation>Empezar la sesión de la noche</translation>
    </message>
    <message>
        <source>Optional. Your answer is kept with the session so you can see a trend</source>
        <translation>Opcional. Su respuesta se guarda con la sesión para que pueda ver cómo evoluciona</translation>
    </message>
    <message>
        <source>Start an extra session</source>
        <translation>Empezar una sesión adicional</translation>
    </message>
</context>
<context>
    <name>footcoach::InfoView</name>
    <message>
        <source>About foot numbness</source>
        <translation>Sobre el entumecimiento de los pies</translation>
    </message>
    <message>
        <source>Feet that go numb after you have sat still or crossed your legs for a long time usually wake up again on their own: the blood flow was only squeezed for a while. Numbness that does not pass is different, and it has many possible causes.</source>
        <translation>Cuando los pies se duermen tras pasar mucho tiempo sentado sin moverse o con las piernas cruzadas, lo normal es que se despierten solos: la circulación solo estuvo comprimida un rato. El entumecimiento que no se pasa es distinto y puede tener muchas causas.</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Causas frecuentes</translation>
    </message>
    <message>
        <source>Diabetes, which can damage the nerves of the feet over time.</source>
        <translation>La diabetes, que con el tiempo puede dañar los nervios de los pies.</translation>
    </message>
    <message>
        <source>Too little vitamin B in the body.</source>
        <translation>Falta de vitamina B en el organismo.</translation>
    </message>
    <message>
        <source>Some medicines, and chemotherapy, which can harm the nerves of the hands and feet.</source>
        <translation>Algunos medicamentos, y la quimioterapia, que puede dañar los nervios de las manos y los pies.</translation>
    </message>
    <message>
        <source>Pressure on the nerves where they leave the lower back, for example after a back injury, or from swollen blood vessels, scar tissue, an infection or a growth.</source>
        <translation>Presión sobre los nervios en el punto donde salen de la parte baja de la espalda, por ejemplo tras una lesión de espalda, o por vasos sanguíneos hinchados, tejido cicatricial, una infección o un bulto.</translation>
    </message>
    <message>
        <source>Raynaud&apos;s phenomenon, in which the blood vessels of the toes narrow too much in the cold.</source>
        <translation>El fenómeno de Raynaud, en el que los vasos sanguíneos de los dedos de los pies se estrechan demasiado con el frío.</translation>
    </message>
    <message>
        <source>When to see your doctor</source>
        <translation>Cuándo consultar a su médico</translation>
    </message>
    <message>
        <source>If your feet stay numb for a long time, or the numbness keeps coming back, have a doctor find out why. Also tell your doctor before you start any new exercises, these stretches included.</source>
        <translation>Si los pies se le quedan entumecidos mucho tiempo, o el entumecimiento vuelve una y otra vez, pida a un médico que averigüe la causa. Avise también a su médico antes de empezar cualquier ejercicio nuevo, incluidos estos estiramientos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diabetes:&lt;/b&gt; ask your care team how to keep your blood sugar steady; good control protects the nerves.</source>
        <translation>&lt;b&gt;Diabetes:&lt;/b&gt; pregunte a su equipo médico cómo mantener estable el azúcar en sangre; un buen control protege los nervios.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vitamin B:&lt;/b&gt; if a blood test shows too little, your doctor can plan with you how to bring it back up.</source>
        <translation>&lt;b&gt;Vitamina B:&lt;/b&gt; si un análisis de sangre muestra que le falta, su médico puede planear con usted cómo recuperar el nivel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medicines:&lt;/b&gt; if you think a medicine causes the numbness, do not stop it or change the dose yourself. Talk to your doctor, who may know another option.</source>
        <translation>&lt;b&gt;Medicamentos:&lt;/b&gt; si cree que un medicamento causa el entumecimiento, no lo deje ni cambie la dosis por su cuenta. Hable con su médico, que quizá conozca otra opción.</translation>
    </message>
    <message>
        <source>Why these stretches</source>
        <translation>Por qué estos estiramientos</translation>
    </message>
    <message>
        <source>Studies of people with nerve damage in the feet (peripheral neuropathy) found that regular exercise can ease the symptoms and the pain, and helps to keep blood sugar in check. For people who have had chemotherapy, whose numbness, weakness and unsteadiness make falls more likely, a well-planned exercise program can help too.</source>
        <translation>Estudios con personas con daño en los nervios de los pies (neuropatía periférica) han visto que el ejercicio regular puede aliviar los síntomas y el dolor, y ayuda a mantener el azúcar en sangre bajo control. A quienes han recibido quimioterapia y, por el entumecimiento, la debilidad y la inestabilidad, tienen más riesgo de caerse, también puede ayudarles un programa de ejercicio bien planificado.</translation>
    </message>
    <message>
        <source>The three stretches in FootCoach (calf, seated hamstring and plantar fascia) are gentle flexibility moves. Do each one three times on each leg, holding each stretch for 15 to 20 seconds, twice a day. All together they take about five to ten minutes, and they also make a good warm-up before a walk.</source>
        <translation>Los tres estiramientos de FootCoach (de gemelos, de isquiotibiales sentado y de la fascia plantar) son movimientos suaves de flexibilidad. Haga cada uno tres veces con cada pierna y mantenga cada estiramiento de 15 a 20 segundos, dos veces al día. En total llevan de cinco a diez minutos, y también sirven de calentamiento antes de salir a caminar.</translation>
    </message>
    <message>
        <source>Stretch slowly and never into pain. If a stretch hurts, stop it.</source>
        <translation>Estírese despacio y nunca hasta sentir dolor. Si un estiramiento le duele, déjelo.</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <source>The stretches and how often to do them are those recommended by the Foundation for Peripheral Neuropathy (FPN). The causes of numbness follow the U.S. National Library of Medicine (NLM) and the American Academy of Orthopaedic Surgeons; the note on chemotherapy and falls follows an article in the Oncology Nursing Forum (September 2012). FootCoach does not replace your doctor&apos;s advice.</source>
        <translation>Los estiramientos y la frecuencia con que hacerlos son los que recomienda la Foundation for Peripheral Neuropathy (FPN, una fundación estadounidense). Las causas del entumecimiento siguen a la U.S. National Library of Medicine (NLM, la Biblioteca Nacional de Medicina de EE. UU.) y a la American Academy of Orthopaedic Surgeons (sociedad estadounidense de cirujanos ortopédicos); la nota sobre la quimioterapia y las caídas sigue un artículo del Oncology Nursing Forum (septiembre de 2012). FootCoach no sustituye el consejo de su médico.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Volver</translation>
    </message>
    <message>
        <source>Return to the start screen</source>
        <translation>Volver a la pantalla de inicio</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Information on causes of foot numbness and on the stretches</source>
        <translation>Información sobre las causas del entumecimiento de los pies y sobre los estiramientos</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation>&amp;Exportar el historial como CSV…</translation>
    </message>
    <message>
        <source>&amp;Print report for your doctor…</source>
        <translation>&amp;Imprimir un informe para su médico…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About foot &amp;numbness</source>
        <translation>Sobre el &amp;entumecimiento de los pies</translation>
    </message>
    <message>
        <source>&amp;About FootCoach</source>
        <translation>&amp;Acerca de FootCoach</translation>
    </message>
    <message>
        <source>Both of today&apos;s sessions are done. See you tomorrow!</source>
        <translation>Las dos sesiones de hoy están hechas. ¡Hasta mañana!</translation>
    </message>
    <message>
        <source>Your morning session is due.</source>
        <translation>Es hora de su sesión de la mañana.</translation>
    </message>
    <message>
        <source>Your evening session is due.</source>
        <translation>Es hora de su sesión de la noche.</translation>
    </message>
    <message>
        <source>No sound is available on this computer. Follow the cues on the screen.</source>
        <translation>No hay sonido disponible en este equipo. Siga las indicaciones de la pantalla.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <source>A session is running. Stop it and close the window? The stretches you finished are saved.</source>
        <translation>Hay una sesión en curso. ¿Detenerla y cerrar la ventana? Los estiramientos que terminó quedan guardados.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>The history could not be written to %1.</source>
        <translation>No se pudo guardar el historial en %1.</translation>
    </message>
    <message>
        <source>History exported to %1</source>
        <translation>Historial exportado a %1</translation>
    </message>
    <message>
        <source>About FootCoach</source>
        <translation>Acerca de FootCoach</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;FootCoach %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gentle guided stretches for numb feet, twice a day.&lt;/p&gt;&lt;p&gt;Your history stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FootCoach %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Estiramientos suaves y guiados para pies entumecidos, dos veces al día.&lt;/p&gt;&lt;p&gt;Su historial se queda en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print e&amp;xercise sheet…</source>
        <translation>Imprimir hoja de e&amp;jercicios…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Cerrar la ventana</translation>
    </message>
    <message>
        <source>Extra session – FootCoach</source>
        <translation>Sesión adicional – FootCoach</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>The history screen and printing are not available.</source>
        <translation>El historial y la impresión no están disponibles.</translation>
    </message>
    <message>
        <source>A session started now is an extra one: it counts for neither the morning nor the evening.</source>
        <translation>Una sesión que empiece ahora es adicional: no cuenta ni para la mañana ni para la tarde.</translation>
    </message>
    <message>
        <source>A session started now is an extra one. Sessions count for the morning from %1.</source>
        <translation>Una sesión que empiece ahora es adicional. Para la mañana cuentan las sesiones a partir de las %1.</translation>
    </message>
    <message>
        <source>A session started now is an extra one. Sessions count for the evening from %1.</source>
        <translation>Una sesión que empiece ahora es adicional. Para la tarde cuentan las sesiones a partir de las %1.</translation>
    </message>
</context>
<context>
    <name>footcoach::Migrator</name>
    <message>
        <source>no verified backup could be taken before the upgrade</source>
        <translation>no se pudo hacer una copia de seguridad comprobada antes de la actualización</translation>
    </message>
    <message>
        <source>step to format %1 failed: %2</source>
        <translation>falló el paso al formato %1: %2</translation>
    </message>
    <message>
        <source>rows point at missing rows after the step</source>
        <translation>después del paso, hay filas que apuntan a filas que faltan</translation>
    </message>
</context>
<context>
    <name>footcoach::ModuleLoader</name>
    <message>
        <source>A part of FootCoach is missing: %1 was not found (looked for %2). Reinstalling FootCoach should bring it back.</source>
        <translation>Falta una parte de FootCoach: no se encontró %1 (se buscó %2). Al reinstalar FootCoach debería volver a estar disponible.</translation>
    </message>
    <message>
        <source>A part of FootCoach cannot be loaded: %1</source>
        <translation>No se puede cargar una parte de FootCoach: %1</translation>
    </message>
    <message>
        <source>A part of FootCoach cannot be loaded: %1 belongs to another version of FootCoach. Reinstalling FootCoach should mend it.</source>
        <translation>No se puede cargar una parte de FootCoach: %1 pertenece a otra versión de FootCoach. Reinstalar FootCoach debería arreglarlo.</translation>
    </message>
</context>
<context>
    <name>footcoach::NumbnessBox</name>
    <message>
        <source>Skip this question</source>
        <translation>Omitir esta pregunta</translation>
    </message>
    <message>
        <source>0 – normal feeling</source>
        <translation>0 – sensibilidad normal</translation>
    </message>
    <message>
        <source>10 – no feeling at all</source>
        <translation>10 – ninguna sensibilidad</translation>
    </message>
</context>
<context>
    <name>footcoach::NumbnessChart</name>
    <message>
        <source>Before the session</source>
        <translation>Antes de la sesión</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Después de la sesión</translation>
    </message>
    <message>
        <source>No numbness check-ins in these weeks.</source>
        <translation>Sin registros de entumecimiento en estas semanas.</translation>
    </message>
    <message>
        <source>Numbness from 0 (normal feeling) to 10 (no feeling), on average %1 before the sessions and %2 after (days with a check-in: %3).</source>
        <translation>Entumecimiento de 0 (sensibilidad normal) a 10 (ninguna sensibilidad): en promedio %1 antes de las sesiones y %2 después (días con registro: %3).</translation>
    </message>
</context>
<context>
    <name>footcoach::PlainMessages</name>
    <message>
        <source>The disk is full, so FootCoach could not %1. Free some space on the disk that holds %2 and try again; everything saved before is safe.</source>
        <translation>El disco está lleno, así que FootCoach no pudo %1. Libere espacio en el disco donde está %2 y vuelva a intentarlo; todo lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <source>FootCoach is not allowed to write in %2 (the folder or the history file is read-only), so it could not %1. Everything saved before is safe.</source>
        <translation>FootCoach no tiene permiso para escribir en %2 (la carpeta o el archivo del historial es de solo lectura), así que no pudo %1. Todo lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <source>FootCoach could not open its history in %2, so it could not %1. Check that the folder exists and that you may write in it.</source>
        <translation>FootCoach no pudo abrir el historial en %2, así que no pudo %1. Compruebe que la carpeta existe y que usted puede escribir en ella.</translation>
    </message>
    <message>
        <source>The disk reported an error, so FootCoach could not %1. Everything saved before is safe; if this keeps happening, check the disk that holds %2.</source>
        <translation>El disco informó de un error, así que FootCoach no pudo %1. Todo lo que se guardó antes está a salvo; si esto sigue pasando, revise el disco donde está %2.</translation>
    </message>
    <message>
        <source>Another FootCoach window kept the history busy for too long, so FootCoach could not %1. Please try again.</source>
        <translation>Otra ventana de FootCoach tuvo ocupado el historial demasiado tiempo, así que FootCoach no pudo %1. Vuelva a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>FootCoach found damage in its history file while trying to %1. Restart FootCoach: it will set the damaged file aside and restore the latest backup.</source>
        <translation>FootCoach encontró daños en el archivo del historial al intentar %1. Reinicie FootCoach: apartará el archivo dañado y restaurará la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>FootCoach could not %1 (%2).</source>
        <translation>FootCoach no pudo %1 (%2).</translation>
    </message>
    <message>
        <source>FootCoach cannot write in its data folder %1, so it cannot save your history. Check that the folder exists, that the disk is not full and that you may write in it.</source>
        <translation>FootCoach no puede escribir en su carpeta de datos %1, así que no puede guardar su historial. Compruebe que la carpeta existe, que el disco no está lleno y que usted puede escribir en ella.</translation>
    </message>
    <message>
        <source> (it was last written by %1)</source>
        <translation> (lo guardó por última vez %1)</translation>
    </message>
    <message>
        <source>Your history %1 was saved by a newer FootCoach%2 in history format %3; this FootCoach reads history format %4 and older. Install a FootCoach that reads history format %3 to open it. The file has not been changed.</source>
        <translation>Su historial %1 se guardó con una versión más nueva de FootCoach%2 en el formato de historial %3; esta versión de FootCoach solo lee hasta el formato de historial %4. Para abrirlo, instale una versión de FootCoach que lea el formato de historial %3. El archivo no se ha cambiado.</translation>
    </message>
    <message>
        <source>FootCoach could not use your history file because it %1. It moved the file aside to %2 and restored the backup from %3. Anything recorded after that backup is not in the restored history; the old file is kept in case you need it.</source>
        <translation>FootCoach no pudo usar su archivo de historial porque el archivo %1. Lo movió a %2 y restauró la copia de seguridad del %3. Lo que se registró después de esa copia no está en el historial restaurado; el archivo anterior se conserva por si lo necesita.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the date of a backup</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>FootCoach could not use your history file because it %1. It moved the file aside to %2 and started a new, empty history, because there was no backup to restore. The old file is kept in case you need it.</source>
        <translation>FootCoach no pudo usar su archivo de historial porque el archivo %1. Lo movió a %2 y empezó un historial nuevo y vacío, porque no había ninguna copia de seguridad que restaurar. El archivo anterior se conserva por si lo necesita.</translation>
    </message>
    <message>
        <source>FootCoach cannot use your history file %1 because it %2, and it could not move the file aside to start again. Check that you may write in its folder.</source>
        <translation>FootCoach no puede usar su archivo de historial %1 porque el archivo %2, y no pudo apartarlo para empezar de nuevo. Compruebe que usted puede escribir en la carpeta de ese archivo.</translation>
    </message>
    <message>
        <source>FootCoach could not save today&apos;s backup of your history: %1 Your history itself is fine; FootCoach will try again next time.</source>
        <translation>FootCoach no pudo guardar la copia de seguridad de hoy de su historial: %1 Su historial en sí está bien; FootCoach lo volverá a intentar la próxima vez.</translation>
    </message>
    <message>
        <source>FootCoach could not update your history to its new format (%1). The history was left as it was; a copy is in %2.</source>
        <translation>FootCoach no pudo actualizar su historial al nuevo formato (%1). El historial se quedó como estaba; hay una copia en %2.</translation>
    </message>
    <message>
        <source>The history is not open, so nothing can be saved.</source>
        <translation>El historial no está abierto, así que no se puede guardar nada.</translation>
    </message>
    <message>
        <source>FootCoach could not %1: %2.</source>
        <translation>FootCoach no pudo %1: %2.</translation>
    </message>
</context>
<context>
    <name>footcoach::PrintChoiceDialog</name>
    <message>
        <source>Print… sends it to a printer. Save as PDF… keeps it as a file that you can print later or send to your doctor.</source>
        <translation>«Imprimir…» lo envía a una impresora. «Guardar como PDF…» lo guarda en un archivo que puede imprimir más tarde o enviar a su médico.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Chooses a printer and prints</source>
        <translation>Elige una impresora e imprime</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Saves a PDF file in a folder you choose</source>
        <translation>Guarda un archivo PDF en la carpeta que usted elija</translation>
    </message>
    <message>
        <source>Closes this window without printing</source>
        <translation>Cierra esta ventana sin imprimir</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se ha impreso</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer.</source>
        <translation>No se pudo enviar el documento a la impresora.</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Enviado a la impresora %1.</translation>
    </message>
    <message>
        <source>Printed to the file %1.</source>
        <translation>Impreso en el archivo %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>No se pudo guardar el PDF en %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The PDF is saved as %1.</source>
        <translation>El PDF se ha guardado como %1.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Abrirlo</translation>
    </message>
    <message>
        <source>Cannot open it</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The file is saved as %1.</source>
        <translation>No se encontró ningún programa para ver archivos PDF. El archivo está guardado como %1.</translation>
    </message>
</context>
<context>
    <name>footcoach::ReminderPresenter</name>
    <message>
        <source>Time for your morning stretches</source>
        <translation>Es hora de sus estiramientos de la mañana</translation>
    </message>
    <message>
        <source>Time for your evening stretches</source>
        <translation>Es hora de sus estiramientos de la noche</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes at your desk: calf, hamstring and foot stretches.</source>
        <translation>
            <numerusform>Más o menos %n minuto junto a su mesa: estiramientos de gemelos, isquiotibiales y planta del pie.</numerusform>
            <numerusform>Unos %n minutos junto a su mesa: estiramientos de gemelos, isquiotibiales y planta del pie.</numerusform>
        </translation>
    </message>
    <message>
        <source>This reminder comes later than planned. </source>
        <translation>Este recordatorio llega más tarde de lo previsto. </translation>
    </message>
</context>
<context>
    <name>footcoach::RemindersQuestion</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Shall FootCoach remind you every morning and evening?</source>
        <translation>¿Quiere que FootCoach le avise cada mañana y cada noche?</translation>
    </message>
    <message>
        <source>If you say yes, FootCoach starts by itself, without a window, each time you log in, so the reminders come also after you restart the computer.

If you say no, they come only while FootCoach is running.

You can change this at any time in Settings, General.</source>
        <translation>Si responde que sí, FootCoach se inicia solo, sin ventana, cada vez que inicie sesión, así que los avisos llegan también después de reiniciar el ordenador.

Si responde que no, solo llegan mientras FootCoach esté en marcha.

Puede cambiarlo cuando quiera en Configuración, General.</translation>
    </message>
    <message>
        <source>&amp;Yes, remind me</source>
        <translation>&amp;Sí, avíseme</translation>
    </message>
    <message>
        <source>FootCoach will start by itself when you log in</source>
        <translation>FootCoach se iniciará solo al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;No, only while FootCoach runs</source>
        <translation>&amp;No, solo mientras esté en marcha</translation>
    </message>
    <message>
        <source>FootCoach will not start by itself when you log in</source>
        <translation>FootCoach no se iniciará solo al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>footcoach::ReportBuilder</name>
    <message>
        <source>Twice a day, morning and evening; about %1 a session.</source>
        <translation>Dos veces al día, por la mañana y por la noche; unos %1 por sesión.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Sessions by week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Sessions by month</source>
        <translation>Sesiones por mes</translation>
    </message>
    <message>
        <source>Sessions by year</source>
        <translation>Sesiones por año</translation>
    </message>
</context>
<context>
    <name>footcoach::ReportRangeBox</name>
    <message>
        <source>Which days</source>
        <translation>Qué días</translation>
    </message>
    <message>
        <source>The last &amp;4 weeks</source>
        <translation>Las últimas &amp;4 semanas</translation>
    </message>
    <message>
        <source>This week and the three before it</source>
        <translation>Esta semana y las tres anteriores</translation>
    </message>
    <message>
        <source>The last &amp;3 months</source>
        <translation>Los últimos &amp;3 meses</translation>
    </message>
    <message>
        <source>From the same day three months ago to today</source>
        <translation>Desde el mismo día de hace tres meses hasta hoy</translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>From the day you choose to today</source>
        <translation>Desde el día que elija hasta hoy</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>E&amp;ntre</translation>
    </message>
    <message>
        <source>From one day you choose to another</source>
        <translation>De un día que elija a otro</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Primer día del informe</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Último día del informe</translation>
    </message>
    <message>
        <source>to</source>
        <translation>y</translation>
    </message>
    <message numerus="yes">
        <source>The report covers %1 to %2 (%n days).</source>
        <translation>
            <numerusform>El informe abarca del %1 al %2 (%n día).</numerusform>
            <numerusform>El informe abarca del %1 al %2 (%n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day must not come after the last day.</source>
        <translation>El primer día no puede ser posterior al último.</translation>
    </message>
</context>
<context>
    <name>footcoach::ReportWriter</name>
    <message>
        <source>Stretching record %1 to %2</source>
        <translation>Registro de estiramientos del %1 al %2</translation>
    </message>
    <message>
        <source>Made with FootCoach %1 from the record kept on the patient&apos;s computer.</source>
        <translation>Creado con FootCoach %1 a partir del registro guardado en el equipo del paciente.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Stretching record: %1</source>
        <translation>Registro de estiramientos: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3). Printed %4.</source>
        <translation>Periodo: del %1 al %2 (%3). Impreso el %4.</translation>
    </message>
    <message>
        <source>The record starts on %1, the day of the first session; the days before it are not counted.</source>
        <translation>El registro empieza el %1, el día de la primera sesión; los días anteriores no se cuentan.</translation>
    </message>
    <message>
        <source>Name: ________________________________    Date of birth: ________________</source>
        <translation>Nombre: ______________________________    Fecha de nacimiento: ______________</translation>
    </message>
    <message>
        <source>No sessions have been recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna sesión.</translation>
    </message>
    <message>
        <source>No sessions were due in this period yet.</source>
        <translation>En este periodo todavía no tocaba ninguna sesión.</translation>
    </message>
    <message>
        <source>Sessions done: %1 of %2 (%3)</source>
        <translation>Sesiones hechas: %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Partly done: %1    Missed: %2    Stretches held: %3</source>
        <translation>Hechas en parte: %1    No hechas: %2    Estiramientos mantenidos: %3</translation>
    </message>
    <message>
        <source>Numbness: no check-ins in this period.</source>
        <translation>Entumecimiento: sin registros en este periodo.</translation>
    </message>
    <message>
        <source>Prescribed program</source>
        <translation>Programa prescrito</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No changes to the program in this period.</source>
        <translation>Sin cambios en el programa en este periodo.</translation>
    </message>
    <message>
        <source>Changes in this period:</source>
        <translation>Cambios en este periodo:</translation>
    </message>
    <message>
        <source>Sessions
done</source>
        <translation>Sesiones
hechas</translation>
    </message>
    <message>
        <source>Partly
done</source>
        <translation>Hechas
en parte</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No hechas</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
    <message>
        <source>Stretches
held</source>
        <translation>Estiramientos
mantenidos</translation>
    </message>
    <message>
        <source>Numbness
before → after</source>
        <translation>Entumecimiento
antes → después</translation>
    </message>
    <message>
        <source>Nothing is recorded yet. The table fills in from the first session.</source>
        <translation>Todavía no hay nada registrado. La tabla se irá llenando desde la primera sesión.</translation>
    </message>
    <message>
        <source>No sessions were recorded in this period.</source>
        <translation>No se registró ninguna sesión en este periodo.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Adherence: sessions done of the two a day the program asks for.</source>
        <translation>Adherencia: sesiones hechas de las dos diarias que pide el programa.</translation>
    </message>
    <message>
        <source>Morning and evening, the last four weeks</source>
        <translation>Mañana y noche, las últimas cuatro semanas</translation>
    </message>
    <message>
        <source>Morning and evening, day by day</source>
        <translation>Mañana y noche, día a día</translation>
    </message>
    <message>
        <source>Numbness before and after the sessions</source>
        <translation>Entumecimiento antes y después de las sesiones</translation>
    </message>
    <message>
        <source>No numbness check-ins were recorded in this period.</source>
        <translation>En este periodo no se registró el entumecimiento.</translation>
    </message>
    <message>
        <source>Each point is the average of a week&apos;s check-ins: 0 is normal feeling, 10 no feeling at all.</source>
        <translation>Cada punto es el promedio de los registros de una semana: 0 es sensibilidad normal, 10 ninguna sensibilidad.</translation>
    </message>
    <message>
        <source>Each point is the average of a day&apos;s check-ins: 0 is normal feeling, 10 no feeling at all.</source>
        <translation>Cada punto es el promedio de los registros de un día: 0 es sensibilidad normal, 10 ninguna sensibilidad.</translation>
    </message>
    <message>
        <source>Missed or partly done sessions: %1</source>
        <translation>Sesiones no hechas o hechas en parte: %1</translation>
    </message>
    <message>
        <source>None: every session was done.</source>
        <translation>Ninguna: se hicieron todas las sesiones.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>por la mañana</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>por la noche</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no hecha</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n sessions still to come are not counted.</source>
        <translation>
            <numerusform>La sesión que aún falta no se cuenta.</numerusform>
            <numerusform>Las %n sesiones que aún faltan no se cuentan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier ones are left out here; the CSV export lists every session.</source>
        <translation>
            <numerusform>Aquí se omite %n anterior; la exportación CSV incluye todas las sesiones.</numerusform>
            <numerusform>Aquí se omiten %n anteriores; la exportación CSV incluye todas las sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbness, average from 0 (normal feeling) to 10 (no feeling): %1 before sessions, %2 after (%n check-ins).</source>
        <translation>
            <numerusform>Entumecimiento, promedio de 0 (sensibilidad normal) a 10 (ninguna sensibilidad): %1 antes de las sesiones, %2 después (%n registro).</numerusform>
            <numerusform>Entumecimiento, promedio de 0 (sensibilidad normal) a 10 (ninguna sensibilidad): %1 antes de las sesiones, %2 después (%n registros).</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly done shows the stretches held of those the session asked for.</source>
        <translation>En «en parte» se indica cuántos de los estiramientos previstos en esa sesión se mantuvieron.</translation>
    </message>
    <message>
        <source>The report for your doctor</source>
        <translation>El informe para su médico</translation>
    </message>
    <message numerus="yes">
        <source>Extra sessions, outside the morning and evening times: %n</source>
        <translation>
            <numerusform>Sesión adicional, fuera de las horas de mañana y tarde: %n</numerusform>
            <numerusform>Sesiones adicionales, fuera de las horas de mañana y tarde: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::RoutineLoader</name>
    <message>
        <source>%1: at %2: %3</source>
        <translation>%1: en %2: %3</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>no es una clave conocida</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>debe estar entre %1 y %2 (ahora es %3)</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una lista (un array JSON)</translation>
    </message>
    <message>
        <source>must have at least %1 entries</source>
        <translation>tiene muy pocos elementos (al menos %1)</translation>
    </message>
    <message>
        <source>must have at most %1 entries</source>
        <translation>tiene demasiados elementos (como máximo %1)</translation>
    </message>
    <message>
        <source>must be an object of language codes</source>
        <translation>debe ser un objeto con códigos de idioma</translation>
    </message>
    <message>
        <source>is not a language code such as &quot;de&quot; or &quot;pt_BR&quot;</source>
        <translation>no es un código de idioma como &quot;de&quot; o &quot;pt_BR&quot;</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>may hold only lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>solo puede contener letras minúsculas, cifras, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be &quot;left&quot;, &quot;right&quot; or &quot;both&quot;</source>
        <translation>debe ser &quot;left&quot;, &quot;right&quot; o &quot;both&quot;</translation>
    </message>
    <message>
        <source>names the same side twice</source>
        <translation>indica el mismo lado dos veces</translation>
    </message>
    <message>
        <source>&quot;both&quot; cannot be combined with a side</source>
        <translation>&quot;both&quot; no se puede combinar con un lado</translation>
    </message>
    <message>
        <source>must be &quot;footcoach-routine&quot;</source>
        <translation>debe ser &quot;footcoach-routine&quot;</translation>
    </message>
    <message>
        <source>is %1, but this FootCoach reads routine format versions up to %2; a newer FootCoach is needed</source>
        <translation>es %1, pero esta versión de FootCoach solo lee el formato de rutina hasta la versión %2; hace falta una versión más nueva de FootCoach</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier exercise</source>
        <translation>&quot;%1&quot; ya lo usa un ejercicio anterior</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>el archivo ocupa más de 1 MiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>el anidamiento tiene más de %1 niveles</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>no es JSON válido en el byte %1: %2</translation>
    </message>
</context>
<context>
    <name>footcoach::SafetyNote</name>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Hide this safety note from now on</source>
        <translation>Ocultar este aviso de seguridad a partir de ahora</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>Before you begin, ask your doctor whether these stretches suit you. Stretch gently: if a stretch hurts, stop it. Feet that feel numb make a fall more likely, so keep your balance: do the standing stretches next to a wall or in a door frame and hold on to it. Numbness that lasts or keeps coming back needs a doctor&apos;s look. Never change or stop a medicine on your own; talk to your doctor first.</source>
        <translation>Antes de empezar, pregunte a su médico si estos estiramientos son adecuados para usted. Estírese con suavidad: si un estiramiento le duele, déjelo. Con los pies entumecidos es más fácil caerse, así que cuide el equilibrio: haga los estiramientos de pie junto a una pared o en el marco de una puerta y agárrese a él. El entumecimiento que dura o vuelve una y otra vez debe verlo un médico. Nunca cambie ni deje un medicamento por su cuenta; hable antes con su médico.</translation>
    </message>
    <message>
        <source>Ask your doctor first. Stop a stretch that hurts, and hold on to a wall when you stand.</source>
        <translation>Consulte antes a su médico. Deje un estiramiento si le duele y, de pie, sujétese a una pared.</translation>
    </message>
</context>
<context>
    <name>footcoach::SessionController</name>
    <message>
        <source>This session cannot be saved: %1</source>
        <translation>Esta sesión no se puede guardar: %1</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>No se pudo guardar su respuesta: %1</translation>
    </message>
    <message>
        <source>Saving to your history failed: %1 The session goes on.</source>
        <translation>No se pudo guardar en su historial: %1 La sesión continúa.</translation>
    </message>
    <message>
        <source>Get ready. The session starts in a few seconds.</source>
        <translation>Prepárese. La sesión empieza en unos segundos.</translation>
    </message>
    <message>
        <source>%1. %2 Get into position.</source>
        <translation>%1. %2 Colóquese en posición.</translation>
    </message>
    <message>
        <source>Switch legs. %1 Get into position.</source>
        <translation>Cambie de pierna. %1 Colóquese en posición.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Hold for %n seconds.</source>
        <translation>
            <numerusform>%1 Mantenga %n segundo.</numerusform>
            <numerusform>%1 Mantenga %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Mantenga %n segundo.</numerusform>
            <numerusform>Mantenga %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>And relax.</source>
        <translation>Y relájese.</translation>
    </message>
    <message>
        <source>Well done. That is the whole session.</source>
        <translation>Muy bien. Ha terminado la sesión.</translation>
    </message>
</context>
<context>
    <name>footcoach::SessionProgress</name>
    <message>
        <source>%1 % done</source>
        <translation>%1 % hecho</translation>
    </message>
</context>
<context>
    <name>footcoach::SessionSummaryPage</name>
    <message>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Volver a la pantalla de inicio</translation>
    </message>
    <message>
        <source>Saves your answer, if any, and shows the start screen</source>
        <translation>Guarda su respuesta, si la hay, y muestra la pantalla de inicio</translation>
    </message>
    <message>
        <source>How numb do your feet feel now? (optional)</source>
        <translation>¿Y ahora, cuánto entumecimiento siente en los pies? (opcional)</translation>
    </message>
    <message>
        <source>Numbness after the session, 0 to 10</source>
        <translation>Entumecimiento después de la sesión, de 0 a 10</translation>
    </message>
    <message>
        <source>Optional. Compare it with how you felt before</source>
        <translation>Opcional. Compárelo con cómo se sentía antes</translation>
    </message>
    <message numerus="yes">
        <source>You finished %1 of %n holds.</source>
        <translation>
            <numerusform>Ha completado %1 de %n estiramiento.</numerusform>
            <numerusform>Ha completado %1 de %n estiramientos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is saved as a partly done session.</source>
        <translation>Se guarda como sesión hecha en parte.</translation>
    </message>
    <message>
        <source>Your session is saved.</source>
        <translation>Su sesión está guardada.</translation>
    </message>
</context>
<context>
    <name>footcoach::SessionView</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Steps of this stretch</source>
        <translation>Pasos de este estiramiento</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Saltar ▶</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Barra espaciadora</translation>
    </message>
    <message>
        <source>Right arrow or N</source>
        <translation>Flecha derecha o N</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Go back to the start of this step, or to the one before</source>
        <translation>Volver al inicio de este paso o al anterior</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Pasar al siguiente paso</translation>
    </message>
    <message>
        <source>End the session early; what you did is kept</source>
        <translation>Terminar la sesión antes; lo que hizo se conserva</translation>
    </message>
    <message>
        <source>%1 · exercise %2 of %3</source>
        <translation>%1 · ejercicio&#xa0;%2&#xa0;de&#xa0;%3</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>▶ Continue</source>
        <translation>▶ Continuar</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Empezar</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <source>Stop here? The stretches you finished stay in your history.</source>
        <translation>¿Parar aquí? Los estiramientos que terminó se quedan en su historial.</translation>
    </message>
    <message>
        <source>The step to do now is selected</source>
        <translation>El paso que toca ahora está marcado</translation>
    </message>
    <message>
        <source>Pause or continue the countdown</source>
        <translation>Pausar o continuar la cuenta atrás</translation>
    </message>
    <message>
        <source>%1, exercise %2 of %3</source>
        <translation>%1, ejercicio %2 de %3</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Press Space to go on</source>
        <translation>Pulse la barra espaciadora para seguir</translation>
    </message>
    <message>
        <source>Sitting or standing at ease</source>
        <translation>Sentado o de pie, en reposo</translation>
    </message>
</context>
<context>
    <name>footcoach::SettingsDialog</name>
    <message>
        <source>FootCoach settings</source>
        <translation>Configuración de FootCoach</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Sound and voice</source>
        <translation>&amp;Sonido y voz</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Remind me in the morning at</source>
        <translation>Recordarme por la mañana a las</translation>
    </message>
    <message>
        <source>Remind me in the evening at</source>
        <translation>Recordarme por la noche a las</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Hora del recordatorio de la mañana</translation>
    </message>
    <message>
        <source>Evening reminder time</source>
        <translation>Hora del recordatorio de la noche</translation>
    </message>
    <message>
        <source>When I put a reminder off, remind me again after</source>
        <translation>Si pospongo un recordatorio, volver a avisarme en</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Play sound cues during a session and with reminders</source>
        <translation>Reproducir avisos sonoros durante la sesión y con los recordatorios</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>Volume of the sound cues</source>
        <translation>Volumen de los avisos sonoros</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Speak the instructions aloud</source>
        <translation>Leer las instrucciones en voz alta</translation>
    </message>
    <message>
        <source>Change these only as your doctor or therapist advised. Every change is noted in your history with its date.</source>
        <translation>Cambie estos valores solo si se lo indicó su médico o terapeuta. Cada cambio queda anotado con su fecha en su historial.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Hold each stretch for:</source>
        <translation>&amp;Mantener cada estiramiento:</translation>
    </message>
    <message>
        <source>&amp;Repetitions on each leg:</source>
        <translation>Repet&amp;iciones en cada pierna:</translation>
    </message>
    <message>
        <source>R&amp;est between repetitions:</source>
        <translation>&amp;Descanso entre repeticiones:</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Open a routine file…</source>
        <translation>Abrir un archivo de rutina…</translation>
    </message>
    <message>
        <source>Use the standard routine</source>
        <translation>Usar la rutina estándar</translation>
    </message>
    <message>
        <source>The standard routine: calf, seated hamstring and plantar fascia stretches.</source>
        <translation>La rutina estándar: estiramiento de gemelos, de isquiotibiales sentado y de la fascia plantar.</translation>
    </message>
    <message>
        <source>From the file %1: %2</source>
        <translation>Del archivo %1: %2</translation>
    </message>
    <message>
        <source>Open a routine file</source>
        <translation>Abrir un archivo de rutina</translation>
    </message>
    <message>
        <source>FootCoach routines (*.json)</source>
        <translation>Rutinas de FootCoach (*.json)</translation>
    </message>
    <message>
        <source>This routine cannot be used</source>
        <translation>Esta rutina no se puede usar</translation>
    </message>
    <message>
        <source>Nothing was changed, because the file has a problem:

%1</source>
        <translation>No se cambió nada, porque el archivo tiene un problema:

%1</translation>
    </message>
    <message>
        <source>Check the reminder times</source>
        <translation>Revise las horas de los recordatorios</translation>
    </message>
    <message>
        <source>The morning reminder must come before the evening one.</source>
        <translation>El recordatorio de la mañana debe ser antes que el de la noche.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>Adds FootCoach to the programs your desktop starts at login</source>
        <translation>Añade FootCoach a los programas que su escritorio abre al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Idioma del equipo</translation>
    </message>
    <message>
        <source>The language of FootCoach&apos;s screens, reminders and voice</source>
        <translation>El idioma de las pantallas, los recordatorios y la voz de FootCoach</translation>
    </message>
    <message>
        <source>A new language is used from the next start of FootCoach.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de FootCoach.</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>Guardar la configuración y cerrar</translation>
    </message>
    <message>
        <source>Save the settings and keep this window open</source>
        <translation>Guardar la configuración y dejar esta ventana abierta</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <source>Turns the morning reminder on or off</source>
        <translation>Activa o desactiva el recordatorio de la mañana</translation>
    </message>
    <message>
        <source>Turns the evening reminder on or off</source>
        <translation>Activa o desactiva el recordatorio de la noche</translation>
    </message>
    <message>
        <source>Hours and minutes; use the arrow keys to change them</source>
        <translation>Horas y minutos; cámbielos con las teclas de flecha</translation>
    </message>
    <message>
        <source>Whether the morning reminder comes on %1</source>
        <translation>Si el recordatorio de la mañana suena el %1</translation>
    </message>
    <message>
        <source>Whether the evening reminder comes on %1</source>
        <translation>Si el recordatorio de la noche suena el %1</translation>
    </message>
    <message>
        <source>Minutes until a reminder you put off comes again</source>
        <translation>Minutos hasta que vuelve un recordatorio pospuesto</translation>
    </message>
    <message>
        <source>Soft tones mark each step of a session and each reminder</source>
        <translation>Unos tonos suaves marcan cada paso de la sesión y cada recordatorio</translation>
    </message>
    <message>
        <source>From 0 (silent) to 100 percent</source>
        <translation>De 0 (silencio) a 100 por ciento</translation>
    </message>
    <message>
        <source>A voice says which leg and how long to hold, so you need not look at the screen</source>
        <translation>Una voz le dice qué pierna y cuánto tiempo mantener, así no necesita mirar la pantalla</translation>
    </message>
    <message>
        <source>Seconds to hold each stretch</source>
        <translation>Segundos que se mantiene cada estiramiento</translation>
    </message>
    <message>
        <source>How many times each stretch is done on each leg</source>
        <translation>Cuántas veces se hace cada estiramiento con cada pierna</translation>
    </message>
    <message>
        <source>Seconds to relax between two holds on the same leg</source>
        <translation>Segundos de descanso entre dos estiramientos con la misma pierna</translation>
    </message>
    <message>
        <source>Use stretches from a FootCoach routine file your therapist gave you</source>
        <translation>Usar los estiramientos de un archivo de rutina de FootCoach que le dio su terapeuta</translation>
    </message>
    <message>
        <source>Go back to the calf, hamstring and plantar fascia stretches</source>
        <translation>Volver a los estiramientos de gemelos, isquiotibiales y fascia plantar</translation>
    </message>
    <message>
        <source>Extra large text during a session, to read from farther away</source>
        <translation>Letra extragrande durante la sesión, para leer desde más lejos</translation>
    </message>
    <message>
        <source>Makes the leg, the countdown labels and the steps bigger</source>
        <translation>Agranda la indicación de la pierna, los textos de la cuenta atrás y los pasos</translation>
    </message>
    <message>
        <source>No speech voice for this language is installed on this computer, so FootCoach plays its tones instead.</source>
        <translation>En este ordenador no hay instalada ninguna voz para este idioma, así que FootCoach reproduce sus tonos en su lugar.</translation>
    </message>
    <message>
        <source>Start FootCoach when I log in, so reminders come also after a restart</source>
        <translation>Abrir FootCoach al iniciar sesión, para recibir recordatorios también después de reiniciar</translation>
    </message>
</context>
<context>
    <name>footcoach::SlotGridChart</name>
    <message>
        <source>No days to show.</source>
        <translation>No hay días que mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n hecha</numerusform>
            <numerusform>%n hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n hecha en parte</numerusform>
            <numerusform>%n hechas en parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n no hecha</numerusform>
            <numerusform>%n no hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet due</source>
        <translation>
            <numerusform>%n aún pendiente</numerusform>
            <numerusform>%n aún pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 morning</source>
        <translation>%1 por la mañana</translation>
    </message>
    <message>
        <source>%1 evening</source>
        <translation>%1 por la noche</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1: no hecha</translation>
    </message>
    <message>
        <source>%1 partly done</source>
        <translation>%1: hecha en parte</translation>
    </message>
    <message>
        <source>Sessions: %1.</source>
        <translation>Sesiones: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n before your first session</source>
        <translation>
            <numerusform>%n antes de su primera sesión</numerusform>
            <numerusform>%n antes de su primera sesión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>footcoach::SoundCuePlayer</name>
    <message>
        <source>The sound device is gone. The session goes on with on-screen cues.</source>
        <translation>El dispositivo de sonido ya no está disponible. La sesión continúa con indicaciones en pantalla.</translation>
    </message>
    <message>
        <source>The sound device stopped answering. The session goes on with on-screen cues.</source>
        <translation>El dispositivo de sonido ha dejado de responder. La sesión continúa con indicaciones en la pantalla.</translation>
    </message>
</context>
<context>
    <name>footcoach::TrayIcon</name>
    <message>
        <source>Start a session now</source>
        <translation>Empezar una sesión ahora</translation>
    </message>
    <message>
        <source>Open FootCoach</source>
        <translation>Abrir FootCoach</translation>
    </message>
    <message>
        <source>Put off the next reminder</source>
        <translation>Posponer el próximo recordatorio</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit FootCoach</source>
        <translation>Salir de FootCoach</translation>
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
        <translation>Sesiones hechas</translation>
    </message>
    <message>
        <source>No weeks to show.</source>
        <translation>No hay semanas que mostrar.</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>hasta hoy</translation>
    </message>
    <message>
        <source>Sessions done so far this week, the week of %1: %2%.</source>
        <translation>Sesiones hechas hasta ahora esta semana, la semana del %1: %2 %.</translation>
    </message>
    <message>
        <source>Sessions done in the week of %1: %2%.</source>
        <translation>Sesiones hechas en la semana del %1: %2 %.</translation>
    </message>
    <message>
        <source>%1% so far</source>
        <translation>%1 % hasta ahora</translation>
    </message>
    <message>
        <source>Sessions done per week, of those due, from the week of %1 to the week of %2: %3.</source>
        <translation>Sesiones hechas por semana, de las que tocaban, de la semana del %1 a la semana del %2: %3.</translation>
    </message>
</context>
<context>
    <name>footcoach::WindowReminderNotifier</name>
    <message>
        <source>FootCoach reminder</source>
        <translation>Recordatorio de FootCoach</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>Omitir esta vez</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>En %n minuto</numerusform>
            <numerusform>En %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Open FootCoach and begin the session</source>
        <translation>Abrir FootCoach y empezar la sesión</translation>
    </message>
    <message>
        <source>No reminder again for this session today</source>
        <translation>No volver a recordar esta sesión hoy</translation>
    </message>
    <message>
        <source>Remind me again in a few minutes (also Esc)</source>
        <translation>Recordármelo de nuevo en unos minutos (también con Esc)</translation>
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
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Hecha en parte</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No hechas</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Before your first session</source>
        <translation>Antes de su primera sesión</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Las dos piernas</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg (was %1)</source>
        <translation>
            <numerusform>una vez en cada pierna (antes %1)</numerusform>
            <numerusform>%n veces en cada pierna (antes %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times (was %1)</source>
        <translation>
            <numerusform>una vez (antes %1)</numerusform>
            <numerusform>%n veces (antes %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n s (was %1 s)</source>
        <translation>
            <numerusform>mantener %n s (antes %1 s)</numerusform>
            <numerusform>mantener %n s (antes %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s counts as done (was %1 s)</source>
        <translation>
            <numerusform>cuenta como hecho desde %n s (antes %1 s)</numerusform>
            <numerusform>cuenta como hecho desde %n s (antes %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rest %n s between holds (was %1 s)</source>
        <translation>
            <numerusform>descansar %n s entre estiramientos (antes %1 s)</numerusform>
            <numerusform>descansar %n s entre estiramientos (antes %1 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>a new version of the built-in routine (version %1, was %2)</source>
        <translation>una nueva versión de la rutina incluida (versión %1, antes %2)</translation>
    </message>
    <message>
        <source>a new version of the routine (version %1, was %2)</source>
        <translation>una nueva versión de la rutina (versión %1, antes %2)</translation>
    </message>
    <message>
        <source>the built-in routine (was routine file %1)</source>
        <translation>la rutina incluida (antes el archivo %1)</translation>
    </message>
    <message>
        <source>routine file %1 (was the built-in)</source>
        <translation>archivo de rutina %1 (antes la rutina incluida)</translation>
    </message>
    <message>
        <source>routine file %1 (was %2)</source>
        <translation>archivo de rutina %1 (antes %2)</translation>
    </message>
    <message>
        <source>new move: %1</source>
        <translation>ejercicio nuevo: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no longer: %1</source>
        <translation>ya no se hace: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n moves (was %1)</source>
        <translation>
            <numerusform>un ejercicio (antes %1)</numerusform>
            <numerusform>%n ejercicios (antes %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the routine changed</source>
        <translation>la rutina ha cambiado</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Desde el %1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%n times on each leg</source>
        <translation>
            <numerusform>una vez en cada pierna</numerusform>
            <numerusform>%n veces en cada pierna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on the left leg</source>
        <translation>
            <numerusform>una vez en la pierna izquierda</numerusform>
            <numerusform>%n veces en la pierna izquierda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times on the right leg</source>
        <translation>
            <numerusform>una vez en la pierna derecha</numerusform>
            <numerusform>%n veces en la pierna derecha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>una vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n s</source>
        <translation>
            <numerusform>mantener %n s</numerusform>
            <numerusform>mantener %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n s counts as done)</source>
        <translation>
            <numerusform>(cuenta como hecho desde %n s)</numerusform>
            <numerusform>(cuenta como hecho desde %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Adicional</translation>
    </message>
    <message>
        <source>Switch to the left leg</source>
        <translation>Cambie a la pierna izquierda</translation>
    </message>
    <message>
        <source>Switch to the right leg</source>
        <translation>Cambie a la pierna derecha</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Cambie de pierna</translation>
    </message>
    <message numerus="yes">
        <source>Get ready: the session starts in %n seconds</source>
        <translation>
            <numerusform>Prepárese: la sesión empieza en %n segundo</numerusform>
            <numerusform>Prepárese: la sesión empieza en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: get into position</source>
        <translation>%1. %2: colóquese en posición</translation>
    </message>
    <message numerus="yes">
        <source>%1, rep %2 of %3: hold for %n seconds</source>
        <translation>
            <numerusform>%1, repetición %2 de %3: mantenga %n segundo</numerusform>
            <numerusform>%1, repetición %2 de %3: mantenga %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relax for %n seconds</source>
        <translation>
            <numerusform>Relájese %n segundo</numerusform>
            <numerusform>Relájese %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>All done: the session is over</source>
        <translation>Terminado: la sesión ha acabado</translation>
    </message>
    <message>
        <source>Paused: press Space to go on</source>
        <translation>En pausa: pulse la barra espaciadora para seguir</translation>
    </message>
    <message numerus="yes">
        <source>Going on: %n seconds left</source>
        <translation>
            <numerusform>Seguimos: queda %n segundo</numerusform>
            <numerusform>Seguimos: quedan %n segundos</numerusform>
        </translation>
    </message>
</context>
</TS>
