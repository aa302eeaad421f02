<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Choose which AI tool to ship with.</source>
        <translation>Entscheiden, welches KI-Tool eingesetzt wird.</translation>
    </message>
    <message>
        <source>The database file (default: $SHIPORSKIP_DB, else the app data folder).</source>
        <translation>Die Datenbankdatei (Vorgabe: $SHIPORSKIP_DB, sonst der Datenordner der App).</translation>
    </message>
    <message>
        <source>Read and write settings in this file instead of the usual place.</source>
        <translation>Einstellungen in dieser Datei statt am üblichen Ort lesen und schreiben.</translation>
    </message>
    <message>
        <source>Print how long the start took once the catalog is painted, then quit.</source>
        <translation>Ausgeben, wie lange der Start bis zum gezeichneten Katalog dauerte, dann beenden.</translation>
    </message>
    <message>
        <source>ShipOrSkip cannot start</source>
        <translation>ShipOrSkip kann nicht starten</translation>
    </message>
    <message>
        <source>%1

Choose another database with --db PATH.</source>
        <translation>%1

Wählen Sie mit --db PFAD eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>Starting ShipOrSkip</source>
        <translation>ShipOrSkip wird gestartet</translation>
    </message>
    <message>
        <source>Updating the catalog&apos;s storage to this version…</source>
        <translation>Der Speicher des Katalogs wird für diese Version aktualisiert…</translation>
    </message>
</context>
<context>
    <name>sos::ChangeLog</name>
    <message>
        <source>pricing</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no clear leader</source>
        <translation>kein klarer Favorit</translation>
    </message>
    <message>
        <source>New tool: %1</source>
        <translation>Neues Werkzeug: %1</translation>
    </message>
    <message>
        <source>New comparison: %1</source>
        <translation>Neuer Vergleich: %1</translation>
    </message>
    <message>
        <source>New scorecard on %1 through the %2 lens: %3</source>
        <translation>Neue Bewertung zu %1 aus der Sicht %2: %3</translation>
    </message>
    <message>
        <source>The %1 lens flipped on %2: %3 → %4</source>
        <translation>Die Sicht %1 ist bei %2 umgeschlagen: %3 → %4</translation>
    </message>
    <message>
        <source>The panel on %1 moved: %2 → %3</source>
        <translation>Das Panel zu %1 hat sich verschoben: %2 → %3</translation>
    </message>
    <message>
        <source>The %1 of %2 changed: %3 → %4</source>
        <translation>„%1“ von %2 hat sich geändert: %3 → %4</translation>
    </message>
    <message>
        <source>The community&apos;s choice in %1 changed: %2 → %3</source>
        <translation>Die Wahl der Community in %1 hat sich geändert: %2 → %3</translation>
    </message>
    <message>
        <source>The change log keeps at least one day.</source>
        <translation>Das Änderungsprotokoll behält mindestens einen Tag.</translation>
    </message>
</context>
<context>
    <name>sos::ChartsReportRenderer</name>
    <message>
        <source>Community vote: no votes yet.</source>
        <translation>Community-Abstimmung: noch keine Stimmen.</translation>
    </message>
    <message>
        <source>Community vote: only on published comparisons.</source>
        <translation>Community-Abstimmung: nur bei veröffentlichten Vergleichen.</translation>
    </message>
    <message>
        <source>Community vote over time: fewer than two tallies so far.</source>
        <translation>Community-Abstimmung im Zeitverlauf: bisher weniger als zwei Zählungen.</translation>
    </message>
