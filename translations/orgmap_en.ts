<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OrgMap</name>
    <message numerus="yes">
        <location filename="../model/document/quickentryparser.cpp" line="+40"/>
        <source>“%1” names %n entities; rename one first.</source>
        <translation>
            <numerusform>“%1” names %n entities; rename one first.</numerusform>
            <numerusform>“%1” names %n entities; rename one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::Analysis</name>
    <message numerus="yes">
        <location filename="../model/analysis/checkreporttext.cpp" line="+41"/>
        <source>%n error</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n infos</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errors (%n)</numerusform>
            <numerusform>Errors (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnings (%n)</numerusform>
            <numerusform>Warnings (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Infos (%n)</source>
        <translation>
            <numerusform>Infos (%n)</numerusform>
            <numerusform>Infos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n domain</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domains</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n teams</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assets</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n links</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n interaction</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n interactions</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/analysis/findings.cpp" line="+51"/>
        <source>Service %1 has %n cross-domain link (coupling score %2).</source>
        <translation>
            <numerusform>Service %1 has %n cross-domain link (coupling score %2).</numerusform>
            <numerusform>Service %1 has %n cross-domain links (coupling score %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Service %1 has %n cross-domain links (coupling score %2).</source>
        <translation>
            <numerusform>Service %1 has %n cross-domain link (coupling score %2).</numerusform>
            <numerusform>Service %1 has %n cross-domain links (coupling score %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Data product %1 has %n cross-domain link (coupling score %2).</source>
        <translation>
            <numerusform>Data product %1 has %n cross-domain link (coupling score %2).</numerusform>
            <numerusform>Data product %1 has %n cross-domain links (coupling score %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Data product %1 has %n cross-domain links (coupling score %2).</source>
        <translation>
            <numerusform>Data product %1 has %n cross-domain link (coupling score %2).</numerusform>
            <numerusform>Data product %1 has %n cross-domain links (coupling score %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>Team %1 owns assets in %n domains: %2.</source>
        <translation>
            <numerusform>Team %1 owns assets in %n domain: %2.</numerusform>
            <numerusform>Team %1 owns assets in %n domains: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Domain %1 is on a dependency cycle of %n domains: %2.</source>
        <translation>
            <numerusform>Domain %1 is on a dependency cycle of %n domain: %2.</numerusform>
            <numerusform>Domain %1 is on a dependency cycle of %n domains: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::BackstageImport</name>
    <message numerus="yes">
        <location filename="../model/import/backstagemapping.cpp" line="+119"/>
        <source>%n entities of kind %1 not imported</source>
        <translation>
            <numerusform>%n entity of kind %1 not imported</numerusform>
            <numerusform>%n entities of kind %1 not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ChangesDock</name>
    <message numerus="yes">
        <location filename="../widgets/compare/changesdock.cpp" line="+146"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>%1 of %n change shown</numerusform>
            <numerusform>%1 of %n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/diff.cpp" line="+125"/>
        <source>expected diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (as git passes them), got %n argument(s)</source>
        <translation>
            <numerusform>expected diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (as git passes them), got %n argument</numerusform>
            <numerusform>expected diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (as git passes them), got %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/merge.cpp" line="+152"/>
        <source>note: %n conflict(s) left by an earlier merge dropped
</source>
        <translation>
            <numerusform>note: %n conflict left by an earlier merge dropped
</numerusform>
            <numerusform>note: %n conflicts left by an earlier merge dropped
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conflict(s): ours kept, listed in &quot;x-orgmap-conflicts&quot; of %1
</source>
        <translation>
            <numerusform>%n conflict: ours kept, listed in &quot;x-orgmap-conflicts&quot; of %1
</numerusform>
            <numerusform>%n conflicts: ours kept, listed in &quot;x-orgmap-conflicts&quot; of %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareView</name>
    <message numerus="yes">
        <location filename="../widgets/compare/compareview.cpp" line="+331"/>
        <source>&lt;b&gt;Comparing&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n change(s) &amp;nbsp;·&amp;nbsp; &lt;i&gt;read-only&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Comparing&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n change &amp;nbsp;·&amp;nbsp; &lt;i&gt;read-only&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;Comparing&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n changes &amp;nbsp;·&amp;nbsp; &lt;i&gt;read-only&lt;/i&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ConflictsDock</name>
    <message numerus="yes">
        <location filename="../widgets/ui/conflictsdock.cpp" line="+292"/>
        <source>%n conflict(s) left</source>
        <translation>
            <numerusform>%n conflict left</numerusform>
            <numerusform>%n conflicts left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::CouplingHeatMap</name>
    <message numerus="yes">
        <location filename="../widgets/insight/couplingheatmap.cpp" line="+238"/>
        <source>%1 → %2: %n link(s), weight %3</source>
        <translation>
            <numerusform>%1 → %2: %n link, weight %3</numerusform>
            <numerusform>%1 → %2: %n links, weight %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::DashboardWidget</name>
    <message numerus="yes">
        <location filename="../widgets/insight/dashboardwidget.cpp" line="+405"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::Diff</name>
    <message numerus="yes">
        <location filename="../model/diff/diffreporttext.cpp" line="+289"/>
        <source>%n change</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::Document</name>
    <message numerus="yes">
        <location filename="../model/document/document_edits.cpp" line="+193"/>
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Delete %n connection</numerusform>
            <numerusform>Delete %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/document_changes.cpp" line="+167"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::FindingsDock</name>
    <message numerus="yes">
        <location filename="../widgets/insight/findingsdock.cpp" line="+129"/>
        <source>%n shown · %1</source>
        <comment>%1: &quot;2 errors · 14 warnings · 5 infos&quot;</comment>
        <translation>
            <numerusform>%n shown · %1</numerusform>
            <numerusform>%n shown · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../widgets/ui/importreportdialog.cpp" line="+37"/>
        <source>%n line(s) to look at below.</source>
        <translation>
            <numerusform>%n line to look at below.</numerusform>
            <numerusform>%n lines to look at below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::Insight</name>
    <message numerus="yes">
        <location filename="../widgets/insight/severityicons.cpp" line="+112"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow.cpp" line="+171"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow_edit.cpp" line="+26"/>
        <source>Copied %n item(s)</source>
        <translation>
            <numerusform>Copied %n item</numerusform>
            <numerusform>Copied %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Paste %n item</numerusform>
            <numerusform>Paste %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicate %n item</numerusform>
            <numerusform>Duplicate %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+161"/>
        <source>…and %n more problem(s), listed under Show Details.</source>
        <translation>
            <numerusform>…and %n more problem, listed under Show Details.</numerusform>
            <numerusform>…and %n more problems, listed under Show Details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>Exported scenario &quot;%1&quot; to %2; the other %n scenario(s) were not written.</source>
        <translation>
            <numerusform>Exported scenario &quot;%1&quot; to %2; the other %n scenario were not written.</numerusform>
            <numerusform>Exported scenario &quot;%1&quot; to %2; the other %n scenarios were not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::MapFile</name>
    <message numerus="yes">
        <location filename="../model/storage/mapfile.cpp" line="+150"/>
        <source>%1: a JSON file holds one map, and this document has %n scenario(s); save it as .orgmap, or export one scenario</source>
        <translation>
            <numerusform>%1: a JSON file holds one map, and this document has %n scenario; save it as .orgmap, or export one scenario</numerusform>
            <numerusform>%1: a JSON file holds one map, and this document has %n scenarios; save it as .orgmap, or export one scenario</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::MapInfoEditor</name>
    <message numerus="yes">
        <location filename="../widgets/ui/mapinfoeditor.cpp" line="+68"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::MapItems</name>
    <message numerus="yes">
        <location filename="../widgets/canvas/mapoverlays.cpp" line="+309"/>
        <source>and %n more team(s)</source>
        <translation>
            <numerusform>and %n more team</numerusform>
            <numerusform>and %n more teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::MapScene</name>
    <message numerus="yes">
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="+152"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::MetricsPanel</name>
    <message numerus="yes">
        <location filename="../widgets/compare/metricspanel.cpp" line="+361"/>
        <source>Instability of the %n domain(s) that changed most</source>
        <translation>
            <numerusform>Instability of the %n domain that changed most</numerusform>
            <numerusform>Instability of the %n domains that changed most</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::SelectionSummary</name>
    <message numerus="yes">
        <location filename="../widgets/ui/selectionsummary.cpp" line="+63"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::TeamCouplingPanel</name>
    <message numerus="yes">
        <location filename="../widgets/insight/teamcouplingpanel.cpp" line="+95"/>
        <source>%1 ↔ %2 · %n link(s)</source>
        <translation>
            <numerusform>%1 ↔ %2 · %n link</numerusform>
            <numerusform>%1 ↔ %2 · %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::TeamEditor</name>
    <message numerus="yes">
        <location filename="../widgets/ui/teameditor.cpp" line="+71"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewsDock</name>
    <message numerus="yes">
        <location filename="../widgets/ui/present/viewsdock.cpp" line="+101"/>
        <source>%n reveal step(s)</source>
        <translation>
            <numerusform>%n reveal step</numerusform>
            <numerusform>%n reveal steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewsPdf</name>
    <message numerus="yes">
        <location filename="../widgets/canvas/viewspdf.cpp" line="+100"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
