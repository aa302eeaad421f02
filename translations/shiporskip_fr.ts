<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Choose which AI tool to ship with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: $SHIPORSKIP_DB, else the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write settings in this file instead of the usual place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how long the start took once the catalog is painted, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipOrSkip cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Choose another database with --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::ChartsReportRenderer</name>
    <message>
        <source>Community vote: no votes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community vote: only on published comparisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community vote over time: fewer than two tallies so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::Cli</name>
    <message>
        <source>The database file (default: $SHIPORSKIP_DB, else the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tools matching TEXT (names, taglines, descriptions, reviews).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tools in category C (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Free or Paid tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tools under license L (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on-device, hosted or self-hosted tools (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tools whose panel is unanimous-ship, majority-ship, split, majority-skip or unreviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by name, vendor, category, pricing, panel or community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pricing takes Free or Paid, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verdict takes unanimous-ship, majority-ship, split, majority-skip or unreviewed, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort takes name, vendor, category, pricing, panel or community, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PANEL SHIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMUNITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools listed: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPARISON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOOLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a (not a published comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incl. your pending vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (verdicts differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes one tool or comparison: name, title or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tool named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tool or comparison named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare takes %1 to %2 tools (names or ids), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote takes a comparison (title or id) and one of its tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in &quot;%2&quot;; vote for one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote in &quot;%1&quot;: %2 (%3; the next sync sends it to the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as a self-contained HTML page to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the facts table as CSV to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 or Letter (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the charts out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the full scorecards out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the vote history out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every comparison in the store (with --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all: pdf, html or csv (repeatable; default pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all takes no comparison, and needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes pdf, html or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>export takes one comparison (title or id), or --all --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write: --pdf FILE, --html FILE and/or --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The feed&apos;s URL: a feed server, or a folder written by &quot;feed export&quot; on a web server (default: the last feed synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per page to ask a server for (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which feed? Give its address with --feed URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token from the keychain (%1); syncing the public read side only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: token set --feed URL (the token is read from standard input), or token clear --feed URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token removed from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token stored in the system keychain for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: feed export --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %n page(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List the tools in the catalog, filtered and sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the comparisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one tool or comparison in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two to four tools side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for the tool you would ship with in a comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a comparison report as PDF, HTML or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your votes to a feed and bring its changes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token set|clear --feed URL: keep a feed&apos;s token in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed the token is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed export --out DIR: write the catalog as a static feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per file (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::CommunityShare</name>
    <message>
        <source>%L1% (%L2 of %L3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::ComparisonCharts</name>
    <message>
        <source>Panel verdicts per tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %n reviewer(s) say ship</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %n reviewer(s) say skip</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Community vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2% (%L3, incl. yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2% (%L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict by lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community vote over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vote(s) on %2 UTC</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::ComparisonListModel</name>
    <message numerus="yes">
        <source>%1 — %n community vote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no community votes yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::ComparisonModel</name>
    <message>
        <source>Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no comparison named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison &quot;%1&quot; has fewer than %2 tools left in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice: a comparison needs different tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison takes %1 to %2 tools, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::ComparisonView</name>
    <message>
        <source>Community vote: only on published comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: — (no votes yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: %L1% of the vote (%L2 of %L3)
incl. your vote, pending until the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: %L1% of the vote (%L2 of %L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No panel reviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1% panel ship (%L2 of %L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lenses where the verdicts &amp;differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown comparison &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a scorecard for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry: %1 · License: %2 · Deployment: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d ship with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ I&apos;d ship with %1 (your vote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lens reaches the same verdict on every tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdicts differ on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the verdicts differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed through this lens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes yet. Cast the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes are cast on published comparisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tallies from the feed yet: the line starts with the first sync that brings votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one tally so far: the line needs a second one, from a later sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community vote over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This set of tools is not a published comparison, so there is no community vote to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote: %1. Pending: the next sync sends it to the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote: %1, counted by the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed refused your vote for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not voted in this comparison. One vote per comparison; you can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side-by-side comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::Database</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ShipOrSkip database, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer ShipOrSkip (schema version %2; this one knows up to %3). Update ShipOrSkip, or choose another database with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::DraftListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lens yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 through the %2 lens: %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::Drafts</name>
    <message>
        <source>What you integrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The developer-experience bet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first hands-on run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could make it irrelevant within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bet about the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knock-on effect if it wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early, on time or late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who pays for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What defends its position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship or skip as a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was discarded elsewhere; save it as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the custom lens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose ship or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write at least %n character(s) (%L1 so far).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the scorecard to %n character(s), prompts included (%L1 now).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say who wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ShipOrSkip draft: it does not start with a --- header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s --- header is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line &quot;%1&quot; has no &quot;key: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict must be ship or skip, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown header field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft names no tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::FacetPanel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanimous ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::FeedParser</name>
    <message>
        <source>%1: the field &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 8601 timestamp: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be a whole number of at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must hold only non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be one of %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s &quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is %1 MiB, more than the %2 MiB this version accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ShipOrSkip feed (its &quot;format&quot; is not &quot;shiporskip-feed&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed uses format version %1; this ShipOrSkip reads up to version %2. Update ShipOrSkip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison &quot;%1&quot; must name at least two tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison &quot;%1&quot; names a tool twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s &quot;%1&quot; hold the id &quot;%2&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::HttpJob</name>
    <message>
        <source>The answer from %1 is larger than the %2 MiB allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to another address, which is not followed: point the feed URL at the final address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::MainWindow</name>
    <message>
        <source>ShipOrSkip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tools, taglines and reviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Selected Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tools selected in the table side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Compa&amp;rison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All Open Comparisons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Lenses Where Verdicts Di&amp;ffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard &amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft a Scorecard for the Selected Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ShipOrSkip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Search Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No tool matches. Clear the search and filters with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two to four tools to compare (Ctrl+click or Shift+click in the table), then press %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tool first, then press %1 to draft a scorecard for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ShipOrSkip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShipOrSkip %1&lt;/h3&gt;&lt;p&gt;Compare AI tools side by side: the panel&apos;s verdicts, the pricing read, the reviewer split and the community vote, offline from a local store.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::PanelScore</name>
    <message>
        <source>%L1% (%L2 of %L3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::Pricing</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::Report</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a (not a published comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no votes yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1% (%L2 of %L3, incl. your pending vote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1% (%L2 of %L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected PDF trailer: cannot add the document information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed “%1” (the catalog bundled with the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, published %2. Last successful sync: %3. Generated %4 by ShipOrSkip %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 ship, %L3 skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel verdicts per tool. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict by lens. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community vote. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community vote over time: fewer than two tallies so far, so there is no line to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Community vote over time, from %n tallies.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A published comparison of %n tool(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An ad-hoc comparison of %n tool(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Provenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the lenses disagree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere; every lens reaches the same verdict on every tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free and paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community vote history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has reported no tallies for this comparison yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the verdicts differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed through this lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipOrSkip comparison report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI tool comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShipOrSkip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report came out empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI tools, comparison, procurement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::ReportExporter</name>
    <message>
        <source>Report Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community vote &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a comparison first: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Every Open Comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files exist in %1 and will be replaced:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting comparisons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Exported before this one: %L2 of %L3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %L1 of %n comparison(s) to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::Scorecard</name>
    <message>
        <source>%1 or %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::ScorecardEditor</name>
    <message>
        <source>typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lens change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lens name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft is open.

Select a tool and press %1 (or &quot;Draft a Scorecard&quot; in its details or a comparison column), or pick a draft above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupli&amp;cate Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;scard Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Draft to Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Draft from Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next in Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious in Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My d&amp;rafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scorecard draft with its tool, lens, verdict, state and last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer persona this scorecard judges through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom lens name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your lens, e.g. Security auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: ship it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as readers will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding prompts (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scorecard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard in your own words, plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict and why, in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Find Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scorecard and queue it for the next sync (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lens of my own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer in the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was discarded in another window; what you see was kept as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the draft: %1 It stays on screen; saving is retried in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was changed in another window or app meanwhile. Nothing was overwritten: your version is now a draft of its own, and the other one is still in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft conflict: both versions were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — stored as you type. Publish (%1) when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — the next sync (%1) sends it to the feed. Editing it takes it out of the queue until you publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published — it shows in comparisons after the sync that confirmed it. Duplicate it to write a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed refused this scorecard: %1
Edit it and publish again; nothing was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2 of at most %3 · The panel&apos;s scorecards run %4 to %5 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — as the comparison view will show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already published through the %1 lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: yours would be the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not published yet: %n problem(s) to fix, shown beside their fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scorecard queued: the next sync (%1) publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft duplicated: you are editing the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this draft of a scorecard for %1? Its text is deleted and cannot be brought back; export it to Markdown first to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Draft to Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Draft from Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a draft (over 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a draft for &quot;%2&quot;, a tool this catalog does not have. Sync, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://feeds.example.com/team/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: needed to vote and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync when ShipOrSkip starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time ShipOrSkip starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies at once; Cancel brings the previous theme back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: feed “%1”, format version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the server; it has no health check (a static feed is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Keep the token for this session only? It is never written to a file; you will enter it again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::ShortcutsDialog</name>
    <message>
        <source>Other keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command with its shortcut and the keys that reach it through the menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::Store</name>
    <message>
        <source>The feed refers to a %1 &quot;%2&quot; that it does not define</source>
        <extracomment>%1 is the kind of record as the feed names it (lens, tool, comparison), %2 its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled catalog is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled catalog is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no comparison &quot;%1&quot; to vote in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the tools of this comparison.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::SyncController</name>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your votes to the feed and bring its changes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed and its token, the language and the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync could not reach the feed; you are browsing the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced: showing the bundled catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1 Your local data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::SyncEngine</name>
    <message>
        <source>Feed unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 added, %L2 updated, %L3 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) pushed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) refused by the feed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) still waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your votes wait for a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) published.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) still queued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed address: use an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send the feed token over plain http to %1: use https:// (plain http is only allowed to this machine&apos;s loopback address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled; nothing changed, and the next sync resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled; queued scorecards stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing a scorecard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your vote in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled; your vote stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed refused the token (%1). Check it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has more than %1 pages; this looks like a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching page %L1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the feed is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s next page is on another server (%1); it is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %n page(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A staged page is damaged (%1); the next sync starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed could not be applied, and nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::TokenStore</name>
    <message>
        <source>The system keychain is not available (%1). Start your desktop&apos;s secret service (for example gnome-keyring), or keep the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the feed token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::ToolDetailsView</name>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tool to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a &amp;Scorecard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a scorecard for this tool in the editor pane (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel ship: %1
Community: %2
Pricing: %3
License: %4
Deployment: %5
Parameters: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::ToolTableModel</name>
    <message>
        <source>Reviewers saying ship: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community votes for this tool: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No community votes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::Verdict</name>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sos::VoteState</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
