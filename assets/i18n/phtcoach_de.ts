<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Run</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Ride</source>
        <translation>Radfahren</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Hike</source>
        <translation>Wandern</translation>
    </message>
    <message>
        <source>Swim</source>
        <translation>Schwimmen</translation>
    </message>
    <message>
        <source>Elliptical</source>
        <translation>Crosstrainer</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Klettern</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Andere Aktivität</translation>
    </message>
    <message>
        <source>back to baseline</source>
        <translation>zurück auf dem Ausgangswert</translation>
    </message>
    <message>
        <source>up to 1 above baseline</source>
        <translation>bis 1 über dem Ausgangswert</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>waiting for the morning test</source>
        <translation>wartet auf den Morgentest</translation>
    </message>
    <message>
        <source>no morning test</source>
        <translation>kein Morgentest</translation>
    </message>
    <message>
        <source>no baseline yet</source>
        <translation>noch kein Ausgangswert</translation>
    </message>
    <message>
        <source>pain /10</source>
        <translation>Schmerz /10</translation>
    </message>
    <message>
        <source>Δ pain</source>
        <translation>Δ Schmerz</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>24-hour response</source>
        <translation>24-Stunden-Reaktion</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Heaviest load per exercise ({0})</source>
        <translation>Höchste Last je Übung ({0})</translation>
    </message>
    <message>
        <source>Activity minutes</source>
        <translation>Aktivitätsminuten</translation>
    </message>
    <message>
        <source>Symmetry: affected side as % of the other</source>
        <translation>Symmetrie: betroffene Seite in % der anderen</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Morning test {0}/10</source>
        <translation>Morgentest {0}/10</translation>
    </message>
    <message>
        <source>Evening {0}/10</source>
        <translation>Abend {0}/10</translation>
    </message>
    <message>
        <source>7-day mean {0}</source>
        <translation>7-Tage-Mittel {0}</translation>
    </message>
    <message>
        <source>Baseline {0}</source>
        <translation>Ausgangswert {0}</translation>
    </message>
    <message>
        <source>Session: {0}</source>
        <translation>Einheit: {0}</translation>
    </message>
    <message>
        <source>24 h: {0}</source>
        <translation>24 h: {0}</translation>
    </message>
    <message>
        <source>24 h: {0} ({1})</source>
        <translation>24 h: {0} ({1})</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} min under tension</source>
        <translation>{0} min unter Spannung</translation>
    </message>
    <message>
        <source>{0} with bodyweight</source>
        <translation>{0} mit Körpergewicht</translation>
    </message>
    <message>
        <source>{0} {1} {2}</source>
        <translation>{0} {1} {2}</translation>
    </message>
    <message>
        <source>{0} {1} min</source>
        <translation>{0} {1} min</translation>
    </message>
    <message>
        <source>Bridge test symmetry {0} %</source>
        <translation>Symmetrie im Brückentest {0} %</translation>
    </message>
    <message>
        <source>Session symmetry {0} %</source>
        <translation>Symmetrie in der Einheit {0} %</translation>
    </message>
    <message>
        <source>Morning test</source>
        <translation>Morgentest</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Baseline ±1</source>
        <translation>Ausgangswert ±1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>up to 1 above</source>
        <translation>bis 1 darüber</translation>
    </message>
    <message>
        <source>red, change not known</source>
        <translation>rot, Änderung unbekannt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>reps (left)</source>
        <translation>Wdh. (links)</translation>
    </message>
    <message>
        <source>minutes under tension (right)</source>
        <translation>Minuten unter Spannung (rechts)</translation>
    </message>
    <message>
        <source>bridge test reps</source>
        <translation>Wdh. im Brückentest</translation>
    </message>
    <message>
        <source>session reps</source>
        <translation>Wdh. in Einheiten</translation>
    </message>
    <message>
        <source>100 % = both sides equal</source>
        <translation>100 % = beide Seiten gleich</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>Pain deep in the buttock at the sit bone, from the tendon where the hamstrings attach. It is provoked by squeezing the tendon in hip flexion: long or hard-seat sitting, deep squats and lunges, uphill running, long strides, aero cycling positions, stretching. Complete rest does not heal it: the tendon needs progressive load to remodel, and rest only hides pain until activity resumes. Expect 3 to 6 months.</source>
        <translation>Schmerz tief im Gesäß am Sitzbein, ausgehend von der Sehne, mit der die hintere Oberschenkelmuskulatur (Hamstrings) dort ansetzt. Er wird ausgelöst, wenn die Sehne in Hüftbeugung gegen den Knochen gedrückt wird: langes Sitzen oder Sitzen auf harten Flächen, tiefe Kniebeugen und Ausfallschritte, Bergauflaufen, lange Schritte, Aeroposition auf dem Rad, Dehnen. Völlige Ruhe heilt sie nicht: Die Sehne braucht zunehmende Belastung, um sich umzubauen, und Ruhe verdeckt den Schmerz nur, bis die Aktivität wieder beginnt. Rechne mit 3 bis 6 Monaten.</translation>
    </message>
    <message>
        <source>How PHT Coach judges load</source>
        <translation>Wie PHT Coach die Belastung beurteilt</translation>
    </message>
    <message>
        <source>Tendons report pain unreliably from moment to moment; the most reliable signal is how the tendon feels the next morning. So the app compares each morning test with your baseline (the median of your last 7 morning tests). Back at or below baseline: the session is cleared. More than 1 above, or above 5/10: hold or go back a step for the next 2-3 sessions. During a set, pain up to your ceiling (3/10 by default) is acceptable; above it the next set is made easier; above 5/10 the set stops. Pain must not rise week to week. Every piece of advice names the rule and the numbers it used.</source>
        <translation>Sehnen melden Schmerz von Moment zu Moment unzuverlässig; das verlässlichste Signal ist, wie sich die Sehne am nächsten Morgen anfühlt. Deshalb vergleicht die App jeden Morgentest mit deinem Ausgangswert (dem Median deiner letzten 7 Morgentests). Auf oder unter dem Ausgangswert: Die Einheit war in Ordnung. Mehr als 1 darüber oder über 5/10: Bleib für die nächsten 2–3 Einheiten auf der Stufe oder geh eine zurück. Während eines Satzes ist Schmerz bis zu deiner Obergrenze (standardmäßig 3/10) akzeptabel; darüber wird der nächste Satz leichter; über 5/10 endet der Satz. Der Schmerz darf nicht von Woche zu Woche steigen. Jede Empfehlung nennt die Regel und die Zahlen, die sie verwendet hat.</translation>
    </message>
    <message>
        <source>What the evidence says</source>
        <translation>Was die Studienlage sagt</translation>
    </message>
    <message>
        <source>No randomised trial of exercise for proximal hamstring tendinopathy exists; the staged programme is expert consensus (Goom et al. 2016). Isometric holds gave strong pain relief in one small study but not in larger ones, so they are a possibly helpful start, not a promise. Heavy slow resistance did as well as eccentric training in Achilles tendinopathy, with better adherence. Shockwave, injections and PRP are for a discussion with your clinician.</source>
        <translation>Es gibt keine randomisierte Studie zu Übungen bei proximaler Hamstring-Tendinopathie; das gestufte Programm beruht auf Expertenkonsens (Goom et al. 2016). Isometrische Halteübungen linderten den Schmerz in einer kleinen Studie deutlich, in größeren jedoch nicht: ein möglicherweise hilfreicher Einstieg, kein Versprechen. Schweres langsames Krafttraining (Heavy Slow Resistance) wirkte bei Achillessehnen-Tendinopathie so gut wie exzentrisches Training, bei besserer Therapietreue. Stoßwelle, Injektionen und PRP besprichst du mit deiner Ärztin, deinem Arzt oder deiner Physiotherapie.</translation>
    </message>
    <message>
        <source>Stop and see a clinician if</source>
        <translation>Hör auf und lass dich untersuchen, wenn</translation>
    </message>
    <message>
        <source>night or rest pain is rising; you have tingling, numbness, weakness or pain radiating down the leg; you felt a sudden pop or see bruising; or it is getting worse despite reduced load.</source>
        <translation>Nacht- oder Ruheschmerz zunimmt; du Kribbeln, Taubheit, Schwäche oder ins Bein ausstrahlende Schmerzen hast; du ein plötzliches Knallen gespürt hast oder einen Bluterguss siehst; oder es trotz geringerer Belastung schlimmer wird.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>PHT Coach gives education and structure, not diagnosis or treatment.</source>
        <translation>PHT Coach bietet Wissen und Struktur, keine Diagnose oder Behandlung.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>HOCH</translation>
    </message>
    <message>
        <source>PAUSE</source>
        <translation>KURZ HALTEN</translation>
    </message>
    <message>
        <source>LOWER</source>
        <translation>ABSENKEN</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>LOS</translation>
    </message>
    <message>
        <source>WALK</source>
        <translation>GEHEN</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUFEN</translation>
    </message>
    <message>
        <source>Set {0}/{1} done</source>
        <translation>Satz {0}/{1} fertig</translation>
    </message>
    <message>
        <source>Set {0}/{1}</source>
        <translation>Satz {0}/{1}</translation>
    </message>
    <message>
        <source>Rep {0}/{1}</source>
        <translation>Wdh. {0}/{1}</translation>
    </message>
    <message>
        <source> done</source>
        <translation> fertig</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Danach: fertig</translation>
    </message>
    <message>
        <source>set {0}, {1}</source>
        <translation>Satz {0}, {1}</translation>
    </message>
    <message>
        <source>Next: {0} {1}</source>
        <translation>Danach: {0} {1}</translation>
    </message>
    <message>
        <source>Exercise and session</source>
        <translation>Übung und Einheit</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Time left in this phase</source>
        <translation>Restzeit in diesem Abschnitt</translation>
    </message>
    <message>
        <source>Set, rep and side</source>
        <translation>Satz, Wiederholung und Seite</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation>Vergangene Zeit</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Tastenbelegung</translation>
    </message>
    <message>
        <source>Ready · session length {0}</source>
        <translation>Bereit · Dauer der Einheit {0}</translation>
    </message>
    <message>
        <source>Session length {0}</source>
        <translation>Dauer der Einheit {0}</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Leertaste zum Starten</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>Press Space to resume</source>
        <translation>Leertaste zum Fortsetzen</translation>
    </message>
    <message>
        <source>{0}, {1} seconds. {2}. {3}</source>
        <translation>{0}, {1} Sekunden. {2}. {3}</translation>
    </message>
    <message>
        <source>{0} seconds, counted aloud</source>
        <translation>{0} Sekunden, laut gezählt</translation>
    </message>
    <message>
        <source>{0} seconds in this phase, counting down</source>
        <translation>{0} Sekunden in diesem Abschnitt, Countdown läuft</translation>
    </message>
    <message>
        <source>SESSION DONE</source>
        <translation>EINHEIT GESCHAFFT</translation>
    </message>
    <message>
        <source>ENDED EARLY</source>
        <translation>VORZEITIG BEENDET</translation>
    </message>
    <message>
        <source>Session time {0}</source>
        <translation>Trainingszeit {0}</translation>
    </message>
    <message>
        <source>{0} elapsed</source>
        <translation>{0} vergangen</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>noch {0}</translation>
    </message>
    <message>
        <source>{0} percent done</source>
        <translation>{0} Prozent geschafft</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>What you should feel</source>
        <translation>Was du spüren solltest</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Id (for files)</source>
        <translation>Id (für Dateien)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>What to feel</source>
        <translation>Was du spüren solltest</translation>
    </message>
    <message>
        <source>Common faults</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>If it hurts</source>
        <translation>Wenn es schmerzt</translation>
    </message>
    <message>
        <source>Cues (at most 3, short)</source>
        <translation>Stichworte (höchstens 3, kurz)</translation>
    </message>
    <message>
        <source>Pain {0}/10 is above {1}/10. The session is over: tomorrow morning&apos;s check decides the next one.</source>
        <translation>Schmerz {0}/10 liegt über {1}/10. Die Einheit ist beendet: Der Check morgen früh entscheidet über die nächste.</translation>
    </message>
    <message>
        <source>Pain {0}/10 is above your ceiling of {1}/10: make the next set one step easier (10-20 % less load, one set fewer or a shorter hold).</source>
        <translation>Schmerz {0}/10 liegt über deiner Obergrenze von {1}/10: Mach den nächsten Satz eine Stufe leichter (10–20 % weniger Last, ein Satz weniger oder kürzer halten).</translation>
    </message>
    <message>
        <source>Pain {0}/10 is above {1}/10: end the session here, or step down.</source>
        <translation>Schmerz {0}/10 liegt über {1}/10: Beende die Einheit hier oder geh eine Stufe zurück.</translation>
    </message>
    <message>
        <source>Pain {0}/10 is above {1}/10: end the session here.</source>
        <translation>Schmerz {0}/10 liegt über {1}/10: Beende die Einheit hier.</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Enter)</translation>
    </message>
    <message>
        <source>Save and step down (Enter)</source>
        <translation>Speichern und zurückstufen (Enter)</translation>
    </message>
    <message>
        <source>Save and end session (Enter)</source>
        <translation>Speichern und Einheit beenden (Enter)</translation>
    </message>
    <message>
        <source>Step down instead (S)</source>
        <translation>Stattdessen zurückstufen (S)</translation>
    </message>
    <message>
        <source>Keep the plan (K)</source>
        <translation>Plan beibehalten (K)</translation>
    </message>
    <message>
        <source>Rate your last set, then press Enter</source>
        <translation>Bewerte deinen letzten Satz und drück Enter</translation>
    </message>
    <message>
        <source> · exercise {0} of {1}</source>
        <translation> · Übung {0} von {1}</translation>
    </message>
    <message>
        <source>Space start · H how to · Esc back · F11 full screen</source>
        <translation>Leertaste Start · H Anleitung · Esc zurück · F11 Vollbild</translation>
    </message>
    <message>
        <source>0-9 rate (T = 10) · Enter save</source>
        <translation>0–9 bewerten (T = 10) · Enter speichern</translation>
    </message>
    <message>
        <source>Space resume</source>
        <translation>Leertaste weiter</translation>
    </message>
    <message>
        <source>Space pause</source>
        <translation>Leertaste Pause</translation>
    </message>
    <message>
        <source>{0} · ← back · → next · +/− 10 s · R restart set · H how to · Esc end · F11 full screen</source>
        <translation>{0} · ← zurück · → weiter · +/− 10 s · R Satz neu · H Anleitung · Esc beenden · F11 Vollbild</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>End the session now?</source>
        <translation>Einheit jetzt beenden?</translation>
    </message>
    <message>
        <source>The set in progress is saved with the seconds you did, and the session as ended early. Enter keeps going.</source>
        <translation>Der laufende Satz wird mit den geschafften Sekunden gespeichert und die Einheit als vorzeitig beendet. Enter macht weiter.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Einheit jetzt beenden</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>Speichern fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Could not start the session: {0}. Nothing was recorded; press Space to try again.</source>
        <translation>Die Einheit konnte nicht starten: {0}. Nichts wurde aufgezeichnet; drück die Leertaste für einen neuen Versuch.</translation>
    </message>
    <message>
        <source>1 set not saved yet ({0}): retrying</source>
        <translation>1 Satz noch nicht gespeichert ({0}): neuer Versuch läuft</translation>
    </message>
    <message>
        <source>the disk is full ({0} free). Free some space and the sets will be saved</source>
        <translation>der Datenträger ist voll ({0} frei). Schaffe Platz, dann werden die Sätze gespeichert</translation>
    </message>
    <message>
        <source>1 set not saved: the disk is full ({0} free). Free some space to save it.</source>
        <translation>1 Satz nicht gespeichert: Der Datenträger ist voll ({0} frei). Schaffe Platz, um ihn zu speichern.</translation>
    </message>
    <message>
        <source>{1} sets not saved: the disk is full ({0} free). Free some space to save them.</source>
        <translation>{1} Sätze nicht gespeichert: Der Datenträger ist voll ({0} frei). Schaffe Platz, um sie zu speichern.</translation>
    </message>
    <message>
        <source>{1} sets not saved yet ({0}): retrying</source>
        <translation>{1} Sätze noch nicht gespeichert ({0}): neuer Versuch läuft</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>hold (s)</source>
        <translation>Halten (s)</translation>
    </message>
    <message>
        <source>up (s)</source>
        <translation>hoch (s)</translation>
    </message>
    <message>
        <source>top pause (s)</source>
        <translation>Pause oben (s)</translation>
    </message>
    <message>
        <source>down (s)</source>
        <translation>ab (s)</translation>
    </message>
    <message>
        <source>bottom pause (s)</source>
        <translation>Pause unten (s)</translation>
    </message>
    <message>
        <source>work (s)</source>
        <translation>Belastung (s)</translation>
    </message>
    <message>
        <source>walk (s)</source>
        <translation>Gehen (s)</translation>
    </message>
    <message>
        <source>run (s)</source>
        <translation>Laufen (s)</translation>
    </message>
    <message>
        <source>rest between reps (s)</source>
        <translation>Pause zwischen Wdh. (s)</translation>
    </message>
    <message>
        <source>rest between sets (s)</source>
        <translation>Pause zwischen Sätzen (s)</translation>
    </message>
    <message>
        <source>rest after block (s)</source>
        <translation>Pause nach dem Block (s)</translation>
    </message>
    <message>
        <source>load (lb)</source>
        <translation>Last (lb)</translation>
    </message>
    <message>
        <source>load (kg)</source>
        <translation>Last (kg)</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Eccentric</source>
        <translation>Exzentrisch</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Walk-run</source>
        <translation>Gehen-Laufen</translation>
    </message>
    <message>
        <source>Affected side only</source>
        <translation>Nur betroffene Seite</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Jede Seite</translation>
    </message>
    <message>
        <source>block %1 · %2</source>
        <translation>Block %1 · %2</translation>
    </message>
    <message>
        <source>Another template already has this name: choose another name.</source>
        <translation>Eine andere Vorlage hat schon diesen Namen: Wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>{0} lb</source>
        <translation>{0} lb</translation>
    </message>
    <message>
        <source>{0} kg</source>
        <translation>{0} kg</translation>
    </message>
    <message>
        <source>Lighter load: {0} → {1} lb</source>
        <translation>Leichtere Last: {0} → {1} lb</translation>
    </message>
    <message>
        <source>Lighter load: {0} → {1} kg</source>
        <translation>Leichtere Last: {0} → {1} kg</translation>
    </message>
    <message numerus="yes">
        <source>One set fewer: {0} → %n set(s)</source>
        <translation>
            <numerusform>Ein Satz weniger: {0} → %n Satz</numerusform>
            <numerusform>Ein Satz weniger: {0} → %n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One rep fewer: {0} → %n rep(s)</source>
        <translation>
            <numerusform>Eine Wdh. weniger: {0} → %n Wdh.</numerusform>
            <numerusform>Eine Wdh. weniger: {0} → %n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter hold: {0} → {1} s</source>
        <translation>Kürzer halten: {0} → {1} s</translation>
    </message>
    <message>
        <source>Shorter work: {0} → {1} s</source>
        <translation>Kürzere Belastung: {0} → {1} s</translation>
    </message>
    <message>
        <source>Shorter runs: {0} → {1} s</source>
        <translation>Kürzere Laufabschnitte: {0} → {1} s</translation>
    </message>
    <message>
        <source>rule 1: pain {0}/10 above your ceiling of {1}/10</source>
        <translation>Regel 1: Schmerz {0}/10 über deiner Obergrenze von {1}/10</translation>
    </message>
    <message>
        <source>rule 1: pain {0}/10 above {1}/10</source>
        <translation>Regel 1: Schmerz {0}/10 über {1}/10</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Log your first morning check-in: 3 mornings give a baseline.</source>
        <translation>Trag deinen ersten Morgen-Check-in ein: 3 Morgen ergeben einen Ausgangswert.</translation>
    </message>
    <message>
        <source>Every morning, before training, do your morning test ({test}) and rate it 0-10 in the card on the right.</source>
        <translation>Mach jeden Morgen vor dem Training deinen Morgentest ({test}) und bewerte ihn in der Karte rechts mit 0–10.</translation>
    </message>
    <message>
        <source>Then start today&apos;s session and rate pain during each set. The next morning tells whether the load was OK: that is the 24-hour rule.</source>
        <translation>Starte dann die heutige Einheit und bewerte den Schmerz während jedes Satzes. Der nächste Morgen zeigt, ob die Belastung in Ordnung war: Das ist die 24-Stunden-Regel.</translation>
    </message>
    <message>
        <source>Log runs, rides and long sitting in the Diary: they load the tendon too.</source>
        <translation>Trag Läufe, Radfahrten und langes Sitzen ins Tagebuch ein: Auch sie belasten die Sehne.</translation>
    </message>
    <message>
        <source>After a few mornings this card turns green, amber or red and tells you to step up, hold or ease off, with the numbers behind it.</source>
        <translation>Nach ein paar Morgen wird diese Karte grün, gelb oder rot und sagt dir, ob du steigern, halten oder zurückschalten sollst – mit den Zahlen dahinter.</translation>
    </message>
    <message>
        <source>Stop and see a clinician if you notice a red flag: {flags}.</source>
        <translation>Hör auf und lass dich untersuchen, wenn du ein Warnzeichen bemerkst: {flags}.</translation>
    </message>
    <message>
        <source>PHT Coach gives education and structure, not a diagnosis.</source>
        <translation>PHT Coach bietet Wissen und Struktur, keine Diagnose.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Make a new template</source>
        <translation>Neue Vorlage erstellen</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Make a copy of the selected template</source>
        <translation>Kopie der gewählten Vorlage erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Edit the selected template</source>
        <translation>Gewählte Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>My session</source>
        <translation>Meine Einheit</translation>
    </message>
    <message>
        <source>%1 was prescribed by %2 and stays as they wrote it. Edit a copy of it instead? (To change the prescription itself, unlock it first.)</source>
        <translation>%1 wurde von %2 verordnet und bleibt so, wie es dort festgelegt wurde. Stattdessen eine Kopie bearbeiten? (Um die Verordnung selbst zu ändern, entsperre sie zuerst.)</translation>
    </message>
    <message>
        <source>your clinician</source>
        <translation>deiner Fachperson</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>%1 is built in and cannot be changed. Edit a copy of it instead?</source>
        <translation>%1 ist eingebaut und kann nicht geändert werden. Stattdessen eine Kopie bearbeiten?</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Die neuesten behalte&amp;n:</translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s path</source>
        <translation>Pfad des Datenordners kopieren</translation>
    </message>
    <message>
        <source>Data folder message</source>
        <translation>Meldung zum Datenordner</translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation>Morgen-Check-in</translation>
    </message>
    <message>
        <source>Evening check-in</source>
        <translation>Abend-Check-in</translation>
    </message>
    <message>
        <source>New isometrics time</source>
        <translation>Neue Isometrie-Zeit</translation>
    </message>
    <message>
        <source>Add this isometrics time</source>
        <translation>Diese Isometrie-Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Remind me (a notification from the tray)</source>
        <translation>Erinnere mich (eine Benachrichtigung im Systembereich)</translation>
    </message>
    <message>
        <source>Morning check-in at:</source>
        <translation>Morgen-Check-in um:</translation>
    </message>
    <message>
        <source>Evening check-in at:</source>
        <translation>Abend-Check-in um:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected isometrics time</source>
        <translation>Gewählte Isometrie-Zeit entfernen</translation>
    </message>
    <message>
        <source>Up to %1 times a day, each once.</source>
        <translation>Bis zu %1 Zeiten pro Tag, jede einmal.</translation>
    </message>
    <message>
        <source>Isometrics at:</source>
        <translation>Isometrie um:</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Systembereich weiterlaufen, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source> mornings</source>
        <translation> Morgen</translation>
    </message>
    <message>
        <source> of 14 days</source>
        <translation> von 14 Tagen</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Acceptable pain &amp;ceiling:</source>
        <translation>Akzeptable Schmerz&amp;obergrenze:</translation>
    </message>
    <message>
        <source>Next-morning &amp;window:</source>
        <translation>&amp;Fenster bis zum nächsten Morgen:</translation>
    </message>
    <message>
        <source>&amp;Baseline from the last:</source>
        <translation>Ausgangs&amp;wert aus den letzten:</translation>
    </message>
    <message>
        <source>A baseline needs at &amp;least:</source>
        <translation>Mindestan&amp;zahl für einen Ausgangswert:</translation>
    </message>
    <message>
        <source>Red morning above baseline by &amp;more than:</source>
        <translation>Roter Morgen: über dem Ausgangswert um meh&amp;r als:</translation>
    </message>
    <message>
        <source>Always red above:</source>
        <translation>Immer rot über:</translation>
    </message>
    <message>
        <source>Weekly rise that free&amp;zes progress:</source>
        <translation>Anstieg in &amp;1 Woche, der die Steigerung stoppt:</translation>
    </message>
    <message>
        <source>Green days for a s&amp;tage advance:</source>
        <translation>Grüne Tage für die nächste &amp;Phase:</translation>
    </message>
    <message>
        <source>After a red morning, hold for:</source>
        <translation>Nach einem roten Morgen halten für:</translation>
    </message>
    <message>
        <source>Warn when &amp;2-week activity rises by more than:</source>
        <translation>Warnen, wenn die Aktivität in &amp;2 Wochen um mehr steigt als:</translation>
    </message>
    <message>
        <source>The ceiling is the highest pain during exercise counted as acceptable (PHT practice: 3/10; the Silbernagel model allows up to 5/10). The next-morning window is how long after a session a morning test still counts as that session&apos;s 24-hour response (users report 24-36 h).</source>
        <translation>Die Obergrenze ist der höchste Schmerz beim Training, der als akzeptabel gilt (PHT-Praxis: 3/10; das Silbernagel-Modell erlaubt bis 5/10). Das Fenster bis zum nächsten Morgen legt fest, wie lange nach einer Einheit ein Morgentest noch als ihre 24-Stunden-Reaktion zählt (Nutzer berichten 24–36 h).</translation>
    </message>
    <message>
        <source>Get-read&amp;y lead-in:</source>
        <translation>&amp;Vorlauf zum Bereitmachen:</translation>
    </message>
    <message>
        <source>E&amp;xtra rest after each set and exercise:</source>
        <translation>E&amp;xtra-Pause nach jedem Satz und jeder Übung:</translation>
    </message>
    <message>
        <source>&amp;Pause to switch sides:</source>
        <translation>Pause zum Seitenwe&amp;chsel:</translation>
    </message>
    <message>
        <source>Weight &amp;units:</source>
        <translation>Gewichts&amp;einheit:</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogramm (kg)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Pfund (lb)</translation>
    </message>
    <message>
        <source>As the system (follows its light/dark switch)</source>
        <translation>Wie das System (folgt seinem Hell/Dunkel-Schalter)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Textgröße:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>A new language applies the next time PHT Coach starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von PHT Coach.</translation>
    </message>
    <message>
        <source>Volum&amp;e:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Gesprochene Signale</translation>
    </message>
    <message>
        <source>Tempo ticks</source>
        <translation>Tempo-Ticks</translation>
    </message>
    <message>
        <source>Flash the screen on each cue</source>
        <translation>Bildschirm bei jedem Signal aufblitzen lassen</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>A&amp;usgabe:</translation>
    </message>
    <message>
        <source>Output warning</source>
        <translation>Warnung zur Ausgabe</translation>
    </message>
    <message>
        <source>Test sou&amp;nd</source>
        <translation>Ton tes&amp;ten</translation>
    </message>
    <message>
        <source>Test sound: a tone and a word</source>
        <translation>Ton testen: ein Ton und ein Wort</translation>
    </message>
    <message>
        <source>Plays a tone and a word through the output and at the volume shown here.</source>
        <translation>Spielt einen Ton und ein Wort über die Ausgabe und mit der hier gezeigten Lautstärke.</translation>
    </message>
    <message>
        <source>Sound test result</source>
        <translation>Ergebnis des Tontests</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>pain 0-10</source>
        <translation>Schmerz 0–10</translation>
    </message>
    <message>
        <source>Evening pain</source>
        <translation>Abendschmerz</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Baseline ± 1 (above: red)</source>
        <translation>Ausgangswert ± 1 (darüber: rot)</translation>
    </message>
    <message>
        <source>next morning − baseline</source>
        <translation>nächster Morgen − Ausgangswert</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Red above +{margin}</source>
        <translation>Rot über +{margin}</translation>
    </message>
    <message>
        <source>No morning test or no baseline</source>
        <translation>Kein Morgentest oder kein Ausgangswert</translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>{app}: report for a clinician</source>
        <translation>{app}: Bericht für Fachpersonen</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} Wochen</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>Period: {first} to {last}</source>
        <translation>Zeitraum: {first} bis {last}</translation>
    </message>
    <message>
        <source>step {step} of {steps} of the built-in ladder</source>
        <translation>Stufe {step} von {steps} der eingebauten Stufenleiter</translation>
    </message>
    <message>
        <source>not on the built-in ladder</source>
        <translation>nicht auf der eingebauten Stufenleiter</translation>
    </message>
    <message>
        <source>Stage {n}</source>
        <translation>Phase {n}</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>{hours} h window; red when more than {margin} above the {days}-day baseline or above {red}/10</source>
        <translation>{hours}-h-Fenster; rot bei mehr als {margin} über dem {days}-Tage-Ausgangswert oder über {red}/10</translation>
    </message>
    <message>
        <source>Affected side</source>
        <translation>Betroffene Seite</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <source>Current session</source>
        <translation>Aktuelle Einheit</translation>
    </message>
    <message>
        <source>Acceptable pain during exercise</source>
        <translation>Akzeptabler Schmerz beim Training</translation>
    </message>
    <message>
        <source>up to {n}/10</source>
        <translation>bis {n}/10</translation>
    </message>
    <message>
        <source>24-hour check</source>
        <translation>24-Stunden-Check</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>{n} sessions logged</source>
        <translation>{n} Einheiten eingetragen</translation>
    </message>
    <message>
        <source>mornings logged on {n} of {days} days</source>
        <translation>Morgen eingetragen an {n} von {days} Tagen</translation>
    </message>
    <message>
        <source>{n} red days</source>
        <translation>{n} rote Tage</translation>
    </message>
    <message>
        <source>{n} check-ins with a red flag</source>
        <translation>{n} Check-ins mit Warnzeichen</translation>
    </message>
    <message>
        <source>{n} clinician checks</source>
        <translation>{n} fachliche Untersuchungen</translation>
    </message>
    <message>
        <source>In this period:</source>
        <translation>In diesem Zeitraum:</translation>
    </message>
    <message>
        <source>Red flags still holding the programme at the end of the period:</source>
        <translation>Warnzeichen, die das Programm am Ende des Zeitraums noch anhalten:</translation>
    </message>
    <message>
        <source>Morning and evening pain</source>
        <translation>Morgen- und Abendschmerz</translation>
    </message>
    <message>
        <source>Figure 1. Morning test ({test}) and evening pain, 0-10, per day. The baseline is the median of the last {days} morning tests (shown once {minimum} exist); a morning above the band (baseline + {margin}) or above {red}/10 is red (rule 2). Same values as the app&apos;s Progress page.</source>
        <translation>Abbildung 1. Morgentest ({test}) und Abendschmerz, 0–10, pro Tag. Der Ausgangswert ist der Median der letzten {days} Morgentests (gezeigt, sobald {minimum} vorliegen); ein Morgen über dem Band (Ausgangswert + {margin}) oder über {red}/10 ist rot (Regel 2). Dieselben Werte wie auf der Seite „Verlauf“ der App.</translation>
    </message>
    <message>
        <source>24-hour responses</source>
        <translation>24-Stunden-Reaktionen</translation>
    </message>
    <message>
        <source>Figure 2. The next morning test minus the baseline after each session ({hours} h window). Of {n} sessions, {cleared} were cleared (morning at or below baseline), {ok} not cleared but not red, {red} red; {unknown} had no morning test or no baseline yet.</source>
        <translation>Abbildung 2. Der nächste Morgentest minus Ausgangswert nach jeder Einheit ({hours}-h-Fenster). Von {n} Einheiten waren {cleared} freigegeben (Morgen auf oder unter dem Ausgangswert), {ok} nicht freigegeben, aber nicht rot, {red} rot; bei {unknown} fehlte der Morgentest oder noch der Ausgangswert.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>(ended early)</source>
        <translation>(vorzeitig beendet)</translation>
    </message>
    <message>
        <source>No sessions were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Einheiten eingetragen.</translation>
    </message>
    <message>
        <source>Sets with at least one rep done / sets planned; max pain during a set and effort (RPE) as rated by the user; the heaviest load of the session.</source>
        <translation>Sätze mit mindestens einer geschafften Wiederholung / geplante Sätze; höchster Schmerz während eines Satzes und Anstrengung (RPE), wie bewertet; die höchste Last der Einheit.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Max pain</source>
        <translation>Max. Schmerz</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Load progression per exercise</source>
        <translation>Lastentwicklung je Übung</translation>
    </message>
    <message>
        <source>No loaded exercise was logged in this period (bodyweight only).</source>
        <translation>In diesem Zeitraum wurde keine Übung mit Last eingetragen (nur Körpergewicht).</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Heaviest</source>
        <translation>Höchste</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>No activities were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Aktivitäten eingetragen.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Minutes per week by kind of activity (the load-spike guard warns at a rise of more than {pct} % over two weeks).</source>
        <translation>Minuten pro Woche nach Art der Aktivität (der Schutz vor Belastungsspitzen warnt bei einem Anstieg um mehr als {pct} % in zwei Wochen).</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Trainingstreue</translation>
    </message>
    <message>
        <source>{n} of {days}</source>
        <translation>{n} von {days}</translation>
    </message>
    <message>
        <source>{n} sessions in {days} days ({per_week} a week); morning check-ins on {mornings} of {days} days.</source>
        <translation>{n} Einheiten in {days} Tagen ({per_week} pro Woche); Morgen-Check-ins an {mornings} von {days} Tagen.</translation>
    </message>
    <message>
        <source>Days in period</source>
        <translation>Tage im Zeitraum</translation>
    </message>
    <message>
        <source>Mornings logged</source>
        <translation>Morgen eingetragen</translation>
    </message>
    <message>
        <source>Red flags and clinician checks</source>
        <translation>Warnzeichen und fachliche Untersuchungen</translation>
    </message>
    <message>
        <source>Red flag logged</source>
        <translation>Warnzeichen eingetragen</translation>
    </message>
    <message>
        <source>Checked by a clinician</source>
        <translation>Fachlich untersucht</translation>
    </message>
    <message>
        <source>No red flag and no clinician check was logged in this period.</source>
        <translation>In diesem Zeitraum wurden weder Warnzeichen noch Untersuchungen eingetragen.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Still holding at the end of the period:</source>
        <translation>Am Ende des Zeitraums noch wirksam:</translation>
    </message>
    <message>
        <source>Advice given over the period</source>
        <translation>Empfehlungen im Zeitraum</translation>
    </message>
    <message>
        <source>One line for the first day and for each day the traffic light changed: the app&apos;s headline that day and the rules (PROTOCOL.md) that fired (for-information findings left out).</source>
        <translation>Eine Zeile für den ersten Tag und für jeden Tag, an dem die Ampel wechselte: die Überschrift der App an diesem Tag und die Regeln (PROTOCOL.md), die griffen (Befunde nur zur Information ausgelassen).</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>The rules named above</source>
        <translation>Die genannten Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Was sie prüft</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>{app} report {first} to {last}</source>
        <translation>{app}-Bericht {first} bis {last}</translation>
    </message>
    <message>
        <source>{app} report, {first} to {last}</source>
        <translation>{app}-Bericht, {first} bis {last}</translation>
    </message>
    <message>
        <source>no method available</source>
        <translation>keine Möglichkeit verfügbar</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 läuft nicht</translation>
    </message>
    <message>
        <source>SetThreadExecutionState is not available</source>
        <translation>SetThreadExecutionState ist nicht verfügbar</translation>
    </message>
    <message>
        <source>SetThreadExecutionState refused</source>
        <translation>SetThreadExecutionState wurde abgelehnt</translation>
    </message>
    <message>
        <source>caffeinate was not found</source>
        <translation>caffeinate wurde nicht gefunden</translation>
    </message>
    <message>
        <source>There is not enough free space for the start-up backup (needs %1, %2 free).</source>
        <translation>Für die Sicherung beim Start ist nicht genug Platz frei (nötig: %1, frei: %2).</translation>
    </message>
    <message>
        <source>PHT Coach backs up your data each time it starts. Free some space and start again, or start now without today&apos;s backup.</source>
        <translation>PHT Coach sichert deine Daten bei jedem Start. Schaffe etwas Platz und starte neu, oder starte jetzt ohne die heutige Sicherung.</translation>
    </message>
    <message>
        <source>&amp;Start without the backup</source>
        <translation>Ohne Sicherung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>%1 is not a PHT Coach database: it belongs to another application. PHT Coach has not changed it and will not write over it.</source>
        <translation>%1 ist keine Datenbank von PHT Coach: Sie gehört zu einem anderen Programm. PHT Coach hat sie nicht verändert und wird sie nicht überschreiben.</translation>
    </message>
    <message>
        <source>Move that file out of the data folder (PHT Coach then starts a new, empty diary there), or start PHT Coach with another data folder: phtcoach --data-dir FOLDER.</source>
        <translation>Verschiebe diese Datei aus dem Datenordner (PHT Coach beginnt dort dann ein neues, leeres Tagebuch), oder starte PHT Coach mit einem anderen Datenordner: phtcoach --data-dir ORDNER.</translation>
    </message>
    <message>
        <source>PHT Coach cannot save in %1: it is read-only, so no session or check-in could be kept.</source>
        <translation>PHT Coach kann in %1 nicht speichern: Es ist schreibgeschützt, also könnte keine Einheit und kein Check-in gespeichert werden.</translation>
    </message>
    <message>
        <source>Give your user permission to write the data folder and the database file in it (on Linux or macOS: chmod u+w on both), or start PHT Coach with another data folder: phtcoach --data-dir FOLDER. Nothing was changed.</source>
        <translation>Gib deinem Benutzer Schreibrechte für den Datenordner und die Datenbankdatei darin (unter Linux oder macOS: chmod u+w für beide), oder starte PHT Coach mit einem anderen Datenordner: phtcoach --data-dir ORDNER. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The disk is full (%1 free), so PHT Coach cannot open your data.</source>
        <translation>Der Datenträger ist voll (%1 frei), daher kann PHT Coach deine Daten nicht öffnen.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then start PHT Coach again. Nothing was changed.</source>
        <translation>Schaffe etwas Platz auf dem Datenträger und starte PHT Coach dann neu. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>PHT Coach cannot open your data.</source>
        <translation>PHT Coach kann deine Daten nicht öffnen.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of PHT Coach (schema version %1; this version reads up to %2). Install the newer version to go on with it, or restore a backup this version can read. The file has not been changed.</source>
        <translation>Deine Daten wurden von einer neueren Version von PHT Coach gespeichert (Schemaversion %1; diese Version liest bis %2). Installiere die neuere Version, um damit weiterzumachen, oder stelle eine Sicherung wieder her, die diese Version lesen kann. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Your PHT Coach data cannot be opened: the database file is damaged or unreadable. It has not been changed.</source>
        <translation>Deine Daten in PHT Coach lassen sich nicht öffnen: Die Datenbankdatei ist beschädigt oder unlesbar. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Started without today&apos;s backup: the disk is nearly full. Free some space; File &gt; Back up now makes one.</source>
        <translation>Ohne die heutige Sicherung gestartet: Der Datenträger ist fast voll. Schaffe etwas Platz; Datei &gt; Jetzt sichern legt eine Sicherung an.</translation>
    </message>
    <message>
        <source>What tends to flare it</source>
        <translation>Was Beschwerden eher verstärkt</translation>
    </message>
    <message>
        <source>Not enough data yet: the model needs morning tests with a baseline and something logged the day before.</source>
        <translation>Noch zu wenige Daten: Das Modell braucht Morgentests mit einem Ausgangswert und etwas, das am Tag davor eingetragen wurde.</translation>
    </message>
    <message>
        <source>Each factor&apos;s effect on the next morning test (points above the baseline), estimated from {n} mornings of the last year with every factor together, so a hilly run is told apart from the session done the same day. {rule}</source>
        <translation>Die Wirkung jedes Faktors auf den nächsten Morgentest (Punkte über dem Ausgangswert), geschätzt aus {n} Morgen des letzten Jahres mit allen Faktoren zugleich, sodass ein hügeliger Lauf von der Einheit am selben Tag unterschieden wird. {rule}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>80 % interval</source>
        <translation>80-%-Intervall</translation>
    </message>
    <message numerus="yes">
        <source>Last 2 weeks: %n session(s), {got}, needs full training, no 24 h flare</source>
        <translation>
            <numerusform>Letzte 2 Wochen: %n Einheit, {got}, nötig: volles Training, keine Verschlechterung nach 24 h</numerusform>
            <numerusform>Letzte 2 Wochen: %n Einheiten, {got}, nötig: volles Training, keine Verschlechterung nach 24 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set {0}/{1} saved · {2}{3} · %n rep(s)</source>
        <translation>
            <numerusform>Satz {0}/{1} gespeichert · {2}{3} · %n Wdh.</numerusform>
            <numerusform>Satz {0}/{1} gespeichert · {2}{3} · %n Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>{d:g} mi</source>
        <translation>{d:g} mi</translation>
    </message>
    <message>
        <source>{d:g} km</source>
        <translation>{d:g} km</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Ride</source>
        <translation>Radfahren</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Hike</source>
        <translation>Wandern</translation>
    </message>
    <message>
        <source>Swim</source>
        <translation>Schwimmen</translation>
    </message>
    <message>
        <source>Elliptical</source>
        <translation>Crosstrainer</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Klettern</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>locker</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hart</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <source>hills</source>
        <translation>Hügel</translation>
    </message>
    <message>
        <source>aero position</source>
        <translation>Aeroposition</translation>
    </message>
    <message>
        <source>speed work</source>
        <translation>Tempotraining</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save activity</source>
        <translation>Aktivität s&amp;peichern</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Art der Aktivität</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes, 1 to 1440</source>
        <translation>Minuten, 1 bis 1440</translation>
    </message>
    <message>
        <source>&amp;Minutes (1-1440)</source>
        <translation>&amp;Minuten (1–1440)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>&amp;Intensität</translation>
    </message>
    <message>
        <source>&amp;Hills</source>
        <translation>&amp;Hügel</translation>
    </message>
    <message>
        <source>&amp;Aero position</source>
        <translation>Ae&amp;roposition</translation>
    </message>
    <message>
        <source>S&amp;peed work</source>
        <translation>&amp;Tempotraining</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Hours sitting that day, 0 to 24</source>
        <translation>Stunden im Sitzen an diesem Tag, 0 bis 24</translation>
    </message>
    <message>
        <source>Hours si&amp;tting that day</source>
        <translation>Stunden im &amp;Sitzen an diesem Tag</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>&amp;Distanz</translation>
    </message>
    <message>
        <source>Pain d&amp;uring (optional: type 0-10, T = 10, Del clears)</source>
        <translation>Schmerz &amp;währenddessen (optional: 0–10 tippen, T = 10, Entf löscht)</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Schmerz währenddessen</translation>
    </message>
    <message>
        <source>{kind}, {minutes:g} min</source>
        <translation>{kind}, {minutes:g} min</translation>
    </message>
    <message>
        <source> mi</source>
        <translation> mi</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Distance in miles, optional</source>
        <translation>Distanz in Meilen, optional</translation>
    </message>
    <message>
        <source>Distance in km, optional</source>
        <translation>Distanz in km, optional</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Hours sitting</source>
        <translation>Stunden im Sitzen</translation>
    </message>
    <message>
        <source>Distance (mi)</source>
        <translation>Distanz (mi)</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distanz (km)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <source>Today&apos;s advice</source>
        <translation>Empfehlung für heute</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Education and structure, not diagnosis: your clinician has the last word.</source>
        <translation>Wissen und Struktur, keine Diagnose: Das letzte Wort hat deine behandelnde Fachperson.</translation>
    </message>
    <message>
        <source>{word}: {meaning}</source>
        <translation>{word}: {meaning}</translation>
    </message>
    <message>
        <source>⚠ Red flag: stop and see a clinician before training again.</source>
        <translation>⚠ Warnzeichen: Hör auf und lass dich untersuchen, bevor du wieder trainierst.</translation>
    </message>
    <message>
        <source>Red flags: stop and see a clinician. {flags}</source>
        <translation>Warnzeichen: Hör auf und lass dich untersuchen. {flags}</translation>
    </message>
    <message>
        <source>Proposed: step up to {name}</source>
        <translation>Vorschlag: steigern auf „{name}“</translation>
    </message>
    <message>
        <source>Proposed: step back to {name}</source>
        <translation>Vorschlag: zurück auf „{name}“</translation>
    </message>
    <message>
        <source>Proposed: move to the next stage with {name}</source>
        <translation>Vorschlag: nächste Phase mit „{name}“</translation>
    </message>
    <message>
        <source>Proposed: move to the next stage (choose it in Programme)</source>
        <translation>Vorschlag: nächste Phase (wähle sie unter Programm)</translation>
    </message>
    <message>
        <source>Plan: stay on {name}</source>
        <translation>Plan: bei „{name}“ bleiben</translation>
    </message>
    <message>
        <source>&amp;Accept: switch to {name}</source>
        <translation>&amp;Annehmen: wechseln zu „{name}“</translation>
    </message>
    <message>
        <source>(Not now: it will be offered again tomorrow.)</source>
        <translation>(Nicht jetzt: Der Vorschlag kommt morgen wieder.)</translation>
    </message>
    <message>
        <source>Rule 1 (pain during a set)</source>
        <translation>Regel 1 (Schmerz während eines Satzes)</translation>
    </message>
    <message>
        <source>Rule 2 (24-hour response)</source>
        <translation>Regel 2 (24-Stunden-Reaktion)</translation>
    </message>
    <message>
        <source>Rule 2 (holding after a red morning)</source>
        <translation>Regel 2 (Halten nach einem roten Morgen)</translation>
    </message>
    <message>
        <source>Rule 2 (waiting for the 24-hour check)</source>
        <translation>Regel 2 (wartet auf den 24-Stunden-Check)</translation>
    </message>
    <message>
        <source>Rule 3 (weekly trend)</source>
        <translation>Regel 3 (Wochentrend)</translation>
    </message>
    <message>
        <source>Rule 4 (step up)</source>
        <translation>Regel 4 (Steigerung)</translation>
    </message>
    <message>
        <source>Rule 5 (stage advance)</source>
        <translation>Regel 5 (nächste Phase)</translation>
    </message>
    <message>
        <source>Rule 6 (red flags)</source>
        <translation>Regel 6 (Warnzeichen)</translation>
    </message>
    <message>
        <source>Rule 6 (a note that may be a red flag)</source>
        <translation>Regel 6 (eine Notiz, die ein Warnzeichen sein könnte)</translation>
    </message>
    <message>
        <source>Load-spike guard (running minutes)</source>
        <translation>Schutz vor Belastungsspitzen (Laufminuten)</translation>
    </message>
    <message>
        <source>Load-spike guard (all activity minutes)</source>
        <translation>Schutz vor Belastungsspitzen (alle Aktivitätsminuten)</translation>
    </message>
    <message>
        <source>Acute:chronic ratio (information only)</source>
        <translation>Akut-chronisch-Verhältnis (nur zur Information)</translation>
    </message>
    <message>
        <source>Morning test</source>
        <translation>Morgentest</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Prescribed plan (step-ups are the prescriber&apos;s)</source>
        <translation>Verordneter Plan (über Steigerungen entscheidet die verordnende Person)</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>auf Kurs</translation>
    </message>
    <message>
        <source>hold the load</source>
        <translation>Belastung halten</translation>
    </message>
    <message>
        <source>ease off</source>
        <translation>zurückschalten</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>zur Information</translation>
    </message>
    <message>
        <source>for this morning&apos;s test</source>
        <translation>für den Morgentest von heute</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>PHT Coach keeps these copies of your whole diary in %1: one at every start, one before an upgrade, and one whenever you choose File &gt; Back up now. A backup is for PHT Coach to restore; it is not an export for other programs.</source>
        <translation>PHT Coach bewahrt diese Kopien deines ganzen Tagebuchs in %1 auf: eine bei jedem Start, eine vor einem Update und eine, wann immer du Datei &gt; Jetzt sichern wählst. Eine Sicherung ist zum Wiederherstellen in PHT Coach gedacht, nicht als Export für andere Programme.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Cancel the &amp;planned restore</source>
        <translation>&amp;Geplante Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the planned restore</source>
        <translation>Geplante Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore this backup...</source>
        <translation>Diese Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Planned: the backup of %1 replaces your data when PHT Coach next starts.</source>
        <translation>Geplant: Die Sicherung vom %1 ersetzt deine Daten beim nächsten Start von PHT Coach.</translation>
    </message>
    <message>
        <source>Automatic, at start</source>
        <translation>Automatisch beim Start</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von dir erstellt</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The data it replaced is kept as a backup of its own (“Before a restore” under File &gt; Restore backup...).</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Die ersetzten Daten bleiben als eigene Sicherung erhalten („Vor einer Wiederherstellung“ unter Datei &gt; Sicherung wiederherstellen...).</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Gesichert: %1</translation>
    </message>
    <message>
        <source>The backup of %1 will be restored when PHT Coach next starts.</source>
        <translation>Die Sicherung vom %1 wird beim nächsten Start von PHT Coach wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Your current data will be replaced by the backup of %1; a backup of the current data is taken first.</source>
        <translation>Deine aktuellen Daten werden durch die Sicherung vom %1 ersetzt; vorher wird eine Sicherung der aktuellen Daten erstellt.</translation>
    </message>
    <message>
        <source>PHT Coach restores a backup as it starts, so nothing changes under it while it runs: quit now and open it again, or restore at the next start.</source>
        <translation>PHT Coach stellt eine Sicherung beim Start wieder her, damit sich nichts ändert, während die App läuft: Beende sie jetzt und öffne sie erneut, oder stelle beim nächsten Start wieder her.</translation>
    </message>
    <message>
        <source>Restore and &amp;quit now</source>
        <translation>Wiederherstellen und jetzt &amp;beenden</translation>
    </message>
    <message>
        <source>Restore at next &amp;start</source>
        <translation>Beim nächsten &amp;Start wiederherstellen</translation>
    </message>
    <message>
        <source>The planned restore was cancelled.</source>
        <translation>Die geplante Wiederherstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The backup was not restored; your data was not changed. %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt; deine Daten sind unverändert. %1</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <source>E&amp;xercise</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Top pause</source>
        <translation>Pause oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Bottom pause</source>
        <translation>Pause unten</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation>Pause zwischen Wdh.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <source>Rest after block</source>
        <translation>Pause nach dem Block</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
