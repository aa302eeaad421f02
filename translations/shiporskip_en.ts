<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>sos::Cli</name>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Exported %n file.</numerusform>
            <numerusform>Exported %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n page(s) to %1</source>
        <translation>
            <numerusform>wrote %n page to %1</numerusform>
            <numerusform>wrote %n pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::ComparisonCharts</name>
    <message numerus="yes">
        <source>%1: %L2 of %n reviewer(s) say ship</source>
        <translation>
            <numerusform>%1: %L2 of %n reviewer says ship</numerusform>
            <numerusform>%1: %L2 of %n reviewers say ship</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %n reviewer(s) say skip</source>
        <translation>
            <numerusform>%1: %L2 of %n reviewer says skip</numerusform>
            <numerusform>%1: %L2 of %n reviewers say skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vote(s) on %2 UTC</source>
        <translation>
            <numerusform>%1: %n vote on %2 UTC</numerusform>
            <numerusform>%1: %n votes on %2 UTC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::ComparisonListModel</name>
    <message numerus="yes">
        <source>%1 — %n community vote(s)</source>
        <translation>
            <numerusform>%1 — %n community vote</numerusform>
            <numerusform>%1 — %n community votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::DraftListModel</name>
    <message numerus="yes">
        <source>%1 through the %2 lens: %n word(s)</source>
        <translation>
            <numerusform>%1 through the %2 lens: %n word</numerusform>
            <numerusform>%1 through the %2 lens: %n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::Drafts</name>
    <message numerus="yes">
        <source>Write at least %n character(s) (%L1 so far).</source>
        <translation>
            <numerusform>Write at least %n character (%L1 so far).</numerusform>
            <numerusform>Write at least %n characters (%L1 so far).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the scorecard to %n character(s), prompts included (%L1 now).</source>
        <translation>
            <numerusform>Keep the scorecard to %n character, prompts included (%L1 now).</numerusform>
            <numerusform>Keep the scorecard to %n characters, prompts included (%L1 now).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::FeedParser</name>
    <message numerus="yes">
        <source>%1: the field &quot;%2&quot; holds %n item(s); at most %L3 are allowed</source>
        <translation>
            <numerusform>%1: the field &quot;%2&quot; holds %n item; at most %L3 are allowed</numerusform>
            <numerusform>%1: the field &quot;%2&quot; holds %n items; at most %L3 are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed&apos;s &quot;%1&quot; hold %n record(s); a section may hold at most %L2</source>
        <translation>
            <numerusform>The feed&apos;s &quot;%1&quot; hold %n record; a section may hold at most %L2</numerusform>
            <numerusform>The feed&apos;s &quot;%1&quot; hold %n records; a section may hold at most %L2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed nests arrays and objects more than %n level(s) deep (at byte %L1)</source>
        <translation>
            <numerusform>The feed nests arrays and objects more than %n level deep (at byte %L1)</numerusform>
            <numerusform>The feed nests arrays and objects more than %n levels deep (at byte %L1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed holds a string of %n byte(s) at byte %L1; a string may have at most %L2 bytes</source>
        <translation>
            <numerusform>The feed holds a string of %n byte at byte %L1; a string may have at most %L2 bytes</numerusform>
            <numerusform>The feed holds a string of %n bytes at byte %L1; a string may have at most %L2 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::MainWindow</name>
    <message numerus="yes">
        <source>Showing %L1 of %Ln tool(s)</source>
        <translation>
            <numerusform>Showing %L1 of %Ln tool</numerusform>
            <numerusform>Showing %L1 of %Ln tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n tool(s) to the shortlist.</source>
        <translation>
            <numerusform>Added %n tool to the shortlist.</numerusform>
            <numerusform>Added %n tools to the shortlist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::Report</name>
    <message numerus="yes">
        <source>Community vote over time, from %n tallies.</source>
        <translation>
            <numerusform>Community vote over time, from %n tally.</numerusform>
            <numerusform>Community vote over time, from %n tallies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A published comparison of %n tool(s).</source>
        <translation>
            <numerusform>A published comparison of %n tool.</numerusform>
            <numerusform>A published comparison of %n tools.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An ad-hoc comparison of %n tool(s).</source>
        <translation>
            <numerusform>An ad-hoc comparison of %n tool.</numerusform>
            <numerusform>An ad-hoc comparison of %n tools.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::ReportExporter</name>
    <message numerus="yes">
        <source>Exported %L1 of %n comparison(s) to %2</source>
        <translation>
            <numerusform>Exported %L1 of %n comparison to %2</numerusform>
            <numerusform>Exported %L1 of %n comparisons to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::SavedSearches</name>
    <message numerus="yes">
        <source>A saved search&apos;s name takes at most %n character(s).</source>
        <translation>
            <numerusform>A saved search&apos;s name takes at most %n character.</numerusform>
            <numerusform>A saved search&apos;s name takes at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::ScorecardEditor</name>
    <message numerus="yes">
        <source>Not published yet: %n problem(s) to fix, shown beside their fields.</source>
        <translation>
            <numerusform>Not published yet: %n problem to fix, shown beside its field.</numerusform>
            <numerusform>Not published yet: %n problems to fix, shown beside their fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sos::SyncEngine</name>
    <message numerus="yes">
        <source>%n vote(s) pushed.</source>
        <translation>
            <numerusform>%n vote pushed.</numerusform>
            <numerusform>%n votes pushed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) refused by the feed.</source>
        <translation>
            <numerusform>%n vote refused by the feed.</numerusform>
            <numerusform>%n votes refused by the feed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) still waiting to be sent.</source>
        <translation>
            <numerusform>%n vote still waiting to be sent.</numerusform>
            <numerusform>%n votes still waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) published.</source>
        <translation>
            <numerusform>%n scorecard published.</numerusform>
            <numerusform>%n scorecards published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) refused.</source>
        <translation>
            <numerusform>%n scorecard refused.</numerusform>
            <numerusform>%n scorecards refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) still queued.</source>
        <translation>
            <numerusform>%n scorecard still queued.</numerusform>
            <numerusform>%n scorecards still queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n page(s)…</source>
        <translation>
            <numerusform>Applying %n page…</numerusform>
            <numerusform>Applying %n pages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to what you watch, of %1 in the change log.</source>
        <translation>
            <numerusform>%n change to what you watch, of %1 in the change log.</numerusform>
            <numerusform>%n changes to what you watch, of %1 in the change log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the change log.</source>
        <translation>
            <numerusform>%n change in the change log.</numerusform>
            <numerusform>%n changes in the change log.</numerusform>
        </translation>
    </message>
</context>
</TS>
