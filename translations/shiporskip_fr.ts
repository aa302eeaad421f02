<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Choose which AI tool to ship with.</source>
        <translation>Choisir l&apos;outil d&apos;IA à adopter.</translation>
    </message>
    <message>
        <source>The database file (default: $SHIPORSKIP_DB, else the app data folder).</source>
        <translation>Le fichier de base de données (par défaut&#xa0;: $SHIPORSKIP_DB, sinon le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Read and write settings in this file instead of the usual place.</source>
        <translation>Lire et écrire les paramètres dans ce fichier plutôt qu&apos;à l&apos;endroit habituel.</translation>
    </message>
    <message>
        <source>Print how long the start took once the catalog is painted, then quit.</source>
        <translation>Afficher la durée du démarrage une fois le catalogue dessiné, puis quitter.</translation>
    </message>
    <message>
        <source>ShipOrSkip cannot start</source>
        <translation>ShipOrSkip ne peut pas démarrer</translation>
    </message>
    <message>
        <source>%1

Choose another database with --db PATH.</source>
        <translation>%1

Choisissez une autre base de données avec --db CHEMIN.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>Starting ShipOrSkip</source>
        <translation>Démarrage de ShipOrSkip</translation>
    </message>
    <message>
        <source>Updating the catalog&apos;s storage to this version…</source>
        <translation>Mise à jour du stockage du catalogue pour cette version…</translation>
    </message>
</context>
<context>
    <name>sos::ChangeLog</name>
    <message>
        <source>pricing</source>
        <translation>tarif</translation>
    </message>
    <message>
        <source>license</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no clear leader</source>
        <translation>pas de favori net</translation>
    </message>
    <message>
        <source>New tool: %1</source>
        <translation>Nouvel outil&#xa0;: %1</translation>
    </message>
    <message>
        <source>New comparison: %1</source>
        <translation>Nouveau comparatif&#xa0;: %1</translation>
    </message>
    <message>
        <source>New scorecard on %1 through the %2 lens: %3</source>
        <translation>Nouvelle fiche sur %1 selon l&apos;angle %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The %1 lens flipped on %2: %3 → %4</source>
        <translation>L&apos;angle %1 a basculé sur %2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>The panel on %1 moved: %2 → %3</source>
        <translation>Le panel sur %1 a bougé&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>The %1 of %2 changed: %3 → %4</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de %2 a changé&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>The community&apos;s choice in %1 changed: %2 → %3</source>
        <translation>Le choix de la communauté dans %1 a changé&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>The change log keeps at least one day.</source>
        <translation>Le journal des changements garde au moins un jour.</translation>
    </message>
</context>
<context>
    <name>sos::ChartsReportRenderer</name>
    <message>
        <source>Community vote: no votes yet.</source>
        <translation>Vote de la communauté&#xa0;: aucun vote pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Community vote: only on published comparisons.</source>
        <translation>Vote de la communauté&#xa0;: seulement sur les comparatifs publiés.</translation>
    </message>
    <message>
        <source>Community vote over time: fewer than two tallies so far.</source>
        <translation>Vote de la communauté dans le temps&#xa0;: moins de deux décomptes jusqu&apos;ici.</translation>
    </message>
</context>
<context>
    <name>sos::Cli</name>
    <message>
        <source>The database file (default: $SHIPORSKIP_DB, else the app data folder).</source>
        <translation>Le fichier de base de données (par défaut&#xa0;: $SHIPORSKIP_DB, sinon le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>Only tools in category C (repeatable).</source>
        <translation>Seulement les outils de la catégorie C (répétable).</translation>
    </message>
    <message>
        <source>Only Free or Paid tools.</source>
        <translation>Seulement les outils Free (gratuits) ou Paid (payants).</translation>
    </message>
    <message>
        <source>Only tools under license L (repeatable).</source>
        <translation>Seulement les outils sous la licence L (répétable).</translation>
    </message>
    <message>
        <source>Only on-device, hosted or self-hosted tools (repeatable).</source>
        <translation>Seulement les outils on-device, hosted ou self-hosted (répétable).</translation>
    </message>
    <message>
        <source>Only tools whose panel is unanimous-ship, majority-ship, split, majority-skip or unreviewed.</source>
        <translation>Seulement les outils dont le panel est unanimous-ship, majority-ship, split, majority-skip ou unreviewed.</translation>
    </message>
    <message>
        <source>Sort by name, vendor, category, pricing, panel or community.</source>
        <translation>Trier par name, vendor, category, pricing, panel ou community.</translation>
    </message>
    <message>
        <source>Reverse the sort.</source>
        <translation>Inverser le tri.</translation>
    </message>
    <message>
        <source>--pricing takes Free or Paid, not &quot;%1&quot;.</source>
        <translation>--pricing attend Free ou Paid, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--verdict takes unanimous-ship, majority-ship, split, majority-skip or unreviewed, not &quot;%1&quot;.</source>
        <translation>--verdict attend unanimous-ship, majority-ship, split, majority-skip ou unreviewed, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--sort takes name, vendor, category, pricing, panel or community, not &quot;%1&quot;.</source>
        <translation>--sort attend name, vendor, category, pricing, panel ou community, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>ÉDITEUR</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <source>PRICING</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>PANEL SHIP</source>
        <translation>ADOPTION (PANEL)</translation>
    </message>
    <message>
        <source>COMMUNITY</source>
        <translation>COMMUNAUTÉ</translation>
    </message>
    <message>
        <source>Tools listed: %L1</source>
        <translation>Outils listés&#xa0;: %L1</translation>
    </message>
    <message>
        <source>COMPARISON</source>
        <translation>COMPARATIF</translation>
    </message>
    <message>
        <source>TOOLS</source>
        <translation>OUTILS</translation>
    </message>
    <message>
        <source>VOTES</source>
        <translation>VOTES</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Panel ship</source>
        <translation>Adoption (panel)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Pricing read: %1</source>
        <translation>Lecture tarifaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compared in:</source>
        <translation>Comparé dans&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>n/a (not a published comparison)</source>
        <translation>s.o. (pas un comparatif publié)</translation>
    </message>
    <message>
        <source>%1  (verdicts differ)</source>
        <translation>%1  (verdicts divergents)</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Your vote: %1 (%2)</source>
        <translation>Votre vote&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>show takes one tool or comparison: name, title or id.</source>
        <translation>show attend un outil ou un comparatif&#xa0;: nom, titre ou identifiant.</translation>
    </message>
    <message>
        <source>no tool named &quot;%1&quot;.</source>
        <translation>aucun outil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>no tool or comparison named &quot;%1&quot;.</source>
        <translation>aucun outil ni comparatif nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>compare takes %1 to %2 tools (names or ids), not %3.</source>
        <translation>compare attend de %1 à %2 outils (noms ou identifiants), pas %3.</translation>
    </message>
    <message>
        <source>vote takes a comparison (title or id) and one of its tools.</source>
        <translation>vote attend un comparatif (titre ou identifiant) et l&apos;un de ses outils.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in &quot;%2&quot;; vote for one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de «&#xa0;%2&#xa0;»&#x202f;; votez pour l&apos;un de ceux-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Your vote in &quot;%1&quot;: %2 (%3; the next sync sends it to the feed)</source>
        <translation>Votre vote dans «&#xa0;%1&#xa0;»&#xa0;: %2 (%3&#x202f;; la prochaine synchronisation l&apos;envoie au flux)</translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation>Écrire le rapport en PDF dans FILE.</translation>
    </message>
    <message>
        <source>Write the report as a self-contained HTML page to FILE.</source>
        <translation>Écrire le rapport en page HTML autonome dans FILE.</translation>
    </message>
    <message>
        <source>Write the facts table as CSV to FILE.</source>
        <translation>Écrire le tableau des faits en CSV dans FILE.</translation>
    </message>
    <message>
        <source>A4 or Letter (default: from the locale).</source>
        <translation>A4 ou Letter (par défaut&#xa0;: selon les paramètres régionaux).</translation>
    </message>
    <message>
        <source>Leave the charts out.</source>
        <translation>Omettre les graphiques.</translation>
    </message>
    <message>
        <source>Leave the full scorecards out.</source>
        <translation>Omettre les fiches d&apos;évaluation complètes.</translation>
    </message>
    <message>
        <source>Leave the vote history out.</source>
        <translation>Omettre l&apos;historique des votes.</translation>
    </message>
    <message>
        <source>Export every comparison in the store (with --out).</source>
        <translation>Exporter chaque comparatif de la base (avec --out).</translation>
    </message>
    <message>
        <source>The folder for --all.</source>
        <translation>Le dossier pour --all.</translation>
    </message>
    <message>
        <source>With --all: pdf, html or csv (repeatable; default pdf).</source>
        <translation>Avec --all&#xa0;: pdf, html ou csv (répétable&#x202f;; pdf par défaut).</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter, not &quot;%1&quot;.</source>
        <translation>--page-size attend A4 ou Letter, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--all takes no comparison, and needs --out DIR.</source>
        <translation>--all ne prend pas de comparatif et demande --out DIR.</translation>
    </message>
    <message>
        <source>--format takes pdf, html or csv, not &quot;%1&quot;.</source>
        <translation>--format attend pdf, html ou csv, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n fichier exporté.</numerusform>
            <numerusform>%n fichiers exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>export takes one comparison (title or id), or --all --out DIR.</source>
        <translation>export attend un comparatif (titre ou identifiant), ou --all --out DIR.</translation>
    </message>
    <message>
        <source>Say where to write: --pdf FILE, --html FILE and/or --csv FILE.</source>
        <translation>Indiquez où écrire&#xa0;: --pdf FILE, --html FILE et/ou --csv FILE.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n page</numerusform>
            <numerusform>%1&#xa0;: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed&apos;s URL: a feed server, or a folder written by &quot;feed export&quot; on a web server (default: the last feed synced).</source>
        <translation>L&apos;URL du flux&#xa0;: un serveur de flux, ou un dossier écrit par «&#xa0;feed export&#xa0;» sur un serveur web (par défaut&#xa0;: le dernier flux synchronisé).</translation>
    </message>
    <message>
        <source>Records per page to ask a server for (default 1000).</source>
        <translation>Enregistrements par page à demander au serveur (1000 par défaut).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Secondes d&apos;attente d&apos;une réponse (30 par défaut).</translation>
    </message>
    <message>
        <source>Which feed? Give its address with --feed URL.</source>
        <translation>Quel flux&#x202f;? Donnez son adresse avec --feed URL.</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 5000.</source>
        <translation>--page-size attend un nombre de 1 à 5000.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>No token from the keychain (%1); syncing the public read side only.</source>
        <translation>Aucun jeton du trousseau (%1)&#x202f;; synchronisation de la seule lecture publique.</translation>
    </message>
    <message>
        <source>The sync did not finish.</source>
        <translation>La synchronisation ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation>échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>synced %1: %2</source>
        <translation>%1 synchronisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>use: token set --feed URL (the token is read from standard input), or token clear --feed URL</source>
        <translation>usage&#xa0;: token set --feed URL (le jeton est lu sur l&apos;entrée standard), ou token clear --feed URL</translation>
    </message>
    <message>
        <source>token removed from the keychain</source>
        <translation>jeton retiré du trousseau</translation>
    </message>
    <message>
        <source>no token on standard input.</source>
        <translation>aucun jeton sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>token stored in the system keychain for %1</source>
        <translation>jeton enregistré dans le trousseau du système pour %1</translation>
    </message>
    <message>
        <source>use: feed export --out DIR</source>
        <translation>usage&#xa0;: feed export --out DIR</translation>
    </message>
    <message>
        <source>--page-size takes a positive number.</source>
        <translation>--page-size attend un nombre positif.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n page(s) to %1</source>
        <translation>
            <numerusform>%n page écrite dans %1</numerusform>
            <numerusform>%n pages écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>List the tools in the catalog, filtered and sorted.</source>
        <translation>Lister les outils du catalogue, filtrés et triés.</translation>
    </message>
    <message>
        <source>List the comparisons.</source>
        <translation>Lister les comparatifs.</translation>
    </message>
    <message>
        <source>Show one tool or comparison in full.</source>
        <translation>Afficher un outil ou un comparatif en entier.</translation>
    </message>
    <message>
        <source>Compare two to four tools side by side.</source>
        <translation>Comparer de deux à quatre outils côte à côte.</translation>
    </message>
    <message>
        <source>Vote for the tool you would ship with in a comparison.</source>
        <translation>Voter pour l&apos;outil que vous adopteriez dans un comparatif.</translation>
    </message>
    <message>
        <source>Export a comparison report as PDF, HTML or CSV.</source>
        <translation>Exporter le rapport d&apos;un comparatif en PDF, HTML ou CSV.</translation>
    </message>
    <message>
        <source>Send your votes to a feed and bring its changes in.</source>
        <translation>Envoyer vos votes à un flux et en rapatrier les changements.</translation>
    </message>
    <message>
        <source>token set|clear --feed URL: keep a feed&apos;s token in the system keychain.</source>
        <translation>token set|clear --feed URL&#xa0;: garder le jeton d&apos;un flux dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The feed the token is for.</source>
        <translation>Le flux auquel le jeton est destiné.</translation>
    </message>
    <message>
        <source>feed export --out DIR: write the catalog as a static feed.</source>
        <translation>feed export --out DIR&#xa0;: écrire le catalogue sous forme de flux statique.</translation>
    </message>
    <message>
        <source>The folder to write.</source>
        <translation>Le dossier où écrire.</translation>
    </message>
    <message>
        <source>Records per file (default 1000).</source>
        <translation>Enregistrements par fichier (1000 par défaut).</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Usage&#xa0;: %1 [--db PATH] COMMAND [OPTIONS]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
Lancez «&#xa0;%1 COMMAND --help&#xa0;» pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>What to show.</source>
        <translation>Ce qu&apos;il faut afficher.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Record which tool a comparison chose, who decided and why, with its evidence.</source>
        <translation>Enregistrer l&apos;outil retenu dans un comparatif, qui l&apos;a décidé et pourquoi, avec les faits à l&apos;appui.</translation>
    </message>
    <message>
        <source>The tool chosen (name or id), one of the comparison&apos;s.</source>
        <translation>L&apos;outil choisi (nom ou identifiant), parmi ceux du comparatif.</translation>
    </message>
    <message>
        <source>Who decided.</source>
        <translation>Qui a décidé.</translation>
    </message>
    <message>
        <source>Why, in a sentence or more.</source>
        <translation>Pourquoi, en une phrase ou plus.</translation>
    </message>
    <message>
        <source>The saved profile the choice was ranked under (default: the default profile).</source>
        <translation>Le profil enregistré selon lequel le choix a été classé (par défaut&#xa0;: le profil par défaut).</translation>
    </message>
    <message>
        <source>use: decide COMPARISON --choose TOOL --by NAME --rationale TEXT [--profile NAME]</source>
        <translation>usage&#xa0;: decide COMPARISON --choose TOOL --by NAME --rationale TEXT [--profile NAME]</translation>
    </message>
    <message>
        <source>Recorded decision #%1.</source>
        <translation>Décision #%1 enregistrée.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>every lens %1</source>
        <translation>tous les prismes %1</translation>
    </message>
    <message>
        <source>others %1</source>
        <translation>les autres %1</translation>
    </message>
    <message>
        <source>community %1</source>
        <translation>communauté %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1, under &quot;%2&quot; as adjusted for this run</source>
        <translation>%1, selon «&#xa0;%2&#xa0;», ajusté pour cette exécution</translation>
    </message>
    <message>
        <source>%1, under &quot;%2&quot;</source>
        <translation>%1, selon «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Poids&#xa0;: %1</translation>
    </message>
    <message>
        <source>Must-haves: %1</source>
        <translation>Exigences&#xa0;: %1</translation>
    </message>
    <message>
        <source>RANK</source>
        <translation>RANG</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>OUTIL</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation>EXIGENCES MANQUÉES</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (ex aequo)</translation>
    </message>
    <message>
        <source>Would change the top:</source>
        <translation>Ce qui changerait la première place&#xa0;:</translation>
    </message>
    <message>
        <source>#%1  %2, in &quot;%3&quot;</source>
        <translation>#%1  %2, dans «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>by %1, %2, under &quot;%3&quot;</source>
        <translation>par %1, %2, selon «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Justification&#xa0;: %1</translation>
    </message>
    <message>
        <source>the bundled catalog</source>
        <translation>le catalogue fourni</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Evidence: %1, last sync %2, ShipOrSkip %3</source>
        <translation>Faits&#xa0;: %1&#x202f;; dernière synchronisation&#xa0;: %2&#x202f;; ShipOrSkip %3</translation>
    </message>
    <message>
        <source>The evidence changed since:</source>
        <translation>Les faits ont changé depuis&#xa0;:</translation>
    </message>
    <message>
        <source>The evidence has not changed since.</source>
        <translation>Les faits n&apos;ont pas changé depuis.</translation>
    </message>
    <message>
        <source>Superseded by #%1.</source>
        <translation>Remplacée par la décision #%1.</translation>
    </message>
    <message>
        <source>List the decisions recorded, each with what changed in its evidence since.</source>
        <translation>Lister les décisions enregistrées, chacune avec les faits qui ont changé depuis.</translation>
    </message>
    <message>
        <source>decisions takes at most one comparison (title or id).</source>
        <translation>decisions attend au plus un comparatif (titre ou identifiant).</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <source>Rank the tools under this saved profile (default: the default profile).</source>
        <translation>Classer les outils selon ce profil enregistré (par défaut&#xa0;: le profil par défaut).</translation>
    </message>
    <message>
        <source>Report this decision (its number) instead of the comparison&apos;s latest.</source>
        <translation>Mettre dans le rapport cette décision (son numéro) plutôt que la dernière du comparatif.</translation>
    </message>
    <message>
        <source>There is no decision #%1 on &quot;%2&quot;.</source>
        <translation>Il n&apos;y a pas de décision #%1 pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>None is recorded yet.</source>
        <translation>Aucune n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <source>Its decisions: %1.</source>
        <translation>Ses décisions&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--decision names one comparison&apos;s decision: not with --all.</source>
        <translation>--decision désigne une décision d&apos;un seul comparatif&#xa0;: pas avec --all.</translation>
    </message>
    <message>
        <source>profile save NAME|list|remove NAME: the team&apos;s criteria profiles.</source>
        <translation>profile save NAME|list|remove NAME&#xa0;: les profils de critères de l&apos;équipe.</translation>
    </message>
    <message>
        <source>With save: make it the default profile.</source>
        <translation>Avec save&#xa0;: en faire le profil par défaut.</translation>
    </message>
    <message>
        <source>use: profile save NAME [--weights LENS=W,...] [--require FIELD=V|V]... [--community W] [--default], profile list [--json], or profile remove NAME</source>
        <translation>usage&#xa0;: profile save NAME [--weights LENS=W,...] [--require FIELD=V|V]... [--community W] [--default], profile list [--json], ou profile remove NAME</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;, the default now.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré&#x202f;; c&apos;est désormais le profil par défaut.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>WEIGHTS</source>
        <translation>POIDS</translation>
    </message>
    <message>
        <source>MUST-HAVES</source>
        <translation>EXIGENCES</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>No profiles saved.</source>
        <translation>Aucun profil enregistré.</translation>
    </message>
    <message>
        <source>Default: &quot;%1&quot; (built in: every lens weighs 1).</source>
        <translation>Par défaut&#xa0;: «&#xa0;%1&#xa0;» (intégré&#xa0;: chaque prisme pèse 1).</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Lens weights from 0 to 5, as LENS=W,LENS=W (a lens id or name; a lens not named keeps its weight).</source>
        <translation>Poids des prismes, de 0 à 5, sous la forme LENS=W,LENS=W (identifiant ou nom d&apos;un prisme&#x202f;; un prisme non cité garde son poids).</translation>
    </message>
    <message>
        <source>A must-have, as FIELD=VALUE|VALUE (FIELD: pricing, license, deployment or category). Repeatable.</source>
        <translation>Une exigence, sous la forme FIELD=VALUE|VALUE (FIELD&#xa0;: pricing, license, deployment ou category). Répétable.</translation>
    </message>
    <message>
        <source>The weight of the community vote, from 0 (left out) to 5.</source>
        <translation>Le poids du vote de la communauté, de 0 (ignoré) à 5.</translation>
    </message>
    <message>
        <source>Rank a comparison&apos;s tools (or any two to four tools) under a criteria profile.</source>
        <translation>Classer les outils d&apos;un comparatif (ou deux à quatre outils quelconques) selon un profil de critères.</translation>
    </message>
    <message>
        <source>The saved profile to rank under (default: the default profile).</source>
        <translation>Le profil enregistré selon lequel classer (par défaut&#xa0;: le profil par défaut).</translation>
    </message>
    <message>
        <source>rank takes one comparison (title or id), or %1 to %2 tools (names or ids).</source>
        <translation>rank attend un comparatif (titre ou identifiant), ou de %1 à %2 outils (noms ou identifiants).</translation>
    </message>
    <message>
        <source>It is not in the community figures until the feed counts it.</source>
        <translation>Il n’est pas compté dans les chiffres de la communauté tant que le flux ne l’a pas enregistré.</translation>
    </message>
    <message>
        <source>List what the syncs changed: new tools, comparisons and scorecards, flipped verdicts, moved panels, pricing and leaders.</source>
        <translation>Lister ce que les synchronisations ont changé&#xa0;: nouveaux outils, comparatifs et fiches, verdicts basculés, panels déplacés, tarifs et favoris.</translation>
    </message>
    <message>
        <source>Only the changes of syncs from DATE on (2026-12-01, or a time: 2026-12-01T09:30Z), or &quot;last-seen&quot;: only those not marked seen yet.</source>
        <translation>Seulement les changements des synchronisations depuis DATE (2026-12-01, ou une heure&#xa0;: 2026-12-01T09:30Z), ou «&#xa0;last-seen&#xa0;»&#xa0;: seulement ceux pas encore marqués comme vus.</translation>
    </message>
    <message>
        <source>Only the changes to the tools and comparisons you watch.</source>
        <translation>Seulement les changements des outils et comparatifs que vous suivez.</translation>
    </message>
    <message>
        <source>After listing, mark every change so far as seen (in the window too).</source>
        <translation>Après la liste, marquer tous les changements jusqu&apos;ici comme vus (dans la fenêtre aussi).</translation>
    </message>
    <message>
        <source>changes takes no arguments, only options.</source>
        <translation>changes ne prend pas d&apos;arguments, seulement des options.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: --since takes a date such as 2026-12-01, a time such as 2026-12-01T09:30Z, or last-seen.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: --since attend une date comme 2026-12-01, une heure comme 2026-12-01T09:30Z, ou last-seen.</translation>
    </message>
    <message>
        <source>Nothing you watch has changed.</source>
        <translation>Rien de ce que vous suivez n&apos;a changé.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Sync of %1:</source>
        <translation>Synchronisation du %1&#xa0;:</translation>
    </message>
    <message>
        <source>(* concerns a tool or comparison you watch)</source>
        <translation>(* concerne un outil ou un comparatif que vous suivez)</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>Marqués comme vus.</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>outil</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparatif</translation>
    </message>
    <message>
        <source>There is no tool or comparison named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;outil ni de comparatif nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Watch a tool or a comparison: add, remove or list what you watch.</source>
        <translation>Suivre un outil ou un comparatif&#xa0;: ajouter, retirer ou lister ce que vous suivez.</translation>
    </message>
    <message>
        <source>You watch nothing yet: &quot;%1 watch add TOOL&quot; watches a tool or a comparison.</source>
        <translation>Vous ne suivez rien pour l&apos;instant&#xa0;: «&#xa0;%1 watch add TOOL&#xa0;» suit un outil ou un comparatif.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>(no longer in the catalog)</source>
        <translation>(n&apos;est plus dans le catalogue)</translation>
    </message>
    <message>
        <source>watch takes &quot;add NAME&quot;, &quot;remove NAME&quot; or &quot;list&quot;; NAME is a tool or a comparison (id, name or title).</source>
        <translation>watch attend «&#xa0;add NAME&#xa0;», «&#xa0;remove NAME&#xa0;» ou «&#xa0;list&#xa0;»&#x202f;; NAME est un outil ou un comparatif (identifiant, nom ou titre).</translation>
    </message>
    <message>
        <source>Watching the %1 &quot;%2&quot;.</source>
        <translation>Vous suivez le «&#xa0;%2&#xa0;» (%1).</translation>
    </message>
    <message>
        <source>Already watching the %1 &quot;%2&quot;.</source>
        <translation>Vous suivez déjà «&#xa0;%2&#xa0;» (%1).</translation>
    </message>
    <message>
        <source>No longer watching the %1 &quot;%2&quot;.</source>
        <translation>Vous ne suivez plus «&#xa0;%2&#xa0;» (%1).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was not watched.</source>
        <translation>«&#xa0;%2&#xa0;» (%1) n&apos;était pas suivi.</translation>
    </message>
    <message>
        <source>%1, descending</source>
        <translation>%1, décroissant</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucune recherche enregistrée nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No search is saved yet: &quot;%1 searches save NAME QUERY&quot; saves one.</source>
        <translation>Aucune recherche n&apos;est encore enregistrée&#xa0;: «&#xa0;%1 searches save NAME QUERY&#xa0;» en enregistre une.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <source>FACETS</source>
        <translation>FILTRES</translation>
    </message>
    <message>
        <source>SORT</source>
        <translation>TRI</translation>
    </message>
    <message>
        <source>Save a search under a name, list, rename or remove saved searches.</source>
        <translation>Enregistrer une recherche sous un nom, lister, renommer ou supprimer les recherches enregistrées.</translation>
    </message>
    <message>
        <source>save: replace a search already saved under that name.</source>
        <translation>save&#xa0;: remplacer une recherche déjà enregistrée sous ce nom.</translation>
    </message>
    <message>
        <source>Only &quot;searches save&quot; takes the facet, sort and --replace options.</source>
        <translation>Seul «&#xa0;searches save&#xa0;» accepte les options de filtre, de tri et --replace.</translation>
    </message>
    <message>
        <source>%1 Add --replace to replace it.</source>
        <translation>%1 Ajoutez --replace pour la remplacer.</translation>
    </message>
    <message>
        <source>Replaced the saved search &quot;%1&quot;.</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» remplacée.</translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot;.</source>
        <translation>Recherche «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Renamed the saved search &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» renommée en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Removed the saved search &quot;%1&quot;.</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>searches takes &quot;save NAME [QUERY]&quot;, &quot;list&quot;, &quot;rename NAME NEW-NAME&quot; or &quot;remove NAME&quot;.</source>
        <translation>searches attend «&#xa0;save NAME [QUERY]&#xa0;», «&#xa0;list&#xa0;», «&#xa0;rename NAME NEW-NAME&#xa0;» ou «&#xa0;remove NAME&#xa0;».</translation>
    </message>
    <message>
        <source>The shortlist is empty: &quot;%1 shortlist add TOOL&quot; adds a tool.</source>
        <translation>La présélection est vide&#xa0;: «&#xa0;%1 shortlist add TOOL&#xa0;» ajoute un outil.</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>AJOUTÉ LE</translation>
    </message>
    <message>
        <source>Put tools aside to compare: add, remove, list or clear the shortlist.</source>
        <translation>Mettre des outils de côté pour les comparer&#xa0;: ajouter, retirer, lister ou vider la présélection.</translation>
    </message>
    <message>
        <source>The shortlist is now empty.</source>
        <translation>La présélection est maintenant vide.</translation>
    </message>
    <message>
        <source>shortlist takes &quot;add TOOL&quot;, &quot;remove TOOL&quot;, &quot;list&quot; or &quot;clear&quot;; TOOL is a tool&apos;s id or name.</source>
        <translation>shortlist attend «&#xa0;add TOOL&#xa0;», «&#xa0;remove TOOL&#xa0;», «&#xa0;list&#xa0;» ou «&#xa0;clear&#xa0;»&#xa0;; TOOL est l&apos;identifiant ou le nom d&apos;un outil.</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucun outil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the shortlist.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté à la présélection.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on the shortlist.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans la présélection.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from the shortlist.</source>
        <translation>«&#xa0;%1&#xa0;» retiré de la présélection.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not on the shortlist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;était pas dans la présélection.</translation>
    </message>
    <message>
        <source>Only tools matching every word of TEXT (names, taglines, descriptions, reviews), each as the start of a word.</source>
        <translation>Seulement les outils correspondant à chaque mot de TEXT (noms, accroches, descriptions, avis), chacun comme début de mot.</translation>
    </message>
    <message>
        <source>Only tools matching QUERY, in the search box&apos;s language: words, &quot;phrases&quot;, name:, vendor:, category:, pricing:, license:, deployment:, lens:LENS=ship|skip, ship:&gt;=75, votes:none, votes:&gt;=10, -TERM to exclude, OR, parentheses (see the manual page).</source>
        <translation>Seulement les outils correspondant à QUERY, dans le langage du champ de recherche&#xa0;: mots, «&#xa0;expressions&#xa0;», name:, vendor:, category:, pricing:, license:, deployment:, lens:LENS=ship|skip, ship:&gt;=75, votes:none, votes:&gt;=10, -TERM pour exclure, OR, parenthèses (voir la page de manuel).</translation>
    </message>
    <message>
        <source>Run the search saved as NAME (see &quot;searches&quot;). The options given with it change it: --search replaces its text, facet options add values to its own, --sort replaces its sort and --descending reverses it.</source>
        <translation>Lancer la recherche enregistrée sous NAME (voir «&#xa0;searches&#xa0;»). Les options données avec elle la modifient&#xa0;: --search remplace son texte, les options de filtre ajoutent des valeurs aux siennes, --sort remplace son tri et --descending l&apos;inverse.</translation>
    </message>
</context>
<context>
    <name>sos::CommunityShare</name>
    <message>
        <source>%L1% (%L2 of %L3)</source>
        <translation>%L1&#x202f;% (%L2 sur %L3)</translation>
    </message>
</context>
<context>
    <name>sos::ComparisonCharts</name>
    <message>
        <source>Panel verdicts per tool</source>
        <translation>Verdicts du panel par outil</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Évaluateurs</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %n reviewer(s) say ship</source>
        <translation>
            <numerusform>%1&#xa0;: %L2 évaluateur sur %n dit «&#xa0;adopter&#xa0;»</numerusform>
            <numerusform>%1&#xa0;: %L2 évaluateurs sur %n disent «&#xa0;adopter&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %n reviewer(s) say skip</source>
        <translation>
            <numerusform>%1&#xa0;: %L2 évaluateur sur %n dit «&#xa0;écarter&#xa0;»</numerusform>
            <numerusform>%1&#xa0;: %L2 évaluateurs sur %n disent «&#xa0;écarter&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Community vote</source>
        <translation>Vote de la communauté</translation>
    </message>
    <message>
        <source>%1: %L2% (%L3)</source>
        <translation>%1&#xa0;: %L2&#x202f;% (%L3)</translation>
    </message>
    <message>
        <source>Verdict by lens</source>
        <translation>Verdict par prisme</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Community vote over time</source>
        <translation>Vote de la communauté dans le temps</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vote(s) on %2 UTC</source>
        <translation>
            <numerusform>%1&#xa0;: %n vote le %2 UTC</numerusform>
            <numerusform>%1&#xa0;: %n votes le %2 UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Time (UTC) from %1</source>
        <translation>Heure (UTC) depuis le %1</translation>
    </message>
</context>
<context>
    <name>sos::ComparisonListModel</name>
    <message numerus="yes">
        <source>%1 — %n community vote(s)</source>
        <translation>
            <numerusform>%1 — %n vote de la communauté</numerusform>
            <numerusform>%1 — %n votes de la communauté</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no community votes yet</source>
        <translation>%1 — pas encore de vote de la communauté</translation>
    </message>
</context>
<context>
    <name>sos::ComparisonModel</name>
    <message>
        <source>There is no comparison named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de comparatif nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The comparison &quot;%1&quot; has fewer than %2 tools left in the catalog.</source>
        <translation>Il reste moins de %2 outils du comparatif «&#xa0;%1&#xa0;» dans le catalogue.</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;outil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice: a comparison needs different tools.</source>
        <translation>«&#xa0;%1&#xa0;» est cité deux fois&#xa0;: un comparatif demande des outils différents.</translation>
    </message>
    <message>
        <source>A comparison takes %1 to %2 tools, not %3.</source>
        <translation>Un comparatif compte de %1 à %2 outils, pas %3.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; is no longer in the catalog.</source>
        <translation>L&apos;outil «&#xa0;%1&#xa0;» n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> / </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Skipped by %1.</source>
        <translation>Écarté par %1.</translation>
    </message>
    <message>
        <source>Not reviewed by %1.</source>
        <translation>Non évalué par %1.</translation>
    </message>
    <message>
        <source>No lens skips it.</source>
        <translation>Aucun prisme ne l&apos;écarte.</translation>
    </message>
</context>
<context>
    <name>sos::ComparisonView</name>
    <message>
        <source>Community vote: only on published comparisons</source>
        <translation>Vote de la communauté&#xa0;: seulement sur les comparatifs publiés</translation>
    </message>
    <message>
        <source>Community: %L1% of the vote (%L2 of %L3)</source>
        <translation>Communauté&#xa0;: %L1&#x202f;% des votes (%L2 sur %L3)</translation>
    </message>
    <message>
        <source>No panel reviews yet</source>
        <translation>Aucun avis du panel pour l&apos;instant</translation>
    </message>
    <message>
        <source>Unknown comparison &quot;%1&quot;</source>
        <translation>Comparatif inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move %1 left</source>
        <translation>Déplacer %1 vers la gauche</translation>
    </message>
    <message>
        <source>Move %1 right</source>
        <translation>Déplacer %1 vers la droite</translation>
    </message>
    <message>
        <source>Draft a scorecard for %1</source>
        <translation>Rédiger une fiche pour %1</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>Retirer %1 du comparatif</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Entry: %1 · License: %2 · Deployment: %3</source>
        <translation>Accès&#xa0;: %1 · Licence&#xa0;: %2 · Déploiement&#xa0;: %3</translation>
    </message>
    <message>
        <source>I&apos;d ship with %1</source>
        <translation>J&apos;adopterais %1</translation>
    </message>
    <message>
        <source>✓ I&apos;d ship with %1 (your vote)</source>
        <translation>✓ J&apos;adopterais %1 (votre vote)</translation>
    </message>
    <message>
        <source>Panel verdict</source>
        <translation>Verdict du panel</translation>
    </message>
    <message>
        <source>Pricing read</source>
        <translation>Lecture tarifaire</translation>
    </message>
    <message>
        <source>%1 entry · %2</source>
        <translation>Accès %1 · %2</translation>
    </message>
    <message>
        <source>Reviewer split</source>
        <translation>Avis des évaluateurs</translation>
    </message>
    <message>
        <source>Every lens reaches the same verdict on every tool.</source>
        <translation>Chaque prisme aboutit au même verdict pour chaque outil.</translation>
    </message>
    <message>
        <source>%1 — the verdicts differ</source>
        <translation>%1 — les verdicts divergent</translation>
    </message>
    <message>
        <source>Not reviewed through this lens.</source>
        <translation>Non évalué sous ce prisme.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Community vote</source>
        <translation>Vote de la communauté</translation>
    </message>
    <message>
        <source>This set of tools is not a published comparison, so there is no community vote to join.</source>
        <translation>Cet ensemble d&apos;outils n&apos;est pas un comparatif publié&#xa0;: il n&apos;y a donc pas de vote de la communauté auquel participer.</translation>
    </message>
    <message>
        <source>Your vote: %1, counted by the feed.</source>
        <translation>Votre vote&#xa0;: %1, compté par le flux.</translation>
    </message>
    <message>
        <source>The feed refused your vote for %1: %2</source>
        <translation>Le flux a refusé votre vote pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You have not voted in this comparison. One vote per comparison; you can change it.</source>
        <translation>Vous n&apos;avez pas voté dans ce comparatif. Un vote par comparatif&#x202f;; vous pouvez le changer.</translation>
    </message>
    <message>
        <source>Side-by-side comparison</source>
        <translation>Comparatif côte à côte</translation>
    </message>
    <message>
        <source>Only lenses &amp;where the verdicts differ</source>
        <translation>Seulement les prismes aux verdicts di&amp;vergents</translation>
    </message>
    <message>
        <source>Community: no votes counted yet</source>
        <translation>Communauté&#xa0;: aucun vote compté pour l&apos;instant</translation>
    </message>
    <message>
        <source>Panel: %L1 of %L2 say ship</source>
        <translation>Panel&#xa0;: %L1 sur %L2 pour l&apos;adoption</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>– Not reviewed</source>
        <translation>– Non évalué</translation>
    </message>
    <message>
        <source>Which one should you ship with?</source>
        <translation>Quel outil adopter&#x202f;?</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Verdict by lens</source>
        <translation>Verdict par prisme</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Prisme</translation>
    </message>
    <message>
        <source>◆ %1 — differs</source>
        <translation>◆ %1 — divergent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, the verdicts differ: %2</source>
        <translation>%1, les verdicts divergent&#xa0;: %2</translation>
    </message>
    <message>
        <source>Show the %1 scorecards</source>
        <translation>Afficher les fiches du prisme %1</translation>
    </message>
    <message>
        <source>%1
Show the %2 scorecards</source>
        <translation>%1
Afficher les fiches du prisme %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>◆ marks the lenses whose verdicts differ. A lens&apos;s name takes you to its scorecards.</source>
        <translation>◆ signale les prismes aux verdicts divergents. Le nom d&apos;un prisme mène à ses fiches.</translation>
    </message>
    <message>
        <source>I&apos;d ship with %1 (your vote)</source>
        <translation>J&apos;adopterais %1 (votre vote)</translation>
    </message>
    <message>
        <source>Your vote: %1 — pending, counted after the next sync (not in the figures above).</source>
        <translation>Votre vote&#xa0;: %1 — en attente, compté après la prochaine synchronisation (absent des chiffres ci-dessus).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Draft a %1 scorecard for %2</source>
        <translation>Rédiger une fiche sous le prisme %1 pour %2</translation>
    </message>
</context>
<context>
    <name>sos::CriteriaDialog</name>
    <message>
        <source>&amp;Pricing is one of</source>
        <translation>&amp;Tarif parmi</translation>
    </message>
    <message>
        <source>&amp;License is one of</source>
        <translation>&amp;Licence parmi</translation>
    </message>
    <message>
        <source>&amp;Deployment is one of</source>
        <translation>Dé&amp;ploiement parmi</translation>
    </message>
    <message>
        <source>C&amp;ategory is one of</source>
        <translation>&amp;Catégorie parmi</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Critères&#xa0;: %1</translation>
    </message>
    <message>
        <source>New criteria profile</source>
        <translation>Nouveau profil de critères</translation>
    </message>
    <message>
        <source>e.g. On-device, open license</source>
        <translation>par ex. Sur l&apos;appareil, licence libre</translation>
    </message>
    <message>
        <source>A new name saves a new profile; the one you started from stays.</source>
        <translation>Un nouveau nom enregistre un nouveau profil&#x202f;; celui de départ reste.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Make this the default profile</source>
        <translation>En faire le profil par &amp;défaut</translation>
    </message>
    <message>
        <source>Problem with these criteria</source>
        <translation>Problème dans ces critères</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the saved profile “%1”. Recorded decisions keep their own copy of it.</source>
        <translation>Supprimer le profil enregistré «&#xa0;%1&#xa0;». Les décisions enregistrées en gardent leur propre copie.</translation>
    </message>
    <message>
        <source>Weights: how much each lens&apos;s “ship” counts (0 to 5)</source>
        <translation>Poids&#xa0;: combien compte le «&#xa0;adopter&#xa0;» de chaque prisme (de 0 à 5)</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>Weight of the community vote</source>
        <translation>Poids du vote de la communauté</translation>
    </message>
    <message>
        <source>0 leaves the community vote out of the score; otherwise the weight times the tool&apos;s share of the feed&apos;s votes</source>
        <translation>0 exclut le vote de la communauté du score&#x202f;; sinon, le poids multiplié par la part des votes du flux qui va à l&apos;outil</translation>
    </message>
    <message>
        <source>C&amp;ommunity vote</source>
        <translation>&amp;Vote de la communauté</translation>
    </message>
    <message>
        <source>Must-haves: a tool that fails one is ranked but marked out</source>
        <translation>Exigences&#xa0;: un outil qui en manque une est classé, mais mis hors course</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1 (no tool)</source>
        <translation>%1 (aucun outil)</translation>
    </message>
    <message>
        <source>Nothing checked in a list: that field does not matter.</source>
        <translation>Rien de coché dans une liste&#xa0;: ce champ n&apos;entre pas en compte.</translation>
    </message>
    <message>
        <source>“%1” is the built-in profile&apos;s name; choose another.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom du profil intégré&#x202f;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A profile named “%1” is saved already; choose another name, or edit that profile.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» est déjà enregistré&#x202f;; choisissez un autre nom, ou modifiez ce profil.</translation>
    </message>
</context>
<context>
    <name>sos::Database</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données pendant&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n&apos;est pas installé (paquet Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a ShipOrSkip database, or it is damaged: %2</source>
        <translation>%1 n&apos;est pas une base de données ShipOrSkip, ou elle est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Impossible d&apos;utiliser la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer ShipOrSkip (schema version %2; this one knows up to %3). Update ShipOrSkip, or choose another database with --db.</source>
        <translation>La base de données %1 vient d&apos;un ShipOrSkip plus récent (schéma en version %2&#x202f;; celui-ci connaît jusqu&apos;à la %3). Mettez ShipOrSkip à jour, ou choisissez une autre base avec --db.</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation>La migration de schéma %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>La migration de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>son en-tête est endommagé</translation>
    </message>
    <message>
        <source>it is cut short (%L1 of %L2 bytes)</source>
        <extracomment>Completes &quot;The database %1 is damaged: %2.&quot; %2 here is at least 512 (a size in bytes).</extracomment>
        <translation>elle est tronquée (%L1 octets sur %L2)</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2.</source>
        <translation>La base de données %1 est endommagée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>La base de données %1 est endommagée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sos::Decision</name>
    <message>
        <source>pricing</source>
        <translation>tarif</translation>
    </message>
    <message>
        <source>license</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1&#xa0;: l’une des valeurs %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1, %2: scorecards %3 → %4</source>
        <translation>%1, %2&#xa0;: fiches %3 → %4</translation>
    </message>
    <message>
        <source>%1 left the catalog</source>
        <translation>%1 a quitté le catalogue</translation>
    </message>
    <message>
        <source>Community leader: %1 → %2</source>
        <translation>En tête de la communauté&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>%1, pricing: %2 → %3</source>
        <translation>%1, tarif&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1, pricing read: %2 → %3</source>
        <translation>%1, lecture tarifaire&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1, license: %2 → %3</source>
        <translation>%1, licence&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1, deployment: %2 → %3</source>
        <translation>%1, déploiement&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1, category: %2 → %3</source>
        <translation>%1, catégorie&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Pondération égale</translation>
    </message>
</context>
<context>
    <name>sos::DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Enregistrer une décision</translation>
    </message>
    <message>
        <source>Which one do we ship with? %1</source>
        <translation>Quel outil adoptons-nous&#x202f;? %1</translation>
    </message>
    <message>
        <source>Ranked under “%1”: %2</source>
        <translation>Classement selon «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Chosen tool</source>
        <translation>Outil choisi</translation>
    </message>
    <message>
        <source>Choose a tool</source>
        <translation>Choisissez un outil</translation>
    </message>
    <message>
        <source>&amp;Chosen tool:</source>
        <translation>Outil &amp;choisi&#xa0;:</translation>
    </message>
    <message>
        <source>A name or a team</source>
        <translation>Un nom ou une équipe</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Décidé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why this tool: what mattered, what was traded off</source>
        <translation>Pourquoi cet outil&#xa0;: ce qui a compté, ce qui a été sacrifié</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Problem with this decision</source>
        <translation>Problème dans cette décision</translation>
    </message>
    <message>
        <source>The evidence (each tool&apos;s verdicts, figures, pricing and license) is kept with the decision, so that a later change shows.</source>
        <translation>Les faits (verdicts, chiffres, tarif et licence de chaque outil) sont conservés avec la décision, pour qu&apos;un changement ultérieur se voie.</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Record the decision (%1)</source>
        <translation>Enregistrer la décision (%1)</translation>
    </message>
    <message>
        <source>Choose the tool the team decided on.</source>
        <translation>Choisissez l&apos;outil retenu par l&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>sos::DecisionPanel</name>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>The evidence changed</source>
        <translation>Les faits ont changé</translation>
    </message>
    <message>
        <source>Earlier decisions, superseded</source>
        <translation>Décisions antérieures, remplacées</translation>
    </message>
    <message>
        <source>Record &amp;decision…</source>
        <translation>E&amp;nregistrer la décision…</translation>
    </message>
    <message>
        <source>Record which tool the team chose, and why (%1)</source>
        <translation>Enregistrer l&apos;outil choisi par l&apos;équipe, et pourquoi (%1)</translation>
    </message>
    <message>
        <source>No decision recorded yet: which one do you ship with?</source>
        <translation>Aucune décision enregistrée pour l&apos;instant&#xa0;: quel outil adoptez-vous&#x202f;?</translation>
    </message>
    <message>
        <source>Decisions are recorded on published comparisons; this set of tools is not one.</source>
        <translation>Les décisions s&apos;enregistrent sur les comparatifs publiés&#x202f;; cet ensemble d&apos;outils n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>By %1 on %2, ranked under “%3”.</source>
        <translation>Par %1 le %2, classement selon «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The evidence changed since this decision:</source>
        <translation>Les faits ont changé depuis cette décision&#xa0;:</translation>
    </message>
    <message>
        <source>The evidence it rested on has not changed since %1.</source>
        <translation>Les faits sur lesquels elle reposait n&apos;ont pas changé depuis le %1.</translation>
    </message>
    <message>
        <source>Superseded: %1, by %2 on %3, ranked under “%4”: %5</source>
        <translation>Remplacée&#xa0;: %1, par %2 le %3, classement selon «&#xa0;%4&#xa0;»&#xa0;: %5</translation>
    </message>
    <message>
        <source>Earlier decisions (%L1)</source>
        <translation>Décisions antérieures (%L1)</translation>
    </message>
</context>
<context>
    <name>sos::DecisionStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” is the built-in profile: save yours under another name.</source>
        <translation>«&#xa0;%1&#xa0;» est le profil intégré&#xa0;: enregistrez le vôtre sous un autre nom.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>sos::Decisions</name>
    <message>
        <source>Say who decided: a decision needs a name.</source>
        <translation>Indiquez qui a décidé&#xa0;: une décision demande un nom.</translation>
    </message>
    <message>
        <source>Write a rationale: a decision needs the reason for it.</source>
        <translation>Écrivez une justification&#xa0;: une décision demande sa raison.</translation>
    </message>
    <message>
        <source>“%1” is not one of the tools of “%2”: choose one of %3.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des outils de «&#xa0;%2&#xa0;»&#xa0;: choisissez parmi %3.</translation>
    </message>
</context>
<context>
    <name>sos::Deployment</name>
    <message>
        <source>On-device</source>
        <translation>Sur l&apos;appareil</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Hébergé</translation>
    </message>
    <message>
        <source>Self-hosted</source>
        <translation>Auto-hébergé</translation>
    </message>
</context>
<context>
    <name>sos::DraftListModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Queued for the next sync</source>
        <translation>En attente de la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Custom lens</source>
        <translation>Prisme personnel</translation>
    </message>
    <message>
        <source>No lens yet</source>
        <translation>Pas encore de prisme</translation>
    </message>
    <message numerus="yes">
        <source>%1 through the %2 lens: %n word(s)</source>
        <translation>
            <numerusform>%1 sous le prisme %2&#xa0;: %n mot</numerusform>
            <numerusform>%1 sous le prisme %2&#xa0;: %n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Prisme</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>sos::Drafts</name>
    <message>
        <source>What you integrate</source>
        <translation>Ce que vous intégrez</translation>
    </message>
    <message>
        <source>The developer-experience bet</source>
        <translation>Le pari de l&apos;expérience développeur</translation>
    </message>
    <message>
        <source>The first hands-on run</source>
        <translation>La première prise en main</translation>
    </message>
    <message>
        <source>Direct competitors</source>
        <translation>Concurrents directs</translation>
    </message>
    <message>
        <source>Where it breaks</source>
        <translation>Là où ça casse</translation>
    </message>
    <message>
        <source>What could make it irrelevant within a year</source>
        <translation>Ce qui pourrait le rendre obsolète d&apos;ici un an</translation>
    </message>
    <message>
        <source>The bet about the future</source>
        <translation>Le pari sur l&apos;avenir</translation>
    </message>
    <message>
        <source>The knock-on effect if it wins</source>
        <translation>L&apos;effet d&apos;entraînement s&apos;il s&apos;impose</translation>
    </message>
    <message>
        <source>Early, on time or late</source>
        <translation>En avance, à l&apos;heure ou en retard</translation>
    </message>
    <message>
        <source>Who pays for it</source>
        <translation>Qui paie</translation>
    </message>
    <message>
        <source>What defends its position</source>
        <translation>Ce qui protège sa position</translation>
    </message>
    <message>
        <source>Ship or skip as a business</source>
        <translation>Adopter ou écarter, côté affaires</translation>
    </message>
    <message>
        <source>This draft was discarded elsewhere; save it as a new draft.</source>
        <translation>Ce brouillon a été supprimé ailleurs&#x202f;; enregistrez-le comme nouveau brouillon.</translation>
    </message>
    <message>
        <source>There is no such draft.</source>
        <translation>Ce brouillon n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose a lens.</source>
        <translation>Choisissez un prisme.</translation>
    </message>
    <message>
        <source>Name the custom lens.</source>
        <translation>Nommez le prisme personnel.</translation>
    </message>
    <message>
        <source>Choose ship or skip.</source>
        <translation>Choisissez adopter ou écarter.</translation>
    </message>
    <message numerus="yes">
        <source>Write at least %n character(s) (%L1 so far).</source>
        <translation>
            <numerusform>Écrivez au moins %n caractère (%L1 jusqu&apos;ici).</numerusform>
            <numerusform>Écrivez au moins %n caractères (%L1 jusqu&apos;ici).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the scorecard to %n character(s), prompts included (%L1 now).</source>
        <translation>
            <numerusform>Limitez la fiche à %n caractère, questions comprises (%L1 actuellement).</numerusform>
            <numerusform>Limitez la fiche à %n caractères, questions comprises (%L1 actuellement).</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who wrote it.</source>
        <translation>Indiquez qui l&apos;a écrite.</translation>
    </message>
    <message>
        <source>The draft is not ready: %1</source>
        <translation>Le brouillon n&apos;est pas prêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is not a ShipOrSkip draft: it does not start with a --- header.</source>
        <translation>Ce n&apos;est pas un brouillon ShipOrSkip&#xa0;: il ne commence pas par un en-tête ---.</translation>
    </message>
    <message>
        <source>The draft&apos;s --- header is not closed.</source>
        <translation>L&apos;en-tête --- du brouillon n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>The header line &quot;%1&quot; has no &quot;key: value&quot;.</source>
        <translation>La ligne d&apos;en-tête «&#xa0;%1&#xa0;» n&apos;a pas de «&#xa0;clé: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>The verdict must be ship or skip, not &quot;%1&quot;.</source>
        <translation>Le verdict doit être ship ou skip, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown header field &quot;%1&quot;.</source>
        <translation>Champ d&apos;en-tête inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The draft names no tool.</source>
        <translation>Le brouillon ne nomme aucun outil.</translation>
    </message>
</context>
<context>
    <name>sos::FacetPanel</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Panel verdict</source>
        <translation>Verdict du panel</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1: no tool left with the other filters; uncheck it to remove it</source>
        <translation>%1&#xa0;: plus aucun outil avec les autres filtres&#xa0;; décochez-le pour le retirer</translation>
    </message>
    <message>
        <source>%1: no tool left with the search and the other filters</source>
        <translation>%1&#xa0;: plus aucun outil avec la recherche et les autres filtres</translation>
    </message>
</context>
<context>
    <name>sos::FeedParser</name>
    <message>
        <source>%1: the field &quot;%2&quot; is missing</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» manque</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be a string</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is empty</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» est vide</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is longer than %3 characters</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» dépasse %3 caractères</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be an array of strings</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must hold only non-empty strings</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» ne doit contenir que des chaînes non vides</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be one of %3, not &quot;%4&quot;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit valoir l&apos;un de %3, pas «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>The feed&apos;s &quot;%1&quot; must be an array</source>
        <translation>«&#xa0;%1&#xa0;» doit être un tableau dans le flux</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <source>The feed is not valid JSON: %1 at byte %2</source>
        <translation>Le flux n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>The feed must be a JSON object</source>
        <translation>Le flux doit être un objet JSON</translation>
    </message>
    <message>
        <source>the feed</source>
        <translation>le flux</translation>
    </message>
    <message>
        <source>This is not a ShipOrSkip feed (its &quot;format&quot; is not &quot;shiporskip-feed&quot;)</source>
        <translation>Ce n&apos;est pas un flux ShipOrSkip (son «&#xa0;format&#xa0;» n&apos;est pas «&#xa0;shiporskip-feed&#xa0;»)</translation>
    </message>
    <message>
        <source>The feed uses format version %1; this ShipOrSkip reads up to version %2. Update ShipOrSkip.</source>
        <translation>Le flux utilise la version %1 du format&#x202f;; ce ShipOrSkip lit jusqu&apos;à la version %2. Mettez ShipOrSkip à jour.</translation>
    </message>
    <message>
        <source>comparison &quot;%1&quot; must name at least two tools</source>
        <translation>le comparatif «&#xa0;%1&#xa0;» doit nommer au moins deux outils</translation>
    </message>
    <message>
        <source>comparison &quot;%1&quot; names a tool twice</source>
        <translation>le comparatif «&#xa0;%1&#xa0;» nomme deux fois un outil</translation>
    </message>
    <message>
        <source>The feed&apos;s &quot;%1&quot; hold the id &quot;%2&quot; twice</source>
        <translation>«&#xa0;%1&#xa0;» contient deux fois l&apos;identifiant «&#xa0;%2&#xa0;» dans le flux</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 8601 timestamp of the years 1 to 9999 in UTC: %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un horodatage ISO 8601 des années 1 à 9999 en UTC&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be a whole number of at least %L3 and at most %L4</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» doit être un entier d&apos;au moins %L3 et d&apos;au plus %L4</translation>
    </message>
    <message numerus="yes">
        <source>%1: the field &quot;%2&quot; holds %n item(s); at most %L3 are allowed</source>
        <translation>
            <numerusform>%1&#xa0;: le champ «&#xa0;%2&#xa0;» contient %n élément&#x202f;; le maximum permis est %L3</numerusform>
            <numerusform>%1&#xa0;: le champ «&#xa0;%2&#xa0;» contient %n éléments&#x202f;; le maximum permis est %L3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed&apos;s &quot;%1&quot; hold %n record(s); a section may hold at most %L2</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient %n enregistrement dans le flux&#x202f;; une section peut en contenir %L2 au plus</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient %n enregistrements dans le flux&#x202f;; une section peut en contenir %L2 au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed nests arrays and objects more than %n level(s) deep (at byte %L1)</source>
        <translation>
            <numerusform>Le flux imbrique des tableaux et des objets sur plus de %n niveau (à l&apos;octet %L1)</numerusform>
            <numerusform>Le flux imbrique des tableaux et des objets sur plus de %n niveaux (à l&apos;octet %L1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed holds a string of %n byte(s) at byte %L1; a string may have at most %L2 bytes</source>
        <translation>
            <numerusform>Le flux contient une chaîne de %n octet à l&apos;octet %L1&#x202f;; une chaîne peut faire au plus %L2 octets</numerusform>
            <numerusform>Le flux contient une chaîne de %n octets à l&apos;octet %L1&#x202f;; une chaîne peut faire au plus %L2 octets</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed has %L1 bytes; a feed document may have at most %L2 MiB (%L3 bytes)</source>
        <extracomment>The document is always over 512 MiB here: &quot;bytes&quot; is always plural.</extracomment>
        <translation>Le flux fait %L1 octets&#x202f;; un document de flux peut faire au plus %L2 Mio (%L3 octets)</translation>
    </message>
</context>
<context>
    <name>sos::HttpJob</name>
    <message>
        <source>The answer from %1 is larger than the %2 MiB allowed.</source>
        <translation>La réponse de %1 dépasse les %2 Mio permis.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 answered %2 %3.</source>
        <translation>%1 a répondu %2 %3.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 redirected to another address, which is not followed: point the feed URL at the final address.</source>
        <translation>%1 a redirigé vers une autre adresse, qui n&apos;est pas suivie&#xa0;: indiquez l&apos;adresse finale comme URL du flux.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
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
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparatifs</translation>
    </message>
    <message>
        <source>C&amp;omparisons</source>
        <translation>&amp;Comparatifs</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Scorecard Editor</source>
        <translation>Éditeur de fiches</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Tools</source>
        <translation>&amp;Comparer les outils sélectionnés</translation>
    </message>
    <message>
        <source>Open the tools selected in the table side by side</source>
        <translation>Ouvrir côte à côte les outils sélectionnés dans le tableau</translation>
    </message>
    <message>
        <source>Close Compa&amp;rison</source>
        <translation>&amp;Fermer le comparatif</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>Export &amp;All Open Comparisons…</source>
        <translation>Exporter to&amp;us les comparatifs ouverts…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Go to &amp;Tools</source>
        <translation>Aller aux &amp;outils</translation>
    </message>
    <message>
        <source>Go to &amp;Comparisons</source>
        <translation>Aller aux &amp;comparatifs</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Aller aux &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>Only Lenses Where Verdicts Di&amp;ffer</source>
        <translation>Seulement les prismes aux &amp;verdicts divergents</translation>
    </message>
    <message>
        <source>Scorecard &amp;Editor</source>
        <translation>Éditeur de &amp;fiches</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>F&amp;iches</translation>
    </message>
    <message>
        <source>&amp;Draft a Scorecard for the Selected Tool</source>
        <translation>&amp;Rédiger une fiche pour l&apos;outil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About ShipOrSkip</source>
        <translation>À &amp;propos de ShipOrSkip</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Clear the Search Field</source>
        <translation>Vider le champ de recherche</translation>
    </message>
    <message>
        <source>Tools: %L1</source>
        <translation>Outils&#xa0;: %L1</translation>
    </message>
    <message>
        <source>No tool matches. Clear the search and filters with %1.</source>
        <translation>Aucun outil ne correspond. Effacez la recherche et les filtres avec %1.</translation>
    </message>
    <message>
        <source>Select two to four tools to compare (Ctrl+click or Shift+click in the table), then press %1.</source>
        <translation>Sélectionnez de deux à quatre outils à comparer (Ctrl+clic ou Maj+clic dans le tableau), puis appuyez sur %1.</translation>
    </message>
    <message>
        <source>Select a tool first, then press %1 to draft a scorecard for it.</source>
        <translation>Sélectionnez d&apos;abord un outil, puis appuyez sur %1 pour rédiger sa fiche.</translation>
    </message>
    <message>
        <source>About ShipOrSkip</source>
        <translation>À propos de ShipOrSkip</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShipOrSkip %1&lt;/h3&gt;&lt;p&gt;Compare AI tools side by side: the panel&apos;s verdicts, the pricing read, the reviewer split and the community vote, offline from a local store.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShipOrSkip %1&lt;/h3&gt;&lt;p&gt;Comparez des outils d&apos;IA côte à côte&#xa0;: les verdicts du panel, la lecture tarifaire, les avis des évaluateurs et le vote de la communauté, hors ligne, depuis une base locale.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;&lt;p&gt;Construit avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>F&amp;ilters</source>
        <translation>Fi&amp;ltres</translation>
    </message>
    <message>
        <source>The catalog cannot be searched: %1</source>
        <translation>Impossible de rechercher dans le catalogue : %1</translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>Enregistrer la &amp;décision…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>&amp;Watched tools only</source>
        <translation>Outils &amp;suivis seulement</translation>
    </message>
    <message>
        <source>Show only the tools you watch (%1 watches the selected tool)</source>
        <translation>Afficher seulement les outils que vous suivez (%1 suit l&apos;outil sélectionné)</translation>
    </message>
    <message>
        <source>&amp;Watch or Stop Watching</source>
        <translation>&amp;Suivre ou ne plus suivre</translation>
    </message>
    <message>
        <source>Watch the comparison of the current tab, or the selected tool: their changes come first in What Changed</source>
        <translation>Suivre le comparatif de l&apos;onglet courant, ou l&apos;outil sélectionné : leurs changements viennent en premier dans Ce qui a changé</translation>
    </message>
    <message>
        <source>What C&amp;hanged</source>
        <translation>Ce qui a c&amp;hangé</translation>
    </message>
    <message>
        <source>&amp;Mark All Changes Seen</source>
        <translation>&amp;Marquer tous les changements comme vus</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>What Changed (%L1)</source>
        <translation>Ce qui a changé (%L1)</translation>
    </message>
    <message>
        <source>What C&amp;hanged (%L1)</source>
        <translation>Ce qui a c&amp;hangé (%L1)</translation>
    </message>
    <message>
        <source>Unseen changes on what you watch: %1 (%2)</source>
        <translation>Changements non vus sur ce que vous suivez&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>What changed since you last looked (%1)</source>
        <translation>Ce qui a changé depuis votre dernier passage (%1)</translation>
    </message>
    <message>
        <source>Watching %1: its changes come first in What Changed, and a sync that changes it tells you.</source>
        <translation>Vous suivez %1 : ses changements viennent en premier dans Ce qui a changé, et une synchronisation qui le change vous le dit.</translation>
    </message>
    <message>
        <source>You no longer watch %1.</source>
        <translation>Vous ne suivez plus %1.</translation>
    </message>
    <message>
        <source>Select a tool or open a published comparison, then press %1 to watch it.</source>
        <translation>Sélectionnez un outil ou ouvrez un comparatif publié, puis appuyez sur %1 pour le suivre.</translation>
    </message>
    <message>
        <source>You watch this comparison (%1 to stop)</source>
        <translation>Vous suivez ce comparatif (%1 pour arrêter)</translation>
    </message>
    <message>
        <source>Watch this comparison: its changes come first in What Changed (%1)</source>
        <translation>Suivre ce comparatif : ses changements viennent en premier dans Ce qui a changé (%1)</translation>
    </message>
    <message>
        <source>Watching this comparison</source>
        <translation>Comparatif suivi</translation>
    </message>
    <message>
        <source>Watch this comparison</source>
        <translation>Suivre ce comparatif</translation>
    </message>
    <message>
        <source>What you watch changed</source>
        <translation>Ce que vous suivez a changé</translation>
    </message>
    <message>
        <source>Changes on what you watch: %1. The newest: %2</source>
        <translation>Changements sur ce que vous suivez&#xa0;: %1. Le plus récent&#xa0;: %2</translation>
    </message>
    <message>
        <source>That tool is no longer in the catalog.</source>
        <translation>Cet outil n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>Search tools, taglines and reviews, or ask: license:MIT ship:&gt;=75 -pricing:paid (%1)</source>
        <translation>Rechercher outils, accroches et avis, ou demander&#xa0;: license:MIT ship:&gt;=75 -pricing:paid (%1)</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Shortlis&amp;t</source>
        <translation>Pr&amp;ésélection</translation>
    </message>
    <message>
        <source>Clear the Filters (%1)</source>
        <translation>Effacer les filtres (%1)</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Effacer la recherche et tous les filtres</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a filter and its checked values</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between the checked values of one filter</comment>
        <translation> ou </translation>
    </message>
    <message>
        <source>Watched only</source>
        <translation>Suivis seulement</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between filters</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>No tool matches “%1” with %2.</source>
        <translation>Aucun outil ne correspond à «&#xa0;%1&#xa0;» avec %2.</translation>
    </message>
    <message>
        <source>No tool matches “%1”.</source>
        <translation>Aucun outil ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No tool matches these filters: %1.</source>
        <translation>Aucun outil ne correspond à ces filtres&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No tool matches.</source>
        <translation>Aucun outil ne correspond.</translation>
    </message>
    <message>
        <source>Co&amp;mpare Shortlist</source>
        <translation>Co&amp;mparer la présélection</translation>
    </message>
    <message>
        <source>Open the shortlist&apos;s tools side by side (the first four)</source>
        <translation>Ouvrir côte à côte les outils de la présélection (les quatre premiers)</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>Enre&amp;gistrer la recherche…</translation>
    </message>
    <message>
        <source>Save the search text, the filters and the sort under a name, in the Saved Searches list</source>
        <translation>Enregistrer sous un nom le texte de recherche, les filtres et le tri, dans la liste des recherches enregistrées</translation>
    </message>
    <message>
        <source>Add to Short&amp;list</source>
        <translation>Ajouter à la présé&amp;lection</translation>
    </message>
    <message>
        <source>Put the selected tools on the shortlist, to compare them later</source>
        <translation>Mettre les outils sélectionnés dans la présélection, pour les comparer plus tard</translation>
    </message>
    <message>
        <source>Go to &amp;Saved Searches</source>
        <translation>Aller aux recherches &amp;enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln tool(s)</source>
        <translation>
            <numerusform>Affichage de %L1 sur %Ln outil</numerusform>
            <numerusform>Affichage de %L1 sur %Ln outils</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Save the search text, the filters and the sort as:</source>
        <translation>Enregistrer le texte de recherche, les filtres et le tri sous le nom&#xa0;:</translation>
    </message>
    <message>
        <source>Replace the Saved Search?</source>
        <translation>Remplacer la recherche enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>%1 Replace it with this search?</source>
        <translation>%1 La remplacer par cette recherche&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot;: it is in the Saved Searches list.</source>
        <translation>Recherche «&#xa0;%1&#xa0;» enregistrée&#xa0;: elle figure dans la liste des recherches enregistrées.</translation>
    </message>
    <message>
        <source>Showing the saved search &quot;%1&quot;.</source>
        <translation>Affichage de la recherche enregistrée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Select tools in the table, then press %1 to put them on the shortlist.</source>
        <translation>Sélectionnez des outils dans le tableau, puis appuyez sur %1 pour les mettre dans la présélection.</translation>
    </message>
    <message>
        <source>%1 is already on the shortlist.</source>
        <translation>%1 est déjà dans la présélection.</translation>
    </message>
    <message>
        <source>These tools are already on the shortlist.</source>
        <translation>Ces outils sont déjà dans la présélection.</translation>
    </message>
    <message>
        <source>Added %1 to the shortlist.</source>
        <translation>%1 ajouté à la présélection.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n tool(s) to the shortlist.</source>
        <translation>
            <numerusform>%n outil ajouté à la présélection.</numerusform>
            <numerusform>%n outils ajoutés à la présélection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put at least two tools on the shortlist (%1 adds the selected ones) to compare them.</source>
        <translation>Mettez au moins deux outils dans la présélection (%1 ajoute les outils sélectionnés) pour les comparer.</translation>
    </message>
    <message>
        <source>A comparison takes four tools at most: it shows the first four of the %L1 on the shortlist.</source>
        <translation>Un comparatif prend quatre outils au plus&#xa0;: il montre les quatre premiers des %L1 de la présélection.</translation>
    </message>
</context>
<context>
    <name>sos::PanelScore</name>
    <message>
        <source>%L1% (%L2 of %L3)</source>
        <translation>%L1&#x202f;% (%L2 sur %L3)</translation>
    </message>
</context>
<context>
    <name>sos::PanelVerdict</name>
    <message>
        <source>Unanimous ship</source>
        <translation>Adoption unanime</translation>
    </message>
    <message>
        <source>Majority ship</source>
        <translation>Adoption majoritaire</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Majority skip</source>
        <translation>Rejet majoritaire</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>sos::Pricing</name>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payant</translation>
    </message>
</context>
<context>
    <name>sos::ProfileInput</name>
    <message>
        <source>The weight of %1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>Le poids de %1 doit être un nombre entier de %2 à %3, pas «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>No tool in the catalog has the %1 “%2”: that must-have could never be met.</source>
        <translation>Aucun outil du catalogue n&apos;a «&#xa0;%2&#xa0;» pour %1&#xa0;: cette exigence ne pourrait jamais être remplie.</translation>
    </message>
    <message>
        <source>The must-have on %1 names no value: write %2=VALUE, or VALUE|VALUE for any of several.</source>
        <translation>L&apos;exigence sur %1 ne nomme aucune valeur&#xa0;: écrivez %2=VALUE, ou VALUE|VALUE pour accepter l&apos;une de plusieurs valeurs.</translation>
    </message>
    <message>
        <source>No tool in the catalog meets all of these must-haves at once: %1.</source>
        <translation>Aucun outil du catalogue ne remplit toutes ces exigences à la fois&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no lens named “%1”.</source>
        <translation>Il n&apos;y a pas de prisme nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The lenses are: %1.</source>
        <translation>Les prismes sont&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is not LENS=WEIGHT (for example buyer=5).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme LENS=WEIGHT (par exemple buyer=5).</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE (for example license=Apache 2.0|MIT).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme FIELD=VALUE (par exemple license=Apache 2.0|MIT).</translation>
    </message>
    <message>
        <source>There is no field “%1” to require: use %2.</source>
        <translation>Il n&apos;y a pas de champ «&#xa0;%1&#xa0;» à exiger&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>the community</source>
        <translation>la communauté</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Il n&apos;y a pas de profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>sos::Ranking</name>
    <message>
        <source>and</source>
        <translation>et</translation>
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
        <translation>%1 sur %2 points</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (poids %2)</translation>
    </message>
    <message>
        <source>Not reviewed by %1: no points from them.</source>
        <translation>Non évalué par %1&#xa0;: aucun point de ce côté.</translation>
    </message>
    <message>
        <source>Community: %L1 of %L2 votes, worth %3 of %4 points.</source>
        <translation>Communauté&#xa0;: %L1 sur %L2 votes, soit %3 sur %4 points.</translation>
    </message>
    <message>
        <source>No community votes counted yet: no points from the community.</source>
        <translation>Aucun vote de la communauté compté pour l&apos;instant&#xa0;: aucun point de la communauté.</translation>
    </message>
    <message>
        <source>Fails the must-have “%1”: its %2 is %3.</source>
        <translation>Ne remplit pas l&apos;exigence «&#xa0;%1&#xa0;» (%2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>No tool meets every must-have of “%1”.</source>
        <translation>Aucun outil ne remplit toutes les exigences de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 tie for first with %2 each.</source>
        <translation>%1 sont ex aequo en tête avec %2 chacun.</translation>
    </message>
    <message>
        <source>%1 ranks first with %2.</source>
        <translation>%1 arrive en tête avec %2.</translation>
    </message>
    <message>
        <source>%1 would rank first.</source>
        <translation>%1 arriverait en tête.</translation>
    </message>
    <message>
        <source>%1 would tie for first.</source>
        <translation>%1 seraient ex aequo en tête.</translation>
    </message>
    <message>
        <source>%1 reviewed %2 and said ship</source>
        <translation>%1 évaluait %2 et disait «&#xa0;adopter&#xa0;»</translation>
    </message>
    <message>
        <source>%1 said ship on %2</source>
        <translation>%1 disait «&#xa0;adopter&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>%1 said skip on %2</source>
        <translation>%1 disait «&#xa0;écarter&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>If %1, %2</source>
        <translation>Si %1, %2</translation>
    </message>
    <message>
        <source>If %1 and %2, %3</source>
        <translation>Si %1 et %2, %3</translation>
    </message>
    <message>
        <source>With one more community vote for %1, %2</source>
        <translation>Avec un vote de plus de la communauté pour %1, %2</translation>
    </message>
    <message>
        <source>With %L1 more community votes for %2, %3</source>
        <translation>Avec %L1 votes de plus de la communauté pour %2, %3</translation>
    </message>
    <message>
        <source>No change of one or two lens verdicts, and no number of votes in reach, changes the top.</source>
        <translation>Aucun changement d&apos;un ou deux verdicts de prisme, ni aucun nombre de votes à portée, ne change la première place.</translation>
    </message>
    <message>
        <source>No change of one or two lens verdicts changes the top.</source>
        <translation>Aucun changement d&apos;un ou deux verdicts de prisme ne change la première place.</translation>
    </message>
    <message>
        <source>Ship: %1.</source>
        <translation>Adopter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Skip: %1.</source>
        <translation>Écarter&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>sos::RankingPanel</name>
    <message>
        <source>Ranked &amp;under:</source>
        <translation>Classement &amp;selon&#xa0;:</translation>
    </message>
    <message>
        <source>Criteria profile</source>
        <translation>Profil de critères</translation>
    </message>
    <message>
        <source>Weigh the lenses, set must-haves, save profiles</source>
        <translation>Pondérer les prismes, fixer des exigences, enregistrer des profils</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Ranking under the chosen criteria</source>
        <translation>Classement selon les critères choisis</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Must-haves</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What would change the top</source>
        <translation>Ce qui changerait la première place</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
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
        <translation>ex aequo au rang %L1</translation>
    </message>
    <message>
        <source>rank %L1</source>
        <translation>rang %L1</translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation>ne remplit pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>meets all</source>
        <translation>les remplit toutes</translation>
    </message>
    <message>
        <source>%1, ruled out</source>
        <translation>%1, hors course</translation>
    </message>
    <message>
        <source>No small change in the evidence would change which tool ranks first.</source>
        <translation>Aucun petit changement dans les faits ne changerait l&apos;outil classé premier.</translation>
    </message>
    <message>
        <source>Edi&amp;t criteria…</source>
        <translation>&amp;Modifier les critères…</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>n/a (not a published comparison)</source>
        <translation>s.o. (pas un comparatif publié)</translation>
    </message>
    <message>
        <source>%1 (no votes yet)</source>
        <translation>%1 (aucun vote pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Unexpected PDF trailer: cannot add the document information.</source>
        <translation>Fin de PDF inattendue&#xa0;: impossible d&apos;ajouter les informations du document.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>feed “%1” (the catalog bundled with the app)</source>
        <translation>flux «&#xa0;%1&#xa0;» (le catalogue fourni avec l&apos;application)</translation>
    </message>
    <message>
        <source>feed “%1” at %2</source>
        <translation>flux «&#xa0;%1&#xa0;» à l&apos;adresse %2</translation>
    </message>
    <message>
        <source>Source: %1, published %2. Last successful sync: %3. Generated %4 by ShipOrSkip %5.</source>
        <translation>Source&#xa0;: %1, publié le %2. Dernière synchronisation réussie&#xa0;: %3. Généré le %4 par ShipOrSkip %5.</translation>
    </message>
    <message>
        <source>%1: %L2 ship, %L3 skip</source>
        <translation>%1&#xa0;: %L2 adopter, %L3 écarter</translation>
    </message>
    <message>
        <source>Panel verdicts per tool. %1.</source>
        <translation>Verdicts du panel par outil. %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Community vote. %1.</source>
        <translation>Vote de la communauté. %1.</translation>
    </message>
    <message>
        <source>Community vote over time: fewer than two tallies so far, so there is no line to draw.</source>
        <translation>Vote de la communauté dans le temps&#xa0;: moins de deux décomptes jusqu&apos;ici, donc pas de courbe à tracer.</translation>
    </message>
    <message numerus="yes">
        <source>Community vote over time, from %n tallies.</source>
        <translation>
            <numerusform>Vote de la communauté dans le temps, d&apos;après %n décompte.</numerusform>
            <numerusform>Vote de la communauté dans le temps, d&apos;après %n décomptes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A published comparison of %n tool(s).</source>
        <translation>
            <numerusform>Un comparatif publié de %n outil.</numerusform>
            <numerusform>Un comparatif publié de %n outils.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An ad-hoc comparison of %n tool(s).</source>
        <translation>
            <numerusform>Un comparatif libre de %n outil.</numerusform>
            <numerusform>Un comparatif libre de %n outils.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provenance.</source>
        <translation>Origine des données.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Panel ship</source>
        <translation>Adoption (panel)</translation>
    </message>
    <message>
        <source>Pricing entry</source>
        <translation>Formule d&apos;accès</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Where the lenses disagree:</source>
        <translation>Où les prismes divergent&#xa0;:</translation>
    </message>
    <message>
        <source>nowhere; every lens reaches the same verdict on every tool.</source>
        <translation>nulle part&#x202f;; chaque prisme aboutit au même verdict pour chaque outil.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Free and paid</source>
        <translation>Gratuit et payant</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Community vote history</source>
        <translation>Historique du vote de la communauté</translation>
    </message>
    <message>
        <source>The feed has reported no tallies for this comparison yet.</source>
        <translation>Le flux n&apos;a encore transmis aucun décompte pour ce comparatif.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Fiches d&apos;évaluation</translation>
    </message>
    <message>
        <source>%1 (the verdicts differ)</source>
        <translation>%1 (les verdicts divergent)</translation>
    </message>
    <message>
        <source>not reviewed through this lens</source>
        <translation>non évalué sous ce prisme</translation>
    </message>
    <message>
        <source>— %1, %2</source>
        <translation>— %1, %2</translation>
    </message>
    <message>
        <source>ShipOrSkip comparison report</source>
        <translation>Rapport de comparatif ShipOrSkip</translation>
    </message>
    <message>
        <source>Page %L1 of %L2</source>
        <translation>Page %L1 sur %L2</translation>
    </message>
    <message>
        <source>AI tool comparison: %1</source>
        <translation>Comparatif d&apos;outils d&apos;IA&#xa0;: %1</translation>
    </message>
    <message>
        <source>ShipOrSkip</source>
        <translation>ShipOrSkip</translation>
    </message>
    <message>
        <source>The report came out empty.</source>
        <translation>Le rapport est vide.</translation>
    </message>
    <message>
        <source>AI tools, comparison, procurement</source>
        <translation>outils d&apos;IA, comparatif, achats</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <source>%L1 of %L2 (%L3%)</source>
        <translation>%L1 sur %L2 (%L3&#x202f;%)</translation>
    </message>
    <message>
        <source>Your vote (pending, not counted yet): %1</source>
        <translation>Votre vote (en attente, pas encore compté)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Which one should you ship with?</source>
        <translation>Quel outil adopter&#x202f;?</translation>
    </message>
    <message>
        <source>The candidates: %1.</source>
        <translation>Les candidats&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The ranking under the profile “%1”</source>
        <translation>Le classement selon le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>%L1 (tie)</source>
        <translation>%L1 (ex aequo)</translation>
    </message>
    <message>
        <source>Fails the must-have: %1.</source>
        <translation>Exigence non remplie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>What would change the top:</source>
        <translation>Ce qui changerait la première place&#xa0;:</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>La décision</translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <translation>Choix&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Decided by %1 on %2, under the profile “%3”.</source>
        <translation>Décidé par %1 le %2, selon le profil «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Justification&#xa0;:</translation>
    </message>
    <message>
        <source>The evidence it rested on:</source>
        <translation>Les faits sur lesquels elle reposait&#xa0;:</translation>
    </message>
    <message>
        <source>%1, last successful sync %2, ShipOrSkip %3; taken %4.</source>
        <translation>%1&#x202f;; dernière synchronisation réussie&#xa0;: %2&#x202f;; ShipOrSkip %3&#x202f;; faits relevés le %4.</translation>
    </message>
    <message>
        <source>What changed since:</source>
        <translation>Ce qui a changé depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing changed since.</source>
        <translation>Rien n&apos;a changé depuis.</translation>
    </message>
    <message>
        <source>What changed since: the evidence changed; review this decision.</source>
        <translation>Ce qui a changé depuis&#xa0;: les faits ont changé&#x202f;; revoyez cette décision.</translation>
    </message>
    <message>
        <source>A later decision (number %L1) supersedes this one.</source>
        <translation>Une décision ultérieure (nº %L1) remplace celle-ci.</translation>
    </message>
    <message>
        <source>Verdict by lens</source>
        <translation>Verdict par prisme</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Prisme</translation>
    </message>
    <message>
        <source>Where it loses</source>
        <translation>Points faibles</translation>
    </message>
</context>
<context>
    <name>sos::ReportExporter</name>
    <message>
        <source>Report Options</source>
        <translation>Options du rapport</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Full &amp;scorecards</source>
        <translation>&amp;Fiches complètes</translation>
    </message>
    <message>
        <source>Community vote &amp;history</source>
        <translation>&amp;Historique des votes</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure&#xa0;:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Format de &amp;page&#xa0;:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Exporter le comparatif</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>%1

Nothing was written. Choose another folder and try again.</source>
        <translation>%1

Rien n&apos;a été écrit. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Open a comparison first: there is nothing to export.</source>
        <translation>Ouvrez d&apos;abord un comparatif&#xa0;: il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>Export Every Open Comparison as PDF</source>
        <translation>Exporter en PDF tous les comparatifs ouverts</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#x202f;?</translation>
    </message>
    <message>
        <source>These files exist in %1 and will be replaced:
%2</source>
        <translation>Ces fichiers existent dans %1 et seront remplacés&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Exporting comparisons…</source>
        <translation>Export des comparatifs…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>%1

Exported before this one: %L2 of %L3.</source>
        <translation>%1

Exportés avant celui-ci&#xa0;: %L2 sur %L3.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %L1 of %n comparison(s) to %2</source>
        <translation>
            <numerusform>%L1 comparatif exporté sur %n dans %2</numerusform>
            <numerusform>%L1 comparatifs exportés sur %n dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
</context>
<context>
    <name>sos::SavedSearches</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Une recherche enregistrée doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>A saved search&apos;s name takes at most %n character(s).</source>
        <translation>
            <numerusform>Le nom d&apos;une recherche enregistrée compte au plus %n caractère.</numerusform>
            <numerusform>Le nom d&apos;une recherche enregistrée compte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A search named &quot;%1&quot; is already saved.</source>
        <translation>Une recherche nommée «&#xa0;%1&#xa0;» est déjà enregistrée.</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucune recherche enregistrée nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>sos::SavedSearchesPanel</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>tarif</translation>
    </message>
    <message>
        <source>panel ship</source>
        <translation>adoption (panel)</translation>
    </message>
    <message>
        <source>community</source>
        <translation>communauté</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>Trié par %1, décroissant</translation>
    </message>
    <message>
        <source>Sorted by %1</source>
        <translation>Trié par %1</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Save the search and filters you use often with %1.</source>
        <translation>Enregistrez avec %1 la recherche et les filtres que vous utilisez souvent.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Renamed the saved search &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» renommée en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Deleted the saved search &quot;%1&quot;. Undo brings it back (%2 in the list).</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» supprimée. Annuler la rétablit (%2 dans la liste).</translation>
    </message>
    <message>
        <source>The saved search &quot;%1&quot; is back.</source>
        <translation>La recherche enregistrée «&#xa0;%1&#xa0;» est de retour.</translation>
    </message>
</context>
<context>
    <name>sos::Scorecard</name>
    <message>
        <source>%1 or %2?</source>
        <translation>%1 ou %2&#x202f;?</translation>
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
        <translation>saisie</translation>
    </message>
    <message>
        <source>lens change</source>
        <translation>changement de prisme</translation>
    </message>
    <message>
        <source>lens name</source>
        <translation>nom du prisme</translation>
    </message>
    <message>
        <source>verdict change</source>
        <translation>changement de verdict</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>No draft is open.

Select a tool and press %1 (or &quot;Draft a Scorecard&quot; in its details or a comparison column), or pick a draft above.</source>
        <translation>Aucun brouillon n&apos;est ouvert.

Sélectionnez un outil et appuyez sur %1 (ou sur «&#xa0;Rédiger une fiche&#xa0;» dans ses détails ou dans une colonne de comparatif), ou choisissez un brouillon ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>&amp;Publish Scorecard</source>
        <translation>&amp;Publier la fiche</translation>
    </message>
    <message>
        <source>Dupli&amp;cate Draft</source>
        <translation>&amp;Dupliquer le brouillon</translation>
    </message>
    <message>
        <source>Di&amp;scard Draft…</source>
        <translation>&amp;Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>E&amp;xport Draft to Markdown…</source>
        <translation>E&amp;xporter le brouillon en Markdown…</translation>
    </message>
    <message>
        <source>&amp;Import Draft from Markdown…</source>
        <translation>&amp;Importer un brouillon Markdown…</translation>
    </message>
    <message>
        <source>Find &amp;Next in Draft</source>
        <translation>Occurrence s&amp;uivante dans le brouillon</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious in Draft</source>
        <translation>Occurrence pré&amp;cédente dans le brouillon</translation>
    </message>
    <message>
        <source>My d&amp;rafts</source>
        <translation>Mes &amp;brouillons</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Mes brouillons</translation>
    </message>
    <message>
        <source>Every scorecard draft with its tool, lens, verdict, state and last edit</source>
        <translation>Chaque brouillon de fiche avec son outil, son prisme, son verdict, son état et sa dernière modification</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>État du brouillon</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Prisme</translation>
    </message>
    <message>
        <source>The reviewer persona this scorecard judges through</source>
        <translation>Le point de vue d&apos;évaluateur à travers lequel cette fiche juge</translation>
    </message>
    <message>
        <source>Custom lens name</source>
        <translation>Nom du prisme personnel</translation>
    </message>
    <message>
        <source>Name your lens, e.g. Security auditor</source>
        <translation>Nommez votre prisme, par ex. Auditeur sécurité</translation>
    </message>
    <message>
        <source>&amp;Lens:</source>
        <translation>&amp;Prisme&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Écar&amp;ter</translation>
    </message>
    <message>
        <source>Verdict: ship it</source>
        <translation>Verdict&#xa0;: l&apos;adopter</translation>
    </message>
    <message>
        <source>Verdict: skip it</source>
        <translation>Verdict&#xa0;: l&apos;écarter</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict&#xa0;:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Your name as readers will see it</source>
        <translation>Votre nom tel que les lecteurs le verront</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>Guiding prompts (optional)</source>
        <translation>Questions d&apos;aide (facultatives)</translation>
    </message>
    <message>
        <source>Scorecard text</source>
        <translation>Texte de la fiche</translation>
    </message>
    <message>
        <source>The scorecard in your own words, plain text</source>
        <translation>La fiche dans vos propres mots, en texte brut</translation>
    </message>
    <message>
        <source>Your verdict and why, in plain text.</source>
        <translation>Votre verdict et pourquoi, en texte brut.</translation>
    </message>
    <message>
        <source>Find in this draft</source>
        <translation>Rechercher dans ce brouillon</translation>
    </message>
    <message>
        <source>Find previous (%1)</source>
        <translation>Occurrence précédente (%1)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Find next (%1)</source>
        <translation>Occurrence suivante (%1)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close the find bar (%1)</source>
        <translation>Fermer la barre de recherche (%1)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close the Find Bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Check the scorecard and queue it for the next sync (%1)</source>
        <translation>Vérifier la fiche et la mettre en attente de la prochaine synchronisation (%1)</translation>
    </message>
    <message>
        <source>A lens of my own…</source>
        <translation>Un prisme à moi…</translation>
    </message>
    <message>
        <source>%1 (no longer in the feed)</source>
        <translation>%1 (n&apos;est plus dans le flux)</translation>
    </message>
    <message>
        <source>Scorecard for %1</source>
        <translation>Fiche pour %1</translation>
    </message>
    <message>
        <source>The draft could not be created: %1</source>
        <translation>Impossible de créer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>New draft for %1.</source>
        <translation>Nouveau brouillon pour %1.</translation>
    </message>
    <message>
        <source>This draft was discarded in another window; what you see was kept as a new draft.</source>
        <translation>Ce brouillon a été supprimé dans une autre fenêtre&#x202f;; ce que vous voyez a été gardé comme nouveau brouillon.</translation>
    </message>
    <message>
        <source>Could not store the draft: %1 It stays on screen; saving is retried in a few seconds.</source>
        <translation>Impossible d&apos;enregistrer le brouillon&#xa0;: %1 Il reste à l&apos;écran&#x202f;; l&apos;enregistrement sera retenté dans quelques secondes.</translation>
    </message>
    <message>
        <source>This draft was changed in another window or app meanwhile. Nothing was overwritten: your version is now a draft of its own, and the other one is still in the list.</source>
        <translation>Ce brouillon a été modifié entre-temps dans une autre fenêtre ou application. Rien n&apos;a été écrasé&#xa0;: votre version est désormais un brouillon à part, et l&apos;autre est toujours dans la liste.</translation>
    </message>
    <message>
        <source>Draft conflict: both versions were kept.</source>
        <translation>Conflit de brouillon&#xa0;: les deux versions ont été gardées.</translation>
    </message>
    <message>
        <source>Draft — stored as you type. Publish (%1) when it is ready.</source>
        <translation>Brouillon — enregistré au fil de la frappe. Publiez-le (%1) quand il est prêt.</translation>
    </message>
    <message>
        <source>Queued — the next sync (%1) sends it to the feed. Editing it takes it out of the queue until you publish again.</source>
        <translation>En attente — la prochaine synchronisation (%1) l&apos;envoie au flux. Le modifier le retire de la file jusqu&apos;à une nouvelle publication.</translation>
    </message>
    <message>
        <source>Published — it shows in comparisons after the sync that confirmed it. Duplicate it to write a new version.</source>
        <translation>Publié — il apparaît dans les comparatifs après la synchronisation qui l&apos;a confirmé. Dupliquez-le pour en écrire une nouvelle version.</translation>
    </message>
    <message>
        <source>The feed refused this scorecard: %1
Edit it and publish again; nothing was discarded.</source>
        <translation>Le flux a refusé cette fiche&#xa0;: %1
Modifiez-la et publiez-la à nouveau&#x202f;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2 of at most %3 · The panel&apos;s scorecards run %4 to %5 words.</source>
        <translation>Mots&#xa0;: %1 · Caractères&#xa0;: %2 sur %3 au plus · Les fiches du panel font de %4 à %5 mots.</translation>
    </message>
    <message>
        <source>Preview — as the comparison view will show it</source>
        <translation>Aperçu — tel que le comparatif l&apos;affichera</translation>
    </message>
    <message>
        <source>(your name)</source>
        <translation>(votre nom)</translation>
    </message>
    <message>
        <source>Already published through the %1 lens</source>
        <translation>Déjà publié sous le prisme %1</translation>
    </message>
    <message>
        <source>Nothing yet: yours would be the first.</source>
        <translation>Rien pour l&apos;instant&#xa0;: la vôtre serait la première.</translation>
    </message>
    <message numerus="yes">
        <source>Not published yet: %n problem(s) to fix, shown beside their fields.</source>
        <translation>
            <numerusform>Pas encore publié&#xa0;: %n problème à corriger, indiqué à côté de son champ.</numerusform>
            <numerusform>Pas encore publié&#xa0;: %n problèmes à corriger, indiqués à côté de leurs champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scorecard queued: the next sync (%1) publishes it.</source>
        <translation>Fiche en attente&#xa0;: la prochaine synchronisation (%1) la publie.</translation>
    </message>
    <message>
        <source>The draft could not be duplicated: %1</source>
        <translation>Impossible de dupliquer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft duplicated: you are editing the copy.</source>
        <translation>Brouillon dupliqué&#xa0;: vous modifiez la copie.</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard this draft of a scorecard for %1? Its text is deleted and cannot be brought back; export it to Markdown first to keep a copy.</source>
        <translation>Supprimer ce brouillon de fiche pour %1&#x202f;? Son texte sera effacé sans retour possible&#x202f;; exportez-le d&apos;abord en Markdown pour en garder une copie.</translation>
    </message>
    <message>
        <source>The draft could not be discarded: %1</source>
        <translation>Impossible de supprimer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <source>Export Draft to Markdown</source>
        <translation>Exporter le brouillon en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Draft exported to %1.</source>
        <translation>Brouillon exporté dans %1.</translation>
    </message>
    <message>
        <source>Import Draft from Markdown</source>
        <translation>Importer un brouillon Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a draft (over 1 MiB).</source>
        <translation>%1 est trop gros pour être un brouillon (plus de 1 Mio).</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a draft for &quot;%2&quot;, a tool this catalog does not have. Sync, then import it again.</source>
        <translation>%1 est un brouillon pour «&#xa0;%2&#xa0;», un outil absent de ce catalogue. Synchronisez, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The draft could not be stored: %1</source>
        <translation>Impossible d&apos;enregistrer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft imported from %1.</source>
        <translation>Brouillon importé depuis %1.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Shi&amp;p</source>
        <translation>Ad&amp;opter</translation>
    </message>
    <message>
        <source>S&amp;corecard:</source>
        <translation>Fic&amp;he&#xa0;:</translation>
    </message>
    <message>
        <source>Pu&amp;blish</source>
        <translation>Publie&amp;r</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translation>Problèmes à corriger avant publication</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>À corriger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>sos::SearchQuery</name>
    <message>
        <source>Unexpected ) at character %1: no ( is open before it.</source>
        <translation>Parenthèse ) inattendue au caractère %1&#xa0;: aucune ( n&apos;est ouverte avant elle.</translation>
    </message>
    <message>
        <source>Expected a term before OR at character %1: OR goes between two terms, as in mistral OR gemma.</source>
        <translation>Terme attendu avant OR au caractère %1&#xa0;: OR se place entre deux termes, comme dans mistral OR gemma.</translation>
    </message>
    <message>
        <source>Expected a term after OR at character %1: OR goes between two terms, as in mistral OR gemma.</source>
        <translation>Terme attendu après OR au caractère %1&#xa0;: OR se place entre deux termes, comme dans mistral OR gemma.</translation>
    </message>
    <message>
        <source>Too many parentheses inside each other at character %1: at most %2 levels are read.</source>
        <translation>Trop de parenthèses imbriquées au caractère %1&#xa0;: au plus %2 niveaux sont lus.</translation>
    </message>
    <message>
        <source>Missing ) to close the ( at character %1.</source>
        <translation>Il manque une ) pour fermer la ( du caractère %1.</translation>
    </message>
    <message>
        <source>Unclosed quote at character %1: end the phrase with another &quot;.</source>
        <translation>Guillemet non fermé au caractère %1&#xa0;: terminez l&apos;expression par un autre &quot;.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%2:&quot; at character %1. Did you mean %3:?</source>
        <translation>Champ inconnu «&#xa0;%2:&#xa0;» au caractère %1. Vouliez-vous dire %3:&#xa0;?</translation>
    </message>
    <message>
        <source>Unclosed quote at character %1: end the value with another &quot;.</source>
        <translation>Guillemet non fermé au caractère %1&#xa0;: terminez la valeur par un autre &quot;.</translation>
    </message>
    <message>
        <source>Expected a value after %2: at character %1: %3</source>
        <translation>Valeur attendue après %2: au caractère %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>Too many terms at character %1: a query holds at most %2 field terms (words are not counted).</source>
        <translation>Trop de termes au caractère %1&#xa0;: une requête contient au plus %2 termes de champ (les mots ne comptent pas).</translation>
    </message>
    <message>
        <source>a word of the name, as in name:mistral.</source>
        <translation>un mot du nom, comme dans name:mistral.</translation>
    </message>
    <message>
        <source>the start of a word of the value, or the whole value in quotes, as in category:&quot;Developer Tools&quot;.</source>
        <translation>le début d&apos;un mot de la valeur, ou la valeur entière entre guillemets, comme dans category:&quot;Developer Tools&quot;.</translation>
    </message>
    <message>
        <source>free or paid.</source>
        <translation>free ou paid.</translation>
    </message>
    <message>
        <source>Expected free or paid after pricing: at character %1, not &quot;%2&quot;.</source>
        <translation>free ou paid attendu après pricing: au caractère %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>a lens, = and ship or skip, as in lens:buyer=skip (the lenses: %1).</source>
        <translation>un prisme, = et ship ou skip, comme dans lens:buyer=skip (les prismes&#xa0;: %1).</translation>
    </message>
    <message>
        <source>At character %1, expected %2</source>
        <translation>Au caractère %1, attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>No lens called &quot;%2&quot; at character %1. The lenses: %3.</source>
        <translation>Aucun prisme nommé «&#xa0;%2&#xa0;» au caractère %1. Les prismes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>a comparison (&lt;, &lt;=, =, &gt;=, &gt;) and a percentage from 0 to 100, as in ship:&gt;=75.</source>
        <translation>une comparaison (&lt;, &lt;=, =, &gt;=, &gt;) et un pourcentage de 0 à 100, comme dans ship:&gt;=75.</translation>
    </message>
    <message>
        <source>none, or a comparison (&lt;, &lt;=, =, &gt;=, &gt;) and a number of votes, as in votes:&gt;=10.</source>
        <translation>none, ou une comparaison (&lt;, &lt;=, =, &gt;=, &gt;) et un nombre de votes, comme dans votes:&gt;=10.</translation>
    </message>
    <message>
        <source>none in this catalog</source>
        <translation>aucun dans ce catalogue</translation>
    </message>
</context>
<context>
    <name>sos::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>https://feeds.example.com/team/</source>
        <translation>https://flux.example.com/equipe/</translation>
    </message>
    <message>
        <source>Feed &amp;URL:</source>
        <translation>&amp;URL du flux&#xa0;:</translation>
    </message>
    <message>
        <source>A token is stored in the keychain; type to replace it</source>
        <translation>Un jeton est enregistré dans le trousseau&#x202f;; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>Optional: needed to vote and publish</source>
        <translation>Facultatif&#xa0;: nécessaire pour voter et publier</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sync when ShipOrSkip starts</source>
        <translation>&amp;Synchroniser au démarrage de ShipOrSkip</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation>Langue et thème</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language shows the next time ShipOrSkip starts.</source>
        <translation>Une nouvelle langue s&apos;affiche au prochain démarrage de ShipOrSkip.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Applies at once; Cancel brings the previous theme back</source>
        <translation>S&apos;applique aussitôt&#x202f;; Annuler rétablit le thème précédent</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Thè&amp;me&#xa0;:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: feed “%1”, format version %2.</source>
        <translation>Connecté&#xa0;: flux «&#xa0;%1&#xa0;», format en version %2.</translation>
    </message>
    <message>
        <source>Reached the server; it has no health check (a static feed is fine).</source>
        <translation>Serveur atteint&#x202f;; il n&apos;a pas de contrôle d&apos;état (c&apos;est normal pour un flux statique).</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <source>%1

Keep the token for this session only? It is never written to a file; you will enter it again after a restart.</source>
        <translation>%1

Garder le jeton pour cette session seulement&#x202f;? Il n&apos;est jamais écrit dans un fichier&#x202f;; vous le saisirez à nouveau après un redémarrage.</translation>
    </message>
    <message>
        <source>Sync in the &amp;background while ShipOrSkip runs</source>
        <translation>Synchroniser en &amp;arrière-plan pendant que ShipOrSkip tourne</translation>
    </message>
    <message>
        <source>Hours between background syncs</source>
        <translation>Heures entre les synchronisations en arrière-plan</translation>
    </message>
    <message>
        <source>Hours bet&amp;ween syncs:</source>
        <translation>Heures &amp;entre les synchronisations&#xa0;:</translation>
    </message>
    <message>
        <source>The background sync also runs when ShipOrSkip starts if the last sync is older than that. “Sync when ShipOrSkip starts” syncs at every start, however recent the last sync.</source>
        <translation>La synchronisation en arrière-plan a aussi lieu au démarrage de ShipOrSkip si la dernière est plus ancienne que cela. «&#xa0;Synchroniser au démarrage de ShipOrSkip&#xa0;» synchronise à chaque démarrage, aussi récente que soit la dernière synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Notify me when a sync changes a tool or comparison I watch</source>
        <translation>&amp;Me prévenir quand une synchronisation change un outil ou un comparatif que je suis</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days the change log keeps a sync&apos;s changes</source>
        <translation>Jours pendant lesquels le journal garde les changements d&apos;une synchronisation</translation>
    </message>
    <message>
        <source>&amp;Keep changes for:</source>
        <translation>&amp;Garder les changements pendant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>sos::ShortcutsDialog</name>
    <message>
        <source>Other keys</source>
        <translation>Autres touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every command with its shortcut and the keys that reach it through the menus</source>
        <translation>Chaque commande avec son raccourci et les touches qui y mènent par les menus</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Through the menu</source>
        <translation>Par le menu</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>Tools whose name, tagline, description or reviews hold words starting with each of these (all of them).</source>
        <translation>Les outils dont le nom, l&apos;accroche, la description ou les avis contiennent des mots commençant par chacun de ceux-ci (tous).</translation>
    </message>
    <message>
        <source>These words together, in this order.</source>
        <translation>Ces mots ensemble, dans cet ordre.</translation>
    </message>
    <message>
        <source>Leaves out the tools that match the term after the minus sign.</source>
        <translation>Exclut les outils qui correspondent au terme après le signe moins.</translation>
    </message>
    <message>
        <source>Either term. OR is written in capitals; terms without it must all match.</source>
        <translation>L&apos;un ou l&apos;autre terme. OR s&apos;écrit en majuscules&#xa0;; les termes sans OR doivent tous correspondre.</translation>
    </message>
    <message>
        <source>Parentheses group terms.</source>
        <translation>Les parenthèses regroupent des termes.</translation>
    </message>
    <message>
        <source>A word of the name only.</source>
        <translation>Un mot du nom seulement.</translation>
    </message>
    <message>
        <source>The start of a word of the vendor, category, license or deployment. Quote the whole value to match it exactly: license:&quot;MIT&quot;.</source>
        <translation>Le début d&apos;un mot de l&apos;éditeur, de la catégorie, de la licence ou du déploiement. Mettez la valeur entière entre guillemets pour la trouver exactement&#xa0;: license:&quot;MIT&quot;.</translation>
    </message>
    <message>
        <source>Free or paid.</source>
        <translation>free ou paid.</translation>
    </message>
    <message>
        <source>A lens&apos;s verdict, ship or skip. The lenses: dx (developer experience), skeptic, futurist, buyer, or a lens id.</source>
        <translation>Le verdict d&apos;un prisme, ship ou skip. Les prismes&#xa0;: dx (expérience développeur), skeptic, futurist, buyer, ou un identifiant de prisme.</translation>
    </message>
    <message>
        <source>The panel&apos;s share of ship verdicts in percent, with &lt;, &lt;=, =, &gt;= or &gt;. Tools without reviews have no share.</source>
        <translation>La part de verdicts ship du panel, en pourcentage, avec &lt;, &lt;=, =, &gt;= ou &gt;. Les outils sans avis n&apos;ont pas de part.</translation>
    </message>
    <message>
        <source>The community&apos;s votes for the tool.</source>
        <translation>Les votes de la communauté pour l&apos;outil.</translation>
    </message>
    <message>
        <source>The search field reads words, and terms that ask for more. The facets beside the table apply as well. The search field completes field names and values; a query it cannot read is explained beside the field, and its words are searched meanwhile.</source>
        <translation>Le champ de recherche lit des mots, et des termes qui en demandent davantage. Les filtres à côté du tableau s&apos;appliquent aussi. Le champ de recherche complète les noms de champ et les valeurs&#xa0;; une requête qu&apos;il ne peut pas lire est expliquée à côté du champ, et ses mots sont recherchés en attendant.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts and Search Syntax</source>
        <translation>Raccourcis clavier et syntaxe de recherche</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Rubriques d&apos;aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Clavier</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Syntaxe de recherche</translation>
    </message>
</context>
<context>
    <name>sos::ShortlistPanel</name>
    <message>
        <source>Shortlist</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Put tools aside to compare with %1 or the table&apos;s context menu.</source>
        <translation>Mettez des outils de côté pour les comparer, avec %1 ou le menu contextuel du tableau.</translation>
    </message>
    <message>
        <source>Compare Shortlist</source>
        <translation>Comparer la présélection</translation>
    </message>
    <message>
        <source>&amp;Remove from Shortlist</source>
        <translation>&amp;Retirer de la présélection</translation>
    </message>
    <message>
        <source>Show in the Catalog</source>
        <translation>Afficher dans le catalogue</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Compare the first %1 tools of the shortlist side by side</source>
        <translation>Comparer côte à côte les %1 premiers outils de la présélection</translation>
    </message>
    <message>
        <source>Compare the tools of the shortlist side by side</source>
        <translation>Comparer côte à côte les outils de la présélection</translation>
    </message>
    <message>
        <source>Took %1 off the shortlist.</source>
        <translation>%1 retiré de la présélection.</translation>
    </message>
</context>
<context>
    <name>sos::Store</name>
    <message>
        <source>The feed refers to a %1 &quot;%2&quot; that it does not define</source>
        <extracomment>%1 is the kind of record as the feed names it (lens, tool, comparison), %2 its id</extracomment>
        <translation>Le flux fait référence à un élément %1 «&#xa0;%2&#xa0;» qu&apos;il ne définit pas</translation>
    </message>
    <message>
        <source>The bundled catalog is missing from this build.</source>
        <translation>Le catalogue fourni manque dans cette version.</translation>
    </message>
    <message>
        <source>The bundled catalog is invalid: %1</source>
        <translation>Le catalogue fourni n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no comparison &quot;%1&quot; to vote in.</source>
        <translation>Il n&apos;y a pas de comparatif «&#xa0;%1&#xa0;» dans lequel voter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the tools of this comparison.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des outils de ce comparatif.</translation>
    </message>
    <message>
        <source>%1 Moving it aside to %2 failed too; nothing was changed. Move or delete it yourself.</source>
        <translation>%1 La mettre de côté sous %2 a aussi échoué&#x202f;; rien n&apos;a été modifié. Déplacez-la ou supprimez-la vous-même.</translation>
    </message>
    <message>
        <source>%1 It was kept aside, untouched, as %2, and a new store was made from the bundled catalog. A sync brings back the rest of the feed; your own votes and drafts stay in the kept file.</source>
        <translation>%1 Elle a été mise de côté, intacte, sous le nom %2, et une nouvelle base a été créée à partir du catalogue fourni. Une synchronisation rapatrie le reste du flux&#x202f;; vos propres votes et brouillons restent dans le fichier conservé.</translation>
    </message>
</context>
<context>
    <name>sos::SyncApply</name>
    <message>
        <source>The table %1 is missing from the store.</source>
        <translation>La table %1 manque dans la base.</translation>
    </message>
    <message>
        <source>There is no sync to finish.</source>
        <translation>Aucune synchronisation à terminer.</translation>
    </message>
    <message>
        <source>A record kept for later in the sync is damaged (%1); the next sync starts over.</source>
        <translation>Un enregistrement mis de côté pendant la synchronisation est endommagé (%1) ; la prochaine synchronisation reprendra depuis le début.</translation>
    </message>
    <message>
        <source>The catalog a sync replaced earlier is still being cleared; try again in a moment.</source>
        <translation>Le catalogue remplacé par une synchronisation précédente est encore en cours de nettoyage ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Clearing away the catalog the sync replaced…</source>
        <translation>Nettoyage du catalogue remplacé par la synchronisation…</translation>
    </message>
    <message>
        <source>Indexing for search… %1%</source>
        <translation>Indexation pour la recherche… %1 %</translation>
    </message>
    <message>
        <source>Giving unused space back to the disk…</source>
        <translation>Restitution de l’espace inutilisé au disque…</translation>
    </message>
    <message>
        <source>Could not give unused space back to the disk: %1</source>
        <translation>Impossible de restituer l’espace inutilisé au disque : %1</translation>
    </message>
    <message>
        <source>There is no sync to publish.</source>
        <translation>Il n&apos;y a pas de synchronisation à publier.</translation>
    </message>
</context>
<context>
    <name>sos::SyncController</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Send your votes to the feed and bring its changes in</source>
        <translation>Envoyer vos votes au flux et en rapatrier les changements</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>The feed and its token, the language and the theme</source>
        <translation>Le flux et son jeton, la langue et le thème</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The last sync could not reach the feed; you are browsing the local copy.</source>
        <translation>La dernière synchronisation n&apos;a pas pu joindre le flux&#x202f;; vous consultez la copie locale.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Last sync %1 from %2</source>
        <translation>Dernière synchronisation le %1 depuis %2</translation>
    </message>
    <message>
        <source>Never synced: showing the bundled catalog</source>
        <translation>Jamais synchronisé&#xa0;: affichage du catalogue fourni</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>Synchronisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1 Your local data is unchanged.</source>
        <translation>Échec de la synchronisation&#xa0;: %1 Vos données locales sont intactes.</translation>
    </message>
    <message>
        <source>Stop the sync (%1); your local data stays as it was before it.</source>
        <translation>Arrêter la synchronisation (%1) ; vos données locales restent telles qu’elles étaient avant.</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Starting the sync…</source>
        <translation>Démarrage de la synchronisation…</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Annulation de la synchronisation…</translation>
    </message>
    <message>
        <source>The catalog was updated, but the search index could not be completed: %1 Searches find the new tools by name until the next sync completes it.</source>
        <translation>Le catalogue a été mis à jour, mais l’index de recherche n’a pas pu être terminé : %1 Les recherches trouvent les nouveaux outils par leur nom jusqu’à ce que la prochaine synchronisation le termine.</translation>
    </message>
    <message>
        <source>Starting the background sync…</source>
        <translation>Démarrage de la synchronisation en arrière-plan…</translation>
    </message>
    <message>
        <source>The background sync was cancelled; the next one is at %1.</source>
        <translation>La synchronisation en arrière-plan a été annulée&#x202f;; la prochaine a lieu à %1.</translation>
    </message>
    <message>
        <source>The background sync updated the catalog but could not complete the search index; searches find the new tools by name until the next sync, at %1. %2</source>
        <translation>La synchronisation en arrière-plan a mis à jour le catalogue mais n&apos;a pas pu terminer l&apos;index de recherche&#x202f;; les recherches trouvent les nouveaux outils par leur nom jusqu&apos;à la prochaine synchronisation, à %1. %2</translation>
    </message>
    <message>
        <source>The background sync failed; your local data is unchanged, and it tries again at %1. %2</source>
        <translation>La synchronisation en arrière-plan a échoué&#x202f;; vos données locales sont intactes, et elle réessaie à %1. %2</translation>
    </message>
    <message>
        <source>Synced in the background: %1</source>
        <translation>Synchronisé en arrière-plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another sync of this store is running; the background sync waits for it and tries again at %1.</source>
        <translation>Une autre synchronisation de cette base est en cours&#x202f;; la synchronisation en arrière-plan l&apos;attend et réessaie à %1.</translation>
    </message>
</context>
<context>
    <name>sos::SyncEngine</name>
    <message>
        <source>Feed unchanged.</source>
        <translation>Flux inchangé.</translation>
    </message>
    <message>
        <source>%L1 added, %L2 updated, %L3 deleted.</source>
        <translation>Ajouts&#xa0;: %L1, mises à jour&#xa0;: %L2, suppressions&#xa0;: %L3.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) pushed.</source>
        <translation>
            <numerusform>%n vote envoyé.</numerusform>
            <numerusform>%n votes envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) refused by the feed.</source>
        <translation>
            <numerusform>%n vote refusé par le flux.</numerusform>
            <numerusform>%n votes refusés par le flux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) still waiting to be sent.</source>
        <translation>
            <numerusform>%n vote encore en attente d&apos;envoi.</numerusform>
            <numerusform>%n votes encore en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your votes wait for a token.</source>
        <translation>Vos votes attendent un jeton.</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) published.</source>
        <translation>
            <numerusform>%n fiche publiée.</numerusform>
            <numerusform>%n fiches publiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) refused.</source>
        <translation>
            <numerusform>%n fiche refusée.</numerusform>
            <numerusform>%n fiches refusées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) still queued.</source>
        <translation>
            <numerusform>%n fiche encore en attente.</numerusform>
            <numerusform>%n fiches encore en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed address: use an http:// or https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de flux&#xa0;: utilisez une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>Refusing to send the feed token over plain http to %1: use https:// (plain http is only allowed to this machine&apos;s loopback address).</source>
        <translation>Envoi du jeton du flux en http simple vers %1 refusé&#xa0;: utilisez https:// (le http simple n&apos;est permis que vers l&apos;adresse de bouclage de cette machine).</translation>
    </message>
    <message>
        <source>The sync was cancelled; nothing changed, and the next sync resumes.</source>
        <translation>La synchronisation a été annulée&#x202f;; rien n&apos;a changé, et la prochaine synchronisation reprendra.</translation>
    </message>
    <message>
        <source>The sync was cancelled; queued scorecards stay queued.</source>
        <translation>La synchronisation a été annulée&#x202f;; les fiches en attente le restent.</translation>
    </message>
    <message>
        <source>Publishing a scorecard…</source>
        <translation>Publication d&apos;une fiche…</translation>
    </message>
    <message>
        <source>Sending your vote in %1…</source>
        <translation>Envoi de votre vote dans %1…</translation>
    </message>
    <message>
        <source>The sync was cancelled; your vote stays in the outbox.</source>
        <translation>La synchronisation a été annulée&#x202f;; votre vote reste dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The feed refused the token (%1). Check it in the settings.</source>
        <translation>Le flux a refusé le jeton (%1). Vérifiez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>The feed has more than %1 pages; this looks like a loop.</source>
        <translation>Le flux a plus de %1 pages&#x202f;; cela ressemble à une boucle.</translation>
    </message>
    <message>
        <source>Fetching page %L1…</source>
        <translation>Récupération de la page %L1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Page %1 of the feed is not valid: %2</source>
        <translation>La page %1 du flux n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The feed&apos;s next page is on another server (%1); it is not followed.</source>
        <translation>La page suivante du flux est sur un autre serveur (%1)&#x202f;; elle n&apos;est pas suivie.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n page(s)…</source>
        <translation>
            <numerusform>Application de %n page…</numerusform>
            <numerusform>Application de %n pages…</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed could not be applied, and nothing changed: %1</source>
        <translation>Le flux n&apos;a pas pu être appliqué, et rien n&apos;a changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of the feed came as &quot;%2&quot;, not as JSON: is the feed&apos;s address right?</source>
        <translation>La page %1 du flux est arrivée en «&#xa0;%2&#xa0;», pas en JSON&#xa0;: l&apos;adresse du flux est-elle la bonne&#x202f;?</translation>
    </message>
    <message>
        <source>Another sync of this store is running (process %1); this one did not start. Try again when it has finished.</source>
        <translation>Une autre synchronisation de cette base est en cours (processus %1) ; celle-ci n’a pas démarré. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Page %1 could not be written, and nothing changed: %2</source>
        <translation>La page %1 n’a pas pu être écrite, et rien n’a changé : %2</translation>
    </message>
    <message>
        <source>Preparing the store for the feed&apos;s pages…</source>
        <translation>Préparation de la base pour les pages du flux…</translation>
    </message>
    <message>
        <source>Making the catalog&apos;s figures…</source>
        <translation>Calcul des chiffres du catalogue…</translation>
    </message>
    <message>
        <source>Publishing %L1 records…</source>
        <translation>Publication de %L1 enregistrements…</translation>
    </message>
    <message>
        <source>The sync&apos;s progress is missing from the store; the next sync starts over.</source>
        <translation>L’avancement de la synchronisation manque dans la base ; la prochaine synchronisation reprendra depuis le début.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to what you watch, of %1 in the change log.</source>
        <translation>
            <numerusform>%n changement sur ce que vous suivez, sur %1 dans le journal des changements.</numerusform>
            <numerusform>%n changements sur ce que vous suivez, sur %1 dans le journal des changements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the change log.</source>
        <translation>
            <numerusform>%n changement dans le journal des changements.</numerusform>
            <numerusform>%n changements dans le journal des changements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::TextMatch</name>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Vouliez-vous dire&#xa0;: %1&#x202f;?</translation>
    </message>
</context>
<context>
    <name>sos::TokenStore</name>
    <message>
        <source>The system keychain is not available (%1). Start your desktop&apos;s secret service (for example gnome-keyring), or keep the token for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Démarrez le service de secrets de votre bureau (par exemple gnome-keyring), ou gardez le jeton pour cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain refused access to the feed token.</source>
        <translation>Le trousseau a refusé l&apos;accès au jeton du flux.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Erreur du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sos::ToolDetailsView</name>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a tool to see its details.</source>
        <translation>Sélectionnez un outil pour voir ses détails.</translation>
    </message>
    <message>
        <source>Write a scorecard for this tool in the editor pane (%1)</source>
        <translation>Rédiger une fiche pour cet outil dans le panneau d&apos;édition (%1)</translation>
    </message>
    <message>
        <source>Reviewer split</source>
        <translation>Avis des évaluateurs</translation>
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
        <translation>Adoption (panel)&#xa0;: %1
Communauté&#xa0;: %2
Tarif&#xa0;: %3
Licence&#xa0;: %4
Déploiement&#xa0;: %5
Paramètres&#xa0;: %6</translation>
    </message>
    <message>
        <source>Pricing read: %1</source>
        <translation>Lecture tarifaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Aucun avis pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Compared in:
%1</source>
        <translation>Comparé dans&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Tool details</source>
        <translation>Détails de l&apos;outil</translation>
    </message>
    <message>
        <source>&amp;Draft a Scorecard…</source>
        <translation>Rédi&amp;ger une fiche…</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>You watch this tool: its changes come first in What Changed. Click or press %1 to stop.</source>
        <translation>Vous suivez cet outil : ses changements viennent en premier dans Ce qui a changé. Cliquez ou appuyez sur %1 pour arrêter.</translation>
    </message>
    <message>
        <source>Watch this tool: its changes come first in What Changed, and a sync that changes it tells you (%1).</source>
        <translation>Suivre cet outil : ses changements viennent en premier dans Ce qui a changé, et une synchronisation qui le change vous le dit (%1).</translation>
    </message>
    <message>
        <source>Watching this tool</source>
        <translation>Outil suivi</translation>
    </message>
    <message>
        <source>Watch this tool</source>
        <translation>Suivre cet outil</translation>
    </message>
    <message>
        <source>On the Shortlist</source>
        <translation>Dans la présélection</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Présélectionner</translation>
    </message>
    <message>
        <source>This tool is on your shortlist: click to take it off.</source>
        <translation>Cet outil est dans votre présélection&#xa0;: cliquez pour l&apos;en retirer.</translation>
    </message>
    <message>
        <source>Add this tool to your shortlist, to compare it later (%1)</source>
        <translation>Ajouter cet outil à votre présélection, pour le comparer plus tard (%1)</translation>
    </message>
    <message>
        <source>On the shortlist</source>
        <translation>Dans la présélection</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>Ajouter à la présélection</translation>
    </message>
</context>
<context>
    <name>sos::ToolTableModel</name>
    <message>
        <source>Reviewers saying ship: %L1 of %L2</source>
        <translation>Évaluateurs pour l&apos;adoption&#xa0;: %L1 sur %L2</translation>
    </message>
    <message>
        <source>Community votes for this tool: %L1 of %L2</source>
        <translation>Votes de la communauté pour cet outil&#xa0;: %L1 sur %L2</translation>
    </message>
    <message>
        <source>No community votes yet</source>
        <translation>Pas encore de vote de la communauté</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Panel ship</source>
        <translation>Adoption (panel)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Found in a review: %1</source>
        <translation>Trouvé dans un avis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sos::Verdict</name>
    <message>
        <source>Ship</source>
        <translation>Adopter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Écarter</translation>
    </message>
</context>
<context>
    <name>sos::VoteState</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
</context>
<context>
    <name>sos::WhatChangedPanel</name>
    <message>
        <source>Show &amp;all kept changes</source>
        <translation>Afficher &amp;tous les changements gardés</translation>
    </message>
    <message>
        <source>Also list the changes you have already seen, as far back as the store keeps them</source>
        <translation>Lister aussi les changements déjà vus, aussi loin que la base les garde</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected change&apos;s tool or comparison (Enter or double-click)</source>
        <translation>Ouvrir l&apos;outil ou le comparatif du changement sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Mark All Seen</source>
        <translation>&amp;Tout marquer comme vu</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Sync of %1</source>
        <translation>Synchronisation du %1</translation>
    </message>
    <message>
        <source>On what you watch: %1</source>
        <translation>Sur ce que vous suivez&#xa0;: %1</translation>
    </message>
    <message>
        <source>No changes are recorded yet. A feed&apos;s first sync is where the record starts; its next syncs add what they change.</source>
        <translation>Aucun changement n&apos;est encore enregistré. La première synchronisation d&apos;un flux est le point de départ&#x202f;; les suivantes ajoutent ce qu&apos;elles changent.</translation>
    </message>
    <message>
        <source>Nothing changed since you last looked.</source>
        <translation>Rien n&apos;a changé depuis votre dernier passage.</translation>
    </message>
    <message>
        <source>Every change kept from the last %1 days. Unseen: %2, in bold.</source>
        <translation>Tous les changements gardés sur les %1 derniers jours. Non vus&#xa0;: %2, en gras.</translation>
    </message>
    <message>
        <source>Changes since you last looked: %1. On what you watch: %2, listed first.</source>
        <translation>Changements depuis votre dernier passage&#xa0;: %1. Sur ce que vous suivez&#xa0;: %2, en premier.</translation>
    </message>
    <message>
        <source>The newest %L1 are listed; shiporskip-cli changes lists them all.</source>
        <translation>Les %L1 plus récents sont listés&#x202f;; shiporskip-cli changes les liste tous.</translation>
    </message>
</context>
</TS>