</context>
<context>
    <name>BlockList</name>
    <message>
        <source>to fix</source>
        <translation>zu beheben</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>Bl&amp;öcke</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>Block &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected block (Del)</source>
        <translation>Gewählten Block entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the block up (Alt+Up)</source>
        <translation>Block nach oben schieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the block down (Alt+Down)</source>
        <translation>Block nach unten schieben (Alt+Runter)</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <source>Days with entries</source>
        <translation>Tage mit Einträgen</translation>
    </message>
    <message>
        <source>Days with entries are bold and underlined.</source>
        <translation>Tage mit Einträgen sind fett und unterstrichen.</translation>
    </message>
    <message>
        <source>Morning test</source>
        <translation>Morgentest</translation>
    </message>
    <message>
        <source>A day&apos;s morning test tints it: green {g}, amber {a}, red {r}.</source>
        <translation>Der Morgentest eines Tages färbt ihn: grün {g}, gelb {a}, rot {r}.</translation>
    </message>
    <message>
        <source>Days still to come</source>
        <translation>Kommende Tage</translation>
    </message>
    <message>
        <source>Days still to come are greyed.</source>
        <translation>Kommende Tage sind ausgegraut.</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Optional: sleep, sitting, what you did yesterday</source>
        <translation>Optional: Schlaf, Sitzen, was du gestern gemacht hast</translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation>Morgen-Check-in</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Neuer Check-in</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Check-in bearbeiten</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Schmerz-Check-in</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>Check-in s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Morning</source>
        <translation>&amp;Morgens</translation>
    </message>
    <message>
        <source>E&amp;vening</source>
        <translation>A&amp;bends</translation>
    </message>
    <message>
        <source>Ot&amp;her time</source>
        <translation>Andere &amp;Zeit</translation>
    </message>
    <message>
        <source>Check-in time: {slot}</source>
        <translation>Zeitpunkt: {slot}</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Time of the check-in</source>
        <translation>Uhrzeit des Check-ins</translation>
    </message>
    <message>
        <source>When this check-in was; for a past day it starts at your reminder time.</source>
        <translation>Wann dieser Check-in war; für einen vergangenen Tag beginnt sie bei deiner Erinnerungszeit.</translation>
    </message>
    <message>
        <source>&amp;Pain right now (0-10)</source>
        <translation>&amp;Schmerz gerade jetzt (0–10)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Morning test</source>
        <translation>Morgentest</translation>
    </message>
    <message>
        <source>Red flags (tick any you have noticed):</source>
        <translation>Warnzeichen (kreuze an, was du bemerkt hast):</translation>
    </message>
    <message>
        <source>⚠ Stop the programme and see a clinician before training again: these signs need a professional look.</source>
        <translation>⚠ Unterbrich das Programm und lass dich untersuchen, bevor du wieder trainierst: Diese Zeichen gehören in fachkundige Hände.</translation>
    </message>
    <message>
        <source>Ticking one holds training until a clinician has had a look.</source>
        <translation>Ein Haken hält das Training an, bis eine Fachperson nachgesehen hat.</translation>
    </message>
    <message>
        <source>Pain: choose a number from 0 to 10 (type it or click a button).</source>
        <translation>Schmerz: Wähle eine Zahl von 0 bis 10 (tippen oder auf eine Taste klicken).</translation>
    </message>
    <message>
        <source>Not saved: your {slot} check-in stays as it was.</source>
        <translation>Nicht gespeichert: Dein Check-in ({slot}) bleibt, wie er war.</translation>
    </message>
    <message>
        <source>{slot} {pain}/10</source>
        <translation>{slot} {pain}/10</translation>
    </message>
    <message>
        <source>type 0-10 (T = 10)</source>
        <translation>0-10 tippen (T = 10)</translation>
    </message>
    <message>
        <source>←/→ adjust</source>
        <translation>←/→ ändern</translation>
    </message>
    <message>
        <source>Del clears</source>
        <translation>Entf löscht</translation>
    </message>
    <message>
        <source>Tab next</source>
        <translation>Tab weiter</translation>
    </message>
    <message>
        <source>Enter saves</source>
        <translation>Enter speichert</translation>
    </message>
    <message>
        <source>Keys: {keys}.</source>
        <translation>Tasten: {keys}.</translation>
    </message>
    <message>
        <source>Morning test score</source>
        <translation>Ergebnis des Morgentests</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Morning &amp;test: {test} (0-10, optional; the 24-hour rule reads it)</source>
        <translation>Morgen&amp;test: {test} (0–10, optional; die 24-Stunden-Regel nutzt ihn)</translation>
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
        <source>other time</source>
        <translation>andere Zeit</translation>
    </message>
    <message>
        <source>{time}, pain {old}/10</source>
        <translation>{time}, Schmerz {old}/10</translation>
    </message>
    <message>
        <source>, test {score}/10</source>
        <translation>, Test {score}/10</translation>
    </message>
    <message>
        <source>There is already a {slot} check-in for {day} ({first}). Replace it with this one (pain {new}/10)?</source>
        <translation>Für {day} gibt es schon einen Check-in ({slot}, {first}). Durch diesen ersetzen (Schmerz {new}/10)?</translation>
    </message>
    <message>
        <source>Its red flags stay ticked on the new one (untick them there if they are wrong): {flags}.</source>
        <translation>Seine Warnzeichen bleiben beim neuen angekreuzt (dort abwählen, falls sie nicht stimmen): {flags}.</translation>
    </message>
    <message>
        <source>Its morning test score ({score}/10) will be lost.</source>
        <translation>Sein Morgentest-Wert ({score}/10) geht verloren.</translation>
    </message>
    <message>
        <source>Its notes will be lost.</source>
        <translation>Seine Notizen gehen verloren.</translation>
    </message>
    <message>
        <source>Replace check-in?</source>
        <translation>Check-in ersetzen?</translation>
    </message>
    <message>
        <source>No keeps the one you have and saves nothing.</source>
        <translation>Nein behält den vorhandenen und speichert nichts.</translation>
    </message>
</context>
<context>
    <name>ClinicalNotesDialog</name>
    <message>
        <source>Clinical notes</source>
        <translation>Klinische Hinweise</translation>
    </message>
</context>
<context>
    <name>ClinicianHold</name>
    <message>
        <source>See a clinician first</source>
        <translation>Erst zur Untersuchung</translation>
    </message>
    <message>
        <source>I have been &amp;checked by a clinician…</source>
        <translation>Ich wurde fachlich &amp;untersucht…</translation>
    </message>
    <message>
        <source>I have been checked by a clinician</source>
        <translation>Ich wurde fachlich untersucht</translation>
    </message>
    <message>
        <source>a red flag</source>
        <translation>ein Warnzeichen</translation>
    </message>
    <message>
        <source>You logged {flags}. Training is on hold until a clinician has checked you: these symptoms can mean something other than a tendon problem.</source>
        <translation>Du hast {flags} eingetragen. Das Training pausiert, bis dich eine Fachperson untersucht hat: Diese Beschwerden können etwas anderes als ein Sehnenproblem bedeuten.</translation>
    </message>
    <message>
        <source>Checked by a clinician</source>
        <translation>Fachlich untersucht</translation>
    </message>
    <message>
        <source>Has a clinician (doctor or physiotherapist) checked these symptoms and cleared you to keep training? The date is logged.</source>
        <translation>Hat eine Fachperson (Ärztin, Arzt oder Physiotherapie) diese Beschwerden untersucht und dich zum Weitertrainieren freigegeben? Das Datum wird eingetragen.</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No audio output found: visual cues only</source>
        <translation>Kein Audioausgang gefunden: nur visuelle Signale</translation>
    </message>
    <message>
        <source>Sound files not found: visual cues only</source>
        <translation>Sounddateien nicht gefunden: nur visuelle Signale</translation>
    </message>
    <message>
        <source>Sound could not start: visual cues only</source>
        <translation>Ton konnte nicht starten: nur visuelle Signale</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>No file manager could be started. The data folder is: %1 (Copy path puts it on the clipboard).</source>
        <translation>Es konnte kein Dateimanager gestartet werden. Der Datenordner ist: %1 (Pfad kopieren legt ihn in die Zwischenablage).</translation>
    </message>
    <message>
        <source>Path copied.</source>
        <translation>Pfad kopiert.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
</context>
<context>
    <name>DiaryForm</name>
    <message>
        <source>Saved: {what}.</source>
        <translation>Gespeichert: {what}.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{what} · {day}</source>
        <translation>{what} · {day}</translation>
    </message>
</context>
<context>
    <name>DiaryScreen</name>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Vorheriger Tag</translation>
    </message>
    <message>
        <source>Alt+Left or PageUp</source>
        <translation>Alt+Links oder Bild auf</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <source>Type a date, or Alt+Down for the calendar</source>
        <translation>Datum eintippen oder Alt+Unten für den Kalender</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Nächster Tag ▶</translation>
    </message>
    <message>
        <source>Alt+Right or PageDown</source>
        <translation>Alt+Rechts oder Bild ab</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Pos1</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <source>Entries of the day</source>
        <translation>Einträge des Tages</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Enter on the selected entry</source>
        <translation>Enter auf dem gewählten Eintrag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Entf-Taste; Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <source>Past days</source>
        <translation>Frühere Tage</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Diary · today</source>
        <translation>Tagebuch · heute</translation>
    </message>
    <message>
        <source>A clinician check is a dated record: delete it (Delete) if it is wrong.</source>
        <translation>Eine Untersuchung ist ein datierter Eintrag: Lösch sie (Entf), wenn sie falsch ist.</translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation>{what} gelöscht</translation>
    </message>
    <message>
        <source>Entries for {day}</source>
        <translation>Einträge vom {day}</translation>
    </message>
    <message>
        <source>Nothing logged on this day yet. Use the forms on the right: a morning check-in first, then any run, ride or long sitting.</source>
        <translation>An diesem Tag ist noch nichts eingetragen. Nutze die Formulare rechts: zuerst einen Morgen-Check-in, dann Läufe, Radfahrten oder langes Sitzen.</translation>
    </message>
    <message>
        <source>saved entry</source>
        <translation>gespeicherter Eintrag</translation>
    </message>
    <message>
        <source>edited entry</source>
        <translation>bearbeiteter Eintrag</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>pain {v}/10</source>
        <translation>Schmerz {v}/10</translation>
    </message>
    <message>
        <source>test {v}/10 ({test})</source>
        <translation>Test {v}/10 ({test})</translation>
    </message>
    <message>
        <source>⚠ red flags: {flags}</source>
        <translation>⚠ Warnzeichen: {flags}</translation>
    </message>
    <message>
        <source>{kind} {m} min, {intensity}</source>
        <translation>{kind} {m} min, {intensity}</translation>
    </message>
    <message>
        <source>sat {h} h</source>
        <translation>{h} h gesessen</translation>
    </message>
    <message>
        <source>pain during {v}/10</source>
        <translation>Schmerz währenddessen {v}/10</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Session: {name}</source>
        <translation>Einheit: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>{tut} s under tension</source>
        <translation>{tut} s unter Spannung</translation>
    </message>
    <message>
        <source>max pain {v}/10</source>
        <translation>höchster Schmerz {v}/10</translation>
    </message>
    <message>
        <source>pain after {v}/10</source>
        <translation>Schmerz danach {v}/10</translation>
    </message>
    <message>
        <source>{lb} lb</source>
        <translation>{lb} lb</translation>
    </message>
    <message>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <source>{kind} {m} min ({day})</source>
        <translation>{kind} {m} min ({day})</translation>
    </message>
    <message>
        <source>{what} {v} ({day})</source>
        <translation>{what} {v} ({day})</translation>
    </message>
    <message>
        <source>✓ Checked by a clinician: the red flags logged before this no longer hold the programme</source>
        <translation>✓ Fachlich untersucht: Die zuvor eingetragenen Warnzeichen halten das Programm nicht mehr an</translation>
    </message>
    <message>
        <source>{slot} check-in {v}/10 ({day})</source>
        <translation>{slot}-Check-in {v}/10 ({day})</translation>
    </message>
    <message>
        <source>clinician check ({day})</source>
        <translation>Untersuchung ({day})</translation>
    </message>
    <message>
        <source>session ({day})</source>
        <translation>Einheit ({day})</translation>
    </message>
</context>
<context>
    <name>DiaryUndo</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Rückgängig gemacht: {what}.</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>Wiederhergestellt: {what}.</translation>
    </message>
</context>
<context>
    <name>Dosage</name>
    <message>
        <source>, {kg} kg</source>
        <translation>, {kg} kg</translation>
    </message>
    <message>
        <source>{sets} x {reps} x {hold} s hold{load}</source>
        <translation>{sets} × {reps} × {hold} s halten{load}</translation>
    </message>
    <message>
        <source>{sets} x {reps}, {up} s up / {down} s down{load}</source>
        <translation>{sets} × {reps}, {up} s hoch / {down} s ab{load}</translation>
    </message>
    <message>
        <source>{sets} x {reps}, lower over {down} s{load}</source>
        <translation>{sets} × {reps}, absenken über {down} s{load}</translation>
    </message>
    <message>
        <source>{sets} x {reps} x {work} s on / {off} s off</source>
        <translation>{sets} × {reps} × {work} s Belastung / {off} s Pause</translation>
    </message>
    <message>
        <source>{reps} x ({walk} s walk / {run} s run)</source>
        <translation>{reps} × ({walk} s gehen / {run} s laufen)</translation>
    </message>
    <message>
        <source>{dosage}, {kg} kg last logged</source>
        <translation>{dosage}, zuletzt {kg} kg eingetragen</translation>
    </message>
</context>
<context>
    <name>EntryForms</name>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Entry forms</source>
        <translation>Eintragsformulare</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Check-in</translation>
    </message>
    <message>
        <source>Activit&amp;y</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <source>Oth&amp;er measures</source>
        <translation>&amp;Weitere Messwerte</translation>
    </message>
</context>
<context>
    <name>ExerciseDrawing</name>
    <message>
        <source>Drawing of the start and end positions</source>
        <translation>Zeichnung der Start- und Endposition</translation>
    </message>
    <message>
        <source>%1: the start position, then the end position.</source>
        <translation>%1: erst die Startposition, dann die Endposition.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Your exercises</source>
        <translation>Deine Übungen</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected exercise</source>
        <translation>Gewählte Übung löschen</translation>
    </message>
    <message>
        <source>Exercises you add appear here. The built-in exercises cannot be changed; press New to add your own.</source>
        <translation>Übungen, die du anlegst, erscheinen hier. Die mitgelieferten Übungen lassen sich nicht ändern; mit „Neu“ legst du eine eigene an.</translation>
    </message>
    <message>
        <source>Optional, e.g. “SL bridge”</source>
        <translation>Optional, z. B. „Einbein. Brücke“</translation>
    </message>
    <message>
        <source>Shown in tables and charts where the full name does not fit (optional)</source>
        <translation>Für Tabellen und Diagramme, wo der volle Name nicht passt (optional)</translation>
    </message>
    <message>
        <source>The name of the exercise in template files; made from the name if empty</source>
        <translation>Der Name der Übung in Vorlagendateien; leer gelassen wird er aus dem Namen gebildet</translation>
    </message>
    <message>
        <source>Hold (isometric)</source>
        <translation>Halten (isometrisch)</translation>
    </message>
    <message>
        <source>Tempo (up and down)</source>
        <translation>Tempo (hoch und ab)</translation>
    </message>
    <message>
        <source>Eccentric (lower slowly)</source>
        <translation>Exzentrisch (langsam absenken)</translation>
    </message>
    <message>
        <source>Timed (work / rest)</source>
        <translation>Intervalle (Belastung / Pause)</translation>
    </message>
    <message>
        <source>Walk-run</source>
        <translation>Gehen-Laufen</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Two-legged</source>
        <translation>Beidbeinig</translation>
    </message>
    <message>
        <source>Single-leg (each side in turn)</source>
        <translation>Einbeinig (Seiten im Wechsel)</translation>
    </message>
    <message>
        <source>Reps start at the top (&amp;lower first)</source>
        <translation>Wiederholungen beginnen oben (zuerst &amp;absenken)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Id (for files):</source>
        <translation>I&amp;d (für Dateien):</translation>
    </message>
    <message>
        <source>Le&amp;gs:</source>
        <translation>B&amp;eine:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Kurzname:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>Reps start at the top (lower first)</source>
        <translation>Wiederholungen beginnen oben (zuerst absenken)</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Details der Übung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the exercise</source>
        <translation>Übung speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Close the exercise editor</source>
        <translation>Übungseditor schließen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Deine Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>the new exercise</source>
        <translation>die neue Übung</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation>Übung löschen</translation>
    </message>
    <message>
        <source>Delete your exercise %1?</source>
        <translation>Deine Übung %1 löschen?</translation>
    </message>
    <message>
        <source>%1 is used by %2: take it out of them first, then delete it.</source>
        <translation>%1 wird in %2 verwendet: Nimm sie dort zuerst heraus und lösch sie dann.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON (complete, can be imported)</source>
        <translation>JSON (vollständig, wieder importierbar)</translation>
    </message>
    <message>
        <source>CSV folder</source>
        <translation>CSV-Ordner</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Only the days from</source>
        <translation>&amp;Nur die Tage vom</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Wähle, wohin der Export geschrieben wird.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <source>{rule} · {level}</source>
        <translation>{rule} · {level}</translation>
    </message>
</context>
<context>
    <name>FlareCard</name>
    <message>
        <source>What tends to flare you</source>
        <translation>Was deine Beschwerden eher verstärkt</translation>
    </message>
    <message>
        <source>Yesterday you did what has tended to make your next morning worse. Information only: go by this morning&apos;s test.</source>
        <translation>Gestern hast du etwas gemacht, wonach der nächste Morgen bisher eher schlechter war. Nur zur Information: Maßgeblich ist der heutige Morgentest.</translation>
    </message>
</context>
<context>
    <name>FormFooter</name>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation>Enter oder Strg+Enter</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>{label}: {value} is not allowed ({allowed}).</source>
        <translation>{label}: {value} ist nicht erlaubt ({allowed}).</translation>
    </message>
</context>
<context>
    <name>GettingStartedPanel</name>
    <message>
        <source>Getting started with Progress</source>
        <translation>Erste Schritte mit dem Verlauf</translation>
    </message>
    <message>
        <source>Your progress will appear here</source>
        <translation>Hier erscheint dein Verlauf</translation>
    </message>
    <message>
        <source>These charts show how your tendon answers the load you give it. They need a few things logged first:</source>
        <translation>Diese Diagramme zeigen, wie deine Sehne auf die Belastung reagiert, die du ihr gibst. Dafür braucht es erst ein paar Einträge:</translation>
    </message>
    <message>
        <source>The charts appear as soon as you log your first entry.</source>
        <translation>Die Diagramme erscheinen, sobald du deinen ersten Eintrag machst.</translation>
    </message>
    <message>
        <source>Log this morning&apos;s check-in</source>
        <translation>Morgen-Check-in von heute eintragen</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Erledigt: {0}</translation>
    </message>
    <message>
        <source>To do: {0}</source>
        <translation>Offen: {0}</translation>
    </message>
    <message>
        <source>Morning check-ins: your baseline is ready.</source>
        <translation>Morgen-Check-ins: Dein Ausgangswert steht.</translation>
    </message>
    <message>
        <source>Log the morning test (pain 0-10) when you get up: 1 more morning gives your baseline, the band the next mornings are compared with.</source>
        <translation>Trag den Morgentest (Schmerz 0–10) nach dem Aufstehen ein: Noch 1 Morgen ergibt deinen Ausgangswert, das Band, mit dem die nächsten Morgen verglichen werden.</translation>
    </message>
    <message>
        <source>Log the morning test (pain 0-10) when you get up: {0} more mornings give your baseline, the band the next mornings are compared with.</source>
        <translation>Trag den Morgentest (Schmerz 0–10) nach dem Aufstehen ein: Noch {0} Morgen ergeben deinen Ausgangswert, das Band, mit dem die nächsten Morgen verglichen werden.</translation>
    </message>
    <message>
        <source>Sessions: the morning after each one shows how your tendon took it.</source>
        <translation>Einheiten: Der Morgen danach zeigt jeweils, wie deine Sehne sie vertragen hat.</translation>
    </message>
    <message>
        <source>Do a session from Today: the next morning&apos;s check-in shows how your tendon took it (the 24-hour response).</source>
        <translation>Mach eine Einheit über „Heute“: Der Check-in am nächsten Morgen zeigt, wie deine Sehne sie vertragen hat (die 24-Stunden-Reaktion).</translation>
    </message>
    <message>
        <source>Activities: the tolerance table shows which ones were followed by a worse morning.</source>
        <translation>Aktivitäten: Die Toleranztabelle zeigt, nach welchen ein schlechterer Morgen folgte.</translation>
    </message>
    <message>
        <source>Log walks, runs and rides in the Diary: the tolerance table then shows which ones your tendon tolerates.</source>
        <translation>Trag Spaziergänge, Läufe und Radfahrten ins Tagebuch ein: Die Toleranztabelle zeigt dann, welche deine Sehne verträgt.</translation>
    </message>
</context>
<context>
    <name>HowToCard</name>
    <message>
        <source>How to do the exercise</source>
        <translation>So geht die Übung</translation>
    </message>
    <message>
        <source>H: back to the rating · ↑/↓ scroll</source>
        <translation>H: zurück zur Bewertung · ↑/↓ blättern</translation>
    </message>
</context>
<context>
    <name>HowToPanel</name>
    <message>
        <source>How to</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Key cues</source>
        <translation>Wichtige Stichworte</translation>
    </message>
    <message>
        <source>H: hide the how-to</source>
        <translation>H: Anleitung ausblenden</translation>
    </message>