</context>
<context>
    <name>sos::Cli</name>
    <message>
        <source>The database file (default: $SHIPORSKIP_DB, else the app data folder).</source>
        <translation>Die Datenbankdatei (Vorgabe: $SHIPORSKIP_DB, sonst der Datenordner der App).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Only tools in category C (repeatable).</source>
        <translation>Nur Tools der Kategorie C (wiederholbar).</translation>
    </message>
    <message>
        <source>Only Free or Paid tools.</source>
        <translation>Nur kostenlose (Free) oder kostenpflichtige (Paid) Tools.</translation>
    </message>
    <message>
        <source>Only tools under license L (repeatable).</source>
        <translation>Nur Tools unter der Lizenz L (wiederholbar).</translation>
    </message>
    <message>
        <source>Only on-device, hosted or self-hosted tools (repeatable).</source>
        <translation>Nur Tools mit on-device, hosted oder self-hosted (wiederholbar).</translation>
    </message>
    <message>
        <source>Only tools whose panel is unanimous-ship, majority-ship, split, majority-skip or unreviewed.</source>
        <translation>Nur Tools, deren Panel unanimous-ship, majority-ship, split, majority-skip oder unreviewed ist.</translation>
    </message>
    <message>
        <source>Sort by name, vendor, category, pricing, panel or community.</source>
        <translation>Sortieren nach name, vendor, category, pricing, panel oder community.</translation>
    </message>
    <message>
        <source>Reverse the sort.</source>
        <translation>Sortierung umkehren.</translation>
    </message>
    <message>
        <source>--pricing takes Free or Paid, not &quot;%1&quot;.</source>
        <translation>--pricing erwartet Free oder Paid, nicht „%1“.</translation>
    </message>
    <message>
        <source>--verdict takes unanimous-ship, majority-ship, split, majority-skip or unreviewed, not &quot;%1&quot;.</source>
        <translation>--verdict erwartet unanimous-ship, majority-ship, split, majority-skip oder unreviewed, nicht „%1“.</translation>
    </message>
    <message>
        <source>--sort takes name, vendor, category, pricing, panel or community, not &quot;%1&quot;.</source>
        <translation>--sort erwartet name, vendor, category, pricing, panel oder community, nicht „%1“.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>PRICING</source>
        <translation>PREIS</translation>
    </message>
    <message>
        <source>PANEL SHIP</source>
        <translation>PANEL-ZUSTIMMUNG</translation>
    </message>
    <message>
        <source>COMMUNITY</source>
        <translation>COMMUNITY</translation>
    </message>
    <message>
        <source>Tools listed: %L1</source>
        <translation>Aufgeführte Tools: %L1</translation>
    </message>
    <message>
        <source>COMPARISON</source>
        <translation>VERGLEICH</translation>
    </message>
    <message>
        <source>TOOLS</source>
        <translation>TOOLS</translation>
    </message>
    <message>
        <source>VOTES</source>
        <translation>STIMMEN</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Panel ship</source>
        <translation>Panel-Zustimmung</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Pricing read: %1</source>
        <translation>Preiseinschätzung: %1</translation>
    </message>
    <message>
        <source>Compared in:</source>
        <translation>Verglichen in:</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>n/a (not a published comparison)</source>
        <translation>entfällt (kein veröffentlichter Vergleich)</translation>
    </message>
    <message>
        <source>%1  (verdicts differ)</source>
        <translation>%1  (Urteile weichen ab)</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Your vote: %1 (%2)</source>
        <translation>Ihre Stimme: %1 (%2)</translation>
    </message>
    <message>
        <source>show takes one tool or comparison: name, title or id.</source>
        <translation>show erwartet ein Tool oder einen Vergleich: Name, Titel oder ID.</translation>
    </message>
    <message>
        <source>no tool named &quot;%1&quot;.</source>
        <translation>kein Tool namens „%1“.</translation>
    </message>
    <message>
        <source>no tool or comparison named &quot;%1&quot;.</source>
        <translation>kein Tool und kein Vergleich namens „%1“.</translation>
    </message>
    <message>
        <source>compare takes %1 to %2 tools (names or ids), not %3.</source>
        <translation>compare erwartet %1 bis %2 Tools (Namen oder IDs), nicht %3.</translation>
    </message>
    <message>
        <source>vote takes a comparison (title or id) and one of its tools.</source>
        <translation>vote erwartet einen Vergleich (Titel oder ID) und eines seiner Tools.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in &quot;%2&quot;; vote for one of: %3.</source>
        <translation>„%1“ gehört nicht zu „%2“; stimmen Sie für eines davon: %3.</translation>
    </message>
    <message>
        <source>Your vote in &quot;%1&quot;: %2 (%3; the next sync sends it to the feed)</source>
        <translation>Ihre Stimme in „%1“: %2 (%3; die nächste Synchronisierung sendet sie an den Feed)</translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation>Den Bericht als PDF in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write the report as a self-contained HTML page to FILE.</source>
        <translation>Den Bericht als eigenständige HTML-Seite in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write the facts table as CSV to FILE.</source>
        <translation>Die Faktentabelle als CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>A4 or Letter (default: from the locale).</source>
        <translation>A4 oder Letter (Vorgabe: aus den Regionaleinstellungen).</translation>
    </message>
    <message>
        <source>Leave the charts out.</source>
        <translation>Diagramme weglassen.</translation>
    </message>
    <message>
        <source>Leave the full scorecards out.</source>
        <translation>Vollständige Bewertungen weglassen.</translation>
    </message>
    <message>
        <source>Leave the vote history out.</source>
        <translation>Abstimmungsverlauf weglassen.</translation>
    </message>
    <message>
        <source>Export every comparison in the store (with --out).</source>
        <translation>Jeden Vergleich der Datenbank exportieren (mit --out).</translation>
    </message>
    <message>
        <source>The folder for --all.</source>
        <translation>Der Ordner für --all.</translation>
    </message>
    <message>
        <source>With --all: pdf, html or csv (repeatable; default pdf).</source>
        <translation>Mit --all: pdf, html oder csv (wiederholbar; Vorgabe pdf).</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter, not &quot;%1&quot;.</source>
        <translation>--page-size erwartet A4 oder Letter, nicht „%1“.</translation>
    </message>
    <message>
        <source>--all takes no comparison, and needs --out DIR.</source>
        <translation>--all nimmt keinen Vergleich und braucht --out DIR.</translation>
    </message>
    <message>
        <source>--format takes pdf, html or csv, not &quot;%1&quot;.</source>
        <translation>--format erwartet pdf, html oder csv, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n Datei exportiert.</numerusform>
            <numerusform>%n Dateien exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>export takes one comparison (title or id), or --all --out DIR.</source>
        <translation>export erwartet einen Vergleich (Titel oder ID) oder --all --out DIR.</translation>
    </message>
    <message>
        <source>Say where to write: --pdf FILE, --html FILE and/or --csv FILE.</source>
        <translation>Geben Sie das Ziel an: --pdf FILE, --html FILE und/oder --csv FILE.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n Seite</numerusform>
            <numerusform>%1: %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed&apos;s URL: a feed server, or a folder written by &quot;feed export&quot; on a web server (default: the last feed synced).</source>
        <translation>Die URL des Feeds: ein Feed-Server oder ein mit „feed export“ geschriebener Ordner auf einem Webserver (Vorgabe: der zuletzt synchronisierte Feed).</translation>
    </message>
    <message>
        <source>Records per page to ask a server for (default 1000).</source>
        <translation>Datensätze pro Seite, die beim Server angefragt werden (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Sekunden, die auf eine Antwort gewartet wird (Vorgabe 30).</translation>
    </message>
    <message>
        <source>Which feed? Give its address with --feed URL.</source>
        <translation>Welcher Feed? Geben Sie seine Adresse mit --feed URL an.</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 5000.</source>
        <translation>--page-size erwartet eine Zahl von 1 bis 5000.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>No token from the keychain (%1); syncing the public read side only.</source>
        <translation>Kein Token aus dem Schlüsselbund (%1); nur die öffentliche Leseseite wird synchronisiert.</translation>
    </message>
    <message>
        <source>The sync did not finish.</source>
        <translation>Die Synchronisierung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>synced %1: %2</source>
        <translation>%1 synchronisiert: %2</translation>
    </message>
    <message>
        <source>use: token set --feed URL (the token is read from standard input), or token clear --feed URL</source>
        <translation>Aufruf: token set --feed URL (das Token wird von der Standardeingabe gelesen) oder token clear --feed URL</translation>
    </message>
    <message>
        <source>token removed from the keychain</source>
        <translation>Token aus dem Schlüsselbund entfernt</translation>
    </message>
    <message>
        <source>no token on standard input.</source>
        <translation>kein Token auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>token stored in the system keychain for %1</source>
        <translation>Token im Schlüsselbund des Systems für %1 gespeichert</translation>
    </message>
    <message>
        <source>use: feed export --out DIR</source>
        <translation>Aufruf: feed export --out DIR</translation>
    </message>
    <message>
        <source>--page-size takes a positive number.</source>
        <translation>--page-size erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n page(s) to %1</source>
        <translation>
            <numerusform>%n Seite nach %1 geschrieben</numerusform>
            <numerusform>%n Seiten nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>List the tools in the catalog, filtered and sorted.</source>
        <translation>Die Tools des Katalogs gefiltert und sortiert auflisten.</translation>
    </message>
    <message>
        <source>List the comparisons.</source>
        <translation>Die Vergleiche auflisten.</translation>
    </message>
    <message>
        <source>Show one tool or comparison in full.</source>
        <translation>Ein Tool oder einen Vergleich vollständig zeigen.</translation>
    </message>
    <message>
        <source>Compare two to four tools side by side.</source>
        <translation>Zwei bis vier Tools nebeneinander vergleichen.</translation>
    </message>
    <message>
        <source>Vote for the tool you would ship with in a comparison.</source>
        <translation>In einem Vergleich für das Tool stimmen, das Sie einsetzen würden.</translation>
    </message>
    <message>
        <source>Export a comparison report as PDF, HTML or CSV.</source>
        <translation>Den Bericht eines Vergleichs als PDF, HTML oder CSV exportieren.</translation>
    </message>
    <message>
        <source>Send your votes to a feed and bring its changes in.</source>
        <translation>Ihre Stimmen an einen Feed senden und seine Änderungen übernehmen.</translation>
    </message>
    <message>
        <source>token set|clear --feed URL: keep a feed&apos;s token in the system keychain.</source>
        <translation>token set|clear --feed URL: das Token eines Feeds im Schlüsselbund des Systems verwahren.</translation>
    </message>
    <message>
        <source>The feed the token is for.</source>
        <translation>Der Feed, für den das Token gilt.</translation>
    </message>
    <message>
        <source>feed export --out DIR: write the catalog as a static feed.</source>
        <translation>feed export --out DIR: den Katalog als statischen Feed schreiben.</translation>
    </message>
    <message>
        <source>The folder to write.</source>
        <translation>Der Zielordner.</translation>
    </message>
    <message>
        <source>Records per file (default 1000).</source>
        <translation>Datensätze pro Datei (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Aufruf: %1 [--db PATH] COMMAND [OPTIONS]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
„%1 COMMAND --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>What to show.</source>
        <translation>Was gezeigt werden soll.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Record which tool a comparison chose, who decided and why, with its evidence.</source>
        <translation>Festhalten, welches Tool in einem Vergleich gewählt wurde, wer entschied und warum, samt Faktenlage.</translation>
    </message>
    <message>
        <source>The tool chosen (name or id), one of the comparison&apos;s.</source>
        <translation>Das gewählte Tool (Name oder ID), eines aus dem Vergleich.</translation>
    </message>
    <message>
        <source>Who decided.</source>
        <translation>Wer entschieden hat.</translation>
    </message>
    <message>
        <source>Why, in a sentence or more.</source>
        <translation>Warum, in einem Satz oder mehr.</translation>
    </message>
    <message>
        <source>The saved profile the choice was ranked under (default: the default profile).</source>
        <translation>Das gespeicherte Profil der Rangfolge, auf der die Wahl beruht (Vorgabe: das Standardprofil).</translation>
    </message>
    <message>
        <source>use: decide COMPARISON --choose TOOL --by NAME --rationale TEXT [--profile NAME]</source>
        <translation>Aufruf: decide COMPARISON --choose TOOL --by NAME --rationale TEXT [--profile NAME]</translation>
    </message>
    <message>
        <source>Recorded decision #%1.</source>
        <translation>Entscheidung #%1 festgehalten.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>every lens %1</source>
        <translation>jede Perspektive %1</translation>
    </message>
    <message>
        <source>others %1</source>
        <translation>übrige %1</translation>
    </message>
    <message>
        <source>community %1</source>
        <translation>Community %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, under &quot;%2&quot; as adjusted for this run</source>
        <translation>%1, nach „%2“, für diesen Aufruf angepasst</translation>
    </message>
    <message>
        <source>%1, under &quot;%2&quot;</source>
        <translation>%1, nach „%2“</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Gewichte: %1</translation>
    </message>
    <message>
        <source>Must-haves: %1</source>
        <translation>Muss-Kriterien: %1</translation>
    </message>
    <message>
        <source>RANK</source>
        <translation>RANG</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>TOOL</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation>VERFEHLT</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (gleichauf)</translation>
    </message>
    <message>
        <source>Would change the top:</source>
        <translation>Würde den ersten Platz ändern:</translation>
    </message>
    <message>
        <source>#%1  %2, in &quot;%3&quot;</source>
        <translation>#%1  %2, in „%3“</translation>
    </message>
    <message>
        <source>by %1, %2, under &quot;%3&quot;</source>
        <translation>von %1, %2, nach „%3“</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>the bundled catalog</source>
        <translation>der mitgelieferte Katalog</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Evidence: %1, last sync %2, ShipOrSkip %3</source>
        <translation>Faktenlage: %1, letzte Synchronisierung %2, ShipOrSkip %3</translation>
    </message>
    <message>
        <source>The evidence changed since:</source>
        <translation>Die Faktenlage hat sich seitdem geändert:</translation>
    </message>
    <message>
        <source>The evidence has not changed since.</source>
        <translation>Die Faktenlage ist seitdem unverändert.</translation>
    </message>
    <message>
        <source>Superseded by #%1.</source>
        <translation>Abgelöst durch #%1.</translation>
    </message>
    <message>
        <source>List the decisions recorded, each with what changed in its evidence since.</source>
        <translation>Die festgehaltenen Entscheidungen auflisten, jeweils mit dem, was sich seitdem an ihrer Faktenlage geändert hat.</translation>
    </message>
    <message>
        <source>decisions takes at most one comparison (title or id).</source>
        <translation>decisions erwartet höchstens einen Vergleich (Titel oder ID).</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>Keine Entscheidungen festgehalten.</translation>
    </message>
    <message>
        <source>Rank the tools under this saved profile (default: the default profile).</source>
        <translation>Die Rangfolge der Tools nach diesem gespeicherten Profil bilden (Vorgabe: das Standardprofil).</translation>
    </message>
    <message>
        <source>Report this decision (its number) instead of the comparison&apos;s latest.</source>
        <translation>Diese Entscheidung (ihre Nummer) statt der neuesten des Vergleichs in den Bericht aufnehmen.</translation>
    </message>
    <message>
        <source>There is no decision #%1 on &quot;%2&quot;.</source>
        <translation>Es gibt keine Entscheidung #%1 zu „%2“.</translation>
    </message>
    <message>
        <source>None is recorded yet.</source>
        <translation>Noch ist keine festgehalten.</translation>
    </message>
    <message>
        <source>Its decisions: %1.</source>
        <translation>Vorhandene Entscheidungen: %1.</translation>
    </message>
    <message>
        <source>--decision names one comparison&apos;s decision: not with --all.</source>
        <translation>--decision nennt die Entscheidung eines Vergleichs: nicht mit --all.</translation>
    </message>
    <message>
        <source>profile save NAME|list|remove NAME: the team&apos;s criteria profiles.</source>
        <translation>profile save NAME|list|remove NAME: die Kriterienprofile des Teams.</translation>
    </message>
    <message>
        <source>With save: make it the default profile.</source>
        <translation>Mit save: es zum Standardprofil machen.</translation>
    </message>
    <message>
        <source>use: profile save NAME [--weights LENS=W,...] [--require FIELD=V|V]... [--community W] [--default], profile list [--json], or profile remove NAME</source>
        <translation>Aufruf: profile save NAME [--weights LENS=W,...] [--require FIELD=V|V]... [--community W] [--default], profile list [--json] oder profile remove NAME</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;, the default now.</source>
        <translation>Profil „%1“ gespeichert, jetzt das Standardprofil.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>WEIGHTS</source>
        <translation>GEWICHTE</translation>
    </message>
    <message>
        <source>MUST-HAVES</source>
        <translation>MUSS-KRITERIEN</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>No profiles saved.</source>
        <translation>Keine Profile gespeichert.</translation>
    </message>
    <message>
        <source>Default: &quot;%1&quot; (built in: every lens weighs 1).</source>
        <translation>Standard: „%1“ (eingebaut: jede Perspektive hat das Gewicht 1).</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Lens weights from 0 to 5, as LENS=W,LENS=W (a lens id or name; a lens not named keeps its weight).</source>
        <translation>Gewichte der Perspektiven von 0 bis 5, als LENS=W,LENS=W (ID oder Name einer Perspektive; eine nicht genannte Perspektive behält ihr Gewicht).</translation>
    </message>
    <message>
        <source>A must-have, as FIELD=VALUE|VALUE (FIELD: pricing, license, deployment or category). Repeatable.</source>
        <translation>Ein Muss-Kriterium, als FIELD=VALUE|VALUE (FIELD: pricing, license, deployment oder category). Wiederholbar.</translation>
    </message>
    <message>
        <source>The weight of the community vote, from 0 (left out) to 5.</source>
        <translation>Das Gewicht der Community-Abstimmung, von 0 (nicht berücksichtigt) bis 5.</translation>
    </message>
    <message>
        <source>Rank a comparison&apos;s tools (or any two to four tools) under a criteria profile.</source>
        <translation>Die Tools eines Vergleichs (oder zwei bis vier beliebige Tools) nach einem Kriterienprofil in eine Rangfolge bringen.</translation>
    </message>
    <message>
        <source>The saved profile to rank under (default: the default profile).</source>
        <translation>Das gespeicherte Profil für die Rangfolge (Vorgabe: das Standardprofil).</translation>
    </message>
    <message>
        <source>rank takes one comparison (title or id), or %1 to %2 tools (names or ids).</source>
        <translation>rank erwartet einen Vergleich (Titel oder ID) oder %1 bis %2 Tools (Namen oder IDs).</translation>
    </message>
    <message>
        <source>It is not in the community figures until the feed counts it.</source>
        <translation>Sie ist erst in den Community-Zahlen, wenn der Feed sie gezählt hat.</translation>
    </message>
    <message>
        <source>List what the syncs changed: new tools, comparisons and scorecards, flipped verdicts, moved panels, pricing and leaders.</source>
        <translation>Auflisten, was die Synchronisierungen geändert haben: neue Werkzeuge, Vergleiche und Bewertungen, umgeschlagene Urteile, verschobene Panels, Preise und Favoriten.</translation>
    </message>
    <message>
        <source>Only the changes of syncs from DATE on (2026-12-01, or a time: 2026-12-01T09:30Z), or &quot;last-seen&quot;: only those not marked seen yet.</source>
        <translation>Nur die Änderungen der Synchronisierungen ab DATE (2026-12-01 oder eine Uhrzeit: 2026-12-01T09:30Z) oder „last-seen“: nur die noch nicht als gesehen markierten.</translation>
    </message>
    <message>
        <source>Only the changes to the tools and comparisons you watch.</source>
        <translation>Nur die Änderungen an den Werkzeugen und Vergleichen, denen Sie folgen.</translation>
    </message>
    <message>
        <source>After listing, mark every change so far as seen (in the window too).</source>
        <translation>Nach der Liste alle bisherigen Änderungen als gesehen markieren (auch im Fenster).</translation>
    </message>
    <message>
        <source>changes takes no arguments, only options.</source>
        <translation>changes nimmt keine Argumente, nur Optionen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: --since takes a date such as 2026-12-01, a time such as 2026-12-01T09:30Z, or last-seen.</source>
        <translation>„%1“ ist kein Datum: --since nimmt ein Datum wie 2026-12-01, eine Uhrzeit wie 2026-12-01T09:30Z oder last-seen.</translation>
    </message>
    <message>
        <source>Nothing you watch has changed.</source>
        <translation>Nichts, dem Sie folgen, hat sich geändert.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Sync of %1:</source>
        <translation>Synchronisierung vom %1:</translation>
    </message>
    <message>
        <source>(* concerns a tool or comparison you watch)</source>
        <translation>(* betrifft ein Werkzeug oder einen Vergleich, dem Sie folgen)</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>Als gesehen markiert.</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>There is no tool or comparison named &quot;%1&quot;.</source>
        <translation>Es gibt kein Werkzeug und keinen Vergleich namens „%1“.</translation>
    </message>
    <message>
        <source>Watch a tool or a comparison: add, remove or list what you watch.</source>
        <translation>Einem Werkzeug oder Vergleich folgen: hinzufügen, entfernen oder auflisten, wem Sie folgen.</translation>
    </message>
    <message>
        <source>You watch nothing yet: &quot;%1 watch add TOOL&quot; watches a tool or a comparison.</source>
        <translation>Sie folgen noch nichts: „%1 watch add TOOL“ folgt einem Werkzeug oder Vergleich.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>(no longer in the catalog)</source>
        <translation>(nicht mehr im Katalog)</translation>
    </message>
    <message>
        <source>watch takes &quot;add NAME&quot;, &quot;remove NAME&quot; or &quot;list&quot;; NAME is a tool or a comparison (id, name or title).</source>
        <translation>watch nimmt „add NAME“, „remove NAME“ oder „list“; NAME ist ein Werkzeug oder ein Vergleich (ID, Name oder Titel).</translation>
    </message>
    <message>
        <source>Watching the %1 &quot;%2&quot;.</source>
        <translation>Sie folgen „%2“ (%1).</translation>
    </message>
    <message>
        <source>Already watching the %1 &quot;%2&quot;.</source>
        <translation>Sie folgen „%2“ (%1) bereits.</translation>
    </message>
    <message>
        <source>No longer watching the %1 &quot;%2&quot;.</source>
        <translation>Sie folgen „%2“ (%1) nicht mehr.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was not watched.</source>
        <translation>„%2“ (%1) wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1, descending</source>
        <translation>%1, absteigend</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Suche namens „%1“.</translation>
    </message>
    <message>
        <source>No search is saved yet: &quot;%1 searches save NAME QUERY&quot; saves one.</source>
        <translation>Noch ist keine Suche gespeichert: „%1 searches save NAME QUERY“ speichert eine.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ABFRAGE</translation>
    </message>
    <message>
        <source>FACETS</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>SORT</source>
        <translation>SORTIERUNG</translation>
    </message>
    <message>
        <source>Save a search under a name, list, rename or remove saved searches.</source>
        <translation>Eine Suche unter einem Namen speichern, gespeicherte Suchen auflisten, umbenennen oder entfernen.</translation>
    </message>
    <message>
        <source>save: replace a search already saved under that name.</source>
        <translation>save: eine bereits unter diesem Namen gespeicherte Suche ersetzen.</translation>
    </message>
    <message>
        <source>Only &quot;searches save&quot; takes the facet, sort and --replace options.</source>
        <translation>Nur „searches save“ nimmt die Filter- und Sortieroptionen sowie --replace an.</translation>
    </message>
    <message>
        <source>%1 Add --replace to replace it.</source>
        <translation>%1 Fügen Sie --replace hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Replaced the saved search &quot;%1&quot;.</source>
        <translation>Gespeicherte Suche „%1“ ersetzt.</translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot;.</source>
        <translation>Suche „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Renamed the saved search &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Gespeicherte Suche „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Removed the saved search &quot;%1&quot;.</source>
        <translation>Gespeicherte Suche „%1“ entfernt.</translation>
    </message>
    <message>
        <source>searches takes &quot;save NAME [QUERY]&quot;, &quot;list&quot;, &quot;rename NAME NEW-NAME&quot; or &quot;remove NAME&quot;.</source>
        <translation>searches nimmt „save NAME [QUERY]“, „list“, „rename NAME NEW-NAME“ oder „remove NAME“.</translation>
    </message>
    <message>
        <source>The shortlist is empty: &quot;%1 shortlist add TOOL&quot; adds a tool.</source>
        <translation>Die Auswahlliste ist leer: „%1 shortlist add TOOL“ fügt ein Tool hinzu.</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>Put tools aside to compare: add, remove, list or clear the shortlist.</source>
        <translation>Tools zum Vergleichen vormerken: zur Auswahlliste hinzufügen, daraus entfernen, sie auflisten oder leeren.</translation>
    </message>
    <message>
        <source>The shortlist is now empty.</source>
        <translation>Die Auswahlliste ist jetzt leer.</translation>
    </message>
    <message>
        <source>shortlist takes &quot;add TOOL&quot;, &quot;remove TOOL&quot;, &quot;list&quot; or &quot;clear&quot;; TOOL is a tool&apos;s id or name.</source>
        <translation>shortlist nimmt „add TOOL“, „remove TOOL“, „list“ oder „clear“; TOOL ist die ID oder der Name eines Tools.</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation>Es gibt kein Tool namens „%1“.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the shortlist.</source>
        <translation>„%1“ zur Auswahlliste hinzugefügt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on the shortlist.</source>
        <translation>„%1“ ist bereits auf der Auswahlliste.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from the shortlist.</source>
        <translation>„%1“ von der Auswahlliste entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not on the shortlist.</source>
        <translation>„%1“ war nicht auf der Auswahlliste.</translation>
    </message>
    <message>
        <source>Only tools matching every word of TEXT (names, taglines, descriptions, reviews), each as the start of a word.</source>
        <translation>Nur Tools, die zu jedem Wort von TEXT passen (Namen, Slogans, Beschreibungen, Bewertungen), jeweils als Wortanfang.</translation>
    </message>
    <message>
        <source>Only tools matching QUERY, in the search box&apos;s language: words, &quot;phrases&quot;, name:, vendor:, category:, pricing:, license:, deployment:, lens:LENS=ship|skip, ship:&gt;=75, votes:none, votes:&gt;=10, -TERM to exclude, OR, parentheses (see the manual page).</source>
        <translation>Nur Tools, die zu QUERY passen, in der Sprache des Suchfelds: Wörter, „Wortgruppen“, name:, vendor:, category:, pricing:, license:, deployment:, lens:LENS=ship|skip, ship:&gt;=75, votes:none, votes:&gt;=10, -TERM zum Ausschließen, OR, Klammern (siehe Handbuchseite).</translation>
    </message>
    <message>
        <source>Run the search saved as NAME (see &quot;searches&quot;). The options given with it change it: --search replaces its text, facet options add values to its own, --sort replaces its sort and --descending reverses it.</source>
        <translation>Die unter NAME gespeicherte Suche ausführen (siehe „searches“). Zusätzlich angegebene Optionen ändern sie: --search ersetzt ihren Text, Filteroptionen ergänzen ihre Werte, --sort ersetzt ihre Sortierung und --descending kehrt sie um.</translation>
    </message>
</context>
<context>
    <name>sos::CommunityShare</name>
    <message>
        <source>%L1% (%L2 of %L3)</source>
        <translation>%L1&#xa0;% (%L2 von %L3)</translation>
    </message>
</context>
<context>
    <name>sos::ComparisonCharts</name>
    <message>
        <source>Panel verdicts per tool</source>
        <translation>Panel-Urteile pro Tool</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %n reviewer(s) say ship</source>
        <translation>
            <numerusform>%1: %L2 von %n Prüfer sagt „einsetzen“</numerusform>
            <numerusform>%1: %L2 von %n Prüfern sagen „einsetzen“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %n reviewer(s) say skip</source>
        <translation>
            <numerusform>%1: %L2 von %n Prüfer sagt „auslassen“</numerusform>
            <numerusform>%1: %L2 von %n Prüfern sagen „auslassen“</numerusform>
        </translation>
    </message>
    <message>
        <source>Community vote</source>
        <translation>Community-Abstimmung</translation>
    </message>
    <message>
        <source>%1: %L2% (%L3)</source>
        <translation>%1: %L2&#xa0;% (%L3)</translation>
    </message>
    <message>
        <source>Verdict by lens</source>
        <translation>Urteil je Perspektive</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Community vote over time</source>
        <translation>Community-Abstimmung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vote(s) on %2 UTC</source>
        <translation>
            <numerusform>%1: %n Stimme am %2 UTC</numerusform>
            <numerusform>%1: %n Stimmen am %2 UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Time (UTC) from %1</source>
        <translation>Uhrzeit (UTC) ab %1</translation>
    </message>
</context>
<context>
    <name>sos::ComparisonListModel</name>
    <message numerus="yes">
        <source>%1 — %n community vote(s)</source>
        <translation>
            <numerusform>%1 — %n Community-Stimme</numerusform>
            <numerusform>%1 — %n Community-Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no community votes yet</source>
        <translation>%1 — noch keine Community-Stimmen</translation>
    </message>
</context>
<context>
    <name>sos::ComparisonModel</name>
    <message>
        <source>There is no comparison named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Vergleich namens „%1“.</translation>
    </message>
    <message>
        <source>The comparison &quot;%1&quot; has fewer than %2 tools left in the catalog.</source>
        <translation>Vom Vergleich „%1“ sind weniger als %2 Tools im Katalog übrig.</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation>Es gibt kein Tool namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice: a comparison needs different tools.</source>
        <translation>„%1“ ist doppelt genannt: Ein Vergleich braucht verschiedene Tools.</translation>
    </message>
    <message>
        <source>A comparison takes %1 to %2 tools, not %3.</source>
        <translation>Ein Vergleich umfasst %1 bis %2 Tools, nicht %3.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; is no longer in the catalog.</source>
        <translation>Das Tool „%1“ ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs. </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Skipped by %1.</source>
        <translation>Auslassen laut %1.</translation>
    </message>
    <message>
        <source>Not reviewed by %1.</source>
        <translation>Von %1 nicht bewertet.</translation>
    </message>
    <message>
        <source>No lens skips it.</source>
        <translation>Keine Perspektive sagt „auslassen“.</translation>
    </message>
</context>
<context>
    <name>sos::ComparisonView</name>
    <message>
        <source>Community vote: only on published comparisons</source>
        <translation>Community-Abstimmung: nur bei veröffentlichten Vergleichen</translation>
    </message>
    <message>
        <source>Community: %L1% of the vote (%L2 of %L3)</source>
        <translation>Community: %L1&#xa0;% der Stimmen (%L2 von %L3)</translation>
    </message>
    <message>
        <source>No panel reviews yet</source>
        <translation>Noch keine Panel-Bewertungen</translation>
    </message>
    <message>
        <source>Unknown comparison &quot;%1&quot;</source>
        <translation>Unbekannter Vergleich „%1“</translation>
    </message>
    <message>
        <source>Move %1 left</source>
        <translation>%1 nach links verschieben</translation>
    </message>
    <message>
        <source>Move %1 right</source>
        <translation>%1 nach rechts verschieben</translation>
    </message>
    <message>
        <source>Draft a scorecard for %1</source>
        <translation>Bewertung für %1 entwerfen</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>%1 aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Entry: %1 · License: %2 · Deployment: %3</source>
        <translation>Einstieg: %1 · Lizenz: %2 · Bereitstellung: %3</translation>
    </message>
    <message>
        <source>I&apos;d ship with %1</source>
        <translation>Ich würde %1 einsetzen</translation>
    </message>
    <message>
        <source>✓ I&apos;d ship with %1 (your vote)</source>
        <translation>✓ Ich würde %1 einsetzen (Ihre Stimme)</translation>
    </message>
    <message>
        <source>Panel verdict</source>
        <translation>Panel-Urteil</translation>
    </message>
    <message>
        <source>Pricing read</source>
        <translation>Preiseinschätzung</translation>
    </message>
    <message>
        <source>%1 entry · %2</source>
        <translation>Einstieg %1 · %2</translation>
    </message>
    <message>
        <source>Reviewer split</source>
        <translation>Urteile der Prüfer</translation>
    </message>
    <message>
        <source>Every lens reaches the same verdict on every tool.</source>
        <translation>Jede Perspektive kommt bei jedem Tool zum selben Urteil.</translation>
    </message>
    <message>
        <source>%1 — the verdicts differ</source>
        <translation>%1 — die Urteile weichen ab</translation>
    </message>
    <message>
        <source>Not reviewed through this lens.</source>
        <translation>Aus dieser Perspektive nicht bewertet.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Community vote</source>
        <translation>Community-Abstimmung</translation>
    </message>
    <message>
        <source>This set of tools is not a published comparison, so there is no community vote to join.</source>
        <translation>Diese Auswahl ist kein veröffentlichter Vergleich, daher gibt es keine Community-Abstimmung.</translation>
    </message>
    <message>
        <source>Your vote: %1, counted by the feed.</source>
        <translation>Ihre Stimme: %1, vom Feed gezählt.</translation>
    </message>
    <message>
        <source>The feed refused your vote for %1: %2</source>
        <translation>Der Feed hat Ihre Stimme für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>You have not voted in this comparison. One vote per comparison; you can change it.</source>
        <translation>Sie haben in diesem Vergleich nicht abgestimmt. Eine Stimme pro Vergleich; Sie können sie ändern.</translation>
    </message>
    <message>
        <source>Side-by-side comparison</source>
        <translation>Vergleich nebeneinander</translation>
    </message>
    <message>
        <source>Only lenses &amp;where the verdicts differ</source>
        <translation>Nur Perspektiven mit abwe&amp;ichenden Urteilen</translation>
    </message>
    <message>
        <source>Community: no votes counted yet</source>
        <translation>Community: noch keine Stimmen gezählt</translation>
    </message>
    <message>
        <source>Panel: %L1 of %L2 say ship</source>
        <translation>Panel: %L1 von %L2 sagen „einsetzen“</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>– Not reviewed</source>
        <translation>– Nicht bewertet</translation>
    </message>
    <message>
        <source>Which one should you ship with?</source>
        <translation>Welches Tool sollten Sie einsetzen?</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Verdict by lens</source>
        <translation>Urteil je Perspektive</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>◆ %1 — differs</source>
        <translation>◆ %1 — weicht ab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, the verdicts differ: %2</source>
        <translation>%1, die Urteile weichen ab: %2</translation>
    </message>
    <message>
        <source>Show the %1 scorecards</source>
        <translation>Die Bewertungen aus der Perspektive %1 zeigen</translation>
    </message>
    <message>
        <source>%1
Show the %2 scorecards</source>
        <translation>%1
Die Bewertungen aus der Perspektive %2 zeigen</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>◆ marks the lenses whose verdicts differ. A lens&apos;s name takes you to its scorecards.</source>
        <translation>◆ markiert die Perspektiven mit abweichenden Urteilen. Der Name einer Perspektive führt zu ihren Bewertungen.</translation>
    </message>
    <message>
        <source>I&apos;d ship with %1 (your vote)</source>
        <translation>Ich würde %1 einsetzen (Ihre Stimme)</translation>
    </message>
    <message>
        <source>Your vote: %1 — pending, counted after the next sync (not in the figures above).</source>
        <translation>Ihre Stimme: %1 — ausstehend, gezählt nach der nächsten Synchronisierung (nicht in den Zahlen oben).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Draft a %1 scorecard for %2</source>
        <translation>Bewertung aus der Perspektive %1 für %2 entwerfen</translation>
    </message>
</context>
<context>
    <name>sos::CriteriaDialog</name>
    <message>
        <source>&amp;Pricing is one of</source>
        <translation>&amp;Preis ist einer von</translation>
    </message>
    <message>
        <source>&amp;License is one of</source>
        <translation>&amp;Lizenz ist eine von</translation>
    </message>
    <message>
        <source>&amp;Deployment is one of</source>
        <translation>&amp;Bereitstellung ist eine von</translation>
    </message>
    <message>
        <source>C&amp;ategory is one of</source>
        <translation>K&amp;ategorie ist eine von</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Kriterien: %1</translation>
    </message>
    <message>
        <source>New criteria profile</source>
        <translation>Neues Kriterienprofil</translation>
    </message>
    <message>
        <source>e.g. On-device, open license</source>
        <translation>z. B. On-device, offene Lizenz</translation>
    </message>
    <message>
        <source>A new name saves a new profile; the one you started from stays.</source>
        <translation>Ein neuer Name speichert ein neues Profil; das Ausgangsprofil bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Make this the default profile</source>
        <translation>Als Stan&amp;dardprofil festlegen</translation>
    </message>
    <message>
        <source>Problem with these criteria</source>
        <translation>Problem mit diesen Kriterien</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>Profil &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the saved profile “%1”. Recorded decisions keep their own copy of it.</source>
        <translation>Das gespeicherte Profil „%1“ entfernen. Festgehaltene Entscheidungen behalten ihre eigene Kopie davon.</translation>
    </message>
    <message>
        <source>Weights: how much each lens&apos;s “ship” counts (0 to 5)</source>
        <translation>Gewichte: wie viel ein „Einsetzen“ jeder Perspektive zählt (0 bis 5)</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>Weight of the community vote</source>
        <translation>Gewicht der Community-Abstimmung</translation>
    </message>
    <message>
        <source>0 leaves the community vote out of the score; otherwise the weight times the tool&apos;s share of the feed&apos;s votes</source>
        <translation>0 lässt die Community-Abstimmung bei den Punkten außen vor; sonst zählt das Gewicht mal dem Anteil des Tools an den Stimmen des Feeds</translation>
    </message>
    <message>
        <source>C&amp;ommunity vote</source>
        <translation>C&amp;ommunity-Abstimmung</translation>
    </message>
    <message>
        <source>Must-haves: a tool that fails one is ranked but marked out</source>
        <translation>Muss-Kriterien: Ein Tool, das eines verfehlt, wird eingereiht, aber als ausgeschieden markiert</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1 (no tool)</source>
        <translation>%1 (kein Tool)</translation>
    </message>
    <message>
        <source>Nothing checked in a list: that field does not matter.</source>
        <translation>Ist in einer Liste nichts angekreuzt, spielt dieses Feld keine Rolle.</translation>
    </message>
    <message>
        <source>“%1” is the built-in profile&apos;s name; choose another.</source>
        <translation>„%1“ ist der Name des eingebauten Profils; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>A profile named “%1” is saved already; choose another name, or edit that profile.</source>
        <translation>Ein Profil namens „%1“ ist bereits gespeichert; wählen Sie einen anderen Namen oder bearbeiten Sie jenes Profil.</translation>
    </message>
</context>
<context>
    <name>sos::Database</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler bei %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a ShipOrSkip database, or it is damaged: %2</source>
        <translation>%1 ist keine ShipOrSkip-Datenbank oder beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer ShipOrSkip (schema version %2; this one knows up to %3). Update ShipOrSkip, or choose another database with --db.</source>
        <translation>Die Datenbank %1 stammt von einem neueren ShipOrSkip (Schemaversion %2; dieses kennt bis %3). Aktualisieren Sie ShipOrSkip oder wählen Sie mit --db eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation>Die Schemamigration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Die Schemamigration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>Sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>Ihr Dateikopf ist beschädigt</translation>
    </message>
    <message>
        <source>it is cut short (%L1 of %L2 bytes)</source>
        <extracomment>Completes &quot;The database %1 is damaged: %2.&quot; %2 here is at least 512 (a size in bytes).</extracomment>
        <translation>Sie ist abgeschnitten (%L1 von %L2 Bytes)</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2.</source>
        <translation>Die Datenbank %1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>Die Datenbank %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>sos::Decision</name>
    <message>
        <source>pricing</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist einer der Werte %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1, %2: scorecards %3 → %4</source>
        <translation>%1, %2: Bewertungen %3 → %4</translation>
    </message>
    <message>
        <source>%1 left the catalog</source>
        <translation>%1 ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <source>Community leader: %1 → %2</source>
        <translation>Vorne in der Community: %1 → %2</translation>
    </message>
    <message>
        <source>%1, pricing: %2 → %3</source>
        <translation>%1, Preis: %2 → %3</translation>
    </message>
    <message>
        <source>%1, pricing read: %2 → %3</source>
        <translation>%1, Preiseinschätzung: %2 → %3</translation>
    </message>
    <message>
        <source>%1, license: %2 → %3</source>
        <translation>%1, Lizenz: %2 → %3</translation>
    </message>
    <message>
        <source>%1, deployment: %2 → %3</source>
        <translation>%1, Bereitstellung: %2 → %3</translation>
    </message>
    <message>
        <source>%1, category: %2 → %3</source>
        <translation>%1, Kategorie: %2 → %3</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Gleiche Gewichte</translation>
    </message>
</context>
<context>
    <name>sos::DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Eine Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Which one do we ship with? %1</source>
        <translation>Welches Tool setzen wir ein? %1</translation>
    </message>
    <message>
        <source>Ranked under “%1”: %2</source>
        <translation>Rangfolge nach „%1“: %2</translation>
    </message>
    <message>
        <source>Chosen tool</source>
        <translation>Gewähltes Tool</translation>
    </message>
    <message>
        <source>Choose a tool</source>
        <translation>Tool wählen</translation>
    </message>
    <message>
        <source>&amp;Chosen tool:</source>
        <translation>&amp;Gewähltes Tool:</translation>
    </message>
    <message>
        <source>A name or a team</source>
        <translation>Ein Name oder ein Team</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Entschieden &amp;von:</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why this tool: what mattered, what was traded off</source>
        <translation>Warum dieses Tool: was zählte, worauf verzichtet wurde</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Problem with this decision</source>
        <translation>Problem mit dieser Entscheidung</translation>
    </message>
    <message>
        <source>The evidence (each tool&apos;s verdicts, figures, pricing and license) is kept with the decision, so that a later change shows.</source>
        <translation>Die Faktenlage (Urteile, Zahlen, Preis und Lizenz jedes Tools) wird mit der Entscheidung gespeichert, damit eine spätere Änderung sichtbar wird.</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>&amp;Festhalten</translation>
    </message>
    <message>
        <source>Record the decision (%1)</source>
        <translation>Die Entscheidung festhalten (%1)</translation>
    </message>
    <message>
        <source>Choose the tool the team decided on.</source>
        <translation>Wählen Sie das Tool, für das sich das Team entschieden hat.</translation>
    </message>
</context>
<context>
    <name>sos::DecisionPanel</name>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>The evidence changed</source>
        <translation>Die Faktenlage hat sich geändert</translation>
    </message>
    <message>
        <source>Earlier decisions, superseded</source>
        <translation>Frühere Entscheidungen, abgelöst</translation>
    </message>
    <message>
        <source>Record &amp;decision…</source>
        <translation>&amp;Entscheidung festhalten…</translation>
    </message>
    <message>
        <source>Record which tool the team chose, and why (%1)</source>
        <translation>Festhalten, welches Tool das Team gewählt hat und warum (%1)</translation>
    </message>
    <message>
        <source>No decision recorded yet: which one do you ship with?</source>
        <translation>Noch keine Entscheidung festgehalten: Welches Tool setzen Sie ein?</translation>
    </message>
    <message>
        <source>Decisions are recorded on published comparisons; this set of tools is not one.</source>
        <translation>Entscheidungen werden bei veröffentlichten Vergleichen festgehalten; diese Auswahl ist keiner.</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Entschieden: %1</translation>
    </message>
    <message>
        <source>By %1 on %2, ranked under “%3”.</source>
        <translation>Von %1 am %2, Rangfolge nach „%3“.</translation>
    </message>
    <message>
        <source>The evidence changed since this decision:</source>
        <translation>Die Faktenlage hat sich seit dieser Entscheidung geändert:</translation>
    </message>
    <message>
        <source>The evidence it rested on has not changed since %1.</source>
        <translation>Die Faktenlage, auf der sie beruht, ist seit %1 unverändert.</translation>
    </message>
    <message>
        <source>Superseded: %1, by %2 on %3, ranked under “%4”: %5</source>
        <translation>Abgelöst: %1, von %2 am %3, Rangfolge nach „%4“: %5</translation>
    </message>
    <message>
        <source>Earlier decisions (%L1)</source>
        <translation>Frühere Entscheidungen (%L1)</translation>
    </message>
</context>
<context>
    <name>sos::DecisionStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is the built-in profile: save yours under another name.</source>
        <translation>„%1“ ist das eingebaute Profil: Speichern Sie Ihres unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>sos::Decisions</name>
    <message>
        <source>Say who decided: a decision needs a name.</source>
        <translation>Geben Sie an, wer entschieden hat: Eine Entscheidung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Write a rationale: a decision needs the reason for it.</source>
        <translation>Schreiben Sie eine Begründung: Eine Entscheidung braucht ihren Grund.</translation>
    </message>
    <message>
        <source>“%1” is not one of the tools of “%2”: choose one of %3.</source>
        <translation>„%1“ gehört nicht zu den Tools von „%2“: Wählen Sie eines von %3.</translation>
    </message>
</context>
<context>
    <name>sos::Deployment</name>
    <message>
        <source>On-device</source>
        <translation>Auf dem Gerät</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Gehostet</translation>
    </message>
    <message>
        <source>Self-hosted</source>
        <translation>Selbst gehostet</translation>
    </message>
</context>
<context>
    <name>sos::DraftListModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Queued for the next sync</source>
        <translation>Wartet auf die nächste Synchronisierung</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Custom lens</source>
        <translation>Eigene Perspektive</translation>
    </message>
    <message>
        <source>No lens yet</source>
        <translation>Noch keine Perspektive</translation>
    </message>
    <message numerus="yes">
        <source>%1 through the %2 lens: %n word(s)</source>
        <translation>
            <numerusform>%1 aus der Perspektive %2: %n Wort</numerusform>
            <numerusform>%1 aus der Perspektive %2: %n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
</context>
<context>
    <name>sos::Drafts</name>
    <message>
        <source>What you integrate</source>
        <translation>Was Sie einbinden</translation>
    </message>
    <message>
        <source>The developer-experience bet</source>
        <translation>Die Wette auf die Entwicklererfahrung</translation>
    </message>
    <message>
        <source>The first hands-on run</source>
        <translation>Der erste Praxistest</translation>
    </message>
    <message>
        <source>Direct competitors</source>
        <translation>Direkte Konkurrenten</translation>
    </message>
    <message>
        <source>Where it breaks</source>
        <translation>Wo es bricht</translation>
    </message>
    <message>
        <source>What could make it irrelevant within a year</source>
        <translation>Was es binnen eines Jahres bedeutungslos machen könnte</translation>
    </message>
    <message>
        <source>The bet about the future</source>
        <translation>Die Wette auf die Zukunft</translation>
    </message>
    <message>
        <source>The knock-on effect if it wins</source>
        <translation>Die Folgewirkung, wenn es sich durchsetzt</translation>
    </message>
    <message>
        <source>Early, on time or late</source>
        <translation>Früh, pünktlich oder spät</translation>
    </message>
    <message>
        <source>Who pays for it</source>
        <translation>Wer dafür bezahlt</translation>
    </message>
    <message>
        <source>What defends its position</source>
        <translation>Was seine Stellung schützt</translation>
    </message>
    <message>
        <source>Ship or skip as a business</source>
        <translation>Einsetzen oder auslassen als Geschäft</translation>
    </message>
    <message>
        <source>This draft was discarded elsewhere; save it as a new draft.</source>
        <translation>Dieser Entwurf wurde anderswo verworfen; speichern Sie ihn als neuen Entwurf.</translation>
    </message>
    <message>
        <source>There is no such draft.</source>
        <translation>Diesen Entwurf gibt es nicht.</translation>
    </message>
    <message>
        <source>Choose a lens.</source>
        <translation>Wählen Sie eine Perspektive.</translation>
    </message>
    <message>
        <source>Name the custom lens.</source>
        <translation>Benennen Sie die eigene Perspektive.</translation>
    </message>
    <message>
        <source>Choose ship or skip.</source>
        <translation>Wählen Sie einsetzen oder auslassen.</translation>
    </message>
    <message numerus="yes">
        <source>Write at least %n character(s) (%L1 so far).</source>
        <translation>
            <numerusform>Schreiben Sie mindestens %n Zeichen (bisher %L1).</numerusform>
            <numerusform>Schreiben Sie mindestens %n Zeichen (bisher %L1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the scorecard to %n character(s), prompts included (%L1 now).</source>
        <translation>
            <numerusform>Halten Sie die Bewertung bei höchstens %n Zeichen, Leitfragen eingeschlossen (jetzt %L1).</numerusform>
            <numerusform>Halten Sie die Bewertung bei höchstens %n Zeichen, Leitfragen eingeschlossen (jetzt %L1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who wrote it.</source>
        <translation>Geben Sie an, wer sie geschrieben hat.</translation>
    </message>
    <message>
        <source>The draft is not ready: %1</source>
        <translation>Der Entwurf ist nicht fertig: %1</translation>
    </message>
    <message>
        <source>This is not a ShipOrSkip draft: it does not start with a --- header.</source>
        <translation>Das ist kein ShipOrSkip-Entwurf: Er beginnt nicht mit einem ---‑Kopf.</translation>
    </message>
    <message>
        <source>The draft&apos;s --- header is not closed.</source>
        <translation>Der ---‑Kopf des Entwurfs ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The header line &quot;%1&quot; has no &quot;key: value&quot;.</source>
        <translation>Die Kopfzeile „%1“ hat kein „Schlüssel: Wert“.</translation>
    </message>
    <message>
        <source>The verdict must be ship or skip, not &quot;%1&quot;.</source>
        <translation>Das Urteil muss ship oder skip sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown header field &quot;%1&quot;.</source>
        <translation>Unbekanntes Kopffeld „%1“.</translation>
    </message>
    <message>
        <source>The draft names no tool.</source>
        <translation>Der Entwurf nennt kein Tool.</translation>
    </message>
</context>
<context>
    <name>sos::FacetPanel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Panel verdict</source>
        <translation>Panel-Urteil</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1: no tool left with the other filters; uncheck it to remove it</source>
        <translation>%1: Mit den anderen Filtern bleibt kein Tool übrig; Häkchen entfernen, um den Wert zu entfernen</translation>
    </message>
    <message>
        <source>%1: no tool left with the search and the other filters</source>
        <translation>%1: Mit der Suche und den anderen Filtern bleibt kein Tool übrig</translation>
    </message>
</context>
<context>
    <name>sos::FeedParser</name>
    <message>
        <source>%1: the field &quot;%2&quot; is missing</source>
        <translation>%1: Das Feld „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be a string</source>
        <translation>%1: Das Feld „%2“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is empty</source>
        <translation>%1: Das Feld „%2“ ist leer</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is longer than %3 characters</source>
        <translation>%1: Das Feld „%2“ ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be an array of strings</source>
        <translation>%1: Das Feld „%2“ muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must hold only non-empty strings</source>
        <translation>%1: Das Feld „%2“ darf nur nicht-leere Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be one of %3, not &quot;%4&quot;</source>
        <translation>%1: „%2“ muss einer von %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>The feed&apos;s &quot;%1&quot; must be an array</source>
        <translation>„%1“ im Feed muss ein Array sein</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>The feed is not valid JSON: %1 at byte %2</source>
        <translation>Der Feed ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>The feed must be a JSON object</source>
        <translation>Der Feed muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the feed</source>
        <translation>der Feed</translation>
    </message>
    <message>
        <source>This is not a ShipOrSkip feed (its &quot;format&quot; is not &quot;shiporskip-feed&quot;)</source>
        <translation>Das ist kein ShipOrSkip-Feed (sein „format“ ist nicht „shiporskip-feed“)</translation>
    </message>
    <message>
        <source>The feed uses format version %1; this ShipOrSkip reads up to version %2. Update ShipOrSkip.</source>
        <translation>Der Feed nutzt Formatversion %1; dieses ShipOrSkip liest bis Version %2. Aktualisieren Sie ShipOrSkip.</translation>
    </message>
    <message>
        <source>comparison &quot;%1&quot; must name at least two tools</source>
        <translation>Vergleich „%1“ muss mindestens zwei Tools nennen</translation>
    </message>
    <message>
        <source>comparison &quot;%1&quot; names a tool twice</source>
        <translation>Vergleich „%1“ nennt ein Tool doppelt</translation>
    </message>
    <message>
        <source>The feed&apos;s &quot;%1&quot; hold the id &quot;%2&quot; twice</source>
        <translation>„%1“ im Feed enthält die ID „%2“ doppelt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 8601 timestamp of the years 1 to 9999 in UTC: %3</source>
        <translation>%1: „%2“ ist kein ISO-8601-Zeitstempel der Jahre 1 bis 9999 in UTC: %3</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be a whole number of at least %L3 and at most %L4</source>
        <translation>%1: Das Feld „%2“ muss eine ganze Zahl von mindestens %L3 und höchstens %L4 sein</translation>
    </message>
    <message numerus="yes">
        <source>%1: the field &quot;%2&quot; holds %n item(s); at most %L3 are allowed</source>
        <translation>
            <numerusform>%1: Das Feld „%2“ enthält %n Eintrag; höchstens %L3 sind erlaubt</numerusform>
            <numerusform>%1: Das Feld „%2“ enthält %n Einträge; höchstens %L3 sind erlaubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed&apos;s &quot;%1&quot; hold %n record(s); a section may hold at most %L2</source>
        <translation>
            <numerusform>„%1“ im Feed enthält %n Datensatz; ein Abschnitt darf höchstens %L2 enthalten</numerusform>
            <numerusform>„%1“ im Feed enthält %n Datensätze; ein Abschnitt darf höchstens %L2 enthalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed nests arrays and objects more than %n level(s) deep (at byte %L1)</source>
        <translation>
            <numerusform>Der Feed verschachtelt Arrays und Objekte mehr als %n Ebene tief (bei Byte %L1)</numerusform>
            <numerusform>Der Feed verschachtelt Arrays und Objekte mehr als %n Ebenen tief (bei Byte %L1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed holds a string of %n byte(s) at byte %L1; a string may have at most %L2 bytes</source>
        <translation>
            <numerusform>Der Feed enthält bei Byte %L1 eine Zeichenkette von %n Byte; eine Zeichenkette darf höchstens %L2 Bytes lang sein</numerusform>
            <numerusform>Der Feed enthält bei Byte %L1 eine Zeichenkette von %n Bytes; eine Zeichenkette darf höchstens %L2 Bytes lang sein</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed has %L1 bytes; a feed document may have at most %L2 MiB (%L3 bytes)</source>
        <extracomment>The document is always over 512 MiB here: &quot;bytes&quot; is always plural.</extracomment>
        <translation>Der Feed hat %L1 Bytes; ein Feed-Dokument darf höchstens %L2 MiB (%L3 Bytes) groß sein</translation>
    </message>
</context>
<context>
    <name>sos::HttpJob</name>
    <message>
        <source>The answer from %1 is larger than the %2 MiB allowed.</source>
        <translation>Die Antwort von %1 ist größer als die erlaubten %2 MiB.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 answered %2 %3.</source>
        <translation>%1 antwortete %2 %3.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 redirected to another address, which is not followed: point the feed URL at the final address.</source>
        <translation>%1 leitete an eine andere Adresse weiter, der nicht gefolgt wird: Geben Sie die endgültige Adresse als Feed-URL an.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>sos::MainWindow</name>
    <message>
        <source>ShipOrSkip</source>
        <translation>ShipOrSkip</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Den Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>C&amp;omparisons</source>
        <translation>&amp;Vergleiche</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Scorecard Editor</source>
        <translation>Bewertungseditor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Tools</source>
        <translation>Ausgewählte Tools &amp;vergleichen</translation>
    </message>
    <message>
        <source>Open the tools selected in the table side by side</source>
        <translation>Die in der Tabelle ausgewählten Tools nebeneinander öffnen</translation>
    </message>
    <message>
        <source>Close Compa&amp;rison</source>
        <translation>Vergleich schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;All Open Comparisons…</source>
        <translation>&amp;Alle offenen Vergleiche exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Druckvorscha&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to &amp;Tools</source>
        <translation>Zu den &amp;Tools</translation>
    </message>
    <message>
        <source>Go to &amp;Comparisons</source>
        <translation>Zu den &amp;Vergleichen</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Zu den &amp;Details</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Vo&amp;rheriger Tab</translation>
    </message>
    <message>
        <source>Only Lenses Where Verdicts Di&amp;ffer</source>
        <translation>Nur Perspektiven mit &amp;abweichenden Urteilen</translation>
    </message>
    <message>
        <source>Scorecard &amp;Editor</source>
        <translation>Bewertungs&amp;editor</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>Be&amp;wertungen</translation>
    </message>
    <message>
        <source>&amp;Draft a Scorecard for the Selected Tool</source>
        <translation>&amp;Bewertung für das ausgewählte Tool entwerfen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About ShipOrSkip</source>
        <translation>Ü&amp;ber ShipOrSkip</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Clear the Search Field</source>
        <translation>Suchfeld leeren</translation>
    </message>
    <message>
        <source>Tools: %L1</source>
        <translation>Tools: %L1</translation>
    </message>
    <message>
        <source>No tool matches. Clear the search and filters with %1.</source>
        <translation>Kein Tool passt. Setzen Sie Suche und Filter mit %1 zurück.</translation>
    </message>
    <message>
        <source>Select two to four tools to compare (Ctrl+click or Shift+click in the table), then press %1.</source>
        <translation>Wählen Sie zwei bis vier Tools zum Vergleichen (Strg+Klick oder Umschalt+Klick in der Tabelle) und drücken Sie dann %1.</translation>
    </message>
    <message>
        <source>Select a tool first, then press %1 to draft a scorecard for it.</source>
        <translation>Wählen Sie zuerst ein Tool und drücken Sie dann %1, um eine Bewertung dafür zu entwerfen.</translation>
    </message>
    <message>
        <source>About ShipOrSkip</source>
        <translation>Über ShipOrSkip</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShipOrSkip %1&lt;/h3&gt;&lt;p&gt;Compare AI tools side by side: the panel&apos;s verdicts, the pricing read, the reviewer split and the community vote, offline from a local store.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShipOrSkip %1&lt;/h3&gt;&lt;p&gt;Vergleichen Sie KI-Tools nebeneinander: die Urteile des Panels, die Preiseinschätzung, die Urteile der Prüfer und die Community-Abstimmung, offline aus einer lokalen Datenbank.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>F&amp;ilters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>The catalog cannot be searched: %1</source>
        <translation>Der Katalog kann nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>Entscheidung &amp;festhalten…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Watched tools only</source>
        <translation>Nur gefolgte Wer&amp;kzeuge</translation>
    </message>
    <message>
        <source>Show only the tools you watch (%1 watches the selected tool)</source>
        <translation>Nur die Werkzeuge zeigen, denen Sie folgen (%1 folgt dem ausgewählten Werkzeug)</translation>
    </message>
    <message>
        <source>&amp;Watch or Stop Watching</source>
        <translation>&amp;Folgen oder nicht mehr folgen</translation>
    </message>
    <message>
        <source>Watch the comparison of the current tab, or the selected tool: their changes come first in What Changed</source>
        <translation>Dem Vergleich des aktuellen Tabs oder dem ausgewählten Werkzeug folgen: ihre Änderungen stehen in „Was sich geändert hat“ zuerst</translation>
    </message>
    <message>
        <source>What C&amp;hanged</source>
        <translation>Was sich geändert &amp;hat</translation>
    </message>
    <message>
        <source>&amp;Mark All Changes Seen</source>
        <translation>Alle Änderungen als gesehen &amp;markieren</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>What Changed (%L1)</source>
        <translation>Was sich geändert hat (%L1)</translation>
    </message>
    <message>
        <source>What C&amp;hanged (%L1)</source>
        <translation>Was sich geändert &amp;hat (%L1)</translation>
    </message>
    <message>
        <source>Unseen changes on what you watch: %1 (%2)</source>
        <translation>Ungesehene Änderungen an dem, dem Sie folgen: %1 (%2)</translation>
    </message>
    <message>
        <source>What changed since you last looked (%1)</source>
        <translation>Was sich seit Ihrem letzten Blick geändert hat (%1)</translation>
    </message>
    <message>
        <source>Watching %1: its changes come first in What Changed, and a sync that changes it tells you.</source>
        <translation>Sie folgen %1: seine Änderungen stehen in „Was sich geändert hat“ zuerst, und eine Synchronisierung, die es ändert, sagt es Ihnen.</translation>
    </message>
    <message>
        <source>You no longer watch %1.</source>
        <translation>Sie folgen %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Select a tool or open a published comparison, then press %1 to watch it.</source>
        <translation>Wählen Sie ein Werkzeug oder öffnen Sie einen veröffentlichten Vergleich und drücken Sie dann %1, um ihm zu folgen.</translation>
    </message>
    <message>
        <source>You watch this comparison (%1 to stop)</source>
        <translation>Sie folgen diesem Vergleich (%1 zum Beenden)</translation>
    </message>
    <message>
        <source>Watch this comparison: its changes come first in What Changed (%1)</source>
        <translation>Diesem Vergleich folgen: seine Änderungen stehen in „Was sich geändert hat“ zuerst (%1)</translation>
    </message>
    <message>
        <source>Watching this comparison</source>
        <translation>Sie folgen diesem Vergleich</translation>
    </message>
    <message>
        <source>Watch this comparison</source>
        <translation>Diesem Vergleich folgen</translation>
    </message>
    <message>
        <source>What you watch changed</source>
        <translation>Etwas, dem Sie folgen, hat sich geändert</translation>
    </message>
    <message>
        <source>Changes on what you watch: %1. The newest: %2</source>
        <translation>Änderungen an dem, dem Sie folgen: %1. Die neueste: %2</translation>
    </message>
    <message>
        <source>That tool is no longer in the catalog.</source>
        <translation>Dieses Werkzeug ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Search tools, taglines and reviews, or ask: license:MIT ship:&gt;=75 -pricing:paid (%1)</source>
        <translation>Tools, Slogans und Bewertungen durchsuchen oder fragen: license:MIT ship:&gt;=75 -pricing:paid (%1)</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Shortlis&amp;t</source>
        <translation>Auswahll&amp;iste</translation>
    </message>
    <message>
        <source>Clear the Filters (%1)</source>
        <translation>Filter zurücksetzen (%1)</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Suche und alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a filter and its checked values</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between the checked values of one filter</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>Watched only</source>
        <translation>Nur gefolgte</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between filters</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>No tool matches “%1” with %2.</source>
        <translation>Kein Tool passt zu „%1“ mit %2.</translation>
    </message>
    <message>
        <source>No tool matches “%1”.</source>
        <translation>Kein Tool passt zu „%1“.</translation>
    </message>
    <message>
        <source>No tool matches these filters: %1.</source>
        <translation>Kein Tool passt zu diesen Filtern: %1.</translation>
    </message>
    <message>
        <source>No tool matches.</source>
        <translation>Kein Tool passt.</translation>
    </message>
    <message>
        <source>Co&amp;mpare Shortlist</source>
        <translation>Aus&amp;wahlliste vergleichen</translation>
    </message>
    <message>
        <source>Open the shortlist&apos;s tools side by side (the first four)</source>
        <translation>Die Tools der Auswahlliste nebeneinander öffnen (die ersten vier)</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>Suche s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save the search text, the filters and the sort under a name, in the Saved Searches list</source>
        <translation>Suchtext, Filter und Sortierung unter einem Namen in der Liste der gespeicherten Suchen speichern</translation>
    </message>
    <message>
        <source>Add to Short&amp;list</source>
        <translation>Zur Auswahl&amp;liste hinzufügen</translation>
    </message>
    <message>
        <source>Put the selected tools on the shortlist, to compare them later</source>
        <translation>Die ausgewählten Tools auf die Auswahlliste setzen, um sie später zu vergleichen</translation>
    </message>
    <message>
        <source>Go to &amp;Saved Searches</source>
        <translation>Zu den &amp;gespeicherten Suchen</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln tool(s)</source>
        <translation>
            <numerusform>%L1 von %Ln Tool angezeigt</numerusform>
            <numerusform>%L1 von %Ln Tools angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Save the search text, the filters and the sort as:</source>
        <translation>Suchtext, Filter und Sortierung speichern unter:</translation>
    </message>
    <message>
        <source>Replace the Saved Search?</source>
        <translation>Gespeicherte Suche ersetzen?</translation>
    </message>
    <message>
        <source>%1 Replace it with this search?</source>
        <translation>%1 Durch diese Suche ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot;: it is in the Saved Searches list.</source>
        <translation>Suche „%1“ gespeichert: Sie steht in der Liste der gespeicherten Suchen.</translation>
    </message>
    <message>
        <source>Showing the saved search &quot;%1&quot;.</source>
        <translation>Die gespeicherte Suche „%1“ wird angezeigt.</translation>
    </message>
    <message>
        <source>Select tools in the table, then press %1 to put them on the shortlist.</source>
        <translation>Wählen Sie Tools in der Tabelle aus und drücken Sie dann %1, um sie auf die Auswahlliste zu setzen.</translation>
    </message>
    <message>
        <source>%1 is already on the shortlist.</source>
        <translation>%1 ist bereits auf der Auswahlliste.</translation>
    </message>
    <message>
        <source>These tools are already on the shortlist.</source>
        <translation>Diese Tools sind bereits auf der Auswahlliste.</translation>
    </message>
    <message>
        <source>Added %1 to the shortlist.</source>
        <translation>%1 zur Auswahlliste hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n tool(s) to the shortlist.</source>
        <translation>
            <numerusform>%n Tool zur Auswahlliste hinzugefügt.</numerusform>
            <numerusform>%n Tools zur Auswahlliste hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put at least two tools on the shortlist (%1 adds the selected ones) to compare them.</source>
        <translation>Setzen Sie mindestens zwei Tools auf die Auswahlliste (%1 fügt die ausgewählten hinzu), um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>A comparison takes four tools at most: it shows the first four of the %L1 on the shortlist.</source>
        <translation>Ein Vergleich umfasst höchstens vier Tools: Er zeigt die ersten vier der %L1 auf der Auswahlliste.</translation>
    </message>
</context>
<context>
    <name>sos::PanelScore</name>
    <message>
        <source>%L1% (%L2 of %L3)</source>
        <translation>%L1&#xa0;% (%L2 von %L3)</translation>
    </message>
</context>
<context>
    <name>sos::PanelVerdict</name>
    <message>
        <source>Unanimous ship</source>
        <translation>Einstimmig einsetzen</translation>
    </message>
    <message>
        <source>Majority ship</source>
        <translation>Mehrheitlich einsetzen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Majority skip</source>
        <translation>Mehrheitlich auslassen</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht bewertet</translation>
    </message>
</context>
<context>
    <name>sos::Pricing</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Kostenpflichtig</translation>
    </message>
</context>
<context>
    <name>sos::ProfileInput</name>
    <message>
        <source>The weight of %1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>Das Gewicht für %1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>No tool in the catalog has the %1 “%2”: that must-have could never be met.</source>
        <translation>Kein Tool im Katalog hat bei %1 den Wert „%2“: Dieses Muss-Kriterium wäre nie erfüllbar.</translation>
    </message>
    <message>
        <source>The must-have on %1 names no value: write %2=VALUE, or VALUE|VALUE for any of several.</source>
        <translation>Das Muss-Kriterium zu %1 nennt keinen Wert: Schreiben Sie %2=VALUE oder VALUE|VALUE für einen von mehreren Werten.</translation>
    </message>
    <message>
        <source>No tool in the catalog meets all of these must-haves at once: %1.</source>
        <translation>Kein Tool im Katalog erfüllt alle diese Muss-Kriterien zugleich: %1.</translation>
    </message>
    <message>
        <source>There is no lens named “%1”.</source>
        <translation>Es gibt keine Perspektive namens „%1“.</translation>
    </message>
    <message>
        <source>The lenses are: %1.</source>
        <translation>Die Perspektiven sind: %1.</translation>
    </message>
    <message>
        <source>“%1” is not LENS=WEIGHT (for example buyer=5).</source>
        <translation>„%1“ hat nicht die Form LENS=WEIGHT (zum Beispiel buyer=5).</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE (for example license=Apache 2.0|MIT).</source>
        <translation>„%1“ hat nicht die Form FIELD=VALUE (zum Beispiel license=Apache 2.0|MIT).</translation>
    </message>
    <message>
        <source>There is no field “%1” to require: use %2.</source>
        <translation>Es gibt kein Feld „%1“, das sich verlangen lässt: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>the community</source>
        <translation>die Community</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>sos::Ranking</name>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (Gewicht %2)</translation>
    </message>
    <message>
        <source>Not reviewed by %1: no points from them.</source>
        <translation>Von %1 nicht bewertet: keine Punkte von dort.</translation>
    </message>
    <message>
        <source>Community: %L1 of %L2 votes, worth %3 of %4 points.</source>
        <translation>Community: %L1 von %L2 Stimmen, das ergibt %3 von %4 Punkten.</translation>
    </message>
    <message>
        <source>No community votes counted yet: no points from the community.</source>
        <translation>Noch keine Community-Stimmen gezählt: keine Punkte von der Community.</translation>
    </message>
    <message>
        <source>Fails the must-have “%1”: its %2 is %3.</source>
        <translation>Verfehlt das Muss-Kriterium „%1“ (%2: %3).</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>No tool meets every must-have of “%1”.</source>
        <translation>Kein Tool erfüllt alle Muss-Kriterien von „%1“.</translation>
    </message>
    <message>
        <source>%1 tie for first with %2 each.</source>
        <translation>%1 teilen sich Platz&#xa0;1 mit je %2.</translation>
    </message>
    <message>
        <source>%1 ranks first with %2.</source>
        <translation>%1 liegt mit %2 auf Platz&#xa0;1.</translation>
    </message>
    <message>
        <source>%1 would rank first.</source>
        <translation>läge %1 auf Platz&#xa0;1.</translation>
    </message>
    <message>
        <source>%1 would tie for first.</source>
        <translation>teilten sich %1 Platz&#xa0;1.</translation>
    </message>
    <message>
        <source>%1 reviewed %2 and said ship</source>
        <translation>%1 %2 bewertete und „einsetzen“ sagte</translation>
    </message>
    <message>
        <source>%1 said ship on %2</source>
        <translation>%1 bei %2 „einsetzen“ sagte</translation>
    </message>
    <message>
        <source>%1 said skip on %2</source>
        <translation>%1 bei %2 „auslassen“ sagte</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>If %1, %2</source>
        <translation>Wenn %1, %2</translation>
    </message>
    <message>
        <source>If %1 and %2, %3</source>
        <translation>Wenn %1 und %2, %3</translation>
    </message>
    <message>
        <source>With one more community vote for %1, %2</source>
        <translation>Mit einer weiteren Community-Stimme für %1 %2</translation>
    </message>
    <message>
        <source>With %L1 more community votes for %2, %3</source>
        <translation>Mit %L1 weiteren Community-Stimmen für %2 %3</translation>
    </message>
    <message>
        <source>No change of one or two lens verdicts, and no number of votes in reach, changes the top.</source>
        <translation>Weder ein oder zwei geänderte Urteile der Perspektiven noch eine erreichbare Zahl von Stimmen ändern etwas am ersten Platz.</translation>
    </message>
    <message>
        <source>No change of one or two lens verdicts changes the top.</source>
        <translation>Ein oder zwei geänderte Urteile der Perspektiven ändern nichts am ersten Platz.</translation>
    </message>
    <message>
        <source>Ship: %1.</source>
        <translation>Einsetzen: %1.</translation>
    </message>
    <message>
        <source>Skip: %1.</source>
        <translation>Auslassen: %1.</translation>
    </message>
</context>
<context>
    <name>sos::RankingPanel</name>
    <message>
        <source>Ranked &amp;under:</source>
        <translation>Rangfolge &amp;nach:</translation>
    </message>
    <message>
        <source>Criteria profile</source>
        <translation>Kriterienprofil</translation>
    </message>
    <message>
        <source>Weigh the lenses, set must-haves, save profiles</source>
        <translation>Perspektiven gewichten, Muss-Kriterien festlegen, Profile speichern</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Ranking under the chosen criteria</source>
        <translation>Rangfolge nach den gewählten Kriterien</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Must-haves</source>
        <translation>Muss-Kriterien</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What would change the top</source>
        <translation>Was den ersten Platz ändern würde</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>=%L1</source>
        <translation>=%L1</translation>
    </message>
    <message>
        <source>%L1</source>
        <translation>%L1</translation>
    </message>
    <message>
        <source>tied at rank %L1</source>
        <translation>gleichauf auf Rang %L1</translation>
    </message>
    <message>
        <source>rank %L1</source>
        <translation>Rang %L1</translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation>verfehlt: %1</translation>
    </message>
    <message>
        <source>meets all</source>
        <translation>alle erfüllt</translation>
    </message>
    <message>
        <source>%1, ruled out</source>
        <translation>%1, ausgeschieden</translation>
    </message>
    <message>
        <source>No small change in the evidence would change which tool ranks first.</source>
        <translation>Keine kleine Änderung der Faktenlage würde ändern, welches Tool auf Platz&#xa0;1 liegt.</translation>
    </message>
    <message>
        <source>Edi&amp;t criteria…</source>
        <translation>&amp;Kriterien bearbeiten…</translation>
    </message>
</context>
<context>
    <name>sos::Report</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>n/a (not a published comparison)</source>
        <translation>entfällt (kein veröffentlichter Vergleich)</translation>
    </message>
    <message>
        <source>%1 (no votes yet)</source>
        <translation>%1 (noch keine Stimmen)</translation>
    </message>
    <message>
        <source>Unexpected PDF trailer: cannot add the document information.</source>
        <translation>Unerwarteter PDF-Trailer: Die Dokumentinformationen können nicht ergänzt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>feed “%1” (the catalog bundled with the app)</source>
        <translation>Feed „%1“ (der mit der App gelieferte Katalog)</translation>
    </message>
    <message>
        <source>feed “%1” at %2</source>
        <translation>Feed „%1“ unter %2</translation>
    </message>
    <message>
        <source>Source: %1, published %2. Last successful sync: %3. Generated %4 by ShipOrSkip %5.</source>
        <translation>Quelle: %1, veröffentlicht %2. Letzte erfolgreiche Synchronisierung: %3. Erstellt %4 von ShipOrSkip %5.</translation>
    </message>
    <message>
        <source>%1: %L2 ship, %L3 skip</source>
        <translation>%1: %L2 einsetzen, %L3 auslassen</translation>
    </message>
    <message>
        <source>Panel verdicts per tool. %1.</source>
        <translation>Panel-Urteile pro Tool. %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Community vote. %1.</source>
        <translation>Community-Abstimmung. %1.</translation>
    </message>
    <message>
        <source>Community vote over time: fewer than two tallies so far, so there is no line to draw.</source>
        <translation>Community-Abstimmung im Zeitverlauf: bisher weniger als zwei Zählungen, daher keine Linie.</translation>
    </message>
    <message numerus="yes">
        <source>Community vote over time, from %n tallies.</source>
        <translation>
            <numerusform>Community-Abstimmung im Zeitverlauf, aus %n Zählung.</numerusform>
            <numerusform>Community-Abstimmung im Zeitverlauf, aus %n Zählungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A published comparison of %n tool(s).</source>
        <translation>
            <numerusform>Ein veröffentlichter Vergleich von %n Tool.</numerusform>
            <numerusform>Ein veröffentlichter Vergleich von %n Tools.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An ad-hoc comparison of %n tool(s).</source>
        <translation>
            <numerusform>Ein freier Vergleich von %n Tool.</numerusform>
            <numerusform>Ein freier Vergleich von %n Tools.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provenance.</source>
        <translation>Herkunft.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Panel ship</source>
        <translation>Panel-Zustimmung</translation>
    </message>
    <message>
        <source>Pricing entry</source>
        <translation>Einstiegsmodell</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Where the lenses disagree:</source>
        <translation>Wo die Perspektiven abweichen:</translation>
    </message>
    <message>
        <source>nowhere; every lens reaches the same verdict on every tool.</source>
        <translation>nirgends; jede Perspektive kommt bei jedem Tool zum selben Urteil.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <source>Free and paid</source>
        <translation>Kostenlos und kostenpflichtig</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Community vote history</source>
        <translation>Verlauf der Community-Abstimmung</translation>
    </message>
    <message>
        <source>The feed has reported no tallies for this comparison yet.</source>
        <translation>Der Feed hat für diesen Vergleich noch keine Zählungen gemeldet.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>%1 (the verdicts differ)</source>
        <translation>%1 (die Urteile weichen ab)</translation>
    </message>
    <message>
        <source>not reviewed through this lens</source>
        <translation>aus dieser Perspektive nicht bewertet</translation>
    </message>
    <message>
        <source>— %1, %2</source>
        <translation>— %1, %2</translation>
    </message>
    <message>
        <source>ShipOrSkip comparison report</source>
        <translation>ShipOrSkip-Vergleichsbericht</translation>
    </message>
    <message>
        <source>Page %L1 of %L2</source>
        <translation>Seite %L1 von %L2</translation>
    </message>
    <message>
        <source>AI tool comparison: %1</source>
        <translation>Vergleich von KI-Tools: %1</translation>
    </message>
    <message>
        <source>ShipOrSkip</source>
        <translation>ShipOrSkip</translation>
    </message>
    <message>
        <source>The report came out empty.</source>
        <translation>Der Bericht ist leer.</translation>
    </message>
    <message>
        <source>AI tools, comparison, procurement</source>
        <translation>KI-Tools, Vergleich, Beschaffung</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>%L1 of %L2 (%L3%)</source>
        <translation>%L1 von %L2 (%L3&#xa0;%)</translation>
    </message>
    <message>
        <source>Your vote (pending, not counted yet): %1</source>
        <translation>Ihre Stimme (ausstehend, noch nicht gezählt): %1</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Which one should you ship with?</source>
        <translation>Welches Tool sollten Sie einsetzen?</translation>
    </message>
    <message>
        <source>The candidates: %1.</source>
        <translation>Die Kandidaten: %1.</translation>
    </message>
    <message>
        <source>The ranking under the profile “%1”</source>
        <translation>Die Rangfolge nach dem Profil „%1“</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>%L1 (tie)</source>
        <translation>%L1 (gleichauf)</translation>
    </message>
    <message>
        <source>Fails the must-have: %1.</source>
        <translation>Verfehlt das Muss-Kriterium: %1.</translation>
    </message>
    <message>
        <source>What would change the top:</source>
        <translation>Was den ersten Platz ändern würde:</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Die Entscheidung</translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <translation>Gewählt: %1.</translation>
    </message>
    <message>
        <source>Decided by %1 on %2, under the profile “%3”.</source>
        <translation>Entschieden von %1 am %2, nach dem Profil „%3“.</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>The evidence it rested on:</source>
        <translation>Die Faktenlage, auf der sie beruht:</translation>
    </message>
    <message>
        <source>%1, last successful sync %2, ShipOrSkip %3; taken %4.</source>
        <translation>%1, letzte erfolgreiche Synchronisierung %2, ShipOrSkip %3; erfasst %4.</translation>
    </message>
    <message>
        <source>What changed since:</source>
        <translation>Was sich seitdem geändert hat:</translation>
    </message>
    <message>
        <source>Nothing changed since.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>What changed since: the evidence changed; review this decision.</source>
        <translation>Was sich seitdem geändert hat: Die Faktenlage hat sich geändert; überprüfen Sie diese Entscheidung.</translation>
    </message>
    <message>
        <source>A later decision (number %L1) supersedes this one.</source>
        <translation>Eine spätere Entscheidung (Nummer %L1) löst diese ab.</translation>
    </message>
    <message>
        <source>Verdict by lens</source>
        <translation>Urteil je Perspektive</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>Where it loses</source>
        <translation>Wo es verliert</translation>
    </message>
</context>
<context>
    <name>sos::ReportExporter</name>
    <message>
        <source>Report Options</source>
        <translation>Berichtsoptionen</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Full &amp;scorecards</source>
        <translation>Vollständige &amp;Bewertungen</translation>
    </message>
    <message>
        <source>Community vote &amp;history</source>
        <translation>&amp;Verlauf der Community-Abstimmung</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Aufnehmen:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Nothing was written. Choose another folder and try again.</source>
        <translation>%1

Es wurde nichts geschrieben. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Open a comparison first: there is nothing to export.</source>
        <translation>Öffnen Sie zuerst einen Vergleich: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Export Every Open Comparison as PDF</source>
        <translation>Alle offenen Vergleiche als PDF exportieren</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>These files exist in %1 and will be replaced:
%2</source>
        <translation>Diese Dateien gibt es in %1 schon, sie werden ersetzt:
%2</translation>
    </message>
    <message>
        <source>Exporting comparisons…</source>
        <translation>Vergleiche werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>%1

Exported before this one: %L2 of %L3.</source>
        <translation>%1

Vor diesem exportiert: %L2 von %L3.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %L1 of %n comparison(s) to %2</source>
        <translation>
            <numerusform>%L1 von %n Vergleich nach %2 exportiert</numerusform>
            <numerusform>%L1 von %n Vergleichen nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
</context>
<context>
    <name>sos::SavedSearches</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Eine gespeicherte Suche braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>A saved search&apos;s name takes at most %n character(s).</source>
        <translation>
            <numerusform>Der Name einer gespeicherten Suche hat höchstens %n Zeichen.</numerusform>
            <numerusform>Der Name einer gespeicherten Suche hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A search named &quot;%1&quot; is already saved.</source>
        <translation>Eine Suche namens „%1“ ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Suche namens „%1“.</translation>
    </message>
</context>
<context>
    <name>sos::SavedSearchesPanel</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>panel ship</source>
        <translation>Panel-Zustimmung</translation>
    </message>
    <message>
        <source>community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>Sortiert nach %1, absteigend</translation>
    </message>
    <message>
        <source>Sorted by %1</source>
        <translation>Sortiert nach %1</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Save the search and filters you use often with %1.</source>
        <translation>Speichern Sie mit %1 die Suche und die Filter, die Sie oft verwenden.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Renamed the saved search &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Gespeicherte Suche „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the saved search &quot;%1&quot;. Undo brings it back (%2 in the list).</source>
        <translation>Gespeicherte Suche „%1“ gelöscht. Rückgängig stellt sie wieder her (%2 in der Liste).</translation>
    </message>
    <message>
        <source>The saved search &quot;%1&quot; is back.</source>
        <translation>Die gespeicherte Suche „%1“ ist wieder da.</translation>
    </message>
</context>
<context>
    <name>sos::Scorecard</name>
    <message>
        <source>%1 or %2?</source>
        <translation>%1 oder %2?</translation>
    </message>
    <message>
        <source>— %1, %2</source>
        <translation>— %1, %2</translation>
    </message>
</context>
<context>
    <name>sos::ScorecardEditor</name>
    <message>
        <source>typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>lens change</source>
        <translation>Perspektivwechsel</translation>
    </message>
    <message>
        <source>lens name</source>
        <translation>Perspektivname</translation>
    </message>
    <message>
        <source>verdict change</source>
        <translation>Urteilsänderung</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>No draft is open.

Select a tool and press %1 (or &quot;Draft a Scorecard&quot; in its details or a comparison column), or pick a draft above.</source>
        <translation>Kein Entwurf ist geöffnet.

Wählen Sie ein Tool und drücken Sie %1 (oder „Bewertung entwerfen“ in seinen Details oder einer Vergleichsspalte), oder wählen Sie oben einen Entwurf.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Publish Scorecard</source>
        <translation>Bewertung &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Dupli&amp;cate Draft</source>
        <translation>Entwurf &amp;duplizieren</translation>
    </message>
    <message>
        <source>Di&amp;scard Draft…</source>
        <translation>Entwurf verwer&amp;fen…</translation>
    </message>
    <message>
        <source>E&amp;xport Draft to Markdown…</source>
        <translation>Entwurf als Markdown e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Draft from Markdown…</source>
        <translation>Entwurf aus Markdown &amp;importieren…</translation>
    </message>
    <message>
        <source>Find &amp;Next in Draft</source>
        <translation>&amp;Nächster Treffer im Entwurf</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious in Draft</source>
        <translation>Vorheriger &amp;Treffer im Entwurf</translation>
    </message>
    <message>
        <source>My d&amp;rafts</source>
        <translation>Meine Entwü&amp;rfe</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Meine Entwürfe</translation>
    </message>
    <message>
        <source>Every scorecard draft with its tool, lens, verdict, state and last edit</source>
        <translation>Jeder Bewertungsentwurf mit Tool, Perspektive, Urteil, Status und letzter Bearbeitung</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Status des Entwurfs</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>The reviewer persona this scorecard judges through</source>
        <translation>Die Prüferrolle, aus deren Sicht diese Bewertung urteilt</translation>
    </message>
    <message>
        <source>Custom lens name</source>
        <translation>Name der eigenen Perspektive</translation>
    </message>
    <message>
        <source>Name your lens, e.g. Security auditor</source>
        <translation>Benennen Sie Ihre Perspektive, z. B. Sicherheitsprüfer</translation>
    </message>
    <message>
        <source>&amp;Lens:</source>
        <translation>&amp;Perspektive:</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Aus&amp;lassen</translation>
    </message>
    <message>
        <source>Verdict: ship it</source>
        <translation>Urteil: einsetzen</translation>
    </message>
    <message>
        <source>Verdict: skip it</source>
        <translation>Urteil: auslassen</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Your name as readers will see it</source>
        <translation>Ihr Name, wie Leser ihn sehen</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>Guiding prompts (optional)</source>
        <translation>Leitfragen (optional)</translation>
    </message>
    <message>
        <source>Scorecard text</source>
        <translation>Bewertungstext</translation>
    </message>
    <message>
        <source>The scorecard in your own words, plain text</source>
        <translation>Die Bewertung in eigenen Worten, als reiner Text</translation>
    </message>
    <message>
        <source>Your verdict and why, in plain text.</source>
        <translation>Ihr Urteil und warum, als reiner Text.</translation>
    </message>
    <message>
        <source>Find in this draft</source>
        <translation>In diesem Entwurf suchen</translation>
    </message>
    <message>
        <source>Find previous (%1)</source>
        <translation>Vorheriger Treffer (%1)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Find next (%1)</source>
        <translation>Nächster Treffer (%1)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar (%1)</source>
        <translation>Suchleiste schließen (%1)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close the Find Bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Check the scorecard and queue it for the next sync (%1)</source>
        <translation>Die Bewertung prüfen und für die nächste Synchronisierung vormerken (%1)</translation>
    </message>
    <message>
        <source>A lens of my own…</source>
        <translation>Eine eigene Perspektive…</translation>
    </message>
    <message>
        <source>%1 (no longer in the feed)</source>
        <translation>%1 (nicht mehr im Feed)</translation>
    </message>
    <message>
        <source>Scorecard for %1</source>
        <translation>Bewertung für %1</translation>
    </message>
    <message>
        <source>The draft could not be created: %1</source>
        <translation>Der Entwurf konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>New draft for %1.</source>
        <translation>Neuer Entwurf für %1.</translation>
    </message>
    <message>
        <source>This draft was discarded in another window; what you see was kept as a new draft.</source>
        <translation>Dieser Entwurf wurde in einem anderen Fenster verworfen; was Sie sehen, wurde als neuer Entwurf behalten.</translation>
    </message>
    <message>
        <source>Could not store the draft: %1 It stays on screen; saving is retried in a few seconds.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1 Er bleibt auf dem Bildschirm; das Speichern wird in einigen Sekunden erneut versucht.</translation>
    </message>
    <message>
        <source>This draft was changed in another window or app meanwhile. Nothing was overwritten: your version is now a draft of its own, and the other one is still in the list.</source>
        <translation>Dieser Entwurf wurde inzwischen in einem anderen Fenster oder einer anderen App geändert. Nichts wurde überschrieben: Ihre Fassung ist jetzt ein eigener Entwurf, und die andere steht weiter in der Liste.</translation>
    </message>
    <message>
        <source>Draft conflict: both versions were kept.</source>
        <translation>Konflikt beim Entwurf: Beide Fassungen wurden behalten.</translation>
    </message>
    <message>
        <source>Draft — stored as you type. Publish (%1) when it is ready.</source>
        <translation>Entwurf — wird beim Tippen gespeichert. Veröffentlichen Sie ihn (%1), wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Queued — the next sync (%1) sends it to the feed. Editing it takes it out of the queue until you publish again.</source>
        <translation>Vorgemerkt — die nächste Synchronisierung (%1) sendet ihn an den Feed. Wer ihn bearbeitet, nimmt ihn aus der Warteschlange, bis er erneut veröffentlicht wird.</translation>
    </message>
    <message>
        <source>Published — it shows in comparisons after the sync that confirmed it. Duplicate it to write a new version.</source>
        <translation>Veröffentlicht — er erscheint in Vergleichen nach der Synchronisierung, die ihn bestätigt hat. Duplizieren Sie ihn, um eine neue Fassung zu schreiben.</translation>
    </message>
    <message>
        <source>The feed refused this scorecard: %1
Edit it and publish again; nothing was discarded.</source>
        <translation>Der Feed hat diese Bewertung abgelehnt: %1
Bearbeiten und veröffentlichen Sie sie erneut; nichts wurde verworfen.</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2 of at most %3 · The panel&apos;s scorecards run %4 to %5 words.</source>
        <translation>Wörter: %1 · Zeichen: %2 von höchstens %3 · Die Bewertungen des Panels umfassen %4 bis %5 Wörter.</translation>
    </message>
    <message>
        <source>Preview — as the comparison view will show it</source>
        <translation>Vorschau — wie die Vergleichsansicht sie zeigen wird</translation>
    </message>
    <message>
        <source>(your name)</source>
        <translation>(Ihr Name)</translation>
    </message>
    <message>
        <source>Already published through the %1 lens</source>
        <translation>Bereits aus der Perspektive %1 veröffentlicht</translation>
    </message>
    <message>
        <source>Nothing yet: yours would be the first.</source>
        <translation>Noch nichts: Ihre wäre die erste.</translation>
    </message>
    <message numerus="yes">
        <source>Not published yet: %n problem(s) to fix, shown beside their fields.</source>
        <translation>
            <numerusform>Noch nicht veröffentlicht: %n Problem zu beheben, neben seinem Feld angezeigt.</numerusform>
            <numerusform>Noch nicht veröffentlicht: %n Probleme zu beheben, neben ihren Feldern angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scorecard queued: the next sync (%1) publishes it.</source>
        <translation>Bewertung vorgemerkt: Die nächste Synchronisierung (%1) veröffentlicht sie.</translation>
    </message>
    <message>
        <source>The draft could not be duplicated: %1</source>
        <translation>Der Entwurf konnte nicht dupliziert werden: %1</translation>
    </message>
    <message>
        <source>Draft duplicated: you are editing the copy.</source>
        <translation>Entwurf dupliziert: Sie bearbeiten die Kopie.</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard this draft of a scorecard for %1? Its text is deleted and cannot be brought back; export it to Markdown first to keep a copy.</source>
        <translation>Diesen Bewertungsentwurf für %1 verwerfen? Sein Text wird gelöscht und lässt sich nicht wiederherstellen; exportieren Sie ihn zuerst als Markdown, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>The draft could not be discarded: %1</source>
        <translation>Der Entwurf konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Entwurf verworfen.</translation>
    </message>
    <message>
        <source>Export Draft to Markdown</source>
        <translation>Entwurf als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Draft exported to %1.</source>
        <translation>Entwurf nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import Draft from Markdown</source>
        <translation>Entwurf aus Markdown importieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a draft (over 1 MiB).</source>
        <translation>%1 ist zu groß für einen Entwurf (über 1 MiB).</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is a draft for &quot;%2&quot;, a tool this catalog does not have. Sync, then import it again.</source>
        <translation>%1 ist ein Entwurf für „%2“, ein Tool, das dieser Katalog nicht kennt. Synchronisieren Sie und importieren Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>The draft could not be stored: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft imported from %1.</source>
        <translation>Entwurf aus %1 importiert.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Shi&amp;p</source>
        <translation>Einse&amp;tzen</translation>
    </message>
    <message>
        <source>S&amp;corecard:</source>
        <translation>Bewertun&amp;g:</translation>
    </message>
    <message>
        <source>Pu&amp;blish</source>
        <translation>Veröffentli&amp;chen</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translation>Vor dem Veröffentlichen zu behebende Probleme</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>Zu beheben: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>sos::SearchQuery</name>
    <message>
        <source>Unexpected ) at character %1: no ( is open before it.</source>
        <translation>Unerwartete ) bei Zeichen %1: Davor ist keine ( offen.</translation>
    </message>
    <message>
        <source>Expected a term before OR at character %1: OR goes between two terms, as in mistral OR gemma.</source>
        <translation>Vor OR bei Zeichen %1 fehlt ein Begriff: OR steht zwischen zwei Begriffen, wie in mistral OR gemma.</translation>
    </message>
    <message>
        <source>Expected a term after OR at character %1: OR goes between two terms, as in mistral OR gemma.</source>
        <translation>Nach OR bei Zeichen %1 fehlt ein Begriff: OR steht zwischen zwei Begriffen, wie in mistral OR gemma.</translation>
    </message>
    <message>
        <source>Too many parentheses inside each other at character %1: at most %2 levels are read.</source>
        <translation>Zu viele verschachtelte Klammern bei Zeichen %1: Höchstens %2 Ebenen werden gelesen.</translation>
    </message>
    <message>
        <source>Missing ) to close the ( at character %1.</source>
        <translation>Es fehlt eine ), um die ( bei Zeichen %1 zu schließen.</translation>
    </message>
    <message>
        <source>Unclosed quote at character %1: end the phrase with another &quot;.</source>
        <translation>Nicht geschlossenes Anführungszeichen bei Zeichen %1: Beenden Sie die Wortgruppe mit einem weiteren &quot;.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%2:&quot; at character %1. Did you mean %3:?</source>
        <translation>Unbekanntes Feld „%2:“ bei Zeichen %1. Meinten Sie %3:?</translation>
    </message>
    <message>
        <source>Unclosed quote at character %1: end the value with another &quot;.</source>
        <translation>Nicht geschlossenes Anführungszeichen bei Zeichen %1: Beenden Sie den Wert mit einem weiteren &quot;.</translation>
    </message>
    <message>
        <source>Expected a value after %2: at character %1: %3</source>
        <translation>Nach %2: bei Zeichen %1 fehlt ein Wert: %3</translation>
    </message>
    <message>
        <source>Too many terms at character %1: a query holds at most %2 field terms (words are not counted).</source>
        <translation>Zu viele Begriffe bei Zeichen %1: Eine Abfrage enthält höchstens %2 Feldbegriffe (Wörter zählen nicht).</translation>
    </message>
    <message>
        <source>a word of the name, as in name:mistral.</source>
        <translation>ein Wort des Namens, wie in name:mistral.</translation>
    </message>
    <message>
        <source>the start of a word of the value, or the whole value in quotes, as in category:&quot;Developer Tools&quot;.</source>
        <translation>der Anfang eines Wortes des Werts oder der ganze Wert in Anführungszeichen, wie in category:&quot;Developer Tools&quot;.</translation>
    </message>
    <message>
        <source>free or paid.</source>
        <translation>free oder paid.</translation>
    </message>
    <message>
        <source>Expected free or paid after pricing: at character %1, not &quot;%2&quot;.</source>
        <translation>Nach pricing: bei Zeichen %1 wird free oder paid erwartet, nicht „%2“.</translation>
    </message>
    <message>
        <source>a lens, = and ship or skip, as in lens:buyer=skip (the lenses: %1).</source>
        <translation>eine Perspektive, = und ship oder skip, wie in lens:buyer=skip (die Perspektiven: %1).</translation>
    </message>
    <message>
        <source>At character %1, expected %2</source>
        <translation>Bei Zeichen %1 erwartet: %2</translation>
    </message>
    <message>
        <source>No lens called &quot;%2&quot; at character %1. The lenses: %3.</source>
        <translation>Keine Perspektive namens „%2“ bei Zeichen %1. Die Perspektiven: %3.</translation>
    </message>
    <message>
        <source>a comparison (&lt;, &lt;=, =, &gt;=, &gt;) and a percentage from 0 to 100, as in ship:&gt;=75.</source>
        <translation>ein Vergleich (&lt;, &lt;=, =, &gt;=, &gt;) und ein Prozentwert von 0 bis 100, wie in ship:&gt;=75.</translation>
    </message>
    <message>
        <source>none, or a comparison (&lt;, &lt;=, =, &gt;=, &gt;) and a number of votes, as in votes:&gt;=10.</source>
        <translation>none oder ein Vergleich (&lt;, &lt;=, =, &gt;=, &gt;) und eine Anzahl Stimmen, wie in votes:&gt;=10.</translation>
    </message>
    <message>
        <source>none in this catalog</source>
        <translation>keine in diesem Katalog</translation>
    </message>
</context>
<context>
    <name>sos::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>https://feeds.example.com/team/</source>
        <translation>https://feeds.example.com/team/</translation>
    </message>
    <message>
        <source>Feed &amp;URL:</source>
        <translation>Feed-&amp;URL:</translation>
    </message>
    <message>
        <source>A token is stored in the keychain; type to replace it</source>
        <translation>Ein Token ist im Schlüsselbund gespeichert; tippen Sie, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Optional: needed to vote and publish</source>
        <translation>Optional: nötig zum Abstimmen und Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Sync when ShipOrSkip starts</source>
        <translation>Beim &amp;Start von ShipOrSkip synchronisieren</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation>Sprache und Farbschema</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>A new language shows the next time ShipOrSkip starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von ShipOrSkip.</translation>
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
        <source>Applies at once; Cancel brings the previous theme back</source>
        <translation>Gilt sofort; Abbrechen stellt das vorige Farbschema wieder her</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: feed “%1”, format version %2.</source>
        <translation>Verbunden: Feed „%1“, Formatversion %2.</translation>
    </message>
    <message>
        <source>Reached the server; it has no health check (a static feed is fine).</source>
        <translation>Server erreicht; er hat keine Statusprüfung (bei einem statischen Feed in Ordnung).</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>%1

Keep the token for this session only? It is never written to a file; you will enter it again after a restart.</source>
        <translation>%1

Das Token nur für diese Sitzung behalten? Es wird nie in eine Datei geschrieben; nach einem Neustart geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Sync in the &amp;background while ShipOrSkip runs</source>
        <translation>Im &amp;Hintergrund synchronisieren, während ShipOrSkip läuft</translation>
    </message>
    <message>
        <source>Hours between background syncs</source>
        <translation>Stunden zwischen Hintergrund-Synchronisierungen</translation>
    </message>
    <message>
        <source>Hours bet&amp;ween syncs:</source>
        <translation>Stunden &amp;zwischen Synchronisierungen:</translation>
    </message>
    <message>
        <source>The background sync also runs when ShipOrSkip starts if the last sync is older than that. “Sync when ShipOrSkip starts” syncs at every start, however recent the last sync.</source>
        <translation>Die Hintergrund-Synchronisierung läuft auch beim Start von ShipOrSkip, wenn die letzte älter ist. „Beim Start von ShipOrSkip synchronisieren“ synchronisiert bei jedem Start, egal wie neu die letzte Synchronisierung ist.</translation>
    </message>
    <message>
        <source>&amp;Notify me when a sync changes a tool or comparison I watch</source>
        <translation>Be&amp;nachrichtigen, wenn eine Synchronisierung ein Werkzeug oder einen Vergleich ändert, dem ich folge</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days the change log keeps a sync&apos;s changes</source>
        <translation>Tage, die das Änderungsprotokoll die Änderungen einer Synchronisierung behält</translation>
    </message>
    <message>
        <source>&amp;Keep changes for:</source>
        <translation>Änderungen &amp;behalten für:</translation>
    </message>
</context>
<context>
    <name>sos::ShortcutsDialog</name>
    <message>
        <source>Other keys</source>
        <translation>Weitere Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command with its shortcut and the keys that reach it through the menus</source>
        <translation>Jeder Befehl mit seinem Tastenkürzel und den Tasten, die ihn über die Menüs erreichen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Through the menu</source>
        <translation>Über das Menü</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>Tools whose name, tagline, description or reviews hold words starting with each of these (all of them).</source>
        <translation>Tools, deren Name, Slogan, Beschreibung oder Bewertungen Wörter enthalten, die mit jedem dieser Begriffe beginnen (mit allen).</translation>
    </message>
    <message>
        <source>These words together, in this order.</source>
        <translation>Diese Wörter zusammen, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Leaves out the tools that match the term after the minus sign.</source>
        <translation>Lässt die Tools weg, die zum Begriff nach dem Minuszeichen passen.</translation>
    </message>
    <message>
        <source>Either term. OR is written in capitals; terms without it must all match.</source>
        <translation>Einer der beiden Begriffe. OR wird großgeschrieben; Begriffe ohne OR müssen alle passen.</translation>
    </message>
    <message>
        <source>Parentheses group terms.</source>
        <translation>Klammern gruppieren Begriffe.</translation>
    </message>
    <message>
        <source>A word of the name only.</source>
        <translation>Nur ein Wort des Namens.</translation>
    </message>
    <message>
        <source>The start of a word of the vendor, category, license or deployment. Quote the whole value to match it exactly: license:&quot;MIT&quot;.</source>
        <translation>Der Anfang eines Wortes von Anbieter, Kategorie, Lizenz oder Bereitstellung. Setzen Sie den ganzen Wert in Anführungszeichen, um ihn genau zu treffen: license:&quot;MIT&quot;.</translation>
    </message>
    <message>
        <source>Free or paid.</source>
        <translation>free oder paid.</translation>
    </message>
    <message>
        <source>A lens&apos;s verdict, ship or skip. The lenses: dx (developer experience), skeptic, futurist, buyer, or a lens id.</source>
        <translation>Das Urteil einer Perspektive, ship oder skip. Die Perspektiven: dx (Developer Experience), skeptic, futurist, buyer oder die ID einer Perspektive.</translation>
    </message>
    <message>
        <source>The panel&apos;s share of ship verdicts in percent, with &lt;, &lt;=, =, &gt;= or &gt;. Tools without reviews have no share.</source>
        <translation>Der Anteil der ship-Urteile des Panels in Prozent, mit &lt;, &lt;=, =, &gt;= oder &gt;. Tools ohne Bewertungen haben keinen Anteil.</translation>
    </message>
    <message>
        <source>The community&apos;s votes for the tool.</source>
        <translation>Die Stimmen der Community für das Tool.</translation>
    </message>
    <message>
        <source>The search field reads words, and terms that ask for more. The facets beside the table apply as well. The search field completes field names and values; a query it cannot read is explained beside the field, and its words are searched meanwhile.</source>
        <translation>Das Suchfeld liest Wörter und Begriffe, die mehr verlangen. Die Filter neben der Tabelle gelten ebenfalls. Das Suchfeld vervollständigt Feldnamen und Werte; eine Abfrage, die es nicht lesen kann, wird neben dem Feld erklärt, und bis dahin wird nach ihren Wörtern gesucht.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts and Search Syntax</source>
        <translation>Tastenkürzel und Suchsyntax</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Hilfethemen</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Tastatur</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Suchsyntax</translation>
    </message>
</context>
<context>
    <name>sos::ShortlistPanel</name>
    <message>
        <source>Shortlist</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>Put tools aside to compare with %1 or the table&apos;s context menu.</source>
        <translation>Merken Sie Tools zum Vergleichen vor, mit %1 oder dem Kontextmenü der Tabelle.</translation>
    </message>
    <message>
        <source>Compare Shortlist</source>
        <translation>Auswahlliste vergleichen</translation>
    </message>
    <message>
        <source>&amp;Remove from Shortlist</source>
        <translation>Aus der Auswahlliste &amp;entfernen</translation>
    </message>
    <message>
        <source>Show in the Catalog</source>
        <translation>Im Katalog zeigen</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Compare the first %1 tools of the shortlist side by side</source>
        <translation>Die ersten %1 Tools der Auswahlliste nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Compare the tools of the shortlist side by side</source>
        <translation>Die Tools der Auswahlliste nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Took %1 off the shortlist.</source>
        <translation>%1 von der Auswahlliste genommen.</translation>
    </message>
</context>
<context>
    <name>sos::Store</name>
    <message>
        <source>The feed refers to a %1 &quot;%2&quot; that it does not define</source>
        <extracomment>%1 is the kind of record as the feed names it (lens, tool, comparison), %2 its id</extracomment>
        <translation>Der Feed verweist auf ein Element vom Typ %1 „%2“, das er nicht definiert</translation>
    </message>
    <message>
        <source>The bundled catalog is missing from this build.</source>
        <translation>Der mitgelieferte Katalog fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The bundled catalog is invalid: %1</source>
        <translation>Der mitgelieferte Katalog ist ungültig: %1</translation>
    </message>
    <message>
        <source>There is no comparison &quot;%1&quot; to vote in.</source>
        <translation>Es gibt keinen Vergleich „%1“, in dem abgestimmt werden kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the tools of this comparison.</source>
        <translation>„%1“ gehört nicht zu den Tools dieses Vergleichs.</translation>
    </message>
    <message>
        <source>%1 Moving it aside to %2 failed too; nothing was changed. Move or delete it yourself.</source>
        <translation>%1 Sie nach %2 beiseitezulegen, ist ebenfalls fehlgeschlagen; es wurde nichts geändert. Verschieben oder löschen Sie sie selbst.</translation>
    </message>
    <message>
        <source>%1 It was kept aside, untouched, as %2, and a new store was made from the bundled catalog. A sync brings back the rest of the feed; your own votes and drafts stay in the kept file.</source>
        <translation>%1 Sie wurde unverändert als %2 beiseitegelegt, und aus dem mitgelieferten Katalog wurde eine neue Datenbank angelegt. Eine Synchronisierung holt den Rest des Feeds zurück; Ihre eigenen Stimmen und Entwürfe bleiben in der aufbewahrten Datei.</translation>
    </message>
</context>
<context>
    <name>sos::SyncApply</name>
    <message>
        <source>The table %1 is missing from the store.</source>
        <translation>Die Tabelle %1 fehlt in der Datenbank.</translation>
    </message>
    <message>
        <source>There is no sync to finish.</source>
        <translation>Es gibt keine Synchronisation, die abzuschließen wäre.</translation>
    </message>
    <message>
        <source>A record kept for later in the sync is damaged (%1); the next sync starts over.</source>
        <translation>Ein für später zurückgelegter Eintrag der Synchronisation ist beschädigt (%1); die nächste Synchronisation beginnt von vorn.</translation>
    </message>
    <message>
        <source>The catalog a sync replaced earlier is still being cleared; try again in a moment.</source>
        <translation>Der von einer früheren Synchronisation ersetzte Katalog wird noch aufgeräumt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Clearing away the catalog the sync replaced…</source>
        <translation>Der von der Synchronisation ersetzte Katalog wird aufgeräumt…</translation>
    </message>
    <message>
        <source>Indexing for search… %1%</source>
        <translation>Indizierung für die Suche… %1 %</translation>
    </message>
    <message>
        <source>Giving unused space back to the disk…</source>
        <translation>Ungenutzter Speicherplatz wird an die Festplatte zurückgegeben…</translation>
    </message>
    <message>
        <source>Could not give unused space back to the disk: %1</source>
        <translation>Ungenutzter Speicherplatz konnte nicht an die Festplatte zurückgegeben werden: %1</translation>
    </message>
    <message>
        <source>There is no sync to publish.</source>
        <translation>Es gibt keine Synchronisierung zu veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>sos::SyncController</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Send your votes to the feed and bring its changes in</source>
        <translation>Ihre Stimmen an den Feed senden und seine Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The feed and its token, the language and the theme</source>
        <translation>Der Feed und sein Token, die Sprache und das Farbschema</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The last sync could not reach the feed; you are browsing the local copy.</source>
        <translation>Die letzte Synchronisierung hat den Feed nicht erreicht; Sie sehen die lokale Kopie.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Last sync %1 from %2</source>
        <translation>Letzte Synchronisierung %1 von %2</translation>
    </message>
    <message>
        <source>Never synced: showing the bundled catalog</source>
        <translation>Nie synchronisiert: Der mitgelieferte Katalog wird angezeigt</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1 Your local data is unchanged.</source>
        <translation>Synchronisierung fehlgeschlagen: %1 Ihre lokalen Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Stop the sync (%1); your local data stays as it was before it.</source>
        <translation>Die Synchronisation anhalten (%1); Ihre lokalen Daten bleiben, wie sie vorher waren.</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Synchronisation abbrechen</translation>
    </message>
    <message>
        <source>Starting the sync…</source>
        <translation>Synchronisation wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Synchronisation wird abgebrochen…</translation>
    </message>
    <message>
        <source>The catalog was updated, but the search index could not be completed: %1 Searches find the new tools by name until the next sync completes it.</source>
        <translation>Der Katalog wurde aktualisiert, aber der Suchindex konnte nicht fertiggestellt werden: %1 Bis die nächste Synchronisation ihn fertigstellt, findet die Suche neue Werkzeuge über ihren Namen.</translation>
    </message>
    <message>
        <source>Starting the background sync…</source>
        <translation>Hintergrund-Synchronisierung startet…</translation>
    </message>
    <message>
        <source>The background sync was cancelled; the next one is at %1.</source>
        <translation>Die Hintergrund-Synchronisierung wurde abgebrochen; die nächste ist um %1.</translation>
    </message>
    <message>
        <source>The background sync updated the catalog but could not complete the search index; searches find the new tools by name until the next sync, at %1. %2</source>
        <translation>Die Hintergrund-Synchronisierung hat den Katalog aktualisiert, aber den Suchindex nicht fertigstellen können; die Suche findet neue Werkzeuge bis zur nächsten Synchronisierung um %1 am Namen. %2</translation>
    </message>
    <message>
        <source>The background sync failed; your local data is unchanged, and it tries again at %1. %2</source>
        <translation>Die Hintergrund-Synchronisierung ist fehlgeschlagen; Ihre lokalen Daten sind unverändert, und sie versucht es um %1 erneut. %2</translation>
    </message>
    <message>
        <source>Synced in the background: %1</source>
        <translation>Im Hintergrund synchronisiert: %1</translation>
    </message>
    <message>
        <source>Another sync of this store is running; the background sync waits for it and tries again at %1.</source>
        <translation>Eine andere Synchronisierung dieses Speichers läuft; die Hintergrund-Synchronisierung wartet darauf und versucht es um %1 erneut.</translation>
    </message>
</context>
<context>
    <name>sos::SyncEngine</name>
    <message>
        <source>Feed unchanged.</source>
        <translation>Feed unverändert.</translation>
    </message>
    <message>
        <source>%L1 added, %L2 updated, %L3 deleted.</source>
        <translation>Hinzugefügt: %L1, aktualisiert: %L2, gelöscht: %L3.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) pushed.</source>
        <translation>
            <numerusform>%n Stimme gesendet.</numerusform>
            <numerusform>%n Stimmen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) refused by the feed.</source>
        <translation>
            <numerusform>%n Stimme vom Feed abgelehnt.</numerusform>
            <numerusform>%n Stimmen vom Feed abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) still waiting to be sent.</source>
        <translation>
            <numerusform>%n Stimme wartet noch auf das Senden.</numerusform>
            <numerusform>%n Stimmen warten noch auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your votes wait for a token.</source>
        <translation>Ihre Stimmen warten auf ein Token.</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) published.</source>
        <translation>
            <numerusform>%n Bewertung veröffentlicht.</numerusform>
            <numerusform>%n Bewertungen veröffentlicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) refused.</source>
        <translation>
            <numerusform>%n Bewertung abgelehnt.</numerusform>
            <numerusform>%n Bewertungen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) still queued.</source>
        <translation>
            <numerusform>%n Bewertung noch vorgemerkt.</numerusform>
            <numerusform>%n Bewertungen noch vorgemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed address: use an http:// or https:// URL.</source>
        <translation>„%1“ ist keine Feed-Adresse: Verwenden Sie eine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Refusing to send the feed token over plain http to %1: use https:// (plain http is only allowed to this machine&apos;s loopback address).</source>
        <translation>Das Feed-Token wird nicht über einfaches http an %1 gesendet: Verwenden Sie https:// (einfaches http ist nur zur Loopback-Adresse dieses Rechners erlaubt).</translation>
    </message>
    <message>
        <source>The sync was cancelled; nothing changed, and the next sync resumes.</source>
        <translation>Die Synchronisierung wurde abgebrochen; nichts wurde geändert, und die nächste Synchronisierung setzt fort.</translation>
    </message>
    <message>
        <source>The sync was cancelled; queued scorecards stay queued.</source>
        <translation>Die Synchronisierung wurde abgebrochen; vorgemerkte Bewertungen bleiben vorgemerkt.</translation>
    </message>
    <message>
        <source>Publishing a scorecard…</source>
        <translation>Eine Bewertung wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Sending your vote in %1…</source>
        <translation>Ihre Stimme in %1 wird gesendet…</translation>
    </message>
    <message>
        <source>The sync was cancelled; your vote stays in the outbox.</source>
        <translation>Die Synchronisierung wurde abgebrochen; Ihre Stimme bleibt im Postausgang.</translation>
    </message>
    <message>
        <source>The feed refused the token (%1). Check it in the settings.</source>
        <translation>Der Feed hat das Token abgelehnt (%1). Prüfen Sie es in den Einstellungen.</translation>
    </message>
    <message>
        <source>The feed has more than %1 pages; this looks like a loop.</source>
        <translation>Der Feed hat mehr als %1 Seiten; das sieht nach einer Schleife aus.</translation>
    </message>
    <message>
        <source>Fetching page %L1…</source>
        <translation>Seite %L1 wird abgerufen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Page %1 of the feed is not valid: %2</source>
        <translation>Seite %1 des Feeds ist ungültig: %2</translation>
    </message>
    <message>
        <source>The feed&apos;s next page is on another server (%1); it is not followed.</source>
        <translation>Die nächste Seite des Feeds liegt auf einem anderen Server (%1); ihr wird nicht gefolgt.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n page(s)…</source>
        <translation>
            <numerusform>%n Seite wird übernommen…</numerusform>
            <numerusform>%n Seiten werden übernommen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed could not be applied, and nothing changed: %1</source>
        <translation>Der Feed konnte nicht übernommen werden, und nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Page %1 of the feed came as &quot;%2&quot;, not as JSON: is the feed&apos;s address right?</source>
        <translation>Seite %1 des Feeds kam als „%2“, nicht als JSON: Stimmt die Adresse des Feeds?</translation>
    </message>
    <message>
        <source>Another sync of this store is running (process %1); this one did not start. Try again when it has finished.</source>
        <translation>Eine andere Synchronisation dieser Datenbank läuft (Prozess %1); diese wurde nicht gestartet. Versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Page %1 could not be written, and nothing changed: %2</source>
        <translation>Seite %1 konnte nicht geschrieben werden, und nichts hat sich geändert: %2</translation>
    </message>
    <message>
        <source>Preparing the store for the feed&apos;s pages…</source>
        <translation>Die Datenbank wird für die Seiten des Feeds vorbereitet…</translation>
    </message>
    <message>
        <source>Making the catalog&apos;s figures…</source>
        <translation>Die Kennzahlen des Katalogs werden berechnet…</translation>
    </message>
    <message>
        <source>Publishing %L1 records…</source>
        <translation>%L1 Einträge werden veröffentlicht…</translation>
    </message>
    <message>
        <source>The sync&apos;s progress is missing from the store; the next sync starts over.</source>
        <translation>Der Fortschritt der Synchronisation fehlt in der Datenbank; die nächste Synchronisation beginnt von vorn.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to what you watch, of %1 in the change log.</source>
        <translation>
            <numerusform>%n Änderung an dem, dem Sie folgen, von %1 im Änderungsprotokoll.</numerusform>
            <numerusform>%n Änderungen an dem, dem Sie folgen, von %1 im Änderungsprotokoll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the change log.</source>
        <translation>
            <numerusform>%n Änderung im Änderungsprotokoll.</numerusform>
            <numerusform>%n Änderungen im Änderungsprotokoll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::TextMatch</name>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Meinten Sie: %1?</translation>
    </message>