</context>
<context>
    <name>HowToView</name>
    <message>
        <source>How to do %1</source>
        <translation>So geht %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose &amp;file...</source>
        <translation>&amp;Datei wählen...</translation>
    </message>
    <message>
        <source>Choose f&amp;older...</source>
        <translation>&amp;Ordner wählen...</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Was der Import tun würde</translation>
    </message>
    <message>
        <source>Choose an export file or a folder of CSV files, then Check: what the import would add, and what it would skip, shows here before anything is written.</source>
        <translation>Wähle eine Exportdatei oder einen Ordner mit CSV-Dateien, dann Prüfen: Was der Import hinzufügen und was er überspringen würde, steht hier, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Folder of CSV files</source>
        <translation>Ordner mit CSV-Dateien</translation>
    </message>
    <message>
        <source>Choose a JSON export or a folder of CSV files.</source>
        <translation>Wähle einen JSON-Export oder einen Ordner mit CSV-Dateien.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported: see the problems above.</source>
        <translation>Nichts wurde importiert: siehe die Probleme oben.</translation>
    </message>
</context>
<context>
    <name>ImportPrescriptionDialog</name>
    <message>
        <source>Import templates</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation>Diese Datei enthält:</translation>
    </message>
    <message>
        <source>&amp;Prescribed by a clinician</source>
        <translation>Von einer Fachperson &amp;verordnet</translation>
    </message>
    <message>
        <source>Prescribed by a clinician</source>
        <translation>Von einer Fachperson verordnet</translation>
    </message>
    <message>
        <source>A prescribed plan shows its author and note on the Programme page, and the advice proposes no step up from it until you unlock it.</source>
        <translation>Bei einem verordneten Plan zeigt die Seite Programm die verordnende Person und ihre Notiz, und die Empfehlung schlägt keine Steigerung darüber hinaus vor, bis du ihn freigibst.</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Vo&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LegSection</name>
    <message>
        <source>Your leg</source>
        <translation>Dein Bein</translation>
    </message>
    <message>
        <source>&amp;Affected side:</source>
        <translation>&amp;Betroffene Seite:</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Morn&amp;ing test:</source>
        <translation>&amp;Morgentest:</translation>
    </message>
    <message>
        <source>The affected side</source>
        <translation>Die betroffene Seite</translation>
    </message>
    <message>
        <source>First si&amp;de for single-leg work:</source>
        <translation>Erste Se&amp;ite bei einbeinigen Übungen:</translation>
    </message>
    <message>
        <source>The other side</source>
        <translation>Die andere Seite</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>A session is running: end it (Esc) first.</source>
        <translation>Eine Einheit läuft: Beende sie zuerst (Esc).</translation>
    </message>
    <message>
        <source>A red flag holds the programme: see a clinician first.</source>
        <translation>Ein Warnzeichen hält das Programm an: Lass dich zuerst untersuchen.</translation>
    </message>
    <message>
        <source>The session cannot be resumed: %1</source>
        <translation>Die Einheit kann nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>A session is running. Quit anyway? Every finished set is saved; you can resume from the next set when you start again.</source>
        <translation>Eine Einheit läuft. Trotzdem beenden? Jeder abgeschlossene Satz ist gespeichert; beim nächsten Start kannst du mit dem nächsten Satz weitermachen.</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>Sitting tolerance (minutes)</source>
        <translation>Sitztoleranz (Minuten)</translation>
    </message>
    <message>
        <source>Single-leg bridge reps, left</source>
        <translation>Einbeinige Brücke, Wdh. links</translation>
    </message>
    <message>
        <source>Single-leg bridge reps, right</source>
        <translation>Einbeinige Brücke, Wdh. rechts</translation>
    </message>
    <message>
        <source>Pain-free hops</source>
        <translation>Schmerzfreie Sprünge</translation>
    </message>
    <message>
        <source>VISA-H total</source>
        <translation>VISA-H gesamt</translation>
    </message>
    <message>
        <source>LEFS total</source>
        <translation>LEFS gesamt</translation>
    </message>
    <message>
        <source>minutes before pain starts</source>
        <translation>Minuten, bis der Schmerz beginnt</translation>
    </message>
    <message>
        <source>reps to fatigue</source>
        <translation>Wdh. bis zur Ermüdung</translation>
    </message>
    <message>
        <source>single-leg hops without pain</source>
        <translation>einbeinige Sprünge ohne Schmerz</translation>
    </message>
    <message>
        <source>from your clinician, 100 = no symptoms</source>
        <translation>von deiner Fachperson, 100 = beschwerdefrei</translation>
    </message>
    <message>
        <source>from your clinician</source>
        <translation>von deiner Fachperson</translation>
    </message>
    <message>
        <source>100 = no symptoms</source>
        <translation>100 = keine Beschwerden</translation>
    </message>
    <message>
        <source>Sitting &amp;tolerance (minutes)</source>
        <translation>Sitz&amp;toleranz (Minuten)</translation>
    </message>
    <message>
        <source>Bridge reps &amp;left</source>
        <translation>Brücken-Wdh. &amp;links</translation>
    </message>
    <message>
        <source>Bridge reps &amp;right</source>
        <translation>Brücken-Wdh. &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Hops</source>
        <translation>&amp;Sprünge</translation>
    </message>
    <message>
        <source>&amp;VISA-H total</source>
        <translation>&amp;VISA-H gesamt</translation>
    </message>
    <message>
        <source>LE&amp;FS total</source>
        <translation>LE&amp;FS gesamt</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Weitere Messwerte</translation>
    </message>
    <message>
        <source>New measures</source>
        <translation>Neue Messwerte</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Messwert bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save measures</source>
        <translation>Messwerte s&amp;peichern</translation>
    </message>
    <message>
        <source>Fill in what you measured today; leave the rest empty. VISA-H and LEFS: enter the total score from your clinician&apos;s questionnaire. Bridge reps count for the stage exit criteria only when the day&apos;s logged pain stays at or under your ceiling and the next morning shows no flare: log a check-in with the pain the test gave you.</source>
        <translation>Trag ein, was du heute gemessen hast; lass den Rest leer. VISA-H und LEFS: Gib die Gesamtpunktzahl aus dem Fragebogen deiner Fachperson ein. Brücken-Wdh. zählen für die Kriterien der nächsten Phase nur, wenn der eingetragene Schmerz des Tages bei oder unter deiner Obergrenze bleibt und der nächste Morgen keine Verschlechterung zeigt: Trag einen Check-in mit dem Schmerz ein, den der Test ausgelöst hat.</translation>
    </message>
    <message>
        <source>Nothing to save: enter a number in at least one box.</source>
        <translation>Nichts zu speichern: Gib in mindestens ein Feld eine Zahl ein.</translation>
    </message>
    <message>
        <source>{name}: enter a number ({range}).</source>
        <translation>{name}: Gib eine Zahl ein ({range}).</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>MorningTest</name>
    <message>
        <source>3 short-lever single-leg bridges</source>
        <translation>3 einbeinige Brücken mit kurzem Hebel</translation>
    </message>
    <message>
        <source>30 s single-leg bridge hold</source>
        <translation>30 s einbeinige Brücke halten</translation>
    </message>
    <message>
        <source>Pull a tied shoe off with the other foot</source>
        <translation>Einen geschnürten Schuh mit dem anderen Fuß ausziehen</translation>
    </message>
    <message>
        <source>5 minutes on a hard chair</source>
        <translation>5 Minuten auf einem harten Stuhl</translation>
    </message>
</context>
<context>
    <name>NoteQuestions</name>
    <message>
        <source>Is this a red flag?</source>
        <translation>Ist das ein Warnzeichen?</translation>
    </message>
    <message>
        <source>Your note of {day}: “{note}”. It can mean: {flags}.</source>
        <translation>Deine Notiz vom {day}: „{note}“. Das kann bedeuten: {flags}.</translation>
    </message>
    <message>
        <source>Yes, log it as a red flag</source>
        <translation>Ja, als Warnzeichen eintragen</translation>
    </message>
    <message>
        <source>No, it is not</source>
        <translation>Nein, ist es nicht</translation>
    </message>
</context>
<context>
    <name>OptionalTime</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: aus</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>green, safe</source>
        <translation>grün, sicher</translation>
    </message>
    <message>
        <source>amber, acceptable</source>
        <translation>gelb, akzeptabel</translation>
    </message>
    <message>
        <source>red, too much</source>
        <translation>rot, zu viel</translation>
    </message>
    <message>
        <source>acceptable (your ceiling {c}/10)</source>
        <translation>akzeptabel (deine Obergrenze {c}/10)</translation>
    </message>
    <message>
        <source>too much to train</source>
        <translation>zu viel zum Trainieren</translation>
    </message>
    <message>
        <source>0-2 green</source>
        <translation>0–2 grün</translation>
    </message>
    <message>
        <source>{range} acceptable (your ceiling)</source>
        <translation>{range} akzeptabel (deine Obergrenze)</translation>
    </message>
    <message>
        <source>{range} too much to train</source>
        <translation>{range} zu viel zum Trainieren</translation>
    </message>
    <message>
        <source>6-10 red</source>
        <translation>6–10 rot</translation>
    </message>
    <message>
        <source>{title}, 0 to 10</source>
        <translation>{title}, 0 bis 10</translation>
    </message>
    <message>
        <source>{title} {n} out of 10</source>
        <translation>{title} {n} von 10</translation>
    </message>
    <message>
        <source>Type 0-10 (T = 10) · ←/→ · Del clears</source>
        <translation>0–10 tippen (T = 10) · ←/→ · Entf löscht</translation>
    </message>
    <message>
        <source>Type 0-10 (T = 10) · ←/→</source>
        <translation>0–10 tippen (T = 10) · ←/→</translation>
    </message>
    <message>
        <source>{title}: not rated</source>
        <translation>{title}: nicht bewertet</translation>
    </message>
    <message>
        <source>{title}: {n}/10 ({zone})</source>
        <translation>{title}: {n}/10 ({zone})</translation>
    </message>
</context>
<context>
    <name>PastDays</name>
    <message>
        <source>Calendar: days in bold have entries</source>
        <translation>Kalender: Tage in Fettschrift haben Einträge</translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation>Kalenderlegende</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>{m} min activity</source>
        <translation>{m} min Aktivität</translation>
    </message>
    <message>
        <source>morning {v}/10</source>
        <translation>morgens {v}/10</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>nichts eingetragen</translation>
    </message>
    <message>
        <source>You cannot write about a day that has not come yet.</source>
        <translation>Für einen Tag, der noch nicht gekommen ist, kannst du nichts eintragen.</translation>
    </message>
</context>
<context>
    <name>PrescribeDialog</name>
    <message>
        <source>Prescribed by</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>e.g. the physio&apos;s name</source>
        <translation>z. B. der Name der Physiotherapeutin</translation>
    </message>
    <message>
        <source>Mark as prescribed</source>
        <translation>Als verordnet markieren</translation>
    </message>
    <message>
        <source>While %1 is prescribed, the advice proposes no step up from it: stepping up is for the person who prescribed it to decide. Easing off for pain still applies. You can unlock it at any time.</source>
        <translation>Solange %1 verordnet ist, schlägt die Empfehlung keine Steigerung darüber hinaus vor: Das entscheidet die Person, die den Plan verordnet hat. Zurückschalten bei Schmerz gilt weiterhin. Du kannst den Plan jederzeit freigeben.</translation>
    </message>
    <message>
        <source>Their note</source>
        <translation>Deine Notiz</translation>
    </message>
    <message>
        <source>&amp;Prescribed by:</source>
        <translation>&amp;Verordnet von:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>Prescriber&apos;s note</source>
        <translation>Notiz der verordnenden Person</translation>
    </message>
    <message>
        <source>Unloc&amp;k…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Unlock the prescription: let the advice propose steps beyond it</source>
        <translation>Verordnung freigeben: Die Empfehlung darf Schritte darüber hinaus vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Mark as prescribed…</source>
        <translation>Als verordnet &amp;markieren…</translation>
    </message>
    <message>
        <source>Mark the selected template as prescribed</source>
        <translation>Gewählte Vorlage als verordnet markieren</translation>
    </message>
    <message>
        <source>your clinician</source>
        <translation>deine Fachperson</translation>
    </message>
    <message>
        <source>Prescribed by %1</source>
        <translation>Verordnet von %1</translation>
    </message>
    <message>
        <source>The advice proposes no step up from this plan: that is for them to decide.</source>
        <translation>Die Empfehlung schlägt keine Steigerung über diesen Plan hinaus vor: Das entscheidet die verordnende Person.</translation>
    </message>
    <message>
        <source>Written by %1 (unlocked: the advice may propose steps beyond it)</source>
        <translation>Geschrieben von %1 (freigegeben: Die Empfehlung darf Schritte darüber hinaus vorschlagen)</translation>
    </message>
    <message>
        <source>Your own template.</source>
        <translation>Deine eigene Vorlage.</translation>
    </message>
    <message>
        <source>Unlock prescription</source>
        <translation>Verordnung freigeben</translation>
    </message>
    <message>
        <source>Unlock %1?

%2 prescribed this plan. Once it is unlocked, the app&apos;s advice may propose steps beyond it (a step up, or the next stage) when your sessions are cleared. Check with %2 before taking them.</source>
        <translation>%1 freigeben?

%2 hat diesen Plan verordnet. Nach der Freigabe darf die Empfehlung der App Schritte darüber hinaus vorschlagen (eine Steigerung oder die nächste Phase), wenn deine Einheiten gut vertragen wurden. Sprich das mit %2 ab, bevor du sie gehst.</translation>
    </message>
    <message>
        <source>%1 is prescribed: the advice stays within it.</source>
        <translation>%1 ist verordnet: Die Empfehlung bleibt innerhalb des Plans.</translation>
    </message>
    <message>
        <source>%1 is unlocked: the advice may propose steps beyond it.</source>
        <translation>%1 ist freigegeben: Die Empfehlung darf Schritte darüber hinaus vorschlagen.</translation>
    </message>
</context>
<context>
    <name>ProgrammeHowTo</name>
    <message>
        <source>Exe&amp;rcise</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <source>Exercise to show</source>
        <translation>Angezeigte Übung</translation>
    </message>
    <message>
        <source>How to do the exercise</source>
        <translation>So geht die Übung</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Where you are on the ladder</source>
        <translation>Wo du auf der Stufenleiter stehst</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import templates from a file</source>
        <translation>Vorlagen aus einer Datei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected template to a file</source>
        <translation>Gewählte Vorlage in eine Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected template of yours</source>
        <translation>Gewählte eigene Vorlage löschen</translation>
    </message>
    <message>
        <source>Exe&amp;rcises…</source>
        <translation>Ü&amp;bungen…</translation>
    </message>
    <message>
        <source>Add, change or delete your exercises</source>
        <translation>Eigene Übungen hinzufügen, ändern oder löschen</translation>
    </message>
    <message>
        <source>Template details</source>
        <translation>Details der Vorlage</translation>
    </message>
    <message>
        <source>Timeline preview or how to do the exercises</source>
        <translation>Vorschau des Zeitplans oder Anleitung zu den Übungen</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>Ho&amp;w to</source>
        <translation>Anleitun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Start this session</source>
        <translation>Diese Einheit &amp;starten</translation>
    </message>
    <message>
        <source>Start the selected session</source>
        <translation>Gewählte Einheit starten</translation>
    </message>
    <message>
        <source>Make it my &amp;current step</source>
        <translation>Als &amp;aktuelle Stufe festlegen</translation>
    </message>
    <message>
        <source>Make the selected template your current step</source>
        <translation>Gewählte Vorlage als aktuelle Stufe festlegen</translation>
    </message>
    <message>
        <source>Programme message</source>
        <translation>Meldung zum Programm</translation>
    </message>
    <message>
        <source>Seed ladder</source>
        <translation>Stufenleiter</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>, your current step</source>
        <translation>, deine aktuelle Stufe</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s).</source>
        <translation>
            <numerusform>%n Vorlage importiert.</numerusform>
            <numerusform>%n Vorlagen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are on step %1 of the seed ladder.</source>
        <translation>Du bist auf Stufe %1 der Stufenleiter.</translation>
    </message>
    <message>
        <source>Your current session is no longer in the programme: choose one below.</source>
        <translation>Deine aktuelle Einheit ist nicht mehr im Programm: Wähle unten eine aus.</translation>
    </message>
    <message>
        <source>Your current session is %1 (not on the seed ladder).</source>
        <translation>Deine aktuelle Einheit ist %1 (nicht auf der Stufenleiter).</translation>
    </message>
    <message>
        <source>Step up only when the advice on Today says so: progress by the 24-hour response, never by the calendar alone.</source>
        <translation>Steigere nur, wenn die Empfehlung unter „Heute“ es sagt: Fortschritt nach der 24-Stunden-Reaktion, nie allein nach dem Kalender.</translation>
    </message>
    <message>
        <source>%1 is now your current step.</source>
        <translation>%1 ist jetzt deine aktuelle Stufe.</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>PHT Coach templates (*.json)</source>
        <translation>PHT-Coach-Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nichts wurde importiert.

%1</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete your template %1?</source>
        <translation>Deine Vorlage %1 löschen?</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Progress charts</source>
        <translation>Verlaufsdiagramme</translation>
    </message>
    <message>
        <source>Left and Right arrows move the read-out one day; Home and End jump.</source>
        <translation>Pfeiltasten links und rechts verschieben die Anzeige um einen Tag; Pos1 und Ende springen.</translation>
    </message>
    <message>
        <source>{0}: nothing logged</source>
        <translation>{0}: nichts eingetragen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>Show the last 4 weeks</source>
        <translation>Die letzten 4 Wochen zeigen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>Show the last 3 months</source>
        <translation>Die letzten 3 Monate zeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show everything logged</source>
        <translation>Alles Eingetragene zeigen</translation>
    </message>
    <message>
        <source>Values on the day under the pointer</source>
        <translation>Werte am Tag unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Point at a day (or focus the charts and use the arrow keys) to read it.</source>
        <translation>Zeig auf einen Tag (oder wähle die Diagramme und nutze die Pfeiltasten), um ihn abzulesen.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>1 more morning check-in and your baseline band appears.</source>
        <translation>Noch 1 Morgen-Check-in, dann erscheint dein Ausgangswert-Band.</translation>
    </message>
    <message>
        <source>{0} more morning check-ins and your baseline band appears.</source>
        <translation>Noch {0} Morgen-Check-ins, dann erscheint dein Ausgangswert-Band.</translation>
    </message>
    <message>
        <source>Do a session: its 24-hour response shows here the morning after.</source>
        <translation>Mach eine Einheit: Deine 24-Stunden-Reaktion erscheint hier am Morgen danach.</translation>
    </message>
    <message>
        <source>What to log next</source>
        <translation>Was du als Nächstes einträgst</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Rate the set</source>
        <translation>Satz bewerten</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Schmerz währenddessen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Effort (RPE)</source>
        <translation>Anstrengung (RPE)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Reps done</source>
        <translation>Geschaffte Wdh.</translation>
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation>Sekunden pro Wdh.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Enter)</translation>
    </message>
    <message>
        <source>How to (H)</source>
        <translation>Anleitung (H)</translation>
    </message>
    <message>
        <source>How to do this exercise</source>
        <translation>So geht diese Übung</translation>
    </message>
    <message>
        <source>0-9 rate · T = 10 · ↑/↓ pain or effort · Tab: reps, seconds, load, buttons · Enter save · H how to</source>
        <translation>0–9 bewerten · T = 10 · ↑/↓ Schmerz oder Anstrengung · Tab: Wdh., Sekunden, Last, Tasten · Enter speichern · H Anleitung</translation>
    </message>
    <message>
        <source>Load (lb)</source>
        <translation>Last (lb)</translation>
    </message>
    <message>
        <source>Load (kg)</source>
        <translation>Last (kg)</translation>
    </message>
    <message>
        <source>Other choice</source>
        <translation>Andere Wahl</translation>
    </message>
    <message>
        <source>Rate the pain you felt during the set.</source>
        <translation>Bewerte den Schmerz, den du während des Satzes gespürt hast.</translation>
    </message>
</context>
<context>
    <name>RedFlag</name>
    <message>
        <source>Rising night or rest pain</source>
        <translation>Zunehmender Nacht- oder Ruheschmerz</translation>
    </message>
    <message>
        <source>Tingling, numbness, weakness or pain radiating down the leg</source>
        <translation>Kribbeln, Taubheit, Schwäche oder ins Bein ausstrahlender Schmerz</translation>
    </message>
    <message>
        <source>A sudden pop or bruising</source>
        <translation>Ein plötzliches Knallen oder ein Bluterguss</translation>
    </message>
    <message>
        <source>Getting worse despite reduced load</source>
        <translation>Verschlechterung trotz geringerer Belastung</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the reminder&apos;s form</source>
        <translation>Formular der Erinnerung öffnen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Erinnerung verwerfen</translation>
    </message>
    <message>
        <source>(%1 more)</source>
        <translation>(%1 weitere)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminders: tray notifications</source>
        <translation>Erinnerungen: Benachrichtigungen im Systembereich</translation>
    </message>
    <message>
        <source>Reminders: desktop notifications</source>
        <translation>Erinnerungen: Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Reminders: a banner in this window</source>
        <translation>Erinnerungen: ein Banner in diesem Fenster</translation>
    </message>
    <message>
        <source>This desktop has no tray, so PHT Coach cannot keep running when its window is closed.</source>
        <translation>Dieser Desktop hat keinen Systembereich (Tray), daher kann PHT Coach nicht weiterlaufen, wenn sein Fenster geschlossen ist.</translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation>Morgen-Check-in</translation>
    </message>
    <message>
        <source>Time for the morning test and today&apos;s pain score.</source>
        <translation>Zeit für den Morgentest und den Schmerzwert von heute.</translation>
    </message>
    <message>
        <source>Evening check-in</source>
        <translation>Abend-Check-in</translation>
    </message>
    <message>
        <source>How was the tendon today? Log the evening pain score.</source>
        <translation>Wie ging es der Sehne heute? Trag den Schmerzwert am Abend ein.</translation>
    </message>
    <message>
        <source>Isometrics</source>
        <translation>Isometrie</translation>
    </message>
    <message>
        <source>Time for your isometrics (%1).</source>
        <translation>Zeit für deine Isometrie (%1).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Isometrics at %1 is already in the list.</source>
        <translation>Isometrie um %1 steht schon in der Liste.</translation>
    </message>
    <message>
        <source>At most %1 isometrics times a day.</source>
        <translation>Höchstens %1 Isometrie-Zeiten pro Tag.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>PHT Coach gives education and structure, not diagnosis. This report lists what its user logged and the advice the app&apos;s rules gave from it (PROTOCOL.md: Silbernagel&apos;s pain-monitoring model and the staged programme of Goom et al. 2016). It is not a medical record; please judge it with your own examination.</source>
        <translation>PHT Coach bietet Wissen und Struktur, keine Diagnose. Dieser Bericht listet, was die Person eingetragen hat, und die Empfehlungen, die die Regeln der App daraus abgeleitet haben (PROTOCOL.md: das Schmerzmonitoring-Modell nach Silbernagel und das gestufte Programm nach Goom et al. 2016). Er ist keine medizinische Dokumentation; bitte beurteilen Sie ihn anhand Ihrer eigenen Untersuchung.</translation>
    </message>
    <message>
        <source>pain during a set above the acceptable ceiling: next set one step easier</source>
        <translation>Schmerz während eines Satzes über der akzeptablen Obergrenze: nächster Satz eine Stufe leichter</translation>
    </message>
    <message>
        <source>24-hour check: next morning test above baseline + margin or above the red limit is red; hold or go back one step for the next sessions</source>
        <translation>24-Stunden-Check: nächster Morgentest über Ausgangswert + Spielraum oder über der Rotgrenze ist rot; für die nächsten Einheiten halten oder eine Stufe zurück</translation>
    </message>
    <message>
        <source>this week&apos;s mean morning test a point or more above last week&apos;s: freeze progression, one set fewer</source>
        <translation>Mittlerer Morgentest dieser Woche einen Punkt oder mehr über dem der letzten Woche: Steigerung einfrieren, ein Satz weniger</translation>
    </message>
    <message>
        <source>step up only when every session at the current dosage in 7 days was green or amber and cleared</source>
        <translation>Steigern nur, wenn jede Einheit mit der aktuellen Dosierung in 7 Tagen grün oder gelb und freigegeben war</translation>
    </message>
    <message>
        <source>stage advance when the exit criteria are met, proposed to the user</source>
        <translation>Nächste Phase, wenn die Abschlusskriterien erfüllt sind, der Person vorgeschlagen</translation>
    </message>
    <message>
        <source>red flags: stop and see a clinician</source>
        <translation>Warnzeichen: aufhören und untersuchen lassen</translation>
    </message>
    <message>
        <source>activity volume up more than the set percentage over two weeks</source>
        <translation>Aktivitätsumfang in zwei Wochen um mehr als den eingestellten Prozentsatz gestiegen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a clinician</source>
        <translation>Bericht für Fachpersonen</translation>
    </message>
    <message>
        <source>A PDF of your pain, sessions, loads, activity, red flags and the advice given, to show a physio or doctor. It is education and structure, not diagnosis.</source>
        <translation>Ein PDF mit deinem Schmerz, deinen Einheiten, Lasten, Aktivitäten, Warnzeichen und den gegebenen Empfehlungen, für Physiotherapie oder Arztpraxis. Es bietet Wissen und Struktur, keine Diagnose.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>Bericht &amp;speichern...</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the diary and the advice of each day...</source>
        <translation>Tagebuch und Empfehlungen jedes Tages werden gelesen...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message>
        <source>Drawing page %1...</source>
        <translation>Seite %1 wird gezeichnet...</translation>
    </message>
    <message>
        <source>Drawing the pages...</source>
        <translation>Seiten werden gezeichnet...</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>RestoreAtStartDialog</name>
    <message>
        <source>Your data cannot be opened</source>
        <translation>Deine Daten lassen sich nicht öffnen</translation>
    </message>
    <message>
        <source>The restore did not work: %1</source>
        <translation>Die Wiederherstellung hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>Restore a backup to go on. The file it replaces is kept as it is, as a backup of its own (“Before a restore”), so nothing is lost.</source>
        <translation>Stelle eine Sicherung wieder her, um weiterzumachen. Die Datei, die sie ersetzt, bleibt unverändert als eigene Sicherung erhalten („Vor einer Wiederherstellung“), es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore. Open the data folder to move the file away (PHT Coach then starts a new, empty diary), or quit.</source>
        <translation>In %1 gibt es keine Sicherung zum Wiederherstellen. Öffne den Datenordner, um die Datei wegzuverschieben (PHT Coach beginnt dann ein neues, leeres Tagebuch), oder beende das Programm.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Unfinished session</source>
        <translation>Unvollendete Einheit</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” started {1} was not finished: %n set(s) of {2} saved.</source>
        <translation>
            <numerusform>„{0}“, begonnen {1}, wurde nicht beendet: %n Satz von {2} gespeichert.</numerusform>
            <numerusform>„{0}“, begonnen {1}, wurde nicht beendet: %n Sätze von {2} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A session started {0} was not finished and cannot be resumed: {1}</source>
        <translation>Eine Einheit, begonnen {0}, wurde nicht beendet und kann nicht fortgesetzt werden: {1}</translation>
    </message>
    <message>
        <source>Resume {0} from set {1}</source>
        <translation>{0} ab Satz {1} fortsetzen</translation>
    </message>
    <message>
        <source>Finish {0}</source>
        <translation>{0} abschließen</translation>
    </message>
    <message>
        <source>Discard (keep its saved sets)</source>
        <translation>Verwerfen (gespeicherte Sätze bleiben)</translation>
    </message>
    <message>
        <source>Discard the unfinished session</source>
        <translation>Unvollendete Einheit verwerfen</translation>
    </message>
</context>
<context>
    <name>RuleLine</name>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <source>The rules</source>
        <translation>Die Regeln</translation>
    </message>
    <message numerus="yes">
        <source> point(s)</source>
        <translation>
            <numerusform> Punkt</numerusform>
            <numerusform> Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>first: {0}</source>
        <translation>zuerst: {0}</translation>
    </message>
</context>
<context>
    <name>RunnerWidget</name>
    <message>
        <source>Session runner</source>
        <translation>Einheit läuft</translation>
    </message>
    <message>
        <source>Screen saver could not be paused: {0}</source>
        <translation>Bildschirmschoner konnte nicht pausiert werden: {0}</translation>
    </message>