</context>
<context>
    <name>sos::TokenStore</name>
    <message>
        <source>The system keychain is not available (%1). Start your desktop&apos;s secret service (for example gnome-keyring), or keep the token for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Starten Sie den Geheimnisdienst Ihres Desktops (etwa gnome-keyring) oder behalten Sie das Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain refused access to the feed token.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Feed-Token verweigert.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>sos::ToolDetailsView</name>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>Select a tool to see its details.</source>
        <translation>Wählen Sie ein Tool, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Write a scorecard for this tool in the editor pane (%1)</source>
        <translation>Eine Bewertung für dieses Tool im Editorbereich schreiben (%1)</translation>
    </message>
    <message>
        <source>Reviewer split</source>
        <translation>Urteile der Prüfer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Panel ship: %1
Community: %2
Pricing: %3
License: %4
Deployment: %5
Parameters: %6</source>
        <translation>Panel-Zustimmung: %1
Community: %2
Preis: %3
Lizenz: %4
Bereitstellung: %5
Parameter: %6</translation>
    </message>
    <message>
        <source>Pricing read: %1</source>
        <translation>Preiseinschätzung: %1</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message>
        <source>Compared in:
%1</source>
        <translation>Verglichen in:
%1</translation>
    </message>
    <message>
        <source>Tool details</source>
        <translation>Tool-Details</translation>
    </message>
    <message>
        <source>&amp;Draft a Scorecard…</source>
        <translation>Bewertung &amp;entwerfen…</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>You watch this tool: its changes come first in What Changed. Click or press %1 to stop.</source>
        <translation>Sie folgen diesem Werkzeug: seine Änderungen stehen in „Was sich geändert hat“ zuerst. Klicken oder %1 drücken zum Beenden.</translation>
    </message>
    <message>
        <source>Watch this tool: its changes come first in What Changed, and a sync that changes it tells you (%1).</source>
        <translation>Diesem Werkzeug folgen: seine Änderungen stehen in „Was sich geändert hat“ zuerst, und eine Synchronisierung, die es ändert, sagt es Ihnen (%1).</translation>
    </message>
    <message>
        <source>Watching this tool</source>
        <translation>Sie folgen diesem Werkzeug</translation>
    </message>
    <message>
        <source>Watch this tool</source>
        <translation>Diesem Werkzeug folgen</translation>
    </message>
    <message>
        <source>On the Shortlist</source>
        <translation>Auf der Auswahlliste</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Zur Auswahlliste</translation>
    </message>
    <message>
        <source>This tool is on your shortlist: click to take it off.</source>
        <translation>Dieses Tool ist auf Ihrer Auswahlliste: Klicken Sie, um es zu entfernen.</translation>
    </message>
    <message>
        <source>Add this tool to your shortlist, to compare it later (%1)</source>
        <translation>Dieses Tool zu Ihrer Auswahlliste hinzufügen, um es später zu vergleichen (%1)</translation>
    </message>
    <message>
        <source>On the shortlist</source>
        <translation>Auf der Auswahlliste</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>Zur Auswahlliste hinzufügen</translation>
    </message>