</context>
<context>
    <name>ScaleRow</name>
    <message>
        <source>{0} {1} out of 10</source>
        <translation>{0} {1} von 10</translation>
    </message>
    <message>
        <source>green zone</source>
        <translation>grüner Bereich</translation>
    </message>
    <message>
        <source>acceptable, up to your ceiling</source>
        <translation>akzeptabel, bis zu deiner Obergrenze</translation>
    </message>
    <message>
        <source>above your ceiling</source>
        <translation>über deiner Obergrenze</translation>
    </message>
    <message>
        <source>{0} {1} out of 10, {2}</source>
        <translation>{0} {1} von 10, {2}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{0} out of 10</source>
        <translation>{0} von 10</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Eine Zahl von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session: {name}</source>
        <translation>Einheit: {name}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>{name} · {day} {at} · {status}</source>
        <translation>{name} · {day} {at} · {status}</translation>
    </message>
    <message>
        <source>Sets of the session</source>
        <translation>Sätze der Einheit</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Load (lb)</source>
        <translation>Last (lb)</translation>
    </message>
    <message>
        <source>Load (kg)</source>
        <translation>Last (kg)</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Schmerz währenddessen</translation>
    </message>
    <message>
        <source>Effort (RPE)</source>
        <translation>Anstrengung (RPE)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Load, set {n}</source>
        <translation>Last, Satz {n}</translation>
    </message>
    <message>
        <source>Pain during, set {n}</source>
        <translation>Schmerz währenddessen, Satz {n}</translation>
    </message>
    <message>
        <source>Effort, set {n}</source>
        <translation>Anstrengung, Satz {n}</translation>
    </message>
    <message>
        <source>Notes, set {n}</source>
        <translation>Notizen, Satz {n}</translation>
    </message>
    <message>
        <source>Pain after the session</source>
        <translation>Schmerz nach der Einheit</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>Schmerz &amp;danach:</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notizen zur Einheit</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>Einheit &amp;löschen</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>This session is still open in the runner: finish it there first.</source>
        <translation>Diese Einheit ist im Trainingsmodus noch offen: Schließ sie dort zuerst ab.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Get today&apos;s session ready</source>
        <translation>Heutige Einheit vorbereiten</translation>
    </message>
    <message>
        <source>Choose another session on the Programme page</source>
        <translation>Eine andere Einheit auf der Seite Programm wählen</translation>
    </message>
    <message>
        <source>Choose another session</source>
        <translation>Andere Einheit wählen</translation>
    </message>
    <message>
        <source>Today&apos;s session: %1 · %2</source>
        <translation>Heutige Einheit: %1 · %2</translation>
    </message>
    <message>
        <source>Put the laptop where you can hear it; the session talks you through every hold and rep. Keys: Space pause, arrows skip and go back, Esc ends.</source>
        <translation>Stell den Laptop so, dass du ihn hörst; die Einheit führt dich durch jedes Halten und jede Wiederholung. Tasten: Leertaste Pause, Pfeile überspringen und zurück, Esc beendet.</translation>
    </message>
    <message>
        <source>Get it ready (Enter)</source>
        <translation>Vorbereiten (Enter)</translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation>Heutige Einheit</translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your settings have unsaved changes. Save them?</source>
        <translation>Deine Einstellungen haben ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Zurüc&amp;ksetzen</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Ungespeicherte Änderungen zurücksetzen</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Meldung zu den Einstellungen</translation>
    </message>
    <message>
        <source>Nothing to save: no changes.</source>
        <translation>Nichts zu speichern: keine Änderungen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>The output “%1” is not connected: sound plays through the system default until it is back.</source>
        <translation>Der Ausgang „%1“ ist nicht verbunden: Der Ton läuft über den Systemstandard, bis er wieder da ist.</translation>
    </message>
    <message>
        <source>No sound output is working.</source>
        <translation>Keine Tonausgabe funktioniert.</translation>
    </message>
    <message>
        <source>The volume is 0: nothing can be heard.</source>
        <translation>Die Lautstärke ist 0: Es ist nichts zu hören.</translation>
    </message>
    <message>
        <source>Playing a tone and a word.</source>
        <translation>Ein Ton und ein Wort werden abgespielt.</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Morning pain sparkline</source>
        <translation>Verlauf des Morgenschmerzes</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>kein Eintrag</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <source>Sets done</source>
        <translation>Geschaffte Sätze</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz danach</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Back to Today (Enter)</source>
        <translation>Zurück zu Heute (Enter)</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>Zurück zu Heute</translation>
    </message>
    <message>
        <source>Discard this session (D)</source>
        <translation>Diese Einheit verwerfen (D)</translation>
    </message>
    <message>
        <source>Discard this session</source>
        <translation>Diese Einheit verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n set(s)</source>
        <translation>
            <numerusform>{0} von %n Satz</numerusform>
            <numerusform>{0} von %n Sätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} s under tension</source>
        <translation>{0} s unter Spannung</translation>
    </message>
    <message numerus="yes">
        <source>Set {0}{1}: %n rep(s) ({2} s)</source>
        <translation>
            <numerusform>Satz {0}{1}: %n Wdh. ({2} s)</numerusform>
            <numerusform>Satz {0}{1}: %n Wdh. ({2} s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set {0}{1}: %n rep(s)</source>
        <translation>
            <numerusform>Satz {0}{1}: %n Wdh.</numerusform>
            <numerusform>Satz {0}{1}: %n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain after the session</source>
        <translation>Schmerz nach der Einheit</translation>
    </message>
    <message numerus="yes">
        <source>Saving… %n set(s) not saved yet</source>
        <translation>
            <numerusform>Speichern… %n Satz noch nicht gespeichert</numerusform>
            <numerusform>Speichern… %n Sätze noch nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>No work recorded</source>
        <translation>Kein Training erfasst</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation>Einheit vorzeitig beendet</translation>
    </message>
    <message>
        <source>pain {0}/10</source>
        <translation>Schmerz {0}/10</translation>
    </message>
    <message>
        <source>effort {0}/10</source>
        <translation>Anstrengung {0}/10</translation>
    </message>
    <message>
        <source>No set was done, so this session does not count as training and waits for no 24-hour check. Discard it (D), or keep it in the Diary.</source>
        <translation>Es wurde kein Satz gemacht, daher zählt diese Einheit nicht als Training und wartet auf keinen 24-Stunden-Check. Verwirf sie (D) oder behalte sie im Tagebuch.</translation>
    </message>
    <message>
        <source>Saved: pain after {0}/10</source>
        <translation>Gespeichert: Schmerz danach {0}/10</translation>
    </message>
    <message>
        <source>Type 0-9 (T = 10): saved at once</source>
        <translation>0–9 tippen (T = 10): wird sofort gespeichert</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Selected block</source>
        <translation>Gewählter Block</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Zu behebende Probleme</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>Vorlage speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Schließen ohne Speichern (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. First: %1</source>
        <translation>
            <numerusform>%n Problem vor dem Speichern zu beheben. Zuerst: %1</numerusform>
            <numerusform>%n Probleme vor dem Speichern zu beheben. Zuerst: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Bereit zum Speichern.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Length of the session</source>
        <translation>Dauer der Einheit</translation>
    </message>
    <message>
        <source>Cues of the session</source>
        <translation>Signale der Einheit</translation>
    </message>
    <message>
        <source>Phases or cues of the preview</source>
        <translation>Abschnitte oder Signale der Vorschau</translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation>&amp;Abschnitte</translation>
    </message>
    <message>
        <source>C&amp;ues</source>
        <translation>&amp;Signale</translation>
    </message>
    <message>
        <source>Fix the problems to see the timeline.</source>
        <translation>Behebe die Probleme, um den Zeitplan zu sehen.</translation>
    </message>
    <message>
        <source>Length %1 (%2 min) · %3 phases · %4 cues · %5 of work</source>
        <translation>Dauer %1 (%2 min) · %3 Abschnitte · %4 Signale · %5 Belastung</translation>
    </message>
    <message>
        <source>Sto&amp;p (playing the first %1 s)</source>
        <translation>Sto&amp;pp (spielt die ersten %1 s)</translation>
    </message>
    <message>
        <source>Stop the sound preview</source>
        <translation>Tonvorschau stoppen</translation>
    </message>
    <message>
        <source>&amp;Play %1 s</source>
        <translation>%1 s an&amp;hören</translation>
    </message>
    <message>
        <source>Play the first %1 seconds of the cues</source>
        <translation>Die ersten %1 Sekunden der Signale abspielen</translation>
    </message>
</context>
<context>
    <name>TimelineTable</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Set · Rep</source>
        <translation>Satz · Wdh.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Timeline preview</source>
        <translation>Vorschau des Zeitplans</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Which side hurts?</source>
        <translation>Welche Seite schmerzt?</translation>
    </message>
    <message>
        <source>&amp;Left (L)</source>
        <translation>&amp;Links (L)</translation>
    </message>
    <message>
        <source>&amp;Right (R)</source>
        <translation>&amp;Rechts (R)</translation>
    </message>
    <message>
        <source>Affected side: {side}</source>
        <translation>Betroffene Seite: {side}</translation>
    </message>
    <message>
        <source>Notes or an evening check-in: use the Diary.</source>
        <translation>Notizen oder ein Abend-Check-in: im Tagebuch.</translation>
    </message>
    <message>
        <source>Start &amp;another session</source>
        <translation>Noch eine &amp;Einheit starten</translation>
    </message>
    <message>
        <source>Start another session today</source>
        <translation>Heute noch eine Einheit starten</translation>
    </message>
    <message>
        <source>Affected side saved: {side}. Change it any time in Settings.</source>
        <translation>Betroffene Seite gespeichert: {side}. Du kannst sie jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Heute · {day}</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Heutige Einheit starten</translation>
    </message>
    <message>
        <source>Template “{id}” not found: choose one in Programme</source>
        <translation>Vorlage „{id}“ nicht gefunden: Wähle eine unter Programm</translation>
    </message>
    <message>
        <source>{name} – {minutes}&#xa0;min</source>
        <translation>{name} – {minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>one step easier (rule 1)</source>
        <translation>eine Stufe leichter (Regel 1)</translation>
    </message>
    <message>
        <source>one set fewer (rule 3)</source>
        <translation>ein Satz weniger (Regel 3)</translation>
    </message>
    <message>
        <source>✓ Done for today</source>
        <translation>✓ Für heute erledigt</translation>
    </message>
    <message>
        <source>{name} at {at}. Rest, then log tomorrow&apos;s morning test.</source>
        <translation>{name} um {at}. Erhol dich und trag morgen früh den Morgentest ein.</translation>
    </message>
    <message>
        <source>▶ Start today&apos;s session</source>
        <translation>▶ Heutige Einheit starten</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Logged as a red flag: training waits for a clinician check.</source>
        <translation>Als Warnzeichen eingetragen: Das Training wartet auf eine Untersuchung.</translation>
    </message>
    <message>
        <source>Noted: not a red flag.</source>
        <translation>Notiert: kein Warnzeichen.</translation>
    </message>
    <message>
        <source>Clinician check recorded. The red flags logged so far no longer hold the programme; log any new symptom in the Diary.</source>
        <translation>Untersuchung eingetragen. Die bisher eingetragenen Warnzeichen halten das Programm nicht mehr an; trag neue Beschwerden im Tagebuch ein.</translation>
    </message>
    <message>
        <source>Plan changed: today&apos;s session is now {name}.</source>
        <translation>Plan geändert: Die heutige Einheit ist jetzt {name}.</translation>
    </message>
    <message>
        <source>✓ Logged: morning {pain}/10, test {score}/10 at {at}</source>
        <translation>✓ Eingetragen: morgens {pain}/10, Test {score}/10 um {at}</translation>
    </message>
    <message>
        <source>✓ Logged: morning {pain}/10 at {at}</source>
        <translation>✓ Eingetragen: morgens {pain}/10 um {at}</translation>
    </message>
</context>
<context>
    <name>ToleranceEffects</name>
    <message>
        <source>What tends to flare you</source>
        <translation>Was deine Beschwerden eher verstärkt</translation>
    </message>
    <message>
        <source>Each factor&apos;s effect on the next morning, its interval and its verdict</source>
        <translation>Die Wirkung jedes Faktors auf den nächsten Morgen, ihr Intervall und ihre Einschätzung</translation>
    </message>
    <message>
        <source>{factor}: {verdict}</source>
        <translation>{factor}: {verdict}</translation>
    </message>
</context>
<context>
    <name>TolerancePanel</name>
    <message>
        <source>What tends to flare you</source>
        <translation>Was deine Beschwerden eher verstärkt</translation>
    </message>
    <message>
        <source>Long against short</source>
        <translation>Lang gegen kurz</translation>
    </message>
    <message>
        <source>For each activity: how much higher (+) or lower (-) the next morning&apos;s pain was, in points on the 0-10 scale, after a long one and after a shorter one</source>
        <translation>Für jede Aktivität: um wie viel der Schmerz am nächsten Morgen höher (+) oder niedriger (-) war, in Punkten auf der Skala 0–10, nach einer langen und nach einer kürzeren</translation>
    </message>
    <message>
        <source>Show the &amp;counts</source>
        <translation>&amp;Zählung zeigen</translation>
    </message>
    <message>
        <source>Show how often a worse morning followed each</source>
        <translation>Zeigen, wie oft danach ein schlechterer Morgen folgte</translation>
    </message>
    <message>
        <source>The older view: per exercise and activity kind, how often the next morning was worse</source>
        <translation>Die frühere Ansicht: je Übung und Aktivitätsart, wie oft der nächste Morgen schlechter war</translation>
    </message>
    <message>
        <source>Show the &amp;model</source>
        <translation>&amp;Modell zeigen</translation>
    </message>
    <message>
        <source>Tolerance: what was followed by a worse morning</source>
        <translation>Verträglichkeit: worauf ein schlechterer Morgen folgte</translation>
    </message>
    <message>
        <source>Per exercise and activity kind: days done, how many next mornings were above your baseline, and the mean change. Sort by any column.</source>
        <translation>Je Übung und Aktivitätsart: Tage, an denen sie gemacht wurde, wie viele nächste Morgen über deinem Ausgangswert lagen, und die mittlere Änderung. Nach jeder Spalte sortierbar.</translation>
    </message>
    <message>
        <source>Every factor of the last year together, from {n} mornings, so a hilly run is told apart from the session done the same day. {rule}</source>
        <translation>Alle Faktoren des letzten Jahres zugleich, aus {n} Morgen, sodass ein hügeliger Lauf von der Einheit am selben Tag unterschieden wird. {rule}</translation>
    </message>
    <message>
        <source>Not enough data yet: log morning tests and what you do, and each factor&apos;s effect on the next morning shows here.</source>
        <translation>Noch zu wenige Daten: Trag Morgentests und deine Aktivitäten ein, dann erscheint hier die Wirkung jedes Faktors auf den nächsten Morgen.</translation>
    </message>
</context>
<context>
    <name>ToleranceTable</name>
    <message>
        <source>Tolerance table</source>
        <translation>Toleranztabelle</translation>
    </message>
    <message>
        <source>How often each exercise and activity was followed by a worse morning</source>
        <translation>Wie oft auf jede Übung und Aktivität ein schlechterer Morgen folgte</translation>
    </message>
</context>
<context>
    <name>ToleranceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Exercise or activity kind</source>
        <translation>Übung oder Aktivitätsart</translation>
    </message>
    <message>
        <source>Days it was done with a known next-morning result</source>
        <translation>Tage, an denen sie mit bekanntem Ergebnis am nächsten Morgen gemacht wurde</translation>
    </message>
    <message>
        <source>Of those, days the next morning test was above the baseline</source>
        <translation>Davon Tage, an denen der nächste Morgentest über dem Ausgangswert lag</translation>
    </message>
    <message>
        <source>Worse mornings as a share of the days</source>
        <translation>Schlechtere Morgen als Anteil der Tage</translation>
    </message>
    <message>
        <source>Mean of next morning minus baseline (negative is better)</source>
        <translation>Mittelwert von nächstem Morgen minus Ausgangswert (negativ ist besser)</translation>
    </message>
    <message>
        <source>Exercise: judged by the 24-hour response of the day&apos;s last session</source>
        <translation>Übung: beurteilt nach der 24-Stunden-Reaktion der letzten Einheit des Tages</translation>
    </message>
    <message>
        <source>Activity: judged by the next morning test</source>
        <translation>Aktivität: beurteilt nach dem nächsten Morgentest</translation>
    </message>
</context>
<context>
    <name>TrafficLight</name>
    <message>
        <source>Traffic light</source>
        <translation>Ampel</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Morning check-in logged</source>
        <translation>Morgen-Check-in eingetragen</translation>
    </message>
    <message>
        <source>Morning check-in not logged</source>
        <translation>Morgen-Check-in nicht eingetragen</translation>
    </message>
    <message>
        <source>today&apos;s session done</source>
        <translation>heutige Einheit erledigt</translation>
    </message>
    <message>
        <source>see a clinician before the next session</source>
        <translation>vor der nächsten Einheit untersuchen lassen</translation>
    </message>
    <message>
        <source>no session chosen</source>
        <translation>keine Einheit gewählt</translation>
    </message>
    <message>
        <source>today&apos;s session: %1</source>
        <translation>heutige Einheit: %1</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>PHT Coach tray menu</source>
        <translation>PHT-Coach-Menü im Systembereich</translation>
    </message>
    <message>
        <source>Log &amp;morning check-in</source>
        <translation>&amp;Morgen-Check-in eintragen</translation>
    </message>
    <message>
        <source>&amp;Start today&apos;s session</source>
        <translation>Heutige Einheit &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Open PHT Coach</source>
        <translation>PHT Coach ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>PHT Coach is still running and will remind you. Quit it from this icon&apos;s menu.</source>
        <translation>PHT Coach läuft weiter und erinnert dich. Beende es über das Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Morning pain, last 14 days</source>
        <translation>Morgenschmerz, letzte 14 Tage</translation>
    </message>
    <message>
        <source>No mornings logged yet: your morning test will show here.</source>
        <translation>Noch keine Morgen eingetragen: Hier erscheint dein Morgentest.</translation>
    </message>
    <message>
        <source>Latest {v}/10 ({day})</source>
        <translation>Zuletzt {v}/10 ({day})</translation>
    </message>
    <message>
        <source>{n} of {total} mornings logged</source>
        <translation>{n} von {total} Morgen eingetragen</translation>
    </message>
    <message>
        <source>baseline {b}/10</source>
        <translation>Ausgangswert {b}/10</translation>
    </message>
    <message>
        <source>This week: no sessions yet.</source>
        <translation>Diese Woche: noch keine Einheiten.</translation>
    </message>
    <message>
        <source>This week: 1 session ({days})</source>
        <translation>Diese Woche: 1 Einheit ({days})</translation>
    </message>
    <message>
        <source>This week: {n} sessions ({days})</source>
        <translation>Diese Woche: {n} Einheiten ({days})</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo notice</source>
        <translation>Hinweis zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Could not undo: {message}</source>
        <translation>Rückgängigmachen fehlgeschlagen: {message}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore backup...</source>
        <translation>Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>Re&amp;port...</source>
        <translation>Be&amp;richt...</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PHT Coach</source>
        <translation>&amp;Über PHT Coach</translation>
    </message>
    <message>
        <source>&amp;Clinical notes and disclaimer</source>
        <translation>&amp;Klinische Hinweise und Haftungsausschluss</translation>
    </message>
    <message>
        <source>Backed up to %1. A backup is a copy for PHT Coach to restore (File &gt; Restore backup...), not an export.</source>
        <translation>Gesichert nach %1. Eine Sicherung ist eine Kopie zum Wiederherstellen in PHT Coach (Datei &gt; Sicherung wiederherstellen...), kein Export.</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Guided, audible rehab sessions and a pain diary for proximal hamstring tendinopathy.</source>
        <translation>Geführte, hörbare Reha-Einheiten und ein Schmerztagebuch bei proximaler Hamstring-Tendinopathie.</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Deine Daten: %1</translation>
    </message>
    <message>
        <source>Database schema version %1</source>
        <translation>Version des Datenbankschemas %1</translation>
    </message>
    <message>
        <source>Education and structure, not diagnosis. Your data never leaves this machine.</source>
        <translation>Wissen und Struktur, keine Diagnose. Deine Daten verlassen nie diesen Computer.</translation>
    </message>
    <message>
        <source>About PHT Coach</source>
        <translation>Über PHT Coach</translation>
    </message>
</context>
<context>
    <name>_JobDialog</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Wählen...</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>Go back one step to {template} for the next {sessions} after {day}&apos;s red morning test.</source>
        <translation>Geh nach dem roten Morgentest von {day} für die nächsten {sessions} eine Stufe zurück auf {template}.</translation>
    </message>
    <message>
        <source>Hold {template} for the next {sessions} after {day}&apos;s red morning test.</source>
        <translation>Bleib nach dem roten Morgentest von {day} für die nächsten {sessions} bei {template}.</translation>
    </message>
    <message>
        <source>Stay on {template} as {author} prescribed: stepping up is theirs to decide.</source>
        <translation>Bleib bei {template}, wie von {author} verordnet: Über eine Steigerung entscheidet diese Person.</translation>
    </message>
    <message>
        <source>Stay on {template} with one set fewer: this week&apos;s mornings are rising (rule 3).</source>
        <translation>Bleib bei {template} mit einem Satz weniger: Die Morgenwerte dieser Woche steigen (Regel 3).</translation>
    </message>
    <message>
        <source>Move to {target}: {cleared} and the stage {stage} exit criteria shown by your data are met.</source>
        <translation>Wechsle zu {target}: {cleared}, und die Kriterien für den Abschluss von Phase {stage}, die deine Daten zeigen, sind erfüllt.</translation>
    </message>
    <message>
        <source>Stay on {template}: not ready for {target} yet.</source>
        <translation>Bleib bei {template}: noch nicht bereit für {target}.</translation>
    </message>
    <message>
        <source>Step up to {template}: {cleared}.</source>
        <translation>Steigere auf {template}: {cleared}.</translation>
    </message>
    <message>
        <source>Stay on {template}: {blocker}.</source>
        <translation>Bleib bei {template}: {blocker}.</translation>
    </message>
    <message>
        <source>Stay on {template} until you choose the next step.</source>
        <translation>Bleib bei {template}, bis du den nächsten Schritt wählst.</translation>
    </message>
    <message>
        <source>Red flag logged: stop the programme and see a clinician before training again.</source>
        <translation>Warnzeichen eingetragen: Unterbrich das Programm und lass dich untersuchen, bevor du wieder trainierst.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>Weiter so.</translation>
    </message>
    <message>
        <source>Pain {pain}/10 is in the green zone (0-{green}): carry on.</source>
        <translation>Schmerz {pain}/10 liegt im grünen Bereich (0–{green}): mach weiter.</translation>
    </message>
    <message>
        <source>Pain {pain}/10 is acceptable (your ceiling is {ceiling}/10): carry on.</source>
        <translation>Schmerz {pain}/10 ist akzeptabel (deine Obergrenze ist {ceiling}/10): mach weiter.</translation>
    </message>
    <message>
        <source>Pain {pain}/10 is above your ceiling of {ceiling}/10: finish this set, then make the next set one step easier (10-20 % less load, one set fewer or a shorter hold).</source>
        <translation>Schmerz {pain}/10 liegt über deiner Obergrenze von {ceiling}/10: Beende diesen Satz und mach den nächsten eine Stufe leichter (10–20 % weniger Last, ein Satz weniger oder kürzer halten).</translation>
    </message>
    <message>
        <source>Pain {pain}/10 is above {limit}/10: stop this set, then end the session or step down.</source>
        <translation>Schmerz {pain}/10 liegt über {limit}/10: Brich diesen Satz ab und beende dann die Einheit oder geh eine Stufe zurück.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>check yourself</source>
        <translation>selbst prüfen</translation>
    </message>
    <message>
        <source>• {criterion} – {mark}</source>
        <translation>• {criterion} – {mark}</translation>
    </message>
    <message>
        <source>Green days {green} of the last {window}, needs {needed}</source>
        <translation>Grüne Tage {green} der letzten {window}, nötig {needed}</translation>
    </message>
    <message>
        <source>Stage {stage} exit criteria:</source>
        <translation>Kriterien für den Abschluss von Phase {stage}:</translation>
    </message>
    <message>
        <source>, highest {value}/10</source>
        <translation>, höchstens {value}/10</translation>
    </message>
    <message>
        <source>, rising week on week</source>
        <translation>, von Woche zu Woche steigend</translation>
    </message>
    <message>
        <source>Morning tests {logged} of the last {days} days logged{highest}{trend}, needs all {days} ≤ {limit}/10 and stable</source>
        <translation>Morgentests an {logged} der letzten {days} Tage eingetragen{highest}{trend}, nötig: alle {days} ≤ {limit}/10 und stabil</translation>
    </message>
    <message>
        <source>no ratings this week</source>
        <translation>diese Woche keine Bewertungen</translation>
    </message>
    <message>
        <source>highest {value}/10 this week</source>
        <translation>diese Woche höchstens {value}/10</translation>
    </message>
    <message>
        <source>Exercise pain {got}, needs ≤ {limit}/10</source>
        <translation>Schmerz bei den Übungen: {got}, nötig ≤ {limit}/10</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>{reps} ({day})</source>
        <translation>{reps} ({day})</translation>
    </message>
    <message>
        <source>Single-leg bridges on the affected ({side}) side {got}, needs ≥ {needed}{limits}{skipped}</source>
        <translation>Einbeinige Brücken auf der betroffenen Seite ({side}): {got}, nötig ≥ {needed}{limits}{skipped}</translation>
    </message>
    <message>
        <source>{pct} % (affected {affected} / other {other}{day})</source>
        <translation>{pct} % (betroffen {affected} / andere {other}{day})</translation>
    </message>
    <message>
        <source>Bridge symmetry {got}, needs ≥ {needed} %{limits}{skipped}</source>
        <translation>Brückensymmetrie {got}, nötig ≥ {needed} %{limits}{skipped}</translation>
    </message>
    <message>
        <source>Green weeks: {first} then {second} green days, {red} red, needs ≥ {needed} each and no red day</source>
        <translation>Grüne Wochen: {first}, dann {second} grüne Tage, {red} rote, nötig je ≥ {needed} und kein roter Tag</translation>
    </message>
    <message>
        <source>Rest pain logged in the last {days} days, needs none</source>
        <translation>Ruheschmerz in den letzten {days} Tagen eingetragen, nötig: keiner</translation>
    </message>
    <message>
        <source>Rest pain none logged in the last {days} days, needs none</source>
        <translation>Ruheschmerz: keiner in den letzten {days} Tagen eingetragen, nötig: keiner</translation>
    </message>
    <message>
        <source>Unweighted drop lunge, needs pain-free</source>
        <translation>Ausfallschritt ohne Gewicht, nötig: schmerzfrei</translation>
    </message>
    <message>
        <source>Curl strength, needs equal left/right</source>
        <translation>Beugekraft, nötig: links und rechts gleich</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Sitting tolerance {got}, needs ≥ {needed} min</source>
        <translation>Sitztoleranz {got}, nötig ≥ {needed} min</translation>
    </message>
    <message>
        <source>a flare</source>
        <translation>eine Verschlechterung</translation>
    </message>
    <message>
        <source>no flare</source>
        <translation>keine Verschlechterung</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>keine Einheiten</translation>
    </message>
    <message>
        <source>no test counted yet</source>
        <translation>noch kein Test gezählt</translation>
    </message>
    <message>
        <source>pain {value}/10</source>
        <translation>Schmerz {value}/10</translation>
    </message>
    <message>
        <source>next morning {value}/10</source>
        <translation>nächster Morgen {value}/10</translation>
    </message>
    <message>
        <source> at ≤ {ceiling}/10 with no flare the next morning</source>
        <translation> bei ≤ {ceiling}/10 ohne Verschlechterung am nächsten Morgen</translation>
    </message>
    <message>
        <source>{n} with pain above {ceiling}/10 that day</source>
        <translation>{n} mit Schmerz über {ceiling}/10 an dem Tag</translation>
    </message>
    <message>
        <source>{n} followed by a flare the next morning</source>
        <translation>{n} mit Verschlechterung am nächsten Morgen</translation>
    </message>
    <message>
        <source>{n} with no pain logged that day</source>
        <translation>{n} ohne eingetragenen Schmerz an dem Tag</translation>
    </message>
    <message>
        <source>{n} waiting for the next morning&apos;s test</source>
        <translation>{n} warten auf den Morgentest am nächsten Tag</translation>
    </message>
    <message>
        <source>{n} with no morning test the day after</source>
        <translation>{n} ohne Morgentest am Tag danach</translation>
    </message>
    <message>
        <source>{n} with no baseline yet to judge it by</source>
        <translation>{n} noch ohne Ausgangswert zur Beurteilung</translation>
    </message>
    <message>
        <source>; not counted: {tests}</source>
        <translation>; nicht gezählt: {tests}</translation>
    </message>
    <message>
        <source>Red flags logged from {first} to {last} ({flags}) and not yet checked by a clinician: stop the programme and see one before training again.</source>
        <translation>Warnzeichen von {first} bis {last} eingetragen ({flags}) und noch nicht fachlich untersucht: Unterbrich das Programm und lass dich untersuchen, bevor du wieder trainierst.</translation>
    </message>
    <message>
        <source>Red flag logged {day} ({flags}) and not yet checked by a clinician: stop the programme and see one before training again.</source>
        <translation>Warnzeichen {day} eingetragen ({flags}) und noch nicht fachlich untersucht: Unterbrich das Programm und lass dich untersuchen, bevor du wieder trainierst.</translation>
    </message>
    <message>
        <source>Your note {day} says “{note}”, which can be a red flag ({flags}). Is it? Answer on Today; until then, go easy.</source>
        <translation>Deine Notiz {day} sagt „{note}“, das kann ein Warnzeichen sein ({flags}). Ist es eins? Antworte unter „Heute“; bis dahin lass es ruhig angehen.</translation>
    </message>
    <message>
        <source>Waiting for this morning&apos;s test ({test}): log it before training, the 24-hour rule reads it.</source>
        <translation>Warte auf den Morgentest von heute ({test}): Trag ihn vor dem Training ein, die 24-Stunden-Regel nutzt ihn.</translation>
    </message>
    <message>
        <source>No baseline yet: {have} logged, enough for a baseline from tomorrow (a baseline needs {minimum} mornings, then is the median of your last {days}).</source>
        <translation>Noch kein Ausgangswert: {have} eingetragen, genug für einen Ausgangswert ab morgen (ein Ausgangswert braucht {minimum} Morgen und ist dann der Median deiner letzten {days}).</translation>
    </message>
    <message>
        <source>No baseline yet: {have} logged, {need} more needed (a baseline needs {minimum} mornings, then is the median of your last {days}).</source>
        <translation>Noch kein Ausgangswert: {have} eingetragen, {need} weitere nötig (ein Ausgangswert braucht {minimum} Morgen und ist dann der Median deiner letzten {days}).</translation>
    </message>
    <message>
        <source>your {days}-day baseline</source>
        <translation>deinem {days}-Tage-Ausgangswert</translation>
    </message>
    <message>
        <source>your baseline from {n} mornings</source>
        <translation>deinem Ausgangswert aus {n} Morgen</translation>
    </message>
    <message>
        <source>Morning test {m}/10 is {delta} above {your} of {base}/10, more than {margin} above: {action}.</source>
        <translation>Morgentest {m}/10 liegt {delta} über {your} von {base}/10, mehr als {margin} darüber: {action}.</translation>
    </message>
    <message>
        <source>Morning test {m}/10 is above {red}/10: {action}.</source>
        <translation>Morgentest {m}/10 liegt über {red}/10: {action}.</translation>
    </message>
    <message>
        <source>Morning test {m}/10 is {delta} above {your} of {base}/10 (red only more than {margin} above): acceptable but not cleared, so keep the load where it is.</source>
        <translation>Morgentest {m}/10 liegt {delta} über {your} von {base}/10 (rot erst bei mehr als {margin} darüber): akzeptabel, aber nicht freigegeben, also halte die Belastung, wo sie ist.</translation>
    </message>
    <message>
        <source>back at baseline</source>
        <translation>zurück auf dem Ausgangswert</translation>
    </message>
    <message>
        <source>{session} is cleared</source>
        <translation>{session} ist freigegeben</translation>
    </message>
    <message>
        <source>{n} sessions are cleared: {sessions}</source>
        <translation>{n} Einheiten sind freigegeben: {sessions}</translation>
    </message>
    <message>
        <source>Morning test {m}/10 is at or below {your} of {base}/10: {what}.</source>
        <translation>Morgentest {m}/10 liegt auf oder unter {your} von {base}/10: {what}.</translation>
    </message>
    <message>
        <source>{m}/10</source>
        <translation>{m}/10</translation>
    </message>
    <message>
        <source>{m}/10, baseline {base}/10</source>
        <translation>{m}/10, Ausgangswert {base}/10</translation>
    </message>
    <message>
        <source>Red morning test {day} ({reading}): {held} of {hold} held sessions done, {action}.</source>
        <translation>Roter Morgentest {day} ({reading}): {held} von {hold} gehaltenen Einheiten gemacht, {action}.</translation>
    </message>
    <message>
        <source>{sessions} waiting for the 24-hour check; the latest is {latest}. Log the next morning test.</source>
        <translation>Noch offen für den 24-Stunden-Check: {sessions}; zuletzt {latest}. Trag den nächsten Morgentest ein.</translation>
    </message>
    <message>
        <source>This week&apos;s mean morning test {this}/10 is {delta} above last week&apos;s {last}/10 (the limit is {step}): freeze progression and reduce volume (one set fewer) until it settles.</source>
        <translation>Der mittlere Morgentest dieser Woche, {this}/10, liegt {delta} über dem der letzten Woche ({last}/10; die Grenze ist {step}): Steigerung einfrieren und Umfang verringern (ein Satz weniger), bis es sich beruhigt.</translation>
    </message>
    <message>
        <source>2-week running change {change} % ({previous} → {recent} min), more than {limit} %: keep 2-week rises to 10-20 % (from {previous} min that is {low}-{high} min).</source>
        <translation>Laufumfang in 2 Wochen {change} % ({previous} → {recent} min), mehr als {limit} %: Steigere in 2 Wochen nur um 10–20 % (von {previous} min sind das {low}–{high} min).</translation>
    </message>
    <message>
        <source>2-week activity change {change} % ({previous} → {recent} min), more than {limit} %: keep 2-week rises to 10-20 % (from {previous} min that is {low}-{high} min).</source>
        <translation>Aktivität in 2 Wochen {change} % ({previous} → {recent} min), mehr als {limit} %: Steigere in 2 Wochen nur um 10–20 % (von {previous} min sind das {low}–{high} min).</translation>
    </message>
    <message>
        <source>2-week running change {change} % ({previous} → {recent} min, warn above {limit} %).</source>
        <translation>Laufumfang in 2 Wochen {change} % ({previous} → {recent} min, Warnung über {limit} %).</translation>
    </message>
    <message>
        <source>2-week activity change {change} % ({previous} → {recent} min, warn above {limit} %).</source>
        <translation>Aktivität in 2 Wochen {change} % ({previous} → {recent} min, Warnung über {limit} %).</translation>
    </message>
    <message>
        <source>{acute} min of activity in the last 7 days vs {chronic} a week on average (acute:chronic {ratio}, information only).</source>
        <translation>{acute} min Aktivität in den letzten 7 Tagen gegenüber {chronic} pro Woche im Schnitt (akut:chronisch {ratio}, nur zur Information).</translation>
    </message>
    <message>
        <source>above 5/10</source>
        <translation>über 5/10</translation>
    </message>
    <message>
        <source>above your ceiling of {ceiling}/10</source>
        <translation>über deiner Obergrenze von {ceiling}/10</translation>
    </message>
    <message>
        <source>Pain during a set of your last session ({session}) reached {pain}/10, {limit}: start the next session one step easier.</source>
        <translation>Der Schmerz während eines Satzes deiner letzten Einheit ({session}) erreichte {pain}/10, {limit}: Starte die nächste Einheit eine Stufe leichter.</translation>
    </message>
    <message>
        <source>Not stepping up yet: {blocker} (every session at this dosage in the last 7 days must be green or amber and cleared).</source>
        <translation>Noch keine Steigerung: {blocker} (jede Einheit mit dieser Dosierung in den letzten 7 Tagen muss grün oder gelb und freigegeben sein).</translation>
    </message>
    <message>
        <source>Every session of {name} in the last 7 days ({n}) was cleared, but it is not on the ladder: choose the next template in Programme.</source>
        <translation>Jede Einheit von {name} in den letzten 7 Tagen ({n}) war freigegeben, aber sie steht nicht auf der Stufenleiter: Wähle die nächste Vorlage unter Programm.</translation>
    </message>
    <message>
        <source>All sessions of {name} were cleared, but its stage is unknown: choose the next step in Programme.</source>
        <translation>Alle Einheiten von {name} waren freigegeben, aber ihre Phase ist unbekannt: Wähle den nächsten Schritt unter Programm.</translation>
    </message>
    <message>
        <source>You can move to {target}, if you agree. {detail}</source>
        <translation>Du kannst zu {target} wechseln, wenn du einverstanden bist. {detail}</translation>
    </message>
    <message>
        <source>Not ready for {target} yet. {detail}</source>
        <translation>Noch nicht bereit für {target}. {detail}</translation>
    </message>
    <message>
        <source>your clinician</source>
        <translation>deine Fachperson</translation>
    </message>
    <message>
        <source>{template} is prescribed by {author}. Every session of it in the last 7 days was cleared, but stepping up is for {author} to decide: the app proposes no step beyond it until you unlock it in Programme.</source>
        <translation>{template} ist von {author} verordnet. Jede Einheit davon in den letzten 7 Tagen war freigegeben, aber über eine Steigerung entscheidet {author}: Die App schlägt keinen Schritt darüber hinaus vor, bis du sie unter Programm freigibst.</translation>
    </message>
    <message>
        <source>{template} is prescribed by {author}: steps up are for {author} to decide, and the app proposes none beyond it until you unlock it in Programme. Easing off for pain still applies.</source>
        <translation>{template} ist von {author} verordnet: Über Steigerungen entscheidet {author}, und die App schlägt keine darüber hinaus vor, bis du sie unter Programm freigibst. Zurückschalten bei Schmerz gilt weiterhin.</translation>
    </message>
    <message>
        <source>go back one step to {name} for the next {sessions}</source>
        <translation>geh für die nächsten {sessions} eine Stufe zurück auf {name}</translation>
    </message>
    <message>
        <source>hold the load for the next {sessions}</source>
        <translation>halte die Belastung für die nächsten {sessions}</translation>
    </message>
    <message>
        <source>no session of {name} in the last 7 days yet</source>
        <translation>noch keine Einheit von {name} in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>{session} has no pain ratings</source>
        <translation>{session} hat keine Schmerzbewertungen</translation>
    </message>
    <message>
        <source>{session} reached pain {pain}/10, above your ceiling of {ceiling}/10</source>
        <translation>{session} erreichte Schmerz {pain}/10, über deiner Obergrenze von {ceiling}/10</translation>
    </message>
    <message>
        <source>{session} is still waiting for its 24-hour check</source>
        <translation>{session} wartet noch auf den 24-Stunden-Check</translation>
    </message>
    <message>
        <source>no morning test followed {session}</source>
        <translation>auf {session} folgte kein Morgentest</translation>
    </message>
    <message>
        <source>there was no baseline yet to check {session} against</source>
        <translation>es gab noch keinen Ausgangswert, um {session} zu beurteilen</translation>
    </message>
    <message>
        <source>the morning after {session} was {morning}/10, above the baseline of {base}/10</source>
        <translation>{session}: Der Morgen danach lag bei {morning}/10, über dem Ausgangswert von {base}/10</translation>
    </message>
    <message>
        <source>the only session of {name} in the last 7 days was green or amber and cleared the next morning</source>
        <translation>die einzige Einheit von {name} in den letzten 7 Tagen war grün oder gelb und am nächsten Morgen freigegeben</translation>
    </message>
    <message>
        <source>both sessions of {name} in the last 7 days were green or amber and cleared the next morning</source>
        <translation>beide Einheiten von {name} in den letzten 7 Tagen waren grün oder gelb und am nächsten Morgen freigegeben</translation>
    </message>
    <message>
        <source>all {n} sessions of {name} in the last 7 days were green or amber and cleared the next morning</source>
        <translation>alle {n} Einheiten von {name} in den letzten 7 Tagen waren grün oder gelb und am nächsten Morgen freigegeben</translation>
    </message>
    <message>
        <source>stage {stage}</source>
        <translation>Phase {stage}</translation>
    </message>
    <message>
        <source>stage {stage} with {template}</source>
        <translation>Phase {stage} mit {template}</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Einheiten</translation>
    </message>
    <message>
        <source>1 morning test</source>
        <translation>1 Morgentest</translation>
    </message>
    <message>
        <source>{n} morning tests</source>
        <translation>{n} Morgentests</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
    <message>
        <source>{day}&apos;s</source>
        <translation>von {day}</translation>
    </message>
    <message>
        <source>{name} ({dosage})</source>
        <translation>„{name}“ ({dosage})</translation>
    </message>
    <message>
        <source>{day}&apos;s session ({name})</source>
        <translation>die Einheit von {day} ({name})</translation>
    </message>
    <message>
        <source>the session of {day} ({name})</source>
        <translation>die Einheit vom {day} ({name})</translation>
    </message>
    <message>
        <source>Rising night or rest pain</source>
        <translation>Zunehmender Nacht- oder Ruheschmerz</translation>
    </message>
    <message>
        <source>Tingling, numbness, weakness or pain radiating down the leg</source>
        <translation>Kribbeln, Taubheit, Schwäche oder ins Bein ausstrahlender Schmerz</translation>
    </message>
    <message>
        <source>A sudden pop or bruising</source>
        <translation>Ein plötzliches Knallen oder ein Bluterguss</translation>
    </message>
    <message>
        <source>Getting worse despite reduced load</source>
        <translation>Verschlechterung trotz geringerer Belastung</translation>
    </message>
    <message>
        <source>3 short-lever single-leg bridges</source>
        <translation>3 einbeinige Brücken mit kurzem Hebel</translation>
    </message>
    <message>
        <source>30 s single-leg bridge hold</source>
        <translation>30 s einbeinige Brücke halten</translation>
    </message>
    <message>
        <source>Pull a tied shoe off with the other foot</source>
        <translation>Einen geschnürten Schuh mit dem anderen Fuß ausziehen</translation>
    </message>
    <message>
        <source>5 minutes on a hard chair</source>
        <translation>5 Minuten auf einem harten Stuhl</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>a whole number from {lo} to {hi}</source>
        <translation>eine ganze Zahl von {lo} bis {hi}</translation>
    </message>
    <message>
        <source>a number from {lo} to {hi}</source>
        <translation>eine Zahl von {lo} bis {hi}</translation>
    </message>
    <message>
        <source>text of at most {n} characters</source>
        <translation>Text mit höchstens {n} Zeichen</translation>
    </message>
    <message>
        <source>non-empty text</source>
        <translation>nicht leerer Text</translation>
    </message>
    <message>
        <source>text without NUL characters</source>
        <translation>Text ohne NUL-Zeichen</translation>
    </message>
    <message>
        <source>text without broken characters</source>
        <translation>Text ohne defekte Zeichen</translation>
    </message>
    <message>
        <source>a list of at most {n} items</source>
        <translation>eine Liste mit höchstens {n} Einträgen</translation>
    </message>
    <message>
        <source>one of: {allowed}</source>
        <translation>eines von: {allowed}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>(see &apos;{command} --help&apos;)</source>
        <translation>(siehe &apos;{command} --help&apos;)</translation>
    </message>
    <message>
        <source>{text} is not a whole number from {lo} to {hi}</source>
        <translation>{text} ist keine ganze Zahl von {lo} bis {hi}</translation>
    </message>
    <message>
        <source>{app}: guided, audible rehab sessions and a pain diary for proximal hamstring tendinopathy. With no command, opens the app.</source>
        <translation>{app}: geführte, hörbare Reha-Einheiten und ein Schmerztagebuch bei proximaler Hamstring-Tendinopathie. Ohne Befehl öffnet sich die App.</translation>
    </message>
    <message>
        <source>language: en or de (default: the setting, else the system&apos;s)</source>
        <translation>Sprache: en oder de (Standard: die Einstellung, sonst die des Systems)</translation>
    </message>
    <message>
        <source>data folder (default: env {env}, else the user data folder)</source>
        <translation>Datenordner (Standard: Umgebungsvariable {env}, sonst der Benutzerdatenordner)</translation>
    </message>
    <message>
        <source>open on a throwaway copy of demo data</source>
        <translation>mit einer Wegwerfkopie von Demodaten öffnen</translation>
    </message>
    <message>
        <source>open the window, paint once, load sounds and the database, print one JSON line</source>
        <translation>Fenster öffnen, einmal zeichnen, Töne und Datenbank laden, eine JSON-Zeile ausgeben</translation>
    </message>
    <message>
        <source>with --self-test: also open page NAME ({pages}) and report page_ms, the time from asking for it to its first painted frame</source>
        <translation>mit --self-test: zusätzlich die Seite NAME ({pages}) öffnen und page_ms melden, die Zeit von der Anforderung bis zu ihrem ersten gezeichneten Bild</translation>
    </message>
    <message>
        <source>open straight into the session runner for TEMPLATE (or &apos;today&apos;), waiting for Space</source>
        <translation>direkt im Trainingsmodus für TEMPLATE (oder &apos;today&apos;) öffnen und auf die Leertaste warten</translation>
    </message>
    <message>
        <source>what to do (none: open the app); &apos;phtcoach COMMAND --help&apos; for more</source>
        <translation>was zu tun ist (ohne: die App öffnen); mehr mit &apos;phtcoach COMMAND --help&apos;</translation>
    </message>
    <message>
        <source>print the cue schedule of a session</source>
        <translation>den Signalplan einer Einheit ausgeben</translation>
    </message>
    <message>
        <source>machine-readable JSON</source>
        <translation>maschinenlesbares JSON</translation>
    </message>
    <message>
        <source>affected side (default: settings)</source>
        <translation>betroffene Seite (Standard: Einstellungen)</translation>
    </message>
    <message>
        <source>list built-in and user templates</source>
        <translation>eingebaute und eigene Vorlagen auflisten</translation>
    </message>
    <message>
        <source>every exercise with its how-to</source>
        <translation>jede Übung mit ihrer Anleitung</translation>
    </message>
    <message>
        <source>today&apos;s progression advice</source>
        <translation>die Empfehlung für heute</translation>
    </message>
    <message>
        <source>the day (YYYY-MM-DD, default today)</source>
        <translation>der Tag (JJJJ-MM-TT, Standard: heute)</translation>
    </message>
    <message>
        <source>write a data folder with a demo history</source>
        <translation>einen Datenordner mit Demoverlauf schreiben</translation>
    </message>
    <message>
        <source>the new data folder</source>
        <translation>der neue Datenordner</translation>
    </message>
    <message>
        <source>weeks of history, 1 to 520 (default: 12)</source>
        <translation>Wochen Verlauf, 1 bis 520 (Standard: 12)</translation>
    </message>
    <message>
        <source>the same seed gives the same history (default: 42)</source>
        <translation>derselbe Startwert ergibt denselben Verlauf (Standard: 42)</translation>
    </message>
    <message>
        <source>back up the database now</source>
        <translation>die Datenbank jetzt sichern</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>die Datenbank durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>the backup file to put back (the current database is kept as a backup)</source>
        <translation>die Sicherung, die zurückgespielt wird (die aktuelle Datenbank bleibt als Sicherung erhalten)</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>--page: only with --self-test</source>
        <translation>--page: nur zusammen mit --self-test</translation>
    </message>
    <message>
        <source>--data-dir: no database in {root} (log a check-in in the app first)</source>
        <translation>--data-dir: keine Datenbank in {root} (trag zuerst in der App einen Check-in ein)</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Nächster Schritt: {step}</translation>
    </message>
    <message>
        <source>wrote {weeks} weeks of demo history to {out}: {summary}</source>
        <translation>{weeks} Wochen Demoverlauf nach {out} geschrieben: {summary}</translation>
    </message>
    <message>
        <source>--out: {out} already holds a database; choose an empty folder</source>
        <translation>--out: {out} enthält schon eine Datenbank; wähle einen leeren Ordner</translation>
    </message>
    <message>
        <source>--out: {out} is not empty; choose a new or empty folder</source>
        <translation>--out: {out} ist nicht leer; wähle einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>--data-dir: no database in {root} to back up</source>
        <translation>--data-dir: keine Datenbank in {root} zum Sichern</translation>
    </message>
    <message>
        <source>BACKUP: {path} does not exist or is not a file</source>
        <translation>BACKUP: {path} existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <source>restored {name} into {db}; the previous database is in {previous}</source>
        <translation>{name} nach {db} wiederhergestellt; die vorherige Datenbank liegt in {previous}</translation>
    </message>
    <message>
        <source>write the diary as CSV, XLSX or JSON</source>
        <translation>das Tagebuch als CSV, XLSX oder JSON schreiben</translation>
    </message>
    <message>
        <source>file (xlsx, json) or folder (csv)</source>
        <translation>Datei (xlsx, json) oder Ordner (csv)</translation>
    </message>
    <message>
        <source>csv (a folder of tables), xlsx (one workbook) or json (one complete file); csv and json can be imported back</source>
        <translation>csv (ein Ordner mit Tabellen), xlsx (eine Arbeitsmappe) oder json (eine vollständige Datei); csv und json lassen sich wieder importieren</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: the first entry)</source>
        <translation>erster Tag, JJJJ-MM-TT (Standard: der erste Eintrag)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: the last entry)</source>
        <translation>letzter Tag, JJJJ-MM-TT (Standard: der letzte Eintrag)</translation>
    </message>
    <message>
        <source>read a JSON export or a CSV folder back in</source>
        <translation>einen JSON-Export oder einen CSV-Ordner wieder einlesen</translation>
    </message>
    <message>
        <source>a JSON export or a folder of CSV files</source>
        <translation>ein JSON-Export oder ein Ordner mit CSV-Dateien</translation>
    </message>
    <message>
        <source>report what would change; write nothing</source>
        <translation>zeigen, was sich ändern würde; nichts schreiben</translation>
    </message>
    <message>
        <source>--data-dir: no database in {root} to export</source>
        <translation>--data-dir: keine Datenbank in {root} zum Exportieren</translation>
    </message>
    <message>
        <source>exported {format} to {path}</source>
        <translation>{format} exportiert nach {path}</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>Probelauf: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>imported {name}</source>
        <translation>{name} importiert</translation>
    </message>
    <message>
        <source>a template id (see &apos;phtcoach templates&apos;) or an exercise id</source>
        <translation>eine Vorlagen-ID (siehe &apos;phtcoach templates&apos;) oder eine Übungs-ID</translation>
    </message>
    <message>
        <source>isometric</source>
        <translation>isometrisch</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>eccentric</source>
        <translation>exzentrisch</translation>
    </message>
    <message>
        <source>timed</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>Gehen-Laufen</translation>
    </message>
    <message>
        <source>stage {n}</source>
        <translation>Phase {n}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>no stage</source>
        <translation>keine Phase</translation>
    </message>
    <message>
        <source>one leg at a time</source>
        <translation>ein Bein nach dem anderen</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>beide Beine</translation>
    </message>
    <message>
        <source>(no how-to yet)</source>
        <translation>(noch keine Anleitung)</translation>
    </message>
    <message>
        <source>Key cues: {cues}</source>
        <translation>Stichworte: {cues}</translation>
    </message>
    <message>
        <source>If it hurts: {text}</source>
        <translation>Wenn es schmerzt: {text}</translation>
    </message>
    <message>
        <source>Drawing: {path}</source>
        <translation>Zeichnung: {path}</translation>
    </message>
    <message>
        <source>write a PDF report for a clinician</source>
        <translation>einen PDF-Bericht für Fachpersonen schreiben</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>first day (default: 12 weeks before --to)</source>
        <translation>erster Tag (Standard: 12 Wochen vor --to)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>letzter Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>page size (default: a4)</source>
        <translation>Papierformat (Standard: a4)</translation>
    </message>
    <message>
        <source>--out: {out} is a folder; name the PDF file to write</source>
        <translation>--out: {out} ist ein Ordner; nenne die PDF-Datei, die geschrieben werden soll</translation>
    </message>
    <message>
        <source>--from: {first} is after --to {last}</source>
        <translation>--from: {first} liegt nach --to {last}</translation>
    </message>
    <message>
        <source>wrote {out}: {pages} pages, {first} to {last}</source>
        <translation>{out} geschrieben: {pages} Seiten, {first} bis {last}</translation>
    </message>
    <message>
        <source>Backups are in {folder}; put one back with: {command}</source>
        <translation>Die Sicherungen liegen in {folder}; eine davon stellst du so wieder her: {command}</translation>
    </message>
    <message>
        <source>(close {app} first)</source>
        <translation>(schließ zuerst {app})</translation>
    </message>
    <message>
        <source>{text} is not a date (use YYYY-MM-DD, e.g. 2026-03-02)</source>
        <translation>{text} ist kein Datum (JJJJ-MM-TT, z. B. 2026-03-02)</translation>
    </message>
    <message>
        <source>{day} is out of range ({first} to {last})</source>
        <translation>{day} liegt außerhalb des Bereichs ({first} bis {last})</translation>
    </message>
    <message>
        <source>{option}: the path is empty; name a file or folder</source>
        <translation>{option}: der Pfad ist leer; nenne eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>{option}: {path} cannot be a folder: {file} is a file</source>
        <translation>{option}: {path} kann kein Ordner sein: {file} ist eine Datei</translation>
    </message>
    <message>
        <source>{option}: {path} is a file, not a folder</source>
        <translation>{option}: {path} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>{option}: {path} is a device, not a folder</source>
        <translation>{option}: {path} ist ein Gerät, kein Ordner</translation>
    </message>
    <message>
        <source>{option}: {path} is a system folder, not one for data</source>
        <translation>{option}: {path} ist ein Systemordner, keiner für Daten</translation>
    </message>
    <message>
        <source>{option}: {db} is not a database file (it is a folder)</source>
        <translation>{option}: {db} ist keine Datenbankdatei (es ist ein Ordner)</translation>
    </message>
    <message>
        <source>{option}: {path} is not a writable folder</source>
        <translation>{option}: {path} ist kein beschreibbarer Ordner</translation>
    </message>
    <message>
        <source>{option}: {path} is a device, not a file</source>
        <translation>{option}: {path} ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>{option}: {path} is in a system folder, not one for files</source>
        <translation>{option}: {path} liegt in einem Systemordner, keinem für Dateien</translation>
    </message>
    <message>
        <source>{option}: a name is too long ({n} characters; at most {limit})</source>
        <translation>{option}: ein Name ist zu lang ({n} Zeichen; höchstens {limit})</translation>
    </message>
    <message>
        <source>cannot write {path}: the disk is full ({free} free, {need} needed)</source>
        <translation>{path} kann nicht geschrieben werden: der Datenträger ist voll ({free} frei, {need} benötigt)</translation>
    </message>
    <message>
        <source>cannot write {path}: the disk is full ({free} free)</source>
        <translation>{path} kann nicht geschrieben werden: der Datenträger ist voll ({free} frei)</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>what tends to flare you: each factor&apos;s effect on the next morning</source>
        <translation>was deine Beschwerden eher verstärkt: die Wirkung jedes Faktors auf den nächsten Morgen</translation>
    </message>
    <message>
        <source>Each exercise, activity, flag and hard session of the last year, with its effect on the next morning&apos;s test, an 80 % interval and a verdict.</source>
        <translation>Jede Übung, Aktivität, Markierung und harte Einheit des letzten Jahres mit ihrer Wirkung auf den nächsten Morgentest, einem 80-%-Intervall und einer Einschätzung.</translation>
    </message>
    <message>
        <source>Not enough data yet: the model needs morning tests with a baseline and something logged the day before ({n} such mornings so far).</source>
        <translation>Noch zu wenige Daten: Das Modell braucht Morgentests mit einem Ausgangswert und etwas, das am Tag davor eingetragen wurde (bisher {n} solche Morgen).</translation>
    </message>
    <message>
        <source>{n} mornings up to {day}. {rule}</source>
        <translation>{n} Morgen bis {day}. {rule}</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <source>get ready</source>
        <translation>Fertig machen</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>Absenken</translation>
    </message>
    <message>
        <source>up on two legs</source>
        <translation>Beidbeinig hoch</translation>
    </message>
    <message>
        <source>lower on one</source>
        <translation>Einbeinig ab</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>Kurz halten</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>last set</source>
        <translation>Letzter Satz</translation>
    </message>
    <message>
        <source>last rep</source>
        <translation>Letzte Wiederholung</translation>
    </message>
    <message>
        <source>set done</source>
        <translation>Satz geschafft</translation>
    </message>
    <message>
        <source>session complete</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>two-leg bridge</source>
        <translation>Beidbeinige Brücke</translation>
    </message>
    <message>
        <source>single-leg bridge</source>
        <translation>Einbeinige Brücke</translation>
    </message>
    <message>
        <source>knee curl hold</source>
        <translation>Beinbeuger halten</translation>
    </message>
    <message>
        <source>pull-down</source>
        <translation>Fersendruck</translation>
    </message>
    <message>
        <source>eccentric bridge</source>
        <translation>Exzentrische Brücke</translation>
    </message>
    <message>
        <source>tempo bridge</source>
        <translation>Tempo-Brücke</translation>
    </message>
    <message>
        <source>hip thrust</source>
        <translation>Hip Thrust</translation>
    </message>
    <message>
        <source>leg curl</source>
        <translation>Beinbeuger</translation>
    </message>
    <message>
        <source>slider curl</source>
        <translation>Slider-Curl</translation>
    </message>
    <message>
        <source>assisted nordic</source>
        <translation>Nordic mit Hilfe</translation>
    </message>
    <message>
        <source>romanian deadlift</source>
        <translation>Kreuzheben</translation>
    </message>
    <message>
        <source>single-leg deadlift</source>
        <translation>Einbein-Kreuzheben</translation>
    </message>
    <message>
        <source>nordic curl</source>
        <translation>Nordic Curl</translation>
    </message>
    <message>
        <source>split squat</source>
        <translation>Split Squat</translation>
    </message>
    <message>
        <source>kettlebell swing</source>
        <translation>Kettlebell-Swing</translation>
    </message>
    <message>
        <source>a-skips</source>
        <translation>Kniehebelauf</translation>
    </message>
    <message>
        <source>pogo hops</source>
        <translation>Pogo-Sprünge</translation>
    </message>
    <message>
        <source>single-leg hops</source>
        <translation>Einbeinige Sprünge</translation>
    </message>
    <message>
        <source>bounding</source>
        <translation>Sprunglauf</translation>
    </message>
    <message>
        <source>walk-run</source>
        <translation>Gehen und Laufen</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>; known: {ids}</source>
        <translation>; bekannt: {ids}</translation>
    </message>
    <message>
        <source>unknown template {id}{hint}</source>
        <translation>unbekannte Vorlage {id}{hint}</translation>
    </message>
</context>
<context>
    <name>grammar</name>
    <message>
        <source>inline words: lower case</source>
        <translation>inline words: keep capitals</translation>
    </message>
</context>
<context>
    <name>number</name>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>the file is {size} MB; a template file holds at most {max} MB</source>
        <translation>die Datei ist {size} MB groß; eine Vorlagendatei darf höchstens {max} MB groß sein</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>not JSON (line {line}: {error})</source>
        <translation>kein JSON (Zeile {line}: {error})</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a template file</source>
        <translation>die Datei ist zu tief verschachtelt für eine Vorlagendatei</translation>
    </message>
    <message>
        <source>the file holds a number too long to be a template value</source>
        <translation>die Datei enthält eine Zahl, die für einen Vorlagenwert zu lang ist</translation>
    </message>
    <message>
        <source>not a template file ({error})</source>
        <translation>keine Vorlagendatei ({error})</translation>
    </message>
</context>
<context>
    <name>protocol</name>
    <message>
        <source>Double-leg bridge hold</source>
        <translation>Beidbeinige Brücke halten</translation>
    </message>
    <message>
        <source>Bridge hold</source>
        <translation>Brücke halten</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, both heels on the floor about a forearm&apos;s length from your bottom. Squeeze your glutes and lift your hips until knees, hips and shoulders form a line, then hold still. Press down through the heels so you feel the back of the thighs working. Keep the effort moderate: you should be able to hold with something to spare. Breathe normally. Lower slowly when the hold ends.</source>
        <translation>Leg dich auf den Rücken, Knie gebeugt, beide Fersen etwa eine Unterarmlänge vom Gesäß entfernt auf dem Boden. Spann das Gesäß an und heb die Hüfte, bis Knie, Hüfte und Schultern eine Linie bilden, dann halte still. Drück über die Fersen nach unten, sodass du die Oberschenkelrückseite arbeiten spürst. Halte die Anstrengung mäßig: Du solltest mit etwas Reserve halten können. Atme normal. Senk langsam ab, wenn das Halten endet.</translation>
    </message>
    <message>
        <source>Lie on your back on a mat, arms by your sides.</source>
        <translation>Leg dich auf einer Matte auf den Rücken, die Arme neben dem Körper.</translation>
    </message>
    <message>
        <source>Bend your knees and put both heels down about a forearm&apos;s length from your bottom, feet hip-width apart.</source>
        <translation>Beug die Knie und stell beide Fersen etwa eine Unterarmlänge vom Gesäß entfernt auf, die Füße hüftbreit.</translation>
    </message>
    <message>
        <source>Press down through both heels and squeeze your glutes.</source>
        <translation>Drück über beide Fersen nach unten und spann das Gesäß an.</translation>
    </message>
    <message>
        <source>Lift your hips until knees, hips and shoulders make one straight line.</source>
        <translation>Heb die Hüfte, bis Knie, Hüfte und Schultern eine gerade Linie bilden.</translation>
    </message>
    <message>
        <source>Hold still for the count, breathing normally.</source>
        <translation>Halte still, solange gezählt wird, und atme normal.</translation>
    </message>
    <message>
        <source>Lower slowly when the voice says rest.</source>
        <translation>Senk langsam ab, wenn die Stimme „Pause“ sagt.</translation>
    </message>
    <message>
        <source>Work in the glutes and the back of both thighs, at a moderate effort you could keep up a little longer. A mild, dull feeling at the sit bone that fades soon after the set is acceptable.</source>
        <translation>Arbeit im Gesäß und an der Rückseite beider Oberschenkel, mit mäßiger Anstrengung, die du noch etwas länger halten könntest. Ein leichtes, dumpfes Gefühl am Sitzbein, das bald nach dem Satz nachlässt, ist akzeptabel.</translation>
    </message>
    <message>
        <source>Arching the lower back to get higher: lift only to a straight line.</source>
        <translation>Ein Hohlkreuz machen, um höher zu kommen: Heb nur bis zur geraden Linie.</translation>
    </message>
    <message>
        <source>Pushing through the toes, so the front of the thighs takes over.</source>
        <translation>Über die Zehen drücken, sodass die Oberschenkelvorderseite übernimmt.</translation>
    </message>
    <message>
        <source>Holding your breath.</source>
        <translation>Die Luft anhalten.</translation>
    </message>
    <message>
        <source>Cramp in the back of the thigh: the heels are too far away.</source>
        <translation>Krampf in der Oberschenkelrückseite: Die Fersen stehen zu weit weg.</translation>
    </message>
    <message>
        <source>Lift the hips only halfway, or shorten the hold.</source>
        <translation>Heb die Hüfte nur halb so hoch oder halte kürzer.</translation>
    </message>
    <message>
        <source>Hold longer (15 s, then 30-45 s), then move on to the foot-elevated single-leg bridge hold.</source>
        <translation>Halte länger (15 s, dann 30–45 s) und geh dann zur einbeinigen Brücke mit erhöhtem Fuß über.</translation>
    </message>
    <message>
        <source>Up to 3/10 that settles straight after the set is fine. Above that, bring the heels closer to your bottom, lift less high and press more gently. Pain that rises from hold to hold, or a worse next morning: shorten the holds for the next few sessions.</source>
        <translation>Bis 3/10, das direkt nach dem Satz abklingt, ist in Ordnung. Darüber: Stell die Fersen näher ans Gesäß, heb weniger hoch und drück sanfter. Schmerz, der von Halten zu Halten steigt, oder ein schlechterer nächster Morgen: Halte in den nächsten Einheiten kürzer.</translation>
    </message>
    <message>
        <source>Heels down</source>
        <translation>Fersen runter</translation>
    </message>
    <message>
        <source>Squeeze the glutes</source>
        <translation>Gesäß anspannen</translation>
    </message>
    <message>
        <source>Ribs down, breathe</source>
        <translation>Rippen runter, atmen</translation>
    </message>
    <message>
        <source>Foot-elevated single-leg bridge hold</source>
        <translation>Einbeinige Brücke mit erhöhtem Fuß halten</translation>
    </message>
    <message>
        <source>SL bridge hold</source>
        <translation>Einbein. Brücke halten</translation>
    </message>
    <message>
        <source>Lie on your back with the heel of the working leg on a step, sofa edge or low box, knee slightly bent; the other knee pulled towards your chest or the foot held just off the floor. Push down through the heel and lift your hips until they are level with the knee, then hold still. Keep the pelvis level and the hips from sagging or twisting. Aim for a firm but comfortable effort, roughly half to two thirds of your maximum. Mild discomfort at the sit bone that settles straight after the set is acceptable; sharp or rising pain is not.</source>
        <translation>Leg dich auf den Rücken, die Ferse des Arbeitsbeins auf einer Stufe, Sofakante oder niedrigen Kiste, das Knie leicht gebeugt; das andere Knie zur Brust gezogen oder den Fuß knapp über dem Boden. Drück über die Ferse nach unten und heb die Hüfte, bis sie auf Höhe des Knies ist, dann halte still. Halte das Becken gerade und lass die Hüfte weder absacken noch verdrehen. Ziel ist eine feste, aber angenehme Anstrengung, etwa die Hälfte bis zwei Drittel deines Maximums. Leichtes Unbehagen am Sitzbein, das direkt nach dem Satz abklingt, ist akzeptabel; stechender oder zunehmender Schmerz nicht.</translation>
    </message>
    <message>
        <source>Lie on your back with the heel of the working leg on a step, sofa edge or low box, knee slightly bent.</source>
        <translation>Leg dich auf den Rücken, die Ferse des Arbeitsbeins auf einer Stufe, Sofakante oder niedrigen Kiste, das Knie leicht gebeugt.</translation>
    </message>
    <message>
        <source>Pull the other knee towards your chest, or hold that foot just off the floor.</source>
        <translation>Zieh das andere Knie zur Brust oder halte diesen Fuß knapp über dem Boden.</translation>
    </message>
    <message>
        <source>Arms on the floor by your sides for balance.</source>
        <translation>Die Arme liegen zur Stabilität neben dir auf dem Boden.</translation>
    </message>
    <message>
        <source>Push down through the heel on the step.</source>
        <translation>Drück über die Ferse in die Stufe.</translation>
    </message>
    <message>
        <source>Lift your hips until they are level with the working knee.</source>
        <translation>Heb die Hüfte, bis sie auf Höhe des Knies des Arbeitsbeins ist.</translation>
    </message>
    <message>
        <source>Hold still, pelvis level, breathing normally.</source>
        <translation>Halte still, das Becken gerade, und atme normal.</translation>
    </message>
    <message>
        <source>Lower slowly to the floor when the voice says rest.</source>
        <translation>Senk langsam zum Boden ab, wenn die Stimme „Pause“ sagt.</translation>
    </message>
    <message>
        <source>Firm work in the glute and the back of the thigh of the working leg, about half to two thirds of your maximum effort. Mild discomfort at the sit bone that settles straight after the set is acceptable.</source>
        <translation>Feste Arbeit in Gesäß und Oberschenkelrückseite des Arbeitsbeins, etwa die Hälfte bis zwei Drittel deiner maximalen Anstrengung. Leichtes Unbehagen am Sitzbein, das direkt nach dem Satz abklingt, ist akzeptabel.</translation>
    </message>
    <message>
        <source>Hips dropping or twisting towards the free leg&apos;s side.</source>
        <translation>Die Hüfte sinkt ab oder dreht sich zur Seite des freien Beins.</translation>
    </message>
    <message>
        <source>Pushing hard into the floor with the arms instead of the heel.</source>
        <translation>Mit den Armen fest in den Boden drücken statt mit der Ferse.</translation>
    </message>
    <message>
        <source>Lifting too high and arching the lower back.</source>
        <translation>Zu hoch heben und ins Hohlkreuz gehen.</translation>
    </message>
    <message>
        <source>Going all out: the effort should stay moderate.</source>
        <translation>Volle Kraft geben: Die Anstrengung soll mäßig bleiben.</translation>
    </message>
    <message>
        <source>Both heels on the step (a double-leg hold), a lower step, or a shorter hold.</source>
        <translation>Beide Fersen auf der Stufe (beidbeinig halten), eine niedrigere Stufe oder kürzer halten.</translation>
    </message>
    <message>
        <source>Longer holds (15 s, then 30-45 s), then the eccentric bridge: the next steps of the ladder.</source>
        <translation>Länger halten (15 s, dann 30–45 s), dann die exzentrische Brücke: die nächsten Stufen der Leiter.</translation>
    </message>
    <message>
        <source>Up to 3/10 that settles after the set is fine. Above 3/10, bend the working knee more (heel closer to you), use a lower step or go back to both legs. Sharp pain: stop the set. A worse next morning: stay at, or step back to, the shorter holds for a few sessions.</source>
        <translation>Bis 3/10, das nach dem Satz abklingt, ist in Ordnung. Über 3/10: Beug das Knie des Arbeitsbeins mehr (Ferse näher zu dir), nimm eine niedrigere Stufe oder geh zurück auf beide Beine. Stechender Schmerz: Brich den Satz ab. Ein schlechterer nächster Morgen: Bleib für ein paar Einheiten bei kürzerem Halten oder geh dorthin zurück.</translation>
    </message>
    <message>
        <source>Heel into the step</source>
        <translation>Ferse in die Stufe</translation>
    </message>
    <message>
        <source>Hips level</source>
        <translation>Hüfte gerade</translation>
    </message>
    <message>
        <source>Moderate effort</source>
        <translation>Mäßige Anstrengung</translation>
    </message>
    <message>
        <source>Prone knee-flexion hold</source>
        <translation>Knie beugen in Bauchlage halten</translation>
    </message>
    <message>
        <source>Prone knee-flex hold</source>
        <translation>Knie beugen, Bauchlage</translation>
    </message>
    <message>
        <source>Lie face down with the working knee bent to about 45 degrees. Hook the other ankle over it (or use a band tied to something fixed) and try to curl the heel towards your bottom while the other leg stops it moving. Nothing moves: you press and hold. Keep the hips flat on the floor. This works the hamstrings with the hip straight, where the tendon is not squeezed against the sit bone.</source>
        <translation>Leg dich auf den Bauch, das Knie des Arbeitsbeins etwa 45 Grad gebeugt. Hak den anderen Knöchel darüber (oder nimm ein an etwas Festem befestigtes Band) und versuche, die Ferse zum Gesäß zu ziehen, während das andere Bein die Bewegung verhindert. Nichts bewegt sich: Du drückst und hältst. Die Hüfte bleibt flach am Boden. So arbeitet die hintere Oberschenkelmuskulatur bei gestreckter Hüfte, wo die Sehne nicht gegen das Sitzbein gedrückt wird.</translation>
    </message>
    <message>
        <source>Lie face down, forehead on your hands, hips flat on the mat.</source>
        <translation>Leg dich auf den Bauch, die Stirn auf den Händen, die Hüfte flach auf der Matte.</translation>
    </message>
    <message>
        <source>Bend the working knee to about 45 degrees.</source>
        <translation>Beug das Knie des Arbeitsbeins auf etwa 45 Grad.</translation>
    </message>
    <message>
        <source>Hook the other ankle over the working ankle from behind, or loop a band round it tied to something fixed.</source>
        <translation>Hak den anderen Knöchel von hinten über den Knöchel des Arbeitsbeins oder leg ein an etwas Festem befestigtes Band darum.</translation>
    </message>
    <message>
        <source>Try to curl the working heel towards your bottom.</source>
        <translation>Versuche, die Ferse des Arbeitsbeins zum Gesäß zu ziehen.</translation>
    </message>
    <message>
        <source>The other leg (or the band) stops it: nothing moves.</source>
        <translation>Das andere Bein (oder das Band) hält dagegen: Nichts bewegt sich.</translation>
    </message>
    <message>
        <source>Build the press up over a second, hold it for the count, then ease off slowly.</source>
        <translation>Bau den Druck über eine Sekunde auf, halte ihn, solange gezählt wird, und lass dann langsam nach.</translation>
    </message>
    <message>
        <source>Steady work in the back of the thigh, with the hip straight so the tendon is not squeezed at the sit bone. Moderate effort, about half to two thirds of your maximum.</source>
        <translation>Gleichmäßige Arbeit in der Oberschenkelrückseite, bei gestreckter Hüfte, sodass die Sehne nicht am Sitzbein gedrückt wird. Mäßige Anstrengung, etwa die Hälfte bis zwei Drittel deines Maximums.</translation>
    </message>
    <message>
        <source>Hips lifting off the mat as you press.</source>
        <translation>Die Hüfte hebt beim Drücken von der Matte ab.</translation>
    </message>
    <message>
        <source>Letting the knee bend further, so it turns into a curl.</source>
        <translation>Das Knie weiter beugen lassen, sodass daraus ein Curl wird.</translation>
    </message>
    <message>
        <source>Jerking into the press instead of building it smoothly.</source>
        <translation>Ruckartig in den Druck gehen, statt ihn gleichmäßig aufzubauen.</translation>
    </message>
    <message>
        <source>Press more gently, or straighten the knee a little (about 30 degrees).</source>
        <translation>Drück sanfter oder streck das Knie etwas mehr (etwa 30 Grad).</translation>
    </message>
    <message>
        <source>Press harder or hold longer, then move on to slow prone leg curls.</source>
        <translation>Drück fester oder halte länger, dann weiter zu langsamen Beinbeugern in Bauchlage.</translation>
    </message>
    <message>
        <source>The straight hip keeps this gentle on the tendon. If the sit bone hurts above 3/10, press more gently and for shorter holds. Cramp: ease off and straighten the knee a little. Pain spreading down the leg, tingling or numbness: stop, and see a clinician if it stays.</source>
        <translation>Die gestreckte Hüfte hält die Übung schonend für die Sehne. Wenn das Sitzbein über 3/10 schmerzt, drück sanfter und halte kürzer. Krampf: Lass nach und streck das Knie etwas. Schmerz, der ins Bein ausstrahlt, Kribbeln oder Taubheit: Hör auf und lass dich untersuchen, wenn es bleibt.</translation>
    </message>
    <message>
        <source>Hips flat</source>
        <translation>Hüfte flach</translation>
    </message>
    <message>
        <source>Heel towards bottom</source>
        <translation>Ferse zum Gesäß</translation>
    </message>
    <message>
        <source>Nothing moves</source>
        <translation>Nichts bewegt sich</translation>
    </message>
    <message>
        <source>Straight-leg pull-down</source>
        <translation>Fersendruck mit gestrecktem Bein</translation>
    </message>
    <message>
        <source>Lie on your back with the working leg straight and the heel resting on a low step, sofa or bed edge (a few centimetres to a hand&apos;s height). Press the heel down into the support as if pulling the leg towards the floor and hold. Your hips stay on the floor; the back of the thigh and the glute do the work. Raise the support only when holding at the current height is easy.</source>
        <translation>Leg dich auf den Rücken, das Arbeitsbein gestreckt, die Ferse auf einer niedrigen Stufe, Sofa- oder Bettkante (ein paar Zentimeter bis eine Handbreit hoch). Drück die Ferse in die Unterlage, als würdest du das Bein zum Boden ziehen, und halte. Die Hüfte bleibt am Boden; Oberschenkelrückseite und Gesäß arbeiten. Erhöhe die Unterlage erst, wenn das Halten auf der aktuellen Höhe leicht fällt.</translation>
    </message>
    <message>
        <source>Lie on your back, the working leg straight with the heel on a low step, sofa or bed edge.</source>
        <translation>Leg dich auf den Rücken, das Arbeitsbein gestreckt, die Ferse auf einer niedrigen Stufe, Sofa- oder Bettkante.</translation>
    </message>
    <message>
        <source>Start low: a few centimetres up to a hand&apos;s height.</source>
        <translation>Fang niedrig an: ein paar Zentimeter bis eine Handbreit.</translation>
    </message>
    <message>
        <source>Bend the other knee and put that foot flat on the floor.</source>
        <translation>Beug das andere Knie und stell diesen Fuß flach auf den Boden.</translation>
    </message>
    <message>
        <source>Press the heel down into the support, as if pulling the leg to the floor.</source>
        <translation>Drück die Ferse in die Unterlage, als würdest du das Bein zum Boden ziehen.</translation>
    </message>
    <message>
        <source>Keep the hips on the floor: the leg does not move.</source>
        <translation>Die Hüfte bleibt am Boden: Das Bein bewegt sich nicht.</translation>
    </message>
    <message>
        <source>Hold the press for the count, then ease off slowly.</source>
        <translation>Halte den Druck, solange gezählt wird, und lass dann langsam nach.</translation>
    </message>
    <message>
        <source>Work in the back of the thigh and the glute of the straight leg, at a moderate effort well short of your maximum.</source>
        <translation>Arbeit in Oberschenkelrückseite und Gesäß des gestreckten Beins, mit mäßiger Anstrengung deutlich unter deinem Maximum.</translation>
    </message>
    <message>
        <source>Lifting the hips off the floor (that turns it into a bridge).</source>
        <translation>Die Hüfte vom Boden heben (dann wird es eine Brücke).</translation>
    </message>
    <message>
        <source>Bending the working knee.</source>
        <translation>Das Knie des Arbeitsbeins beugen.</translation>
    </message>
    <message>
        <source>Pressing so hard that the lower back arches.</source>
        <translation>So fest drücken, dass der untere Rücken ins Hohlkreuz geht.</translation>
    </message>
    <message>
        <source>A lower support, or press more gently.</source>
        <translation>Eine niedrigere Unterlage oder sanfter drücken.</translation>
    </message>
    <message>
        <source>Hold longer, then raise the support a little (this adds some hip bend).</source>
        <translation>Länger halten, dann die Unterlage etwas erhöhen (das bringt etwas Hüftbeugung).</translation>
    </message>
    <message>
        <source>Above 3/10 at the sit bone: lower the support and press more gently. A higher support bends the hip, which squeezes the tendon, so raise it only while next mornings stay at your usual level.</source>
        <translation>Über 3/10 am Sitzbein: Senk die Unterlage und drück sanfter. Eine höhere Unterlage beugt die Hüfte, was die Sehne drückt; erhöhe sie also nur, solange die nächsten Morgen auf deinem üblichen Niveau bleiben.</translation>
    </message>
    <message>
        <source>Heel down</source>
        <translation>Ferse runter</translation>
    </message>
    <message>
        <source>Hips on the floor</source>
        <translation>Hüfte am Boden</translation>
    </message>
    <message>
        <source>Leg straight</source>
        <translation>Bein gestreckt</translation>
    </message>
    <message>
        <source>Foot-elevated single-leg bridge, eccentric</source>
        <translation>Einbeinige Brücke mit erhöhtem Fuß, exzentrisch</translation>
    </message>
    <message>
        <source>SL bridge, eccentric</source>
        <translation>Einbein. Brücke, exz.</translation>
    </message>
    <message>
        <source>Set up as for the foot-elevated bridge hold, both heels on the step. Lift your hips using both legs. At the top, take the other foot off the step so the working leg carries you, then lower your hips slowly, counting with the voice, until you touch down. Put both feet back on the step and reset before the next rep. The lowering is the exercise: keep it smooth and even all the way down, and keep the pelvis level. With load, rest a dumbbell or a bag on your lap, or ask someone to press down gently on your hips.</source>
        <translation>Ausgangsstellung wie beim Halten der Brücke mit erhöhtem Fuß, beide Fersen auf der Stufe. Heb die Hüfte mit beiden Beinen. Oben nimmst du den anderen Fuß von der Stufe, sodass das Arbeitsbein dich trägt, und senkst die Hüfte dann langsam im Takt der Stimme ab, bis du aufsetzt. Stell beide Füße zurück auf die Stufe und richte dich vor der nächsten Wiederholung neu ein. Das Absenken ist die Übung: gleichmäßig und ruhig den ganzen Weg nach unten, das Becken gerade. Für Last leg eine Kurzhantel oder eine Tasche auf den Schoß oder lass jemanden sanft auf deine Hüfte drücken.</translation>
    </message>
    <message>
        <source>Lie on your back with both heels on the step, knees slightly bent, arms by your sides.</source>
        <translation>Leg dich auf den Rücken, beide Fersen auf der Stufe, die Knie leicht gebeugt, die Arme neben dem Körper.</translation>
    </message>
    <message>
        <source>For load: a dumbbell or bag on your lap, or a partner pressing gently down on your hips.</source>
        <translation>Für Last: eine Kurzhantel oder Tasche auf dem Schoß oder jemand, der sanft auf deine Hüfte drückt.</translation>
    </message>
    <message>
        <source>Lift your hips using both legs.</source>
        <translation>Heb die Hüfte mit beiden Beinen.</translation>
    </message>
    <message>
        <source>At the top, take the other foot off the step so the working leg holds you.</source>
        <translation>Nimm oben den anderen Fuß von der Stufe, sodass dich das Arbeitsbein hält.</translation>
    </message>
    <message>
        <source>Lower your hips slowly and evenly over the count until you touch down.</source>
        <translation>Senk die Hüfte im Takt langsam und gleichmäßig ab, bis du aufsetzt.</translation>
    </message>
    <message>
        <source>Put both feet back on the step and reset before the next rep.</source>
        <translation>Stell beide Füße zurück auf die Stufe und richte dich vor der nächsten Wiederholung neu ein.</translation>
    </message>
    <message>
        <source>The glute and the back of the thigh of the working leg working hard as they lengthen under control, smooth all the way down.</source>
        <translation>Gesäß und Oberschenkelrückseite des Arbeitsbeins arbeiten kräftig, während sie sich kontrolliert verlängern, gleichmäßig bis ganz nach unten.</translation>
    </message>
    <message>
        <source>Dropping quickly over the last part of the way down.</source>
        <translation>Auf dem letzten Stück schnell absacken.</translation>
    </message>
    <message>
        <source>The pelvis tipping towards the free leg&apos;s side.</source>
        <translation>Das Becken kippt zur Seite des freien Beins.</translation>
    </message>
    <message>
        <source>Lifting on one leg instead of two (the raise is meant to be easy).</source>
        <translation>Auf einem Bein statt auf zweien hochgehen (das Hochgehen soll leicht sein).</translation>
    </message>
    <message>
        <source>Arching the back at the top.</source>
        <translation>Oben ins Hohlkreuz gehen.</translation>
    </message>
    <message>
        <source>A shorter lowering count, a lower step, or no load.</source>
        <translation>Kürzer absenken, eine niedrigere Stufe oder ohne Last.</translation>
    </message>
    <message>
        <source>Add load on your lap, then the full single-leg raise and lower (5 s up, 5 s down).</source>
        <translation>Last auf den Schoß, dann einbeinig hoch und ab (5 s hoch, 5 s ab).</translation>
    </message>
    <message>
        <source>Up to 3/10 that settles soon after is fine. Above that: take the load off, lower over a shorter count or a smaller range, and finish the set that way. A worse next morning: go back a step for two or three sessions.</source>
        <translation>Bis 3/10, das bald danach abklingt, ist in Ordnung. Darüber: Nimm die Last weg, senk über einen kürzeren Takt oder einen kleineren Weg ab und beende den Satz so. Ein schlechterer nächster Morgen: Geh für zwei, drei Einheiten eine Stufe zurück.</translation>
    </message>
    <message>
        <source>Up on two legs</source>
        <translation>Hoch auf zwei Beinen</translation>
    </message>
    <message>
        <source>Down on one, slowly</source>
        <translation>Auf einem ab, langsam</translation>
    </message>
    <message>
        <source>Foot-elevated single-leg bridge, tempo</source>
        <translation>Einbeinige Brücke mit erhöhtem Fuß, Tempo</translation>
    </message>
    <message>
        <source>SL bridge, tempo</source>
        <translation>Einbein. Brücke, Tempo</translation>
    </message>
    <message>
        <source>Heel of the working leg on the step, the other foot off it. Lift your hips on the working leg alone, taking the whole count to get to the top, then lower just as slowly. Hold a weight on your lap for load. Move steadily with the voice, no bouncing at the bottom, pelvis level throughout.</source>
        <translation>Ferse des Arbeitsbeins auf der Stufe, der andere Fuß in der Luft. Heb die Hüfte allein mit dem Arbeitsbein und nutz den ganzen Takt, um oben anzukommen, dann senk genauso langsam ab. Für Last halte ein Gewicht auf dem Schoß. Beweg dich gleichmäßig mit der Stimme, ohne unten abzufedern, das Becken die ganze Zeit gerade.</translation>
    </message>
    <message>
        <source>Lie on your back with the heel of the working leg on the step.</source>
        <translation>Leg dich auf den Rücken, die Ferse des Arbeitsbeins auf der Stufe.</translation>
    </message>
    <message>
        <source>Hold the other foot off the step, knee bent or the leg pointing up.</source>
        <translation>Halte den anderen Fuß über der Stufe, das Knie gebeugt oder das Bein nach oben gestreckt.</translation>
    </message>
    <message>
        <source>For load: a dumbbell or bag on your lap, steadied with both hands.</source>
        <translation>Für Last: eine Kurzhantel oder Tasche auf dem Schoß, mit beiden Händen gehalten.</translation>
    </message>
    <message>
        <source>Lift your hips on the working leg alone, taking the whole count to reach the top.</source>
        <translation>Heb die Hüfte allein mit dem Arbeitsbein und nutz den ganzen Takt, um oben anzukommen.</translation>
    </message>
    <message>
        <source>Pause briefly with the hips level with the knee.</source>
        <translation>Halte kurz inne, die Hüfte auf Höhe des Knies.</translation>
    </message>
    <message>
        <source>Lower just as slowly and touch down without bouncing.</source>
        <translation>Senk genauso langsam ab und setz ohne Abfedern auf.</translation>
    </message>
    <message>
        <source>Strong work in the glute and the back of the thigh of the working leg all the way up and down, at a steady pace with the voice.</source>
        <translation>Kräftige Arbeit in Gesäß und Oberschenkelrückseite des Arbeitsbeins, den ganzen Weg hoch und runter, in ruhigem Tempo mit der Stimme.</translation>
    </message>
    <message>
        <source>Rushing the start of the lift or the end of the lowering.</source>
        <translation>Den Anfang des Hebens oder das Ende des Absenkens überhasten.</translation>
    </message>
    <message>
        <source>Pushing off the free leg or the arms.</source>
        <translation>Sich mit dem freien Bein oder den Armen abdrücken.</translation>
    </message>
    <message>
        <source>The pelvis dropping or rotating.</source>
        <translation>Das Becken sinkt ab oder dreht sich.</translation>
    </message>
    <message>
        <source>Bouncing off the floor at the bottom.</source>
        <translation>Unten vom Boden abfedern.</translation>
    </message>
    <message>
        <source>Less load, a lower step, or back to the eccentric bridge (up on two legs).</source>
        <translation>Weniger Last, eine niedrigere Stufe oder zurück zur exzentrischen Brücke (hoch auf zwei Beinen).</translation>
    </message>
    <message>
        <source>More load on the lap, or a straighter knee on the step (a longer lever).</source>
        <translation>Mehr Last auf dem Schoß oder ein gestreckteres Knie auf der Stufe (ein längerer Hebel).</translation>
    </message>
    <message>
        <source>Up to 3/10 that settles after the set is fine. Above that: take load off, bend the working knee more, or lift less high. A flare the next morning: keep the same load, or step back, for two or three sessions.</source>
        <translation>Bis 3/10, das nach dem Satz abklingt, ist in Ordnung. Darüber: Nimm Last weg, beug das Knie des Arbeitsbeins mehr oder heb weniger hoch. Eine Verschlechterung am nächsten Morgen: Behalte die Last bei oder geh für zwei, drei Einheiten zurück.</translation>
    </message>
    <message>
        <source>Slow up, slow down</source>
        <translation>Langsam hoch, langsam ab</translation>
    </message>
    <message>
        <source>Push through the heel</source>
        <translation>Über die Ferse drücken</translation>
    </message>
    <message>
        <source>Hip thrust</source>
        <translation>Hip Thrust</translation>
    </message>
    <message>
        <source>Sit on the floor with your upper back against a bench or sofa edge, knees bent, feet flat, a weight across your hips. Drive through your heels and lift your hips until your body is level from shoulders to knees, then lower under control. Chin tucked, ribs down: the movement comes from the hips, not the lower back. Choose a load you could lift only a couple more times than the reps asked for.</source>
        <translation>Setz dich auf den Boden, den oberen Rücken an eine Bank- oder Sofakante gelehnt, Knie gebeugt, Füße flach, ein Gewicht quer über der Hüfte. Drück über die Fersen und heb die Hüfte, bis dein Körper von den Schultern bis zu den Knien eine Ebene bildet, dann senk kontrolliert ab. Kinn eingezogen, Rippen unten: Die Bewegung kommt aus der Hüfte, nicht aus dem unteren Rücken. Wähle eine Last, die du nur ein paar Mal öfter heben könntest als verlangt.</translation>
    </message>
    <message>
        <source>Sit on the floor with your upper back against the edge of a bench or sofa.</source>
        <translation>Setz dich auf den Boden, den oberen Rücken an die Kante einer Bank oder eines Sofas gelehnt.</translation>
    </message>
    <message>
        <source>Knees bent, feet flat and hip-width apart, a padded weight across your hips.</source>
        <translation>Knie gebeugt, Füße flach und hüftbreit, ein gepolstertes Gewicht quer über der Hüfte.</translation>
    </message>
    <message>
        <source>Tuck your chin and keep your ribs down.</source>
        <translation>Zieh das Kinn ein und halte die Rippen unten.</translation>
    </message>
    <message>
        <source>Drive through your heels and lift until your body is level from shoulders to knees.</source>
        <translation>Drück über die Fersen und heb, bis dein Körper von den Schultern bis zu den Knien eine Ebene bildet.</translation>
    </message>
    <message>
        <source>Pause at the top, then lower under control to just above the floor.</source>
        <translation>Halte oben kurz inne, dann senk kontrolliert bis knapp über den Boden ab.</translation>
    </message>
    <message>
        <source>Mainly the glutes, with the back of the thighs helping. Hard by the last reps, but no pain building at the sit bone.</source>
        <translation>Vor allem das Gesäß, die Oberschenkelrückseite hilft mit. Bei den letzten Wiederholungen schwer, aber ohne Schmerz, der sich am Sitzbein aufbaut.</translation>
    </message>
    <message>
        <source>Overarching the lower back at the top.</source>
        <translation>Oben zu stark ins Hohlkreuz gehen.</translation>
    </message>
    <message>
        <source>Feet too far away (hamstring cramp) or too close (the thighs take over).</source>
        <translation>Füße zu weit weg (Krampf hinten im Oberschenkel) oder zu nah (die Oberschenkelvorderseite übernimmt).</translation>
    </message>
    <message>
        <source>Knees falling inwards.</source>
        <translation>Knie fallen nach innen.</translation>
    </message>
    <message>
        <source>Dropping into the bottom position.</source>
        <translation>In die untere Position fallen lassen.</translation>
    </message>
    <message>
        <source>No weight, or a smaller range (stop well before the hips reach the floor).</source>
        <translation>Ohne Gewicht oder mit kleinerem Bewegungsweg (deutlich bevor die Hüfte den Boden erreicht stoppen).</translation>
    </message>
    <message>
        <source>More load, a slower lowering, or one leg at a time.</source>
        <translation>Mehr Last, langsamer absenken oder einbeinig.</translation>
    </message>
    <message>
        <source>The bottom of the movement bends the hip, which can squeeze the tendon. Above 3/10: stop higher at the bottom and lighten the load. A worse next morning: keep the load the same for two or three sessions.</source>
        <translation>Unten beugt sich die Hüfte, was die Sehne drücken kann. Über 3/10: Stopp unten höher und verringere die Last. Ein schlechterer nächster Morgen: Behalte die Last für zwei, drei Einheiten bei.</translation>
    </message>
    <message>
        <source>Chin tucked</source>
        <translation>Kinn eingezogen</translation>
    </message>
    <message>
        <source>Drive through the heels</source>
        <translation>Über die Fersen drücken</translation>
    </message>
    <message>
        <source>Level at the top</source>
        <translation>Oben eine Ebene</translation>
    </message>
    <message>
        <source>Prone leg curl</source>
        <translation>Beinbeuger in Bauchlage</translation>
    </message>
    <message>
        <source>On a leg curl machine, or face down with an ankle weight or a band: curl your heels towards your bottom and straighten again, slowly both ways. Keep the hips pressed down so the hamstrings do the work without the hip bending. Choose a load you could lift only a couple more times than the reps asked for.</source>
        <translation>An einer Beinbeuger-Maschine oder auf dem Bauch mit Gewichtsmanschette oder Band: Zieh die Fersen zum Gesäß und streck die Beine wieder, in beide Richtungen langsam. Halte die Hüfte unten, damit die hintere Oberschenkelmuskulatur arbeitet, ohne dass sich die Hüfte beugt. Wähle eine Last, die du nur ein paar Mal öfter heben könntest als verlangt.</translation>
    </message>
    <message>
        <source>On a leg curl machine, or face down on the floor with ankle weights or a band round the ankles.</source>
        <translation>An einer Beinbeuger-Maschine oder auf dem Bauch am Boden, mit Gewichtsmanschetten oder einem Band um die Knöchel.</translation>
    </message>
    <message>
        <source>Hips pressed down, forehead on your hands or holding the machine.</source>
        <translation>Hüfte nach unten gedrückt, die Stirn auf den Händen oder an der Maschine festhalten.</translation>
    </message>
    <message>
        <source>Curl your heels towards your bottom slowly, over the count.</source>
        <translation>Zieh die Fersen im Takt langsam zum Gesäß.</translation>
    </message>
    <message>
        <source>Pause briefly at the top.</source>
        <translation>Halte oben kurz inne.</translation>
    </message>
    <message>
        <source>Straighten just as slowly, without letting the weight drop.</source>
        <translation>Streck die Beine genauso langsam, ohne das Gewicht fallen zu lassen.</translation>
    </message>
    <message>
        <source>The back of the thighs working through the whole movement, with the hip straight.</source>
        <translation>Die Oberschenkelrückseite arbeitet über die ganze Bewegung, bei gestreckter Hüfte.</translation>
    </message>
    <message>
        <source>The hips lifting as the heels come up.</source>
        <translation>Die Hüfte hebt sich, wenn die Fersen hochkommen.</translation>
    </message>
    <message>
        <source>Swinging or jerking the weight.</source>
        <translation>Das Gewicht schwingen oder reißen.</translation>
    </message>
    <message>
        <source>Letting the legs drop on the way down.</source>
        <translation>Die Beine auf dem Weg nach unten fallen lassen.</translation>
    </message>
    <message>
        <source>Less load, or a smaller range.</source>
        <translation>Weniger Last oder ein kleinerer Bewegungsweg.</translation>
    </message>
    <message>
        <source>More load, one leg at a time, or a slower lowering.</source>
        <translation>Mehr Last, einbeinig oder langsamer absenken.</translation>
    </message>
    <message>
        <source>With the hip straight this is usually gentle on the tendon. Above 3/10: less load and a smaller range. Cramp: stop the set and walk it off; next set, a little lighter.</source>
        <translation>Mit gestreckter Hüfte ist das meist schonend für die Sehne. Über 3/10: weniger Last und kleinerer Bewegungsweg. Krampf: Brich den Satz ab und geh ein paar Schritte; den nächsten Satz etwas leichter.</translation>
    </message>
    <message>
        <source>Hips down</source>
        <translation>Hüfte unten</translation>
    </message>
    <message>
        <source>Slow both ways</source>
        <translation>Langsam in beide Richtungen</translation>
    </message>
    <message>
        <source>No swinging</source>
        <translation>Nicht schwingen</translation>
    </message>
    <message>
        <source>Slider hamstring curl</source>
        <translation>Beinbeuger mit Gleitpads</translation>
    </message>
    <message>
        <source>Slider curl</source>
        <translation>Beinbeuger Gleitpads</translation>
    </message>
    <message>
        <source>Lie on your back with heels on sliders, a towel on a smooth floor or a gym ball. Lift your hips into a bridge, then slide the heels away until the legs are nearly straight and pull them back in, hips up the whole time. Make it easier by letting the hips touch down between reps; harder by doing it on one leg.</source>
        <translation>Leg dich auf den Rücken, die Fersen auf Gleitpads, einem Handtuch auf glattem Boden oder einem Gymnastikball. Heb die Hüfte in eine Brücke, schieb dann die Fersen weg, bis die Beine fast gestreckt sind, und zieh sie wieder heran, die Hüfte die ganze Zeit oben. Leichter wird es, wenn die Hüfte zwischen den Wiederholungen aufsetzt; schwerer einbeinig.</translation>
    </message>
    <message>
        <source>Lie on your back with your heels on sliders, a towel on a smooth floor, or a gym ball.</source>
        <translation>Leg dich auf den Rücken, die Fersen auf Gleitpads, einem Handtuch auf glattem Boden oder einem Gymnastikball.</translation>
    </message>
    <message>
        <source>Knees bent, arms on the floor by your sides.</source>
        <translation>Knie gebeugt, die Arme neben dir auf dem Boden.</translation>
    </message>
    <message>
        <source>Lift your hips into a bridge.</source>
        <translation>Heb die Hüfte in eine Brücke.</translation>
    </message>
    <message>
        <source>Slide the heels away until the legs are nearly straight, keeping the hips up.</source>
        <translation>Schieb die Fersen weg, bis die Beine fast gestreckt sind, und halte die Hüfte oben.</translation>
    </message>
    <message>
        <source>Pull the heels back in towards your bottom, hips still up.</source>
        <translation>Zieh die Fersen wieder zum Gesäß heran, die Hüfte weiter oben.</translation>
    </message>
    <message>
        <source>Strong work in the back of the thighs, most of all as the legs straighten; the glutes keep the hips up.</source>
        <translation>Kräftige Arbeit in der Oberschenkelrückseite, vor allem beim Strecken der Beine; das Gesäß hält die Hüfte oben.</translation>
    </message>
    <message>
        <source>Hips sagging as the heels slide out.</source>
        <translation>Die Hüfte sackt ab, wenn die Fersen weggleiten.</translation>
    </message>
    <message>
        <source>Locking the knees straight at the end.</source>
        <translation>Die Knie am Ende durchstrecken.</translation>
    </message>
    <message>
        <source>Rushing the slide out.</source>
        <translation>Das Wegschieben überhasten.</translation>
    </message>
    <message>
        <source>Let the hips touch down between reps, or slide out only part of the way.</source>
        <translation>Lass die Hüfte zwischen den Wiederholungen aufsetzen oder schieb nur ein Stück weit weg.</translation>
    </message>
    <message>
        <source>One leg at a time, or a slower slide out.</source>
        <translation>Einbeinig oder langsamer wegschieben.</translation>
    </message>
    <message>
        <source>Above 3/10 at the sit bone: slide out less far and rest the hips on the floor between reps. A worse next morning: a few reps or a set fewer next time.</source>
        <translation>Über 3/10 am Sitzbein: Schieb weniger weit weg und setz die Hüfte zwischen den Wiederholungen ab. Ein schlechterer nächster Morgen: Beim nächsten Mal ein paar Wiederholungen oder einen Satz weniger.</translation>
    </message>
    <message>
        <source>Hips up</source>
        <translation>Hüfte oben</translation>
    </message>
    <message>
        <source>Slide out slowly</source>
        <translation>Langsam wegschieben</translation>
    </message>
    <message>
        <source>Pull back in</source>
        <translation>Wieder heranziehen</translation>
    </message>
    <message>
        <source>Assisted Nordic curl</source>
        <translation>Nordic Curl mit Hilfe</translation>
    </message>
    <message>
        <source>Assisted Nordic</source>
        <translation>Nordic mit Hilfe</translation>
    </message>
    <message>
        <source>Kneel on a cushion with your ankles held under a sofa or by a partner, a resistance band from something high in front of you looped round your chest. Keeping a straight line from knees to shoulders, lean forward slowly as far as you can control, then push back up with your hands or let the band bring you back. Less band help makes it harder.</source>
        <translation>Knie dich auf ein Kissen, die Knöchel unter einem Sofa oder von einer Person festgehalten, ein Widerstandsband von einem hohen Punkt vor dir um die Brust. Halte eine gerade Linie von den Knien bis zu den Schultern und lehn dich langsam so weit nach vorn, wie du es kontrollieren kannst, dann drück dich mit den Händen zurück oder lass dich vom Band zurückholen. Weniger Hilfe durch das Band macht es schwerer.</translation>
    </message>
    <message>
        <source>Kneel on a cushion with your ankles held under a sofa or by a partner.</source>
        <translation>Knie dich auf ein Kissen, die Knöchel unter einem Sofa oder von einer Person festgehalten.</translation>
    </message>
    <message>
        <source>Loop a resistance band round your chest, anchored to something high in front of you.</source>
        <translation>Leg ein Widerstandsband um die Brust, befestigt an einem hohen Punkt vor dir.</translation>
    </message>
    <message>
        <source>Body upright: knees, hips and shoulders in one line.</source>
        <translation>Oberkörper aufrecht: Knie, Hüfte und Schultern in einer Linie.</translation>
    </message>
    <message>
        <source>Keeping that line, lean forward slowly as far as you can control.</source>
        <translation>Halte diese Linie und lehn dich langsam so weit nach vorn, wie du es kontrollieren kannst.</translation>
    </message>
    <message>
        <source>Let the band take some of your weight.</source>
        <translation>Lass das Band einen Teil deines Gewichts tragen.</translation>
    </message>
    <message>
        <source>Push back up with your hands, or let the band help you back.</source>
        <translation>Drück dich mit den Händen wieder hoch oder lass dir vom Band zurückhelfen.</translation>
    </message>
    <message>
        <source>Intense work in the back of the thighs as they lengthen. The band should let you stay smooth the whole way.</source>
        <translation>Intensive Arbeit in der Oberschenkelrückseite, während sie sich verlängert. Das Band sollte dir erlauben, den ganzen Weg gleichmäßig zu bleiben.</translation>
    </message>
    <message>
        <source>Bending at the hips (bottom sticking out) instead of keeping one line.</source>
        <translation>In der Hüfte abknicken (Po nach hinten) statt in einer Linie zu bleiben.</translation>
    </message>
    <message>
        <source>Dropping once it gets hard.</source>
        <translation>Fallen lassen, sobald es schwer wird.</translation>
    </message>
    <message>
        <source>Ankles not held firmly.</source>
        <translation>Die Knöchel sind nicht fest gehalten.</translation>
    </message>
    <message>
        <source>A stronger band, or a shorter lean.</source>
        <translation>Ein stärkeres Band oder weniger weit nach vorn lehnen.</translation>
    </message>
    <message>
        <source>A lighter band, then the full Nordic curl.</source>
        <translation>Ein leichteres Band, dann der volle Nordic Curl.</translation>
    </message>
    <message>
        <source>Above 3/10 at the sit bone: more band help and a shorter lean. Pain that builds over the next day means it was too much: go back to the stronger band for a week.</source>
        <translation>Über 3/10 am Sitzbein: mehr Hilfe durch das Band und weniger weit nach vorn. Schmerz, der sich über den nächsten Tag aufbaut, heißt, es war zu viel: Geh für eine Woche zurück zum stärkeren Band.</translation>
    </message>
    <message>
        <source>One line, knees to shoulders</source>
        <translation>Eine Linie, Knie bis Schultern</translation>
    </message>
    <message>
        <source>Lean slowly</source>
        <translation>Langsam nach vorn</translation>
    </message>
    <message>
        <source>Stop where control ends</source>
        <translation>Stopp, wo die Kontrolle endet</translation>
    </message>
    <message>
        <source>Romanian deadlift</source>
        <translation>Rumänisches Kreuzheben</translation>
    </message>
    <message>
        <source>Stand holding a weight in front of your thighs, knees softly bent. Push your hips back and let the weight slide down the front of the legs with a flat back until you feel the hamstrings stretch, then stand up by driving the hips forward. Start with a short range (weight to just above the knees) and go lower only while next-morning pain stays at your usual level: bending at the hip squeezes the tendon.</source>
        <translation>Steh aufrecht und halte ein Gewicht vor den Oberschenkeln, die Knie leicht gebeugt. Schieb die Hüfte nach hinten und lass das Gewicht mit geradem Rücken vorn an den Beinen hinuntergleiten, bis du die Dehnung hinten im Oberschenkel spürst, dann richte dich auf, indem du die Hüfte nach vorn schiebst. Fang mit kurzem Bewegungsweg an (Gewicht bis knapp über die Knie) und geh nur tiefer, solange der Schmerz am nächsten Morgen auf deinem üblichen Niveau bleibt: Beugen in der Hüfte drückt die Sehne.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, holding a weight in front of your thighs.</source>
        <translation>Steh aufrecht, die Füße hüftbreit, ein Gewicht vor den Oberschenkeln.</translation>
    </message>
    <message>
        <source>Knees softly bent, and kept that way.</source>
        <translation>Die Knie leicht gebeugt, und so bleiben sie.</translation>
    </message>
    <message>
        <source>Push your hips back and let the weight slide down the front of your legs, back flat.</source>
        <translation>Schieb die Hüfte nach hinten und lass das Gewicht vorn an den Beinen hinuntergleiten, der Rücken gerade.</translation>
    </message>
    <message>
        <source>Go down until the back of the thighs tightens: at first only to just above the knees.</source>
        <translation>Geh hinunter, bis sich die Oberschenkelrückseite spannt: anfangs nur bis knapp über die Knie.</translation>
    </message>
    <message>
        <source>Drive the hips forward to stand tall again.</source>
        <translation>Schieb die Hüfte nach vorn und richte dich wieder auf.</translation>
    </message>
    <message>
        <source>Load building in the back of the thighs on the way down, and the glutes driving you up.</source>
        <translation>Zunehmende Spannung in der Oberschenkelrückseite auf dem Weg nach unten, und das Gesäß bringt dich wieder hoch.</translation>
    </message>
    <message>
        <source>Rounding the back to reach lower.</source>
        <translation>Den Rücken runden, um tiefer zu kommen.</translation>
    </message>
    <message>
        <source>Bending the knees into a squat.</source>
        <translation>Die Knie beugen wie bei einer Kniebeuge.</translation>
    </message>
    <message>
        <source>The weight drifting away from the legs.</source>
        <translation>Das Gewicht entfernt sich von den Beinen.</translation>
    </message>
    <message>
        <source>Going deeper than the tendon tolerates.</source>
        <translation>Tiefer gehen, als die Sehne verträgt.</translation>
    </message>
    <message>
        <source>A shorter range, or a lighter weight.</source>
        <translation>Ein kürzerer Bewegungsweg oder ein leichteres Gewicht.</translation>
    </message>
    <message>
        <source>A deeper range as mornings allow, more load, or the single-leg version.</source>
        <translation>Tiefer, wie die Morgen es erlauben, mehr Last oder die einbeinige Variante.</translation>
    </message>
    <message>
        <source>Bending at the hip squeezes the tendon. Above 3/10: stop higher and lighten the load. Go deeper only while next-morning pain stays at your usual level.</source>
        <translation>Beugen in der Hüfte drückt die Sehne. Über 3/10: Stopp höher und verringere die Last. Geh nur tiefer, solange der Schmerz am nächsten Morgen auf deinem üblichen Niveau bleibt.</translation>
    </message>
    <message>
        <source>Hips back</source>
        <translation>Hüfte nach hinten</translation>
    </message>
    <message>
        <source>Flat back</source>
        <translation>Gerader Rücken</translation>
    </message>
    <message>
        <source>Weight close to the legs</source>
        <translation>Gewicht nah an den Beinen</translation>
    </message>
    <message>
        <source>Single-leg Romanian deadlift</source>
        <translation>Einbeiniges rumänisches Kreuzheben</translation>
    </message>
    <message>
        <source>SL Romanian deadlift</source>
        <translation>Einbein. Kreuzheben</translation>
    </message>
    <message>
        <source>Stand on the working leg, knee softly bent, holding a weight in the opposite hand. Hinge at the hip so the free leg lifts behind you in line with your trunk, hips level, until you feel the hamstring stretch, then return upright. Use a wall or chair for balance at first. Grow the range only while mornings stay calm.</source>
        <translation>Steh auf dem Arbeitsbein, das Knie leicht gebeugt, ein Gewicht in der gegenüberliegenden Hand. Kipp in der Hüfte nach vorn, sodass das freie Bein in Linie mit dem Oberkörper nach hinten steigt, die Hüfte gerade, bis du die Dehnung hinten im Oberschenkel spürst, dann richte dich auf. Halte dich anfangs an einer Wand oder einem Stuhl fest. Vergrößere den Bewegungsweg nur, solange die Morgen ruhig bleiben.</translation>
    </message>
    <message>
        <source>Stand on the working leg, knee softly bent, a weight in the opposite hand.</source>
        <translation>Steh auf dem Arbeitsbein, das Knie leicht gebeugt, ein Gewicht in der gegenüberliegenden Hand.</translation>
    </message>
    <message>
        <source>Have a wall or chair within reach for balance.</source>
        <translation>Hab eine Wand oder einen Stuhl zum Festhalten in Reichweite.</translation>
    </message>
    <message>
        <source>Hinge at the hip: the trunk tips forward as the free leg lifts behind you, in line with it.</source>
        <translation>Kipp in der Hüfte: Der Oberkörper neigt sich nach vorn, während das freie Bein in Linie dazu nach hinten steigt.</translation>
    </message>
    <message>
        <source>Keep the hips level, facing the floor.</source>
        <translation>Halte die Hüfte gerade, zum Boden gerichtet.</translation>
    </message>
    <message>
        <source>Go until the back of the standing thigh loads, then return upright.</source>
        <translation>Geh, bis die Rückseite des Standbeins Last spürt, dann richte dich wieder auf.</translation>
    </message>
    <message>
        <source>Load and a mild stretch in the back of the standing thigh, with the glute working to steady you.</source>
        <translation>Last und eine leichte Dehnung hinten im Oberschenkel des Standbeins, das Gesäß arbeitet, um dich zu stabilisieren.</translation>
    </message>
    <message>
        <source>The free leg&apos;s hip opening up towards the ceiling.</source>
        <translation>Die Hüfte des freien Beins dreht sich zur Decke auf.</translation>
    </message>
    <message>
        <source>Rounding the back.</source>
        <translation>Den Rücken runden.</translation>
    </message>
    <message>
        <source>Locking the standing knee.</source>
        <translation>Das Knie des Standbeins durchstrecken.</translation>
    </message>
    <message>
        <source>Losing balance and rushing.</source>
        <translation>Das Gleichgewicht verlieren und hetzen.</translation>
    </message>
    <message>
        <source>Hold a wall or chair, no weight, a shorter range.</source>
        <translation>Halte dich an Wand oder Stuhl fest, ohne Gewicht, kürzerer Bewegungsweg.</translation>
    </message>
    <message>
        <source>More load, no support, or a slower lowering.</source>
        <translation>Mehr Last, ohne Halt oder langsamer absenken.</translation>
    </message>
    <message>
        <source>The hip bend squeezes the tendon: above 3/10, shorten the range and take weight off. Grow the range only while mornings stay calm.</source>
        <translation>Die Hüftbeugung drückt die Sehne: Über 3/10 verkürze den Bewegungsweg und nimm Gewicht weg. Vergrößere den Bewegungsweg nur, solange die Morgen ruhig bleiben.</translation>
    </message>
    <message>
        <source>Long line head to heel</source>
        <translation>Lange Linie vom Kopf bis zur Ferse</translation>
    </message>
    <message>
        <source>Soft knee</source>
        <translation>Knie leicht gebeugt</translation>
    </message>
    <message>
        <source>Nordic curl</source>
        <translation>Nordic Curl</translation>
    </message>
    <message>
        <source>Kneel with your ankles anchored. Keeping a straight line from knees to shoulders, lower your body towards the floor as slowly as you can, resisting with the hamstrings, and catch yourself with your hands. Push back up with your hands. Stop the descent where you can no longer control it; that point moves further down as you get stronger.</source>
        <translation>Knie dich hin, die Knöchel fixiert. Halte eine gerade Linie von den Knien bis zu den Schultern und senk den Körper so langsam wie möglich zum Boden ab, indem du mit der Oberschenkelrückseite bremst, und fang dich mit den Händen ab. Drück dich mit den Händen wieder hoch. Beende das Absenken dort, wo du es nicht mehr kontrollieren kannst; dieser Punkt wandert tiefer, je kräftiger du wirst.</translation>
    </message>
    <message>
        <source>Kneel on a cushion with your ankles anchored under something solid or held by a partner.</source>
        <translation>Knie dich auf ein Kissen, die Knöchel unter etwas Festem fixiert oder von einer Person gehalten.</translation>
    </message>
    <message>
        <source>Body upright, knees to shoulders in one line, hands ready in front of your chest.</source>
        <translation>Oberkörper aufrecht, Knie bis Schultern in einer Linie, die Hände bereit vor der Brust.</translation>
    </message>
    <message>
        <source>Lower your body towards the floor as slowly as you can, keeping the line.</source>
        <translation>Senk den Körper so langsam wie möglich zum Boden ab und halte die Linie.</translation>
    </message>
    <message>
        <source>Resist with the back of the thighs all the way.</source>
        <translation>Brems den ganzen Weg mit der Oberschenkelrückseite.</translation>
    </message>
    <message>
        <source>Catch yourself with your hands where you can no longer control it.</source>
        <translation>Fang dich mit den Händen ab, wo du es nicht mehr kontrollieren kannst.</translation>
    </message>
    <message>
        <source>Push back up with your hands to the start.</source>
        <translation>Drück dich mit den Händen zurück in die Ausgangsstellung.</translation>
    </message>
    <message>
        <source>Very strong work in the back of the thighs as they lengthen. Expect muscle soreness for a day or two at first.</source>
        <translation>Sehr kräftige Arbeit in der Oberschenkelrückseite, während sie sich verlängert. Rechne anfangs mit ein, zwei Tagen Muskelkater.</translation>
    </message>
    <message>
        <source>Bending at the hips to make it easier.</source>
        <translation>In der Hüfte abknicken, um es leichter zu machen.</translation>
    </message>
    <message>
        <source>Falling the last part without resisting.</source>
        <translation>Das letzte Stück ohne Bremsen fallen.</translation>
    </message>
    <message>
        <source>Ankles slipping out of the anchor.</source>
        <translation>Die Knöchel rutschen aus der Fixierung.</translation>
    </message>
    <message>
        <source>The assisted Nordic with a band, or a shorter descent.</source>
        <translation>Nordic mit Hilfe eines Bandes oder kürzer absenken.</translation>
    </message>
    <message>
        <source>Lower further, or more slowly, before you catch yourself.</source>
        <translation>Tiefer oder langsamer absenken, bevor du dich abfängst.</translation>
    </message>
    <message>
        <source>Muscle soreness is normal; pain at the sit bone above 3/10 is not: use band help and lower less far. A worse next morning: back to the assisted version for a week.</source>
        <translation>Muskelkater ist normal; Schmerz am Sitzbein über 3/10 nicht: Nimm Hilfe durch ein Band und senk weniger tief ab. Ein schlechterer nächster Morgen: Eine Woche zurück zur Variante mit Hilfe.</translation>
    </message>
    <message>
        <source>One straight line</source>
        <translation>Eine gerade Linie</translation>
    </message>
    <message>
        <source>Lower slowly</source>
        <translation>Langsam absenken</translation>
    </message>
    <message>
        <source>Catch with your hands</source>
        <translation>Mit den Händen abfangen</translation>
    </message>
    <message>
        <source>Split squat</source>
        <translation>Split Squat</translation>
    </message>
    <message>
        <source>Stand in a long stride, the working leg in front, rear heel up. Lower straight down until the back knee nearly touches the floor, then push up through the front heel. Keep the trunk upright. Depth brings hip flexion under load: start shallow and go deeper only as mornings allow. Hold weights in your hands to load it.</source>
        <translation>Stell dich in einen langen Ausfallschritt, das Arbeitsbein vorn, die hintere Ferse angehoben. Senk dich senkrecht ab, bis das hintere Knie fast den Boden berührt, dann drück dich über die vordere Ferse hoch. Halte den Oberkörper aufrecht. Tiefe bringt Hüftbeugung unter Last: Fang flach an und geh nur tiefer, wie die Morgen es erlauben. Halte Gewichte in den Händen für mehr Last.</translation>
    </message>
    <message>
        <source>Stand in a long stride, the working leg in front, the rear heel up.</source>
        <translation>Stell dich in einen langen Ausfallschritt, das Arbeitsbein vorn, die hintere Ferse angehoben.</translation>
    </message>
    <message>
        <source>Trunk upright, hands on your hips or holding weights at your sides.</source>
        <translation>Oberkörper aufrecht, die Hände an der Hüfte oder mit Gewichten seitlich.</translation>
    </message>
    <message>
        <source>Lower straight down until the back knee nearly touches the floor (start shallower).</source>
        <translation>Senk dich senkrecht ab, bis das hintere Knie fast den Boden berührt (anfangs weniger tief).</translation>
    </message>
    <message>
        <source>Push up through the front heel to the start.</source>
        <translation>Drück dich über die vordere Ferse zurück in die Ausgangsstellung.</translation>
    </message>
    <message>
        <source>The front thigh and glute working: a load in the front leg&apos;s buttock, not a pinch.</source>
        <translation>Vorderer Oberschenkel und Gesäß arbeiten: Last im Gesäß des vorderen Beins, kein Zwicken.</translation>
    </message>
    <message>
        <source>A stride too short, so the front knee shoots forward.</source>
        <translation>Ein zu kurzer Schritt, sodass das vordere Knie weit nach vorn schießt.</translation>
    </message>
    <message>
        <source>Leaning the trunk forward.</source>
        <translation>Den Oberkörper nach vorn neigen.</translation>
    </message>
    <message>
        <source>The front knee falling inwards.</source>
        <translation>Das vordere Knie fällt nach innen.</translation>
    </message>
    <message>
        <source>Less depth, a hand on a wall or chair, no weight.</source>
        <translation>Weniger tief, eine Hand an Wand oder Stuhl, ohne Gewicht.</translation>
    </message>
    <message>
        <source>Deeper as mornings allow, more load, or the rear foot on a low step.</source>
        <translation>Tiefer, wie die Morgen es erlauben, mehr Last oder den hinteren Fuß auf eine niedrige Stufe.</translation>
    </message>
    <message>
        <source>Depth bends the front hip under load, which squeezes the tendon. Above 3/10: go shallower and lighter. Go deeper only as next mornings allow.</source>
        <translation>Tiefe beugt die vordere Hüfte unter Last, was die Sehne drückt. Über 3/10: Geh weniger tief und leichter. Geh nur tiefer, wie die nächsten Morgen es erlauben.</translation>
    </message>
    <message>
        <source>Trunk tall</source>
        <translation>Oberkörper aufrecht</translation>
    </message>
    <message>
        <source>Straight down</source>
        <translation>Senkrecht nach unten</translation>
    </message>
    <message>
        <source>Push through the front heel</source>
        <translation>Über die vordere Ferse drücken</translation>
    </message>
    <message>
        <source>Kettlebell swing</source>
        <translation>Kettlebell-Swing</translation>
    </message>
    <message>
        <source>Feet a bit wider than hips, kettlebell on the floor in front. Hinge at the hips, hike the bell back between the legs, then snap the hips forward so the bell floats to chest height; arms just guide it. The power comes from a quick hip drive, not from squatting or lifting with the arms. Keep swinging steadily through the work time, then park the bell.</source>
        <translation>Füße etwas weiter als hüftbreit, die Kettlebell vor dir auf dem Boden. Kipp in der Hüfte, schwing die Kugel zwischen den Beinen nach hinten und schieb dann die Hüfte explosiv nach vorn, sodass die Kugel bis auf Brusthöhe schwebt; die Arme führen nur. Die Kraft kommt aus einem schnellen Hüftstoß, nicht aus einer Kniebeuge oder aus den Armen. Schwing während der Belastungszeit gleichmäßig weiter und stell die Kugel dann ab.</translation>
    </message>
    <message>
        <source>Feet a little wider than your hips, the kettlebell on the floor in front of you.</source>
        <translation>Füße etwas weiter als hüftbreit, die Kettlebell vor dir auf dem Boden.</translation>
    </message>
    <message>
        <source>Hinge at the hips and take the handle in both hands.</source>
        <translation>Kipp in der Hüfte und greif den Griff mit beiden Händen.</translation>
    </message>
    <message>
        <source>Hike the bell back between your legs.</source>
        <translation>Schwing die Kugel zwischen den Beinen nach hinten.</translation>
    </message>
    <message>
        <source>Snap the hips forward so the bell floats to chest height; the arms only guide it.</source>
        <translation>Schieb die Hüfte explosiv nach vorn, sodass die Kugel auf Brusthöhe schwebt; die Arme führen nur.</translation>
    </message>
    <message>
        <source>Let it swing back, hinge and repeat in a steady rhythm; park the bell at the end.</source>
        <translation>Lass sie zurückschwingen, kipp in der Hüfte und wiederhole im gleichmäßigen Rhythmus; stell die Kugel am Ende ab.</translation>
    </message>
    <message>
        <source>A quick, powerful hip drive from the glutes and the back of the thighs, not the arms or the lower back.</source>
        <translation>Ein schneller, kräftiger Hüftstoß aus Gesäß und Oberschenkelrückseite, nicht aus den Armen oder dem unteren Rücken.</translation>
    </message>
    <message>
        <source>Squatting the bell up instead of hinging.</source>
        <translation>Die Kugel mit einer Kniebeuge hochbringen statt mit der Hüfte.</translation>
    </message>
    <message>
        <source>Lifting with the arms.</source>
        <translation>Mit den Armen heben.</translation>
    </message>
    <message>
        <source>Leaning back at the top.</source>
        <translation>Oben nach hinten lehnen.</translation>
    </message>
    <message>
        <source>Rounding the back at the bottom.</source>
        <translation>Unten den Rücken runden.</translation>
    </message>
    <message>
        <source>A lighter bell, a smaller swing, or shorter work intervals.</source>
        <translation>Eine leichtere Kugel, ein kleinerer Schwung oder kürzere Belastungsintervalle.</translation>
    </message>
    <message>
        <source>A heavier bell, or longer work intervals.</source>
        <translation>Eine schwerere Kugel oder längere Belastungsintervalle.</translation>
    </message>
    <message>
        <source>Stop the interval if pain rises above 3/10, and next time use a lighter bell and a smaller swing. Keep plyometric days 48-72 h apart; a worse morning means wait longer before the next one.</source>
        <translation>Brich das Intervall ab, wenn der Schmerz über 3/10 steigt, und nimm beim nächsten Mal eine leichtere Kugel und einen kleineren Schwung. Lass zwischen Sprungtagen 48–72 h Abstand; ein schlechterer Morgen heißt, länger bis zum nächsten zu warten.</translation>
    </message>
    <message>
        <source>Hinge, don&apos;t squat</source>
        <translation>Hüfte kippen, keine Kniebeuge</translation>
    </message>
    <message>
        <source>Snap the hips</source>
        <translation>Hüfte explosiv nach vorn</translation>
    </message>
    <message>
        <source>Arms just guide</source>
        <translation>Arme führen nur</translation>
    </message>
    <message>
        <source>A-skips</source>
        <translation>Kniehebelauf</translation>
    </message>
    <message>
        <source>A running drill: skip forward, driving one knee up to hip height while the other foot strikes the ground beneath you, arms swinging in opposition. Stay tall, land on the ball of the foot and keep contacts quick and light. Walk back to the start in the rest.</source>
        <translation>Eine Laufübung: Hüpf vorwärts, zieh ein Knie bis auf Hüfthöhe, während der andere Fuß unter dir auf den Boden tritt, die Arme schwingen gegengleich. Bleib aufrecht, lande auf dem Fußballen und halte die Bodenkontakte kurz und leicht. Geh in der Pause zurück zum Start.</translation>
    </message>
    <message>
        <source>Stand tall on a flat path with room to skip forward.</source>
        <translation>Stell dich aufrecht auf einen ebenen Weg mit Platz nach vorn.</translation>
    </message>
    <message>
        <source>Skip forward, driving one knee up to hip height.</source>
        <translation>Hüpf vorwärts und zieh ein Knie bis auf Hüfthöhe.</translation>
    </message>
    <message>
        <source>The other foot strikes the ground beneath you, on the ball of the foot.</source>
        <translation>Der andere Fuß tritt unter dir auf den Boden, auf dem Fußballen.</translation>
    </message>
    <message>
        <source>Swing the arms in opposition and switch legs every skip; walk back in the rest.</source>
        <translation>Schwing die Arme gegengleich und wechsle bei jedem Hüpfer das Bein; geh in der Pause zurück.</translation>
    </message>
    <message>
        <source>Light, quick contacts and a springy rhythm; hip flexors and calves working, nothing heavy.</source>
        <translation>Leichte, schnelle Bodenkontakte und ein federnder Rhythmus; Hüftbeuger und Waden arbeiten, nichts Schweres.</translation>
    </message>
    <message>
        <source>Leaning back or slouching.</source>
        <translation>Nach hinten lehnen oder zusammensacken.</translation>
    </message>
    <message>
        <source>Landing on the heel, or out in front of the body.</source>
        <translation>Auf der Ferse landen oder vor dem Körper.</translation>
    </message>
    <message>
        <source>Slow, heavy contacts.</source>
        <translation>Langsame, schwere Bodenkontakte.</translation>
    </message>
    <message>
        <source>March the same drill at walking pace, or lift the knee less high.</source>
        <translation>Dieselbe Übung im Gehtempo marschieren oder das Knie weniger hoch ziehen.</translation>
    </message>
    <message>
        <source>Quicker contacts, longer intervals, then B-skips.</source>
        <translation>Schnellere Bodenkontakte, längere Intervalle, dann Anfersen-Variante (B-Skips).</translation>
    </message>
    <message>
        <source>The high knee bends the hip: if the sit bone hurts above 3/10, lift the knee less or march instead. Stop the drill if landings get heavy.</source>
        <translation>Das hohe Knie beugt die Hüfte: Wenn das Sitzbein über 3/10 schmerzt, zieh das Knie weniger hoch oder marschier stattdessen. Brich ab, wenn die Landungen schwer werden.</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Aufrecht</translation>
    </message>
    <message>
        <source>Knee to hip height</source>
        <translation>Knie auf Hüfthöhe</translation>
    </message>
    <message>
        <source>Quick, light contacts</source>
        <translation>Schnelle, leichte Kontakte</translation>
    </message>
    <message>
        <source>Pogo hops</source>
        <translation>Pogo-Sprünge</translation>
    </message>
    <message>
        <source>Small, quick two-footed hops on the balls of the feet, knees almost straight, as if the ankles were springs. Spend as little time on the ground as you can. Stop the interval early if landings become heavy.</source>
        <translation>Kleine, schnelle beidbeinige Sprünge auf den Fußballen, die Knie fast gestreckt, als wären die Sprunggelenke Federn. Bleib so kurz wie möglich am Boden. Brich das Intervall früher ab, wenn die Landungen schwer werden.</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart on a firm, flat surface.</source>
        <translation>Stell dich aufrecht hin, die Füße hüftbreit, auf einen festen, ebenen Untergrund.</translation>
    </message>
    <message>
        <source>Hop on the balls of both feet, knees almost straight, ankles springing.</source>
        <translation>Spring auf den Ballen beider Füße, die Knie fast gestreckt, die Sprunggelenke federnd.</translation>
    </message>
    <message>
        <source>Spend as little time on the ground as you can, in a steady rhythm.</source>
        <translation>Bleib so kurz wie möglich am Boden, in gleichmäßigem Rhythmus.</translation>
    </message>
    <message>
        <source>Springy calves and ankles, light and bouncy.</source>
        <translation>Federnde Waden und Sprunggelenke, leicht und elastisch.</translation>
    </message>
    <message>
        <source>Bending the knees deeply on every landing.</source>
        <translation>Bei jeder Landung die Knie tief beugen.</translation>
    </message>
    <message>
        <source>Landing on the heels.</source>
        <translation>Auf den Fersen landen.</translation>
    </message>
    <message>
        <source>Heavy, loud landings.</source>
        <translation>Schwere, laute Landungen.</translation>
    </message>
    <message>
        <source>Smaller hops, or shorter work intervals.</source>
        <translation>Kleinere Sprünge oder kürzere Belastungsintervalle.</translation>
    </message>
    <message>
        <source>Higher hops, longer intervals, then single-leg hops.</source>
        <translation>Höhere Sprünge, längere Intervalle, dann einbeinige Sprünge.</translation>
    </message>
    <message>
        <source>Stop the interval early if landings get heavy or the sit bone hurts above 3/10. A worse next morning: go back to the previous plyometric session.</source>
        <translation>Brich das Intervall früher ab, wenn die Landungen schwer werden oder das Sitzbein über 3/10 schmerzt. Ein schlechterer nächster Morgen: Geh zurück zur vorherigen Sprungeinheit.</translation>
    </message>
    <message>
        <source>Springy ankles</source>
        <translation>Federnde Sprunggelenke</translation>
    </message>
    <message>
        <source>Quiet landings</source>
        <translation>Leise Landungen</translation>
    </message>
    <message>
        <source>Quick contacts</source>
        <translation>Schnelle Kontakte</translation>
    </message>
    <message>
        <source>Single-leg hops</source>
        <translation>Einbeinige Sprünge</translation>
    </message>
    <message>
        <source>Hop on the spot on one leg, light and rhythmic, landing softly with the knee over the toes. Try this only once about ten single-leg hops on the affected side are pain free. Stop the set if landings hurt or get sloppy.</source>
        <translation>Spring einbeinig auf der Stelle, leicht und rhythmisch, und lande weich mit dem Knie über den Zehen. Versuch das erst, wenn etwa zehn einbeinige Sprünge auf der betroffenen Seite schmerzfrei gehen. Brich den Satz ab, wenn Landungen schmerzen oder unsauber werden.</translation>
    </message>
    <message>
        <source>Only once about ten single-leg hops on the affected side are pain free.</source>
        <translation>Erst, wenn etwa zehn einbeinige Sprünge auf der betroffenen Seite schmerzfrei gehen.</translation>
    </message>
    <message>
        <source>Stand on the working leg on a firm, flat surface, the other knee bent.</source>
        <translation>Stell dich auf das Arbeitsbein auf einen festen, ebenen Untergrund, das andere Knie gebeugt.</translation>
    </message>
    <message>
        <source>Hop on the spot on one leg, light and rhythmic.</source>
        <translation>Spring einbeinig auf der Stelle, leicht und rhythmisch.</translation>
    </message>
    <message>
        <source>Land softly on the ball of the foot, knee over the toes.</source>
        <translation>Lande weich auf dem Fußballen, das Knie über den Zehen.</translation>
    </message>
    <message>
        <source>Calf, thigh and glute absorbing each landing and springing back, with steady balance.</source>
        <translation>Wade, Oberschenkel und Gesäß fangen jede Landung ab und federn zurück, bei stabilem Gleichgewicht.</translation>
    </message>
    <message>
        <source>The knee falling inwards on landing.</source>
        <translation>Das Knie fällt bei der Landung nach innen.</translation>
    </message>
    <message>
        <source>The pelvis dropping on the free leg&apos;s side.</source>
        <translation>Das Becken sinkt auf der Seite des freien Beins ab.</translation>
    </message>
    <message>
        <source>Landings getting heavy as you tire.</source>
        <translation>Die Landungen werden mit der Ermüdung schwer.</translation>
    </message>
    <message>
        <source>Pogo hops on two feet, smaller hops, or fewer contacts.</source>
        <translation>Beidbeinige Pogo-Sprünge, kleinere Sprünge oder weniger Bodenkontakte.</translation>
    </message>
    <message>
        <source>Hops forward, hops for distance, or longer intervals.</source>
        <translation>Sprünge nach vorn, Weitsprünge oder längere Intervalle.</translation>
    </message>
    <message>
        <source>Stop the set if landings hurt or get sloppy. If the affected side hurts above 3/10, go back to two-footed hops for a week.</source>
        <translation>Brich den Satz ab, wenn Landungen schmerzen oder unsauber werden. Wenn die betroffene Seite über 3/10 schmerzt, geh für eine Woche zurück zu beidbeinigen Sprüngen.</translation>
    </message>
    <message>
        <source>Soft landing</source>
        <translation>Weiche Landung</translation>
    </message>
    <message>
        <source>Knee over toes</source>
        <translation>Knie über den Zehen</translation>
    </message>
    <message>
        <source>Bounding</source>
        <translation>Sprunglauf</translation>
    </message>
    <message>
        <source>Exaggerated running strides: push off powerfully from one leg and float forward, landing on the other and springing straight into the next bound. Start with short, easy bounds on a flat surface and lengthen them over the weeks. Walk back in the rest.</source>
        <translation>Übertriebene Laufschritte: Drück dich kräftig von einem Bein ab und schwebe nach vorn, lande auf dem anderen und federe direkt in den nächsten Sprung. Fang mit kurzen, lockeren Sprüngen auf ebenem Untergrund an und verlängere sie über die Wochen. Geh in der Pause zurück.</translation>
    </message>
    <message>
        <source>A flat, clear path of 20-30 m; warm up first.</source>
        <translation>Ein ebener, freier Weg von 20–30 m; wärm dich vorher auf.</translation>
    </message>
    <message>
        <source>Push off powerfully from one leg and drive the other knee forward.</source>
        <translation>Drück dich kräftig von einem Bein ab und zieh das andere Knie nach vorn.</translation>
    </message>
    <message>
        <source>Float forward and land on that foot under your body.</source>
        <translation>Schweb nach vorn und lande auf diesem Fuß unter deinem Körper.</translation>
    </message>
    <message>
        <source>Spring straight into the next bound; walk back in the rest.</source>
        <translation>Federe direkt in den nächsten Sprung; geh in der Pause zurück.</translation>
    </message>
    <message>
        <source>A strong push-off from the glutes and the back of the thigh, and a floating stride.</source>
        <translation>Ein kräftiger Abdruck aus Gesäß und Oberschenkelrückseite und ein schwebender Schritt.</translation>
    </message>
    <message>
        <source>Overstriding and landing on the heel far in front.</source>
        <translation>Zu weit ausgreifen und weit vorn auf der Ferse landen.</translation>
    </message>
    <message>
        <source>Leaning back.</source>
        <translation>Nach hinten lehnen.</translation>
    </message>
    <message>
        <source>Going long too soon.</source>
        <translation>Zu früh zu weit springen.</translation>
    </message>
    <message>
        <source>Short, easy bounds, close to a skip.</source>
        <translation>Kurze, lockere Sprünge, fast wie Hopserlauf.</translation>
    </message>
    <message>
        <source>Longer bounds, or more contacts per interval.</source>
        <translation>Längere Sprünge oder mehr Bodenkontakte pro Intervall.</translation>
    </message>
    <message>
        <source>Long strides load the tendon with the hip bent: above 3/10, shorten the bounds or stop. Lengthen them only over weeks of calm mornings.</source>
        <translation>Lange Schritte belasten die Sehne bei gebeugter Hüfte: Über 3/10 verkürze die Sprünge oder hör auf. Verlängere sie nur über Wochen mit ruhigen Morgen.</translation>
    </message>
    <message>
        <source>Push off</source>
        <translation>Abdrücken</translation>
    </message>
    <message>
        <source>Land under you</source>
        <translation>Unter dir landen</translation>
    </message>
    <message>
        <source>Short and easy first</source>
        <translation>Erst kurz und locker</translation>
    </message>
    <message>
        <source>Walk-run intervals</source>
        <translation>Geh-Lauf-Intervalle</translation>
    </message>
    <message>
        <source>Walk-run</source>
        <translation>Geh-Lauf</translation>
    </message>
    <message>
        <source>Alternate walking and easy running as the voice calls it. Run at a pace where you could hold a conversation, on flat ground, with a short stride. If pain during the run goes above 3 out of 10, walk the rest of the session. Have a rest day between runs. Walk-run: repeat each phase at least twice before moving on; time-based runs: add about 2 min a run.</source>
        <translation>Wechsle zwischen Gehen und lockerem Laufen, wie die Stimme es ansagt. Lauf in einem Tempo, bei dem du dich unterhalten könntest, auf ebenem Boden und mit kurzen Schritten. Wenn der Schmerz beim Laufen über 3 von 10 steigt, geh den Rest der Einheit. Mach zwischen Läufen einen Ruhetag. Geh-Lauf: Wiederhole jede Phase mindestens zweimal, bevor du weitergehst; zeitbasierte Läufe: etwa 2 min pro Lauf mehr.</translation>
    </message>
    <message>
        <source>Flat ground and comfortable shoes; warm up by walking.</source>
        <translation>Ebener Boden und bequeme Schuhe; wärm dich gehend auf.</translation>
    </message>
    <message>
        <source>Walk briskly when the voice says walk.</source>
        <translation>Geh zügig, wenn die Stimme „Gehen“ sagt.</translation>
    </message>
    <message>
        <source>Run easy when it says run: a pace you could chat at, with a short stride.</source>
        <translation>Lauf locker, wenn sie „Laufen“ sagt: ein Tempo zum Plaudern, mit kurzen Schritten.</translation>
    </message>
    <message>
        <source>Keep alternating until the session ends.</source>
        <translation>Wechsle weiter ab, bis die Einheit endet.</translation>
    </message>
    <message>
        <source>Easy effort, able to hold a conversation; the tendon quiet or barely noticeable.</source>
        <translation>Lockere Anstrengung, du kannst dich unterhalten; die Sehne ruhig oder kaum spürbar.</translation>
    </message>
    <message>
        <source>Running too fast, or with a long stride.</source>
        <translation>Zu schnell laufen oder mit langen Schritten.</translation>
    </message>
    <message>
        <source>Hills, which bend the hip more.</source>
        <translation>Steigungen, die die Hüfte stärker beugen.</translation>
    </message>
    <message>
        <source>Running on consecutive days.</source>
        <translation>An aufeinanderfolgenden Tagen laufen.</translation>
    </message>
    <message>
        <source>Shorter runs and longer walks: the previous walk-run step.</source>
        <translation>Kürzere Laufabschnitte und längere Gehpausen: die vorherige Geh-Lauf-Stufe.</translation>
    </message>
    <message>
        <source>Longer runs and shorter walks, once each step has gone well at least twice.</source>
        <translation>Längere Laufabschnitte und kürzere Gehpausen, sobald jede Stufe mindestens zweimal gut lief.</translation>
    </message>
    <message>
        <source>If pain during the run goes above 3/10, walk the rest of the session. Move on only when nothing is worse during, after or the next morning.</source>
        <translation>Wenn der Schmerz beim Laufen über 3/10 steigt, geh den Rest der Einheit. Geh erst weiter, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen.</translation>
    </message>
    <message>
        <source>Easy pace</source>
        <translation>Lockeres Tempo</translation>
    </message>
    <message>
        <source>Short stride</source>
        <translation>Kurze Schritte</translation>
    </message>
    <message>
        <source>Walk if above 3/10</source>
        <translation>Über 3/10 gehen</translation>
    </message>
    <message>
        <source>Bridge holds 5 x 5 s, 2 sets</source>
        <translation>Brücke halten 5 × 5 s, 2 Sätze</translation>
    </message>
    <message>
        <source>Seed ladder step 1. Foot-elevated single-leg bridge on the affected side: 2 sets of 5 holds of 5 s, as in the seed plan. Short holds load the tendon without squeezing it (the hip stays nearly straight) and let a sore tendon get used to work again. Moderate effort, about half to two thirds of your maximum. Rests (our choice: the seed plan gives none): 5 s between holds, as long as the hold and enough to lower and set up again, and 1 min between sets. Also the maintenance dose: a week of these daily whenever the tendon flares.</source>
        <translation>Stufe 1 der Stufenleiter. Einbeinige Brücke mit erhöhtem Fuß auf der betroffenen Seite: 2 Sätze mit je 5 × 5 s Halten, wie im Ausgangsplan. Kurzes Halten belastet die Sehne, ohne sie zu drücken (die Hüfte bleibt fast gestreckt), und gewöhnt eine gereizte Sehne wieder an Arbeit. Mäßige Anstrengung, etwa die Hälfte bis zwei Drittel deines Maximums. Pausen (unsere Wahl: der Ausgangsplan nennt keine): 5 s zwischen den Wiederholungen, so lang wie das Halten und genug zum Absenken und neu Einrichten, und 1 min zwischen den Sätzen. Auch die Erhaltungsdosis: eine Woche lang täglich, wann immer die Sehne aufflammt.</translation>
    </message>
    <message>
        <source>Bridge holds 5 x 15 s, 2 sets</source>
        <translation>Brücke halten 5 × 15 s, 2 Sätze</translation>
    </message>
    <message>
        <source>Seed ladder step 2. The same bridge, holds three times as long: 2 sets of 5 holds of 15 s on the affected side, as in the seed plan. Move here when the 5 s holds feel easy and your mornings stay at your usual level. Rests (our choice: the seed plan gives none): 15 s between holds, as long as the hold, and 90 s between sets, since longer holds tire the muscle more.</source>
        <translation>Stufe 2 der Stufenleiter. Dieselbe Brücke, dreimal so lang gehalten: 2 Sätze mit je 5 × 15 s Halten auf der betroffenen Seite, wie im Ausgangsplan. Wechsle hierher, wenn sich 5 s leicht anfühlen und deine Morgen auf dem üblichen Niveau bleiben. Pausen (unsere Wahl: der Ausgangsplan nennt keine): 15 s zwischen den Wiederholungen, so lang wie das Halten, und 90 s zwischen den Sätzen, da längeres Halten den Muskel mehr ermüdet.</translation>
    </message>
    <message>
        <source>Double-leg bridge holds 5 x 10 s</source>
        <translation>Beidbeinige Brücke halten 5 × 10 s</translation>
    </message>
    <message>
        <source>The gentlest start when even a single-leg hold is too sore: both legs share the load. 2 sets of 5 holds of 10 s. The 10 s hold (between the 5 s and 15 s steps), the 2 sets and the rests (10 s between holds, 1 min between sets) are our choice.</source>
        <translation>Der sanfteste Einstieg, wenn selbst einbeiniges Halten zu sehr schmerzt: Beide Beine teilen sich die Last. 2 Sätze mit je 5 × 10 s Halten. Die 10 s (zwischen den Stufen 5 s und 15 s), die 2 Sätze und die Pausen (10 s zwischen den Wiederholungen, 1 min zwischen den Sätzen) sind unsere Wahl.</translation>
    </message>
    <message>
        <source>Bridge holds 4 x 30 s</source>
        <translation>Brücke halten 4 × 30 s</translation>
    </message>
    <message>
        <source>Long isometric holds, as used in tendon pain studies: 4 holds of 30 s on the affected side with about 2 min rest after each, so every hold starts fresh. Effort moderate; the aim is to keep the muscle working while the tendon settles, not to exhaust it. Some people find long holds ease pain for a while, others do not: both are normal. Counting each long hold as its own set, so the 2 min rest comes after every hold, is our choice.</source>
        <translation>Langes isometrisches Halten, wie in Studien zu Sehnenschmerz: 4 × 30 s auf der betroffenen Seite mit etwa 2 min Pause danach, sodass jedes Halten frisch beginnt. Mäßige Anstrengung; Ziel ist, den Muskel arbeiten zu lassen, während sich die Sehne beruhigt, nicht ihn zu erschöpfen. Manche spüren, dass langes Halten den Schmerz eine Weile lindert, andere nicht: beides ist normal. Jedes lange Halten als eigenen Satz zu zählen, sodass die 2 min Pause nach jedem Halten kommen, ist unsere Wahl.</translation>
    </message>
    <message>
        <source>Bridge holds 5 x 45 s</source>
        <translation>Brücke halten 5 × 45 s</translation>
    </message>
    <message>
        <source>The longest stage-1 holds: 5 holds of 45 s on the affected side with about 2 min between them. Use it once 30 s holds are comfortable. Can be done 1-3 times a day. Counting each long hold as its own set, so the 2 min rest comes after every hold, is our choice.</source>
        <translation>Das längste Halten in Phase 1: 5 × 45 s auf der betroffenen Seite mit etwa 2 min dazwischen. Nutze es, sobald 30 s angenehm sind. Ein- bis dreimal täglich möglich. Jedes lange Halten als eigenen Satz zu zählen, sodass die 2 min Pause nach jedem Halten kommen, ist unsere Wahl.</translation>
    </message>
    <message>
        <source>Stage 1 isometric circuit</source>
        <translation>Isometrischer Zirkel, Phase 1</translation>
    </message>
    <message>
        <source>Three ways to work the hamstrings with the hip near straight, so the tendon is loaded but not compressed: a double-leg bridge hold, a prone knee-flexion hold on each side (the other side for comparison), and a straight-leg pull-down on the affected side. 2 sets of 5 holds of 10 s each. The 10 s holds, the 2 sets and the rests (10 s between holds, 1 min between sets, 90 s between exercises) are our choice.</source>
        <translation>Drei Wege, die hintere Oberschenkelmuskulatur bei fast gestreckter Hüfte zu trainieren, sodass die Sehne belastet, aber nicht gedrückt wird: beidbeinige Brücke halten, Knie beugen in Bauchlage halten auf jeder Seite (die andere Seite zum Vergleich) und Fersendruck mit gestrecktem Bein auf der betroffenen Seite. 2 Sätze mit je 5 × 10 s Halten. Die 10 s, die 2 Sätze und die Pausen (10 s zwischen den Wiederholungen, 1 min zwischen den Sätzen, 90 s zwischen den Übungen) sind unsere Wahl.</translation>
    </message>
    <message>
        <source>Eccentric bridge, lower over 10 s</source>
        <translation>Exzentrische Brücke, absenken über 10 s</translation>
    </message>
    <message>
        <source>Seed ladder step 3. Foot-elevated bridge: up on two legs, shift onto the affected leg, lower on it over 10 s (the seed plan), then put both feet back. The seed plan gives only the 10 s lowering; the rest is our choice: 2 s to raise, 1 s to shift, 2 s at the bottom to reset, and 3 sets of 8 (80 s of slow lowering per set is plenty of time under tension for a tendon coming out of the isometric stage while the rep count stays modest). 2 min between sets (the 2-3 min of stage 2).</source>
        <translation>Stufe 3 der Stufenleiter. Brücke mit erhöhtem Fuß: mit beiden Beinen hoch, aufs betroffene Bein verlagern, darauf über 10 s absenken (der Ausgangsplan), dann beide Füße zurück. Der Ausgangsplan nennt nur die 10 s Absenken; der Rest ist unsere Wahl: 2 s hoch, 1 s verlagern, 2 s unten zum Neueinrichten und 3 Sätze mit 8 Wdh. (80 s langsames Absenken pro Satz sind reichlich Zeit unter Spannung für eine Sehne, die aus der isometrischen Phase kommt, bei moderater Wiederholungszahl). 2 min zwischen den Sätzen (die 2–3 min aus Phase 2).</translation>
    </message>
    <message>
        <source>Loaded eccentric bridge, lower over 10 s</source>
        <translation>Exzentrische Brücke mit Last, absenken über 10 s</translation>
    </message>
    <message>
        <source>Seed ladder step 4. The same eccentric bridge with load, as in the seed plan: a dumbbell or bag on your lap, or a partner pressing down on the hips. The starting load of 5 kg is our choice: change it to what you use. Same 3 x 8 (our choice) and 2 min between sets, so the only thing that changes from step 3 is the weight.</source>
        <translation>Stufe 4 der Stufenleiter. Dieselbe exzentrische Brücke mit Last, wie im Ausgangsplan: eine Kurzhantel oder Tasche auf dem Schoß oder jemand, der auf die Hüfte drückt. Die Startlast von 5 kg ist unsere Wahl: Ändere sie auf das, was du nutzt. Gleiche 3 × 8 (unsere Wahl) und 2 min zwischen den Sätzen, sodass sich gegenüber Stufe 3 nur das Gewicht ändert.</translation>
    </message>
    <message>
        <source>Single-leg bridge 5 s up / 5 s down, loaded</source>
        <translation>Einbeinige Brücke 5 s hoch / 5 s ab, mit Last</translation>
    </message>
    <message>
        <source>Seed ladder step 5. A full single-leg bridge on the affected side with load, 5 s up and 5 s down (the seed plan), no pause. 3 sets of 8 (our choice): each set is 80 s under tension, heavy and slow, the same volume as the eccentric steps so the new challenge is lifting on one leg. The starting load of 5 kg is our choice: change it to what you use. 2.5 min between sets (within the 2-3 min of stage 2).</source>
        <translation>Stufe 5 der Stufenleiter. Eine volle einbeinige Brücke auf der betroffenen Seite mit Last, 5 s hoch und 5 s ab (der Ausgangsplan), ohne Pause. 3 Sätze mit 8 Wdh. (unsere Wahl): Jeder Satz sind 80 s unter Spannung, schwer und langsam, derselbe Umfang wie bei den exzentrischen Stufen, sodass die neue Herausforderung das einbeinige Heben ist. Die Startlast von 5 kg ist unsere Wahl: Ändere sie auf das, was du nutzt. 2,5 min zwischen den Sätzen (innerhalb der 2–3 min aus Phase 2).</translation>
    </message>
    <message>
        <source>Heavy slow resistance 3 x 15, 3 s / 3 s (block 1)</source>
        <translation>Schweres langsames Krafttraining 3 × 15, 3 s / 3 s (Block 1)</translation>
    </message>
    <message>
        <source>Stage 2 heavy slow resistance, block 1 of 5 (3x15 -&gt; 3x12 -&gt; 4x10 -&gt; 4x8 -&gt; 4x6): hip thrust and prone leg curl, 3 sets of 15, 3 s up and 3 s down. Use a load you could lift only a rep or two more than 15 times (the load starts at 0: set yours). Block 1 starts light and long to build tolerance to the slow tempo. The tempo moving from 3 s / 3 s towards 5 s / 5 s over the blocks (3/3, 3/3, 4/4, 4/4, 5/5) is our choice. 2.5 min between sets (within the 2-3 min of stage 2); 3 min between exercises (our choice); 3 times a week, at least 48 h apart.</source>
        <translation>Phase 2, schweres langsames Krafttraining, Block 1 von 5 (3×15 -&gt; 3×12 -&gt; 4×10 -&gt; 4×8 -&gt; 4×6): Hip Thrust und Beinbeuger in Bauchlage, 3 Sätze mit 15 Wdh., 3 s hoch und 3 s ab. Nimm eine Last, die du nur ein, zwei Mal öfter als 15-mal heben könntest (die Last beginnt bei 0: Trag deine ein). Block 1 beginnt leicht und lang, um Toleranz für das langsame Tempo aufzubauen. Dass das Tempo über die Blöcke von 3 s / 3 s zu 5 s / 5 s geht (3/3, 3/3, 4/4, 4/4, 5/5), ist unsere Wahl. 2,5 min zwischen den Sätzen (innerhalb der 2–3 min aus Phase 2); 3 min zwischen den Übungen (unsere Wahl); dreimal pro Woche, mindestens 48 h Abstand.</translation>
    </message>
    <message>
        <source>Heavy slow resistance 3 x 12, 3 s / 3 s (block 2)</source>
        <translation>Schweres langsames Krafttraining 3 × 12, 3 s / 3 s (Block 2)</translation>
    </message>
    <message>
        <source>Stage 2 heavy slow resistance, block 2 of 5 (3x15 -&gt; 3x12 -&gt; 4x10 -&gt; 4x8 -&gt; 4x6): hip thrust and prone leg curl, 3 sets of 12, 3 s up and 3 s down. Use a load you could lift only a rep or two more than 12 times (the load starts at 0: set yours). Block 2: a little heavier, fewer reps. The tempo moving from 3 s / 3 s towards 5 s / 5 s over the blocks (3/3, 3/3, 4/4, 4/4, 5/5) is our choice. 2.5 min between sets (within the 2-3 min of stage 2); 3 min between exercises (our choice); 3 times a week, at least 48 h apart.</source>
        <translation>Phase 2, schweres langsames Krafttraining, Block 2 von 5 (3×15 -&gt; 3×12 -&gt; 4×10 -&gt; 4×8 -&gt; 4×6): Hip Thrust und Beinbeuger in Bauchlage, 3 Sätze mit 12 Wdh., 3 s hoch und 3 s ab. Nimm eine Last, die du nur ein, zwei Mal öfter als 12-mal heben könntest (die Last beginnt bei 0: Trag deine ein). Block 2: etwas schwerer, weniger Wiederholungen. Dass das Tempo über die Blöcke von 3 s / 3 s zu 5 s / 5 s geht (3/3, 3/3, 4/4, 4/4, 5/5), ist unsere Wahl. 2,5 min zwischen den Sätzen (innerhalb der 2–3 min aus Phase 2); 3 min zwischen den Übungen (unsere Wahl); dreimal pro Woche, mindestens 48 h Abstand.</translation>
    </message>
    <message>
        <source>Heavy slow resistance 4 x 10, 4 s / 4 s (block 3)</source>
        <translation>Schweres langsames Krafttraining 4 × 10, 4 s / 4 s (Block 3)</translation>
    </message>
    <message>
        <source>Stage 2 heavy slow resistance, block 3 of 5 (3x15 -&gt; 3x12 -&gt; 4x10 -&gt; 4x8 -&gt; 4x6): hip thrust and prone leg curl, 4 sets of 10, 4 s up and 4 s down. Use a load you could lift only a rep or two more than 10 times (the load starts at 0: set yours). Block 3 adds a set, goes heavier again and slows to 4 s each way. The tempo moving from 3 s / 3 s towards 5 s / 5 s over the blocks (3/3, 3/3, 4/4, 4/4, 5/5) is our choice. 2.5 min between sets (within the 2-3 min of stage 2); 3 min between exercises (our choice); 3 times a week, at least 48 h apart.</source>
        <translation>Phase 2, schweres langsames Krafttraining, Block 3 von 5 (3×15 -&gt; 3×12 -&gt; 4×10 -&gt; 4×8 -&gt; 4×6): Hip Thrust und Beinbeuger in Bauchlage, 4 Sätze mit 10 Wdh., 4 s hoch und 4 s ab. Nimm eine Last, die du nur ein, zwei Mal öfter als 10-mal heben könntest (die Last beginnt bei 0: Trag deine ein). Block 3 bringt einen Satz mehr, wird wieder schwerer und verlangsamt auf 4 s in jede Richtung. Dass das Tempo über die Blöcke von 3 s / 3 s zu 5 s / 5 s geht (3/3, 3/3, 4/4, 4/4, 5/5), ist unsere Wahl. 2,5 min zwischen den Sätzen (innerhalb der 2–3 min aus Phase 2); 3 min zwischen den Übungen (unsere Wahl); dreimal pro Woche, mindestens 48 h Abstand.</translation>
    </message>
    <message>
        <source>Heavy slow resistance 4 x 8, 4 s / 4 s (block 4)</source>
        <translation>Schweres langsames Krafttraining 4 × 8, 4 s / 4 s (Block 4)</translation>
    </message>
    <message>
        <source>Stage 2 heavy slow resistance, block 4 of 5 (3x15 -&gt; 3x12 -&gt; 4x10 -&gt; 4x8 -&gt; 4x6): hip thrust and prone leg curl, 4 sets of 8, 4 s up and 4 s down. Use a load you could lift only a rep or two more than 8 times (the load starts at 0: set yours). Block 4: heavier again, 8 reps. The tempo moving from 3 s / 3 s towards 5 s / 5 s over the blocks (3/3, 3/3, 4/4, 4/4, 5/5) is our choice. 2.5 min between sets (within the 2-3 min of stage 2); 3 min between exercises (our choice); 3 times a week, at least 48 h apart.</source>
        <translation>Phase 2, schweres langsames Krafttraining, Block 4 von 5 (3×15 -&gt; 3×12 -&gt; 4×10 -&gt; 4×8 -&gt; 4×6): Hip Thrust und Beinbeuger in Bauchlage, 4 Sätze mit 8 Wdh., 4 s hoch und 4 s ab. Nimm eine Last, die du nur ein, zwei Mal öfter als 8-mal heben könntest (die Last beginnt bei 0: Trag deine ein). Block 4: wieder schwerer, 8 Wiederholungen. Dass das Tempo über die Blöcke von 3 s / 3 s zu 5 s / 5 s geht (3/3, 3/3, 4/4, 4/4, 5/5), ist unsere Wahl. 2,5 min zwischen den Sätzen (innerhalb der 2–3 min aus Phase 2); 3 min zwischen den Übungen (unsere Wahl); dreimal pro Woche, mindestens 48 h Abstand.</translation>
    </message>
    <message>
        <source>Heavy slow resistance 4 x 6, 5 s / 5 s (block 5)</source>
        <translation>Schweres langsames Krafttraining 4 × 6, 5 s / 5 s (Block 5)</translation>
    </message>
    <message>
        <source>Stage 2 heavy slow resistance, block 5 of 5 (3x15 -&gt; 3x12 -&gt; 4x10 -&gt; 4x8 -&gt; 4x6): hip thrust and prone leg curl, 4 sets of 6, 5 s up and 5 s down. Use a load you could lift only a rep or two more than 6 times (the load starts at 0: set yours). Block 5, the heaviest: about a 6-rep maximum at the slowest tempo, 5 s each way. The tempo moving from 3 s / 3 s towards 5 s / 5 s over the blocks (3/3, 3/3, 4/4, 4/4, 5/5) is our choice. 2.5 min between sets (within the 2-3 min of stage 2); 3 min between exercises (our choice); 3 times a week, at least 48 h apart.</source>
        <translation>Phase 2, schweres langsames Krafttraining, Block 5 von 5 (3×15 -&gt; 3×12 -&gt; 4×10 -&gt; 4×8 -&gt; 4×6): Hip Thrust und Beinbeuger in Bauchlage, 4 Sätze mit 6 Wdh., 5 s hoch und 5 s ab. Nimm eine Last, die du nur ein, zwei Mal öfter als 6-mal heben könntest (die Last beginnt bei 0: Trag deine ein). Block 5, der schwerste: etwa ein 6-Wiederholungs-Maximum im langsamsten Tempo, 5 s in jede Richtung. Dass das Tempo über die Blöcke von 3 s / 3 s zu 5 s / 5 s geht (3/3, 3/3, 4/4, 4/4, 5/5), ist unsere Wahl. 2,5 min zwischen den Sätzen (innerhalb der 2–3 min aus Phase 2); 3 min zwischen den Übungen (unsere Wahl); dreimal pro Woche, mindestens 48 h Abstand.</translation>
    </message>
    <message>
        <source>Bridge, slider curl and assisted Nordic 4 x 8</source>
        <translation>Brücke, Beinbeuger mit Gleitpads und Nordic mit Hilfe 4 × 8</translation>
    </message>
    <message>
        <source>Stage 2 variety without load on the hip in flexion, at block 4 of the schedule (4 x 8): single-leg bridge reps on each side and slider curls, 3 s up / 3 s down, then assisted Nordic curls lowered over 4 s (Nordic work is 3-4 sets of 6-10). 2 min between sets. Block 4 for all three, the Nordic&apos;s 2 s to push back up and 3 s to reset, and 2.5 min between exercises are our choice. Less band help makes the Nordic harder.</source>
        <translation>Abwechslung in Phase 2 ohne Last auf der gebeugten Hüfte, auf Block 4 des Plans (4 × 8): einbeinige Brücken auf jeder Seite und Beinbeuger mit Gleitpads, 3 s hoch / 3 s ab, dann Nordic Curls mit Hilfe, über 4 s abgesenkt (Nordic-Training sind 3–4 Sätze mit 6–10 Wdh.). 2 min zwischen den Sätzen. Block 4 für alle drei, die 2 s zum Hochdrücken und 3 s zum Neueinrichten beim Nordic sowie 2,5 min zwischen den Übungen sind unsere Wahl. Weniger Hilfe durch das Band macht den Nordic schwerer.</translation>
    </message>
    <message>
        <source>Romanian deadlift 3 x 10</source>
        <translation>Rumänisches Kreuzheben 3 × 10</translation>
    </message>
    <message>
        <source>Stage 3 brings the hip into flexion under load, where the tendon is compressed. Romanian deadlift, 3 sets of 10, 3 s down and 3 s up. 2.5 min between sets (our choice: stage 3 gives no rest, so stage 2&apos;s is kept). Start with a short range and grow it only while mornings stay green.</source>
        <translation>Phase 3 bringt die Hüfte unter Last in die Beugung, wo die Sehne gedrückt wird. Rumänisches Kreuzheben, 3 Sätze mit 10 Wdh., 3 s ab und 3 s hoch. 2,5 min zwischen den Sätzen (unsere Wahl: Phase 3 nennt keine Pause, also bleibt die aus Phase 2). Fang mit kurzem Bewegungsweg an und vergrößere ihn nur, solange die Morgen grün bleiben.</translation>
    </message>
    <message>
        <source>Single-leg Romanian deadlift 3 x 8 each side</source>
        <translation>Einbeiniges rumänisches Kreuzheben 3 × 8 je Seite</translation>
    </message>
    <message>
        <source>The single-leg version once the two-legged one is comfortable: 3 sets of 8 on each side, 3 s / 3 s. 2 min between sets (our choice). Working both sides shows whether they are level.</source>
        <translation>Die einbeinige Variante, sobald die beidbeinige angenehm ist: 3 Sätze mit 8 Wdh. auf jeder Seite, 3 s / 3 s. 2 min zwischen den Sätzen (unsere Wahl). Beide Seiten zu trainieren zeigt, ob sie gleich stark sind.</translation>
    </message>
    <message>
        <source>Nordic curls 3 x 6</source>
        <translation>Nordic Curls 3 × 6</translation>
    </message>
    <message>
        <source>Nordic curls, 3 sets of 6: Nordic work is 3-4 sets of 6-10, and this starts at the low end because the lowering is very hard work for the hamstrings. Lower over 5 s as far as you can control. The 3 s to push back up with your hands, the 2 s to reset and 2.5 min between sets are our choice. Add reps (up to 10) or a fourth set only while mornings stay green.</source>
        <translation>Nordic Curls, 3 Sätze mit 6 Wdh.: Nordic-Training sind 3–4 Sätze mit 6–10 Wdh., und hier geht es am unteren Ende los, weil das Absenken sehr harte Arbeit für die hintere Oberschenkelmuskulatur ist. Senk über 5 s ab, so weit du es kontrollieren kannst. Die 3 s zum Hochdrücken mit den Händen, die 2 s zum Neueinrichten und 2,5 min zwischen den Sätzen sind unsere Wahl. Mehr Wiederholungen (bis 10) oder einen vierten Satz nur, solange die Morgen grün bleiben.</translation>
    </message>
    <message>
        <source>Stage 3 strength: RDL, Nordic, split squat</source>
        <translation>Kraft Phase 3: Kreuzheben, Nordic, Split Squat</translation>
    </message>
    <message>
        <source>A full stage-3 session: Romanian deadlift 3 x 8 (3 s / 3 s), Nordic curls 3 x 6 (lower over 5 s) and split squats 3 x 8 on each side (3 s / 3 s). 2 min between sets and 3 min between exercises (our choice). 2-3 times a week; add hip-flexion range only while mornings stay green.</source>
        <translation>Eine volle Einheit der Phase 3: rumänisches Kreuzheben 3 × 8 (3 s / 3 s), Nordic Curls 3 × 6 (über 5 s absenken) und Split Squats 3 × 8 je Seite (3 s / 3 s). 2 min zwischen den Sätzen und 3 min zwischen den Übungen (unsere Wahl). Zwei- bis dreimal pro Woche; mehr Hüftbeugung nur, solange die Morgen grün bleiben.</translation>
    </message>
    <message>
        <source>Plyometrics 1: swings, skips, pogo hops</source>
        <translation>Sprungtraining 1: Swings, Kniehebelauf, Pogo-Sprünge</translation>
    </message>
    <message>
        <source>Stage 4 starts storing and releasing energy. Kettlebell swings (2 sets of 5 x 20 s on / 40 s off), A-skips (4 x 20 s, walk back in 40 s) and pogo hops (2 sets of 5 x 10 s on / 30 s off). 90 s between sets, 2 min between exercises. The work and rest times are our choice. Once or twice a week, 48-72 h apart, never the day after a heavy session.</source>
        <translation>Phase 4 beginnt, Energie zu speichern und freizusetzen. Kettlebell-Swings (2 Sätze mit 5 × 20 s Belastung / 40 s Pause), Kniehebelauf (4 × 20 s, in 40 s zurückgehen) und Pogo-Sprünge (2 Sätze mit 5 × 10 s Belastung / 30 s Pause). 90 s zwischen den Sätzen, 2 min zwischen den Übungen. Die Belastungs- und Pausenzeiten sind unsere Wahl. Ein- bis zweimal pro Woche, 48–72 h Abstand, nie am Tag nach einer schweren Einheit.</translation>
    </message>
    <message>
        <source>Plyometrics 2: single-leg hops and bounding</source>
        <translation>Sprungtraining 2: einbeinige Sprünge und Sprunglauf</translation>
    </message>
    <message>
        <source>The next step up: single-leg hops on each side (2 sets of 5 x 10 s on / 30 s off) and bounding (2 sets of 4 x 15 s, walking back in 45 s). 90 s between sets, 2 min between exercises. The work and rest times are our choice. Only once about ten single-leg hops on the affected side are pain free.</source>
        <translation>Die nächste Steigerung: einbeinige Sprünge auf jeder Seite (2 Sätze mit 5 × 10 s Belastung / 30 s Pause) und Sprunglauf (2 Sätze mit 4 × 15 s, in 45 s zurückgehen). 90 s zwischen den Sätzen, 2 min zwischen den Übungen. Die Belastungs- und Pausenzeiten sind unsere Wahl. Erst, wenn etwa zehn einbeinige Sprünge auf der betroffenen Seite schmerzfrei gehen.</translation>
    </message>
    <message>
        <source>Walk-run 1: 2 min walk / 3 min run x 6</source>
        <translation>Geh-Lauf 1: 2 min gehen / 3 min laufen × 6</translation>
    </message>
    <message>
        <source>Return to running, phase 1 of 6: six rounds of 2 min walking then 3 min easy running (30 min, 18 min of it running). Start only after about 10 pain-free single-leg hops. Have a rest day between runs, repeat each phase at least twice, and move on only when nothing is worse during, after or the next morning. Walk the rest if running pain goes above 3/10. The walk and run times of the six phases are our choice; each is a 30 min session.</source>
        <translation>Zurück zum Laufen, Phase 1 von 6: sechs Runden mit 2 min Gehen und dann 3 min lockerem Laufen (30 min, davon 18 min Laufen). Erst nach etwa 10 schmerzfreien einbeinigen Sprüngen beginnen. Mach zwischen Läufen einen Ruhetag, wiederhole jede Phase mindestens zweimal und geh erst weiter, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen. Geh den Rest, wenn der Laufschmerz über 3/10 steigt. Die Geh- und Laufzeiten der sechs Phasen sind unsere Wahl; jede ist eine Einheit von 30 min.</translation>
    </message>
    <message>
        <source>Walk-run 2: 2 min walk / 4 min run x 5</source>
        <translation>Geh-Lauf 2: 2 min gehen / 4 min laufen × 5</translation>
    </message>
    <message>
        <source>Return to running, phase 2 of 6: five rounds of 2 min walking then 4 min easy running (30 min, 20 min of it running). Have a rest day between runs, repeat each phase at least twice, and move on only when nothing is worse during, after or the next morning. Walk the rest if running pain goes above 3/10. The walk and run times of the six phases are our choice; each is a 30 min session.</source>
        <translation>Zurück zum Laufen, Phase 2 von 6: fünf Runden mit 2 min Gehen und dann 4 min lockerem Laufen (30 min, davon 20 min Laufen). Mach zwischen Läufen einen Ruhetag, wiederhole jede Phase mindestens zweimal und geh erst weiter, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen. Geh den Rest, wenn der Laufschmerz über 3/10 steigt. Die Geh- und Laufzeiten der sechs Phasen sind unsere Wahl; jede ist eine Einheit von 30 min.</translation>
    </message>
    <message>
        <source>Walk-run 3: 1 min walk / 4 min run x 6</source>
        <translation>Geh-Lauf 3: 1 min gehen / 4 min laufen × 6</translation>
    </message>
    <message>
        <source>Return to running, phase 3 of 6: six rounds of 1 min walking then 4 min easy running (30 min, 24 min of it running). Have a rest day between runs, repeat each phase at least twice, and move on only when nothing is worse during, after or the next morning. Walk the rest if running pain goes above 3/10. The walk and run times of the six phases are our choice; each is a 30 min session.</source>
        <translation>Zurück zum Laufen, Phase 3 von 6: sechs Runden mit 1 min Gehen und dann 4 min lockerem Laufen (30 min, davon 24 min Laufen). Mach zwischen Läufen einen Ruhetag, wiederhole jede Phase mindestens zweimal und geh erst weiter, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen. Geh den Rest, wenn der Laufschmerz über 3/10 steigt. Die Geh- und Laufzeiten der sechs Phasen sind unsere Wahl; jede ist eine Einheit von 30 min.</translation>
    </message>
    <message>
        <source>Walk-run 4: 1 min walk / 5 min run x 5</source>
        <translation>Geh-Lauf 4: 1 min gehen / 5 min laufen × 5</translation>
    </message>
    <message>
        <source>Return to running, phase 4 of 6: five rounds of 1 min walking then 5 min easy running (30 min, 25 min of it running). Have a rest day between runs, repeat each phase at least twice, and move on only when nothing is worse during, after or the next morning. Walk the rest if running pain goes above 3/10. The walk and run times of the six phases are our choice; each is a 30 min session.</source>
        <translation>Zurück zum Laufen, Phase 4 von 6: fünf Runden mit 1 min Gehen und dann 5 min lockerem Laufen (30 min, davon 25 min Laufen). Mach zwischen Läufen einen Ruhetag, wiederhole jede Phase mindestens zweimal und geh erst weiter, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen. Geh den Rest, wenn der Laufschmerz über 3/10 steigt. Die Geh- und Laufzeiten der sechs Phasen sind unsere Wahl; jede ist eine Einheit von 30 min.</translation>
    </message>
    <message>
        <source>Walk-run 5: 1 min walk / 9 min run x 3</source>
        <translation>Geh-Lauf 5: 1 min gehen / 9 min laufen × 3</translation>
    </message>
    <message>
        <source>Return to running, phase 5 of 6: three rounds of 1 min walking then 9 min easy running (30 min, 27 min of it running). Have a rest day between runs, repeat each phase at least twice, and move on only when nothing is worse during, after or the next morning. Walk the rest if running pain goes above 3/10. The walk and run times of the six phases are our choice; each is a 30 min session.</source>
        <translation>Zurück zum Laufen, Phase 5 von 6: drei Runden mit 1 min Gehen und dann 9 min lockerem Laufen (30 min, davon 27 min Laufen). Mach zwischen Läufen einen Ruhetag, wiederhole jede Phase mindestens zweimal und geh erst weiter, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen. Geh den Rest, wenn der Laufschmerz über 3/10 steigt. Die Geh- und Laufzeiten der sechs Phasen sind unsere Wahl; jede ist eine Einheit von 30 min.</translation>
    </message>
    <message>
        <source>Walk-run 6: 5 min walk, then 25 min continuous run</source>
        <translation>Geh-Lauf 6: 5 min gehen, dann 25 min am Stück laufen</translation>
    </message>
    <message>
        <source>Return to running, phase 6 of 6: continuous running. A 5 min brisk walk to warm up, then 25 min of easy running without a break (30 min). Have a rest day between runs, repeat each phase at least twice, and move on only when nothing is worse during, after or the next morning. Walk the rest if running pain goes above 3/10. The 5 min warm-up walk and the 25 min run are our choice. From here, build continuous runs slowly: about 2 min a run, every other day.</source>
        <translation>Zurück zum Laufen, Phase 6 von 6: Laufen am Stück. 5 min zügiges Gehen zum Aufwärmen, dann 25 min lockeres Laufen ohne Unterbrechung (30 min). Mach zwischen Läufen einen Ruhetag, wiederhole jede Phase mindestens zweimal und geh erst weiter, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen. Geh den Rest, wenn der Laufschmerz über 3/10 steigt. Die 5 min Aufwärmen und die 25 min Laufen sind unsere Wahl. Von hier an die Läufe am Stück langsam verlängern: etwa 2 min pro Lauf, jeden zweiten Tag.</translation>
    </message>
    <message>
        <source>Time-based run 10 min (first run)</source>
        <translation>Zeitbasierter Lauf 10 min (erster Lauf)</translation>
    </message>
    <message>
        <source>Time-based return to running, the other way to build up instead of walk-run: a 5 min brisk walk to warm up (our choice), then 10 min of continuous easy running. The first run is about 10-15 min (start with the 10, 12 or 14 min run); add about 2 min a run up to 20 min; run every other day. Start only after about 10 pain-free single-leg hops. Add the 2 min only when nothing is worse during, after or the next morning, and walk the rest if running pain goes above 3/10.</source>
        <translation>Zeitbasierter Wiedereinstieg ins Laufen, die Alternative zu Geh-Lauf: 5 min zügiges Gehen zum Aufwärmen (unsere Wahl), dann 10 min lockeres Laufen am Stück. Der erste Lauf dauert etwa 10–15 min (beginne mit dem Lauf über 10, 12 oder 14 min); füge pro Lauf etwa 2 min hinzu, bis 20 min; lauf jeden zweiten Tag. Erst nach etwa 10 schmerzfreien einbeinigen Sprüngen beginnen. Füge die 2 min nur hinzu, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen, und geh den Rest, wenn der Laufschmerz über 3/10 steigt.</translation>
    </message>
    <message>
        <source>Time-based run 12 min (first run)</source>
        <translation>Zeitbasierter Lauf 12 min (erster Lauf)</translation>
    </message>
    <message>
        <source>Time-based return to running, the other way to build up instead of walk-run: a 5 min brisk walk to warm up (our choice), then 12 min of continuous easy running. The first run is about 10-15 min (start with the 10, 12 or 14 min run); add about 2 min a run up to 20 min; run every other day. Start only after about 10 pain-free single-leg hops. Add the 2 min only when nothing is worse during, after or the next morning, and walk the rest if running pain goes above 3/10.</source>
        <translation>Zeitbasierter Wiedereinstieg ins Laufen, die Alternative zu Geh-Lauf: 5 min zügiges Gehen zum Aufwärmen (unsere Wahl), dann 12 min lockeres Laufen am Stück. Der erste Lauf dauert etwa 10–15 min (beginne mit dem Lauf über 10, 12 oder 14 min); füge pro Lauf etwa 2 min hinzu, bis 20 min; lauf jeden zweiten Tag. Erst nach etwa 10 schmerzfreien einbeinigen Sprüngen beginnen. Füge die 2 min nur hinzu, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen, und geh den Rest, wenn der Laufschmerz über 3/10 steigt.</translation>
    </message>
    <message>
        <source>Time-based run 14 min (first run)</source>
        <translation>Zeitbasierter Lauf 14 min (erster Lauf)</translation>
    </message>
    <message>
        <source>Time-based return to running, the other way to build up instead of walk-run: a 5 min brisk walk to warm up (our choice), then 14 min of continuous easy running. The first run is about 10-15 min (start with the 10, 12 or 14 min run); add about 2 min a run up to 20 min; run every other day. Start only after about 10 pain-free single-leg hops. Add the 2 min only when nothing is worse during, after or the next morning, and walk the rest if running pain goes above 3/10.</source>
        <translation>Zeitbasierter Wiedereinstieg ins Laufen, die Alternative zu Geh-Lauf: 5 min zügiges Gehen zum Aufwärmen (unsere Wahl), dann 14 min lockeres Laufen am Stück. Der erste Lauf dauert etwa 10–15 min (beginne mit dem Lauf über 10, 12 oder 14 min); füge pro Lauf etwa 2 min hinzu, bis 20 min; lauf jeden zweiten Tag. Erst nach etwa 10 schmerzfreien einbeinigen Sprüngen beginnen. Füge die 2 min nur hinzu, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen, und geh den Rest, wenn der Laufschmerz über 3/10 steigt.</translation>
    </message>
    <message>
        <source>Time-based run 16 min</source>
        <translation>Zeitbasierter Lauf 16 min</translation>
    </message>
    <message>
        <source>Time-based return to running, the other way to build up instead of walk-run: a 5 min brisk walk to warm up (our choice), then 16 min of continuous easy running. The first run is about 10-15 min (start with the 10, 12 or 14 min run); add about 2 min a run up to 20 min; run every other day. Start only after about 10 pain-free single-leg hops. Add the 2 min only when nothing is worse during, after or the next morning, and walk the rest if running pain goes above 3/10.</source>
        <translation>Zeitbasierter Wiedereinstieg ins Laufen, die Alternative zu Geh-Lauf: 5 min zügiges Gehen zum Aufwärmen (unsere Wahl), dann 16 min lockeres Laufen am Stück. Der erste Lauf dauert etwa 10–15 min (beginne mit dem Lauf über 10, 12 oder 14 min); füge pro Lauf etwa 2 min hinzu, bis 20 min; lauf jeden zweiten Tag. Erst nach etwa 10 schmerzfreien einbeinigen Sprüngen beginnen. Füge die 2 min nur hinzu, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen, und geh den Rest, wenn der Laufschmerz über 3/10 steigt.</translation>
    </message>
    <message>
        <source>Time-based run 18 min</source>
        <translation>Zeitbasierter Lauf 18 min</translation>
    </message>
    <message>
        <source>Time-based return to running, the other way to build up instead of walk-run: a 5 min brisk walk to warm up (our choice), then 18 min of continuous easy running. The first run is about 10-15 min (start with the 10, 12 or 14 min run); add about 2 min a run up to 20 min; run every other day. Start only after about 10 pain-free single-leg hops. Add the 2 min only when nothing is worse during, after or the next morning, and walk the rest if running pain goes above 3/10.</source>
        <translation>Zeitbasierter Wiedereinstieg ins Laufen, die Alternative zu Geh-Lauf: 5 min zügiges Gehen zum Aufwärmen (unsere Wahl), dann 18 min lockeres Laufen am Stück. Der erste Lauf dauert etwa 10–15 min (beginne mit dem Lauf über 10, 12 oder 14 min); füge pro Lauf etwa 2 min hinzu, bis 20 min; lauf jeden zweiten Tag. Erst nach etwa 10 schmerzfreien einbeinigen Sprüngen beginnen. Füge die 2 min nur hinzu, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen, und geh den Rest, wenn der Laufschmerz über 3/10 steigt.</translation>
    </message>
    <message>
        <source>Time-based run 20 min</source>
        <translation>Zeitbasierter Lauf 20 min</translation>
    </message>
    <message>
        <source>Time-based return to running, the other way to build up instead of walk-run: a 5 min brisk walk to warm up (our choice), then 20 min of continuous easy running. The first run is about 10-15 min (start with the 10, 12 or 14 min run); add about 2 min a run up to 20 min; run every other day. Start only after about 10 pain-free single-leg hops. Add the 2 min only when nothing is worse during, after or the next morning, and walk the rest if running pain goes above 3/10. After 20 min, keep building slowly: one user went from 15 to 40 min over about 8 weeks, then ran 5 days a week.</source>
        <translation>Zeitbasierter Wiedereinstieg ins Laufen, die Alternative zu Geh-Lauf: 5 min zügiges Gehen zum Aufwärmen (unsere Wahl), dann 20 min lockeres Laufen am Stück. Der erste Lauf dauert etwa 10–15 min (beginne mit dem Lauf über 10, 12 oder 14 min); füge pro Lauf etwa 2 min hinzu, bis 20 min; lauf jeden zweiten Tag. Erst nach etwa 10 schmerzfreien einbeinigen Sprüngen beginnen. Füge die 2 min nur hinzu, wenn nichts schlechter ist, weder währenddessen, danach noch am nächsten Morgen, und geh den Rest, wenn der Laufschmerz über 3/10 steigt. Nach 20 min langsam weiter steigern: Eine Nutzerin kam in etwa 8 Wochen von 15 auf 40 min und lief dann 5 Tage pro Woche.</translation>
    </message>
    <message>
        <source>Isometric, hip near straight</source>
        <translation>Isometrisch, Hüfte fast gestreckt</translation>
    </message>
    <message>
        <source>Settle pain and keep the muscle working without squeezing the tendon against the sit bone.</source>
        <translation>Schmerz beruhigen und den Muskel arbeiten lassen, ohne die Sehne gegen das Sitzbein zu drücken.</translation>
    </message>
    <message>
        <source>Holds of 5 s, then 15 s, then 30-45 s; 4-5 reps; about 2 min between sets when holds are long; 1-3 times a day; moderate effort (about half to two thirds of your maximum).</source>
        <translation>Halten über 5 s, dann 15 s, dann 30–45 s; 4–5 Wiederholungen; bei langem Halten etwa 2 min zwischen den Sätzen; ein- bis dreimal täglich; mäßige Anstrengung (etwa die Hälfte bis zwei Drittel deines Maximums).</translation>
    </message>
    <message>
        <source>7 days in a row with the morning test at 3/10 or less and steady; the isometrics at 3/10 or less; about 10 short-lever single-leg bridges at 3/10 or less with no flare over the next 24 h.</source>
        <translation>7 Tage in Folge mit Morgentest bei 3/10 oder weniger und stabil; die isometrischen Übungen bei 3/10 oder weniger; etwa 10 einbeinige Brücken mit kurzem Hebel bei 3/10 oder weniger ohne Verschlechterung in den nächsten 24 h.</translation>
    </message>
    <message>
        <source>Heavy slow resistance, little hip flexion</source>
        <translation>Schweres langsames Krafttraining, wenig Hüftbeugung</translation>
    </message>
    <message>
        <source>Rebuild the strength and capacity of the tendon and hamstrings with slow, heavy movements that keep the hip fairly straight.</source>
        <translation>Kraft und Belastbarkeit von Sehne und hinterer Oberschenkelmuskulatur mit langsamen, schweren Bewegungen aufbauen, bei denen die Hüfte ziemlich gestreckt bleibt.</translation>
    </message>
    <message>
        <source>3 s up / 3 s down (up to 5 s / 5 s); sets x reps by block 3x15, 3x12, 4x10, 4x8, 4x6 at loads you could lift only a rep or two more; 2-3 min between sets; 3 times a week, at least 48 h apart.</source>
        <translation>3 s hoch / 3 s ab (bis 5 s / 5 s); Sätze × Wiederholungen je Block 3×15, 3×12, 4×10, 4×8, 4×6 mit Lasten, die du nur ein, zwei Mal öfter heben könntest; 2–3 min zwischen den Sätzen; dreimal pro Woche, mindestens 48 h Abstand.</translation>
    </message>
    <message>
        <source>Single-leg bridge reps on the affected side at least 90% of the other side at 2-3/10 or less; 2 green weeks in a row.</source>
        <translation>Einbeinige Brücken auf der betroffenen Seite mindestens 90 % der anderen Seite bei 2–3/10 oder weniger; 2 grüne Wochen in Folge.</translation>
    </message>
    <message>
        <source>Strength into hip flexion</source>
        <translation>Kraft in die Hüftbeugung</translation>
    </message>
    <message>
        <source>Teach the tendon to tolerate load with the hip bent, where it is compressed: deadlifts, Nordics, split squats.</source>
        <translation>Der Sehne beibringen, Last bei gebeugter Hüfte zu vertragen, wo sie gedrückt wird: Kreuzheben, Nordics, Split Squats.</translation>
    </message>
    <message>
        <source>3-4 sets of 6-10 at the same slow tempo; 2-3 times a week; add hip-flexion range only while mornings stay green.</source>
        <translation>3–4 Sätze mit 6–10 Wdh. im gleichen langsamen Tempo; zwei- bis dreimal pro Woche; mehr Hüftbeugung nur, solange die Morgen grün bleiben.</translation>
    </message>
    <message>
        <source>No pain at rest; a pain-free unweighted drop lunge; hamstring curl strength equal left and right; 60 min of sitting tolerable.</source>
        <translation>Kein Ruheschmerz; ein schmerzfreier Ausfallschritt ohne Gewicht; gleiche Beugekraft links und rechts; 60 min Sitzen erträglich.</translation>
    </message>
    <message>
        <source>Energy storage and return to running</source>
        <translation>Energiespeicherung und Rückkehr zum Laufen</translation>
    </message>
    <message>
        <source>Restore speed and spring, then running: swings, skips, hops and bounding, then walk-run intervals, strides, hills and sprints.</source>
        <translation>Schnelligkeit und Sprungkraft zurückgewinnen, dann das Laufen: Swings, Kniehebelauf, Sprünge und Sprunglauf, dann Geh-Lauf-Intervalle, Steigerungsläufe, Bergläufe und Sprints.</translation>
    </message>
    <message>
        <source>Plyometrics 1-2 times a week, 48-72 h apart and never the day after a heavy session; keep heavy strength work 1-2 times a week. Start running only after about 10 pain-free single-leg hops.</source>
        <translation>Sprungtraining ein- bis zweimal pro Woche, 48–72 h Abstand und nie am Tag nach einer schweren Einheit; schweres Krafttraining ein- bis zweimal pro Woche beibehalten. Mit dem Laufen erst nach etwa 10 schmerzfreien einbeinigen Sprüngen beginnen.</translation>
    </message>
    <message>
        <source>2-3 weeks of full training with no flare over the following 24 h.</source>
        <translation>2–3 Wochen volles Training ohne Verschlechterung in den jeweils folgenden 24 h.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>ABSCHNITT</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>SATZ</translation>
    </message>
    <message>
        <source>REP</source>
        <translation>WDH</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>LOAD</source>
        <translation>LAST</translation>
    </message>
    <message>
        <source>CUES</source>
        <translation>SIGNALE</translation>
    </message>
    <message>
        <source>total {total} · {phases} phases · {cues} cues · affected side {side}</source>
        <translation>gesamt {total} · {phases} Abschnitte · {cues} Signale · betroffene Seite {side}</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>lead_in</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>up</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>top_pause</source>
        <translation>Pause oben</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>bottom_pause</source>
        <translation>Pause unten</translation>
    </message>
    <message>
        <source>set_rest</source>
        <translation>Satzpause</translation>
    </message>
    <message>
        <source>exercise_rest</source>
        <translation>Übungspause</translation>
    </message>
    <message>
        <source>switch_sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>gehen</translation>
    </message>
    <message>
        <source>run</source>
        <translation>laufen</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>tick</source>
        <translation>Tick</translation>
    </message>
    <message>
        <source>countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>set_end</source>
        <translation>Satzende</translation>
    </message>
    <message>
        <source>session_end</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>tolerance</name>
    <message>
        <source>{exercise} ({template})</source>
        <translation>{exercise} ({template})</translation>
    </message>
    <message>
        <source>{activity} over {minutes} min</source>
        <translation>{activity} über {minutes} min</translation>
    </message>
    <message>
        <source>{activity}, {flag}</source>
        <translation>{activity}, {flag}</translation>
    </message>
    <message>
        <source>Sitting (per {hours} h)</source>
        <translation>Sitzen (je {hours} h)</translation>
    </message>
    <message>
        <source>Hard session (pain during above the ceiling)</source>
        <translation>Harte Einheit (Schmerz dabei über der Obergrenze)</translation>
    </message>
    <message>
        <source>Hard session (pain during above {ceiling}/10)</source>
        <translation>Harte Einheit (Schmerz dabei über {ceiling}/10)</translation>
    </message>
    <message>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>{effect} on the next morning, {level} % between {low} and {high}, {days}</source>
        <translation>{effect} am nächsten Morgen, zu {level} % zwischen {low} und {high}, {days}</translation>
    </message>
    <message>
        <source>Likely worse</source>
        <translation>Eher schlechter</translation>
    </message>
    <message>
        <source>Likely fine</source>
        <translation>Eher unbedenklich</translation>
    </message>
    <message>
        <source>Not enough data yet: {days}, about {more} more would tell</source>
        <translation>Noch zu wenige Daten: {days}, etwa {more} mehr würden es zeigen</translation>
    </message>
    <message>
        <source>Likely worse: the whole {level} % interval is above +{matters} on the next morning. Likely fine: the whole interval is below it. Otherwise the data cannot tell yet.</source>
        <translation>Eher schlechter: Das ganze {level}-%-Intervall liegt am nächsten Morgen über +{matters}. Eher unbedenklich: Das ganze Intervall liegt darunter. Sonst können die Daten es noch nicht sagen.</translation>
    </message>
    <message>
        <source>{activity} longer than {minutes} min: next-morning pain {over} points; shorter: {under} points</source>
        <translation>{activity} länger als {minutes} min: Schmerz am nächsten Morgen {over} Punkte; kürzer: {under} Punkte</translation>
    </message>
</context>
</TS>