</context>
<context>
    <name>sos::ToolTableModel</name>
    <message>
        <source>Reviewers saying ship: %L1 of %L2</source>
        <translation>Prüfer für „einsetzen“: %L1 von %L2</translation>
    </message>
    <message>
        <source>Community votes for this tool: %L1 of %L2</source>
        <translation>Community-Stimmen für dieses Tool: %L1 von %L2</translation>
    </message>
    <message>
        <source>No community votes yet</source>
        <translation>Noch keine Community-Stimmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Panel ship</source>
        <translation>Panel-Zustimmung</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <source>Found in a review: %1</source>
        <translation>In einer Bewertung gefunden: %1</translation>
    </message>
</context>
<context>
    <name>sos::Verdict</name>
    <message>
        <source>Ship</source>
        <translation>Einsetzen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
</context>
<context>
    <name>sos::VoteState</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>sos::WhatChangedPanel</name>
    <message>
        <source>Show &amp;all kept changes</source>
        <translation>&amp;Alle behaltenen Änderungen zeigen</translation>
    </message>
    <message>
        <source>Also list the changes you have already seen, as far back as the store keeps them</source>
        <translation>Auch die bereits gesehenen Änderungen auflisten, so weit zurück, wie der Speicher sie behält</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected change&apos;s tool or comparison (Enter or double-click)</source>
        <translation>Werkzeug oder Vergleich der ausgewählten Änderung öffnen (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Mark All Seen</source>
        <translation>Alle als gesehen &amp;markieren</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Sync of %1</source>
        <translation>Synchronisierung vom %1</translation>
    </message>
    <message>
        <source>On what you watch: %1</source>
        <translation>An dem, dem Sie folgen: %1</translation>
    </message>
    <message>
        <source>No changes are recorded yet. A feed&apos;s first sync is where the record starts; its next syncs add what they change.</source>
        <translation>Noch keine Änderungen aufgezeichnet. Die erste Synchronisierung eines Feeds ist der Ausgangspunkt; die folgenden fügen hinzu, was sie ändern.</translation>
    </message>
    <message>
        <source>Nothing changed since you last looked.</source>
        <translation>Seit Ihrem letzten Blick hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Every change kept from the last %1 days. Unseen: %2, in bold.</source>
        <translation>Alle behaltenen Änderungen der letzten %1 Tage. Ungesehen: %2, fett.</translation>
    </message>
    <message>
        <source>Changes since you last looked: %1. On what you watch: %2, listed first.</source>
        <translation>Änderungen seit Ihrem letzten Blick: %1. An dem, dem Sie folgen: %2, zuerst aufgeführt.</translation>
    </message>
    <message>
        <source>The newest %L1 are listed; shiporskip-cli changes lists them all.</source>
        <translation>Die neuesten %L1 sind aufgeführt; shiporskip-cli changes listet alle.</translation>
    </message>
</context>
</TS>
