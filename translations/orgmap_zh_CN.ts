<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OrgMap</name>
    <message>
        <location filename="../model/merge/conflictresolution.cpp" line="+81"/>
        <source>The conflict of %1 has no entity to take.</source>
        <translation>%1 的冲突没有可采用的实体。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is no longer in the map.</source>
        <translation>%1 已不在地图中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conflict of %1 is no longer recorded.</source>
        <translation>%1 的冲突已不再有记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taking this value for %1 would make the map invalid: %2</source>
        <translation>为 %1 采用此值会使地图无效：%2</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+36"/>
        <source>No %1 named “%2”.</source>
        <translation>没有名为“%2”的%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“%1” names %n entities; rename one first.</source>
        <translation>
            <numerusform>“%1”指代 %n 个实体；请先重命名其中一个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/compare/comparesubjects.cpp" line="+28"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from no domain</source>
        <translation>原不属于任何领域</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>from %1</source>
        <translation>原属于 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was top-level</source>
        <translation>原为顶层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was: unowned</source>
        <translation>原为：无负责团队</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>was: %1</source>
        <translation>原为：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+45"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Domains</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>交互</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::Analysis</name>
    <message numerus="yes">
        <location filename="../model/analysis/checkreporttext.cpp" line="+41"/>
        <source>%n error</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n infos</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>错误（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>警告（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Infos (%n)</source>
        <translation>
            <numerusform>提示（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n domain</source>
        <translation>
            <numerusform>%n 个领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domains</source>
        <translation>
            <numerusform>%n 个领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n teams</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset</source>
        <translation>
            <numerusform>%n 项资产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assets</source>
        <translation>
            <numerusform>%n 项资产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link</source>
        <translation>
            <numerusform>%n 条连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n links</source>
        <translation>
            <numerusform>%n 条连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n interaction</source>
        <translation>
            <numerusform>%n 项交互</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n interactions</source>
        <translation>
            <numerusform>%n 项交互</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed map)</source>
        <translation>（未命名地图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <location filename="../model/analysis/findings.cpp" line="+22"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hotspots</source>
        <translation>热点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top %1 of %2 hotspots</source>
        <translation>%2 个热点中的前 %1 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cross-domain links</source>
        <translation>跨领域连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betweenness</source>
        <translation>中介中心性</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Betweenness estimated from %1 of %2 source assets.</source>
        <translation>  中介中心性根据 %2 个源资产中的 %1 个估算。</translation>
    </message>
    <message>
        <location filename="../model/analysis/findings.cpp" line="-5"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service %1 has no owning team.</source>
        <translation>服务%1没有负责团队。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product %1 has no owning team.</source>
        <translation>数据产品%1没有负责团队。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service %1 is in no domain.</source>
        <translation>服务%1不属于任何领域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product %1 is in no domain.</source>
        <translation>数据产品%1不属于任何领域。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Service %1 has %n cross-domain link (coupling score %2).</source>
        <translation>
            <numerusform>服务%1有 %n 条跨领域连接（耦合得分 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Service %1 has %n cross-domain links (coupling score %2).</source>
        <translation>
            <numerusform>服务%1有 %n 条跨领域连接（耦合得分 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Data product %1 has %n cross-domain link (coupling score %2).</source>
        <translation>
            <numerusform>数据产品%1有 %n 条跨领域连接（耦合得分 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Data product %1 has %n cross-domain links (coupling score %2).</source>
        <translation>
            <numerusform>数据产品%1有 %n 条跨领域连接（耦合得分 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data product %1 has neither a description nor a tag, so nobody searching for it will find it.</source>
        <translation>数据产品%1既没有描述也没有标签，因此搜索它的人找不到它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no description, so nobody searching for it will find it.</source>
        <translation>数据产品%1没有描述，因此搜索它的人找不到它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product %1 has no tag, so nobody searching for it will find it.</source>
        <translation>数据产品%1没有标签，因此搜索它的人找不到它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data product %1 has neither documentation nor a classification, so others cannot tell how they may reuse it.</source>
        <translation>数据产品%1既没有文档也没有密级，因此他人无法判断可以如何复用它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no documentation, so others cannot tell how to reuse it.</source>
        <translation>数据产品%1没有文档，因此他人无法了解如何复用它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product %1 has no classification, so others cannot tell whether they may reuse it.</source>
        <translation>数据产品%1没有密级，因此他人无法判断是否可以复用它。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data product %1 has no port, so consumers have no way to read it.</source>
        <translation>数据产品%1没有端口，因此使用方无法读取它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no contract, so consumers cannot rely on its schema and terms.</source>
        <translation>数据产品%1没有契约，因此使用方无法依赖其模式和条款。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Data product %1 is consumed by no asset: no link leads to it.</source>
        <translation>数据产品%1未被任何资产使用：没有指向它的连接。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Team %1 owns no asset and no domain.</source>
        <translation>团队%1不负责任何资产或领域。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Team %1 owns assets in %n domains: %2.</source>
        <translation>
            <numerusform>团队%1负责的资产分布在 %n 个领域中：%2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Domain %1 contains no asset, neither directly nor in a subdomain.</source>
        <translation>领域%1不包含任何资产，无论是直接包含还是在子领域中。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Domain %1 is on a dependency cycle of %n domains: %2.</source>
        <translation>
            <numerusform>领域%1处于由 %n 个领域构成的依赖循环中：%2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/analysis/sarifreport.cpp" line="+46"/>
        <source>An asset has no owning team.</source>
        <translation>资产没有负责团队。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An asset is in no domain.</source>
        <translation>资产不属于任何领域。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product is consumed by no asset.</source>
        <translation>数据产品未被任何资产使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team owns no asset and no domain.</source>
        <translation>团队不负责任何资产或领域。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A domain contains no asset.</source>
        <translation>领域不包含任何资产。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team owns assets in many domains.</source>
        <translation>团队负责的资产分布在多个领域中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains depend on each other in a cycle.</source>
        <translation>领域之间存在循环依赖。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An asset has many cross-domain links.</source>
        <translation>资产有大量跨领域连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no description or no tag.</source>
        <translation>数据产品缺少描述或标签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no port.</source>
        <translation>数据产品没有端口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no contract.</source>
        <translation>数据产品没有契约。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no documentation or no classification.</source>
        <translation>数据产品缺少文档或密级。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody is accountable for an asset without an owner, so its incidents and changes have no one to go to.</source>
        <translation>没有负责团队的资产无人负责，其事故和变更找不到责任人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An asset outside every domain belongs to no bounded context, so its language and boundaries are nobody&apos;s to keep.</source>
        <translation>不属于任何领域的资产不属于任何限界上下文，其语言和边界无人维护。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A data product that nothing consumes costs upkeep without delivering value, or its consumers are missing from the map.</source>
        <translation>无人使用的数据产品只耗费维护成本而不产生价值，或者地图上缺少它的使用方。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team that owns nothing on the map is either missing its ownership or no longer needed.</source>
        <translation>在地图上不负责任何内容的团队，要么缺少负责关系，要么已不再需要。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A domain without assets is a boundary drawn around nothing, or its assets are placed elsewhere.</source>
        <translation>没有资产的领域是一条空无一物的边界，或者它的资产被放在了别处。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team spread over many domains must keep several models in mind, which slows it and blurs ownership.</source>
        <translation>分散在多个领域的团队必须同时记住多个模型，这会拖慢团队并模糊负责关系。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains that depend on each other in a cycle cannot change or ship independently.</source>
        <translation>相互循环依赖的领域无法独立变更或发布。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An asset with many cross-domain links couples domains tightly, so a change to it ripples through all of them.</source>
        <translation>拥有大量跨领域连接的资产使领域紧密耦合，对它的任何变更都会波及所有这些领域。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a description and tags, consumers searching for data cannot find the data product.</source>
        <translation>没有描述和标签，搜索数据的使用方就找不到该数据产品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a port, consumers have no defined way to read the data product.</source>
        <translation>没有端口，使用方就没有既定的方式读取该数据产品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a contract, consumers cannot rely on the data product&apos;s schema and terms.</source>
        <translation>没有契约，使用方就无法依赖该数据产品的模式和条款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without documentation and a classification, others cannot tell how and whether they may reuse the data product.</source>
        <translation>没有文档和密级，他人就无法判断可以如何复用以及是否可以复用该数据产品。</translation>
    </message>
</context>
<context>
    <name>OrgMap::AssetEditor</name>
    <message>
        <location filename="../widgets/ui/asseteditor.cpp" line="+33"/>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product</source>
        <translation>数据产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;omain:</source>
        <translation>领域(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>负责团队(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma, separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL or path</source>
        <translation>URL 或路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract:</source>
        <translation>契约(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL or path of the schema</source>
        <translation>模式的 URL 或路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification:</source>
        <translation>密级(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unspecified)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Add port</source>
        <translation>添加端口</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+70"/>
        <source>Remove port</source>
        <translation>移除端口</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Ports:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename asset</source>
        <translation>重命名资产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit documentation link</source>
        <translation>编辑文档链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit contract</source>
        <translation>编辑契约</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit asset description</source>
        <translation>编辑资产描述</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change asset kind</source>
        <translation>更改资产类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change classification</source>
        <translation>更改密级</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Edit ports</source>
        <translation>编辑端口</translation>
    </message>
</context>
<context>
    <name>OrgMap::BackstageImport</name>
    <message>
        <location filename="../model/import/backstagecatalog.cpp" line="+61"/>
        <source>%1: no such file or folder</source>
        <translation>%1：没有此文件或文件夹</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2): a URL, not fetched</source>
        <translation>%1（%2）：是 URL，未获取</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): does not exist</source>
        <translation>%1（%2）：不存在</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: not valid YAML: %2</source>
        <translation>%1：不是有效的 YAML：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not an entity (a mapping with apiVersion, kind and metadata)</source>
        <translation>%1：不是实体（包含 apiVersion、kind 和 metadata 的映射）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: entity without %2</source>
        <translation>%1：实体缺少 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: entity without metadata.name</source>
        <translation>%1：实体缺少 metadata.name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: metadata.name &quot;%2&quot; is not a valid entity name (letters, digits, -, _ and ., at most 63)</source>
        <translation>%1：metadata.name“%2”不是有效的实体名称（字母、数字、-、_ 和 .，最多 63 个字符）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: metadata.namespace &quot;%2&quot; is not a valid namespace</source>
        <translation>%1：metadata.namespace“%2”不是有效的命名空间</translation>
    </message>
    <message>
        <location filename="../model/import/backstagemapping.cpp" line="+71"/>
        <source>%1 at %2:%3 replaces the one at %4:%5</source>
        <translation>位于 %2:%3 的 %1 取代了位于 %4:%5 的同名实体</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n entities of kind %1 not imported</source>
        <translation>
            <numerusform>%n 个类型为 %1 的实体未导入</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage catalog</source>
        <translation>Backstage 目录</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is owned by %2, a user: left unowned</source>
        <translation>%1 的负责者 %2 是用户：保留为无负责团队</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: owner %2 is not a group</source>
        <translation>%1：负责者 %2 不是 group</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: team for %2, owner of %3, not in the catalog</source>
        <translation>%1：%3 的负责者 %2 对应的团队不在目录中</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 %3 is neither a system nor a domain</source>
        <translation>%1：%2 %3 既不是 system 也不是 domain</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: domain for %2, %3 of %4, not in the catalog</source>
        <translation>%1：%2（%4 的 %3）对应的领域不在目录中</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: parent %2 would make a cycle: left at top level</source>
        <translation>%1：上级 %2 会形成循环：保留在顶层</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: a group of type %2 that owns nothing imported</source>
        <translation>%1：类型为 %2 的 group 不负责任何已导入的内容</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: orgmap/team-type &quot;%2&quot; is not one of %3</source>
        <translation>%1：orgmap/team-type“%2”不属于 %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: consumesApis %2 is not an API in the catalog</source>
        <translation>%1：consumesApis %2 不是目录中的 API</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: consumesApis %2, which nothing provides</source>
        <translation>%1：consumesApis %2 没有任何实体提供</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: dependsOn %2 is not a component or resource in the catalog</source>
        <translation>%1：dependsOn %2 不是目录中的 component 或 resource</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: dependencyOf %2 is not a component or resource in the catalog</source>
        <translation>%1：dependencyOf %2 不是目录中的 component 或 resource</translation>
    </message>
</context>
<context>
    <name>OrgMap::ChangesDock</name>
    <message>
        <location filename="../widgets/compare/changesdock.cpp" line="+36"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 个中的 %2 个）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter changes (name, id, field)</source>
        <translation>筛选更改（名称、ID、字段）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Map changed</source>
        <translation>地图已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>显示 %n 项更改中的 %1 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::Cli</name>
    <message>
        <location filename="../app/cli/diff.cpp" line="+71"/>
        <source>new file: compared with an empty map</source>
        <translation>新文件：与空地图比较</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted file: compared with an empty map</source>
        <translation>已删除的文件：与空地图比较</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format 必须是 text 或 json，而不是“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>orgmap diff %1: unmerged, nothing to compare
</source>
        <translation>orgmap diff %1：未合并，无可比较内容
</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>expected diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (as git passes them), got %n argument(s)</source>
        <translation>
            <numerusform>应为 diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE（即 git 传入的参数），实际为 %n 个参数</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+25"/>
        <source>expected %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;</source>
        <translation>--%1 需要不小于 %2 的整数，而不是“%3”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/generate.cpp" line="+24"/>
        <source>generate needs --assets N</source>
        <translation>generate 需要 --assets N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--assets: at most %1 assets can be generated, not %2</source>
        <translation>--assets：最多可生成 %1 项资产，而不是 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--seed needs a whole number, not &quot;%1&quot;</source>
        <translation>--seed 需要整数，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+17"/>
        <source>Usage: orgmap-cli COMMAND [OPTIONS]

Commands:
  check MAP [--policy FILE] [--format text|json|sarif] [--hotspot-threshold N]
        [--scenario NAME]
        Analyse a map: orphaned assets, coupling hotspots, domain cycles;
        with a policy, its severities, thresholds and FAIR rules.
        Exit status 0: no finding at the policy&apos;s failOn (default: error)
        or above; 1: at least one; 2: unusable map or policy.
  convert IN OUT [--scenario NAME]
        Convert between .orgmap (SQLite) and .orgmap.json, or export to
        .graphml (yEd, Gephi, NetworkX), .dot/.gv (Graphviz) or .mmd
        (Mermaid), by OUT&apos;s extension; any other extension is refused.
        .orgmap to .orgmap keeps every scenario; otherwise one map is
        written: --scenario NAME, else the first (stderr names the rest).
  diff OLD NEW [--format text|json] [--geometry] [--hotspot-threshold N]
       [--old-scenario NAME] [--new-scenario NAME]
        What changed between two maps and what it does to the analysis.
        Exit status 0: no change; 1: changes; 2: unusable input.
        diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE
        is the form git calls (diff.orgmap.command); it exits 0 on success.
  generate --assets N [--seed S] [--no-geometry] OUT
        Write a deterministic synthetic map for benchmarks and demos.
  import backstage PATH... [-o OUT] [--into MAP] [--lenient]
  import odps PATH... [-o OUT] [--into MAP]
        Import a Backstage catalog or ODPS data product descriptors (files or
        folders), laid out; --into re-imports into that map. Report on stderr;
        exit status 2 when the input is refused.
  layout IN OUT [--all] [--team-lane] [--scenario NAME]
        Write IN with computed geometry for what lacks it (everything with
        --all) to OUT; --team-lane puts the teams in one lane on top.
  merge BASE OURS THEIRS [-o OUT]
        Three-way merge of maps (a git merge driver): writes the merged map as
        JSON to OUT (default: over OURS). Exit status 0: merged; 1: conflicts
        remain, listed in &quot;x-orgmap-conflicts&quot;; 2: unusable input.
  render MAP OUT.png|OUT.svg|OUT.pdf [--scale S] [--views] [--scenario NAME]
        Draw the map as the editor does, headless.

MAP and IN may be - for standard input; OUT may be - for JSON on standard output.
--scenario NAME picks a scenario of an .orgmap document (default: the first;
stderr names the others); an unknown name is exit status 2.
Options: --help, --version
  --lang CODE
        Language of the messages: en, de, fr, es or zh_CN (default: the
        language chosen in the editor&apos;s Preferences, else the system&apos;s).
</source>
        <translation>用法：orgmap-cli COMMAND [OPTIONS]

命令：
  check MAP [--policy FILE] [--format text|json|sarif] [--hotspot-threshold N]
        [--scenario NAME]
        分析地图：孤立资产、耦合热点、领域循环；
        若指定策略，则还检查其严重级别、阈值和 FAIR 规则。
        退出状态 0：没有达到策略 failOn（默认：error）
        或更高级别的分析发现；1：至少有一项；2：地图或策略不可用。
  convert IN OUT [--scenario NAME]
        在 .orgmap（SQLite）与 .orgmap.json 之间转换，或按 OUT 的扩展名
        导出为 .graphml（yEd、Gephi、NetworkX）、.dot/.gv（Graphviz）或 .mmd
        （Mermaid）；其他扩展名一律拒绝。
        .orgmap 转 .orgmap 时保留所有情景；否则只写入一张地图：
        --scenario NAME 指定的情景，否则为第一个（stderr 列出其余情景）。
  diff OLD NEW [--format text|json] [--geometry] [--hotspot-threshold N]
       [--old-scenario NAME] [--new-scenario NAME]
        两张地图之间有哪些变化，以及这些变化对分析有何影响。
        退出状态 0：无变化；1：有变化；2：输入不可用。
        diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE
        是 git 调用的形式（diff.orgmap.command）；成功时退出状态为 0。
  generate --assets N [--seed S] [--no-geometry] OUT
        写入一张确定性的合成地图，用于基准测试和演示。
  import backstage PATH... [-o OUT] [--into MAP] [--lenient]
  import odps PATH... [-o OUT] [--into MAP]
        导入 Backstage 目录或 ODPS 数据产品描述文件（文件或
        文件夹），并自动布局；--into 重新导入到该地图。报告输出到 stderr；
        输入被拒绝时退出状态为 2。
  layout IN OUT [--all] [--team-lane] [--scenario NAME]
        为 IN 中缺少几何数据的内容（使用 --all 时为全部内容）计算几何数据，
        并写入 OUT；--team-lane 将团队放在顶部的一条泳道中。
  merge BASE OURS THEIRS [-o OUT]
        地图的三方合并（git 合并驱动）：将合并后的地图以
        JSON 写入 OUT（默认：覆盖 OURS）。退出状态 0：已合并；1：仍有冲突，
        列在 &quot;x-orgmap-conflicts&quot; 中；2：输入不可用。
  render MAP OUT.png|OUT.svg|OUT.pdf [--scale S] [--views] [--scenario NAME]
        以无界面方式按编辑器的样子绘制地图。

MAP 和 IN 可以为 -，表示标准输入；OUT 可以为 -，表示将 JSON 输出到标准输出。
--scenario NAME 选择 .orgmap 文档中的一个情景（默认：第一个；
stderr 列出其余情景）；名称未知时退出状态为 2。
选项：--help、--version
  --lang CODE
        消息语言：en、de、fr、es 或 zh_CN（默认：编辑器
        首选项中选择的语言，否则使用系统语言）。
</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no command given (try orgmap-cli --help)</source>
        <translation>未指定命令（请参阅 orgmap-cli --help）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &quot;%1&quot; (try orgmap-cli --help)</source>
        <translation>未知命令“%1”（请参阅 orgmap-cli --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/render.cpp" line="+31"/>
        <source>--scale needs a number from 0.1 to 8, not &quot;%1&quot;</source>
        <translation>--scale 需要 0.1 到 8 之间的数字，而不是“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the output must end in .png, .svg or .pdf</source>
        <translation>%1：输出文件必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--views: the views are drawn as PDF pages; name a .pdf</source>
        <translation>--views：视图将绘制为 PDF 页面；请指定 .pdf 文件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this build has no renderer</source>
        <translation>此构建不包含渲染器</translation>
    </message>
    <message>
        <location filename="../app/cli/check.cpp" line="+33"/>
        <source>--format must be text, json or sarif, not &quot;%1&quot;</source>
        <translation>--format 必须是 text、json 或 sarif，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="+16"/>
        <source>import needs a source: import backstage|odps PATH... [-o OUT] [--into MAP]</source>
        <translation>import 需要指定来源：import backstage|odps PATH... [-o OUT] [--into MAP]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>import %1 needs at least one PATH</source>
        <translation>import %1 需要至少一个 PATH</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import refused, nothing written:
</source>
        <translation>导入被拒绝，未写入任何内容：
</translation>
    </message>
    <message>
        <location filename="../app/cli/merge.cpp" line="+139"/>
        <source>merge: the merged map would be invalid (a bug): %1</source>
        <translation>merge：合并后的地图将无效（程序缺陷）：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>note: %n conflict(s) left by an earlier merge dropped
</source>
        <translation>
            <numerusform>注意：已丢弃之前合并遗留的 %n 个冲突
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geometry: %1 moved on both sides; ours kept
</source>
        <translation>几何数据：%1 在双方都被移动；保留我方
</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s): ours kept, listed in &quot;x-orgmap-conflicts&quot; of %1
</source>
        <translation>
            <numerusform>%n 个冲突：保留我方，已列于 %1 的“x-orgmap-conflicts”中
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/maploading.cpp" line="+40"/>
        <source>%1 has %2 scenarios: wrote the first, &quot;%3&quot;; not written: %4 (name one with --scenario NAME)</source>
        <translation>%1 有 %2 个情景：已写入第一个“%3”；未写入：%4（可用 --scenario NAME 指定一个）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has %2 scenarios: read the first, &quot;%3&quot;; not read: %4 (name one with --scenario NAME)</source>
        <translation>%1 有 %2 个情景：已读取第一个“%3”；未读取：%4（可用 --scenario NAME 指定一个）</translation>
    </message>
</context>
<context>
    <name>OrgMap::Cli::Report</name>
    <message>
        <location filename="../app/cli/merge.cpp" line="-114"/>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>changed differently on both sides</source>
        <translation>双方做了不同的修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed on one side, changed on the other</source>
        <translation>一方删除，另一方修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its id names another entity on the other side</source>
        <translation>其 ID 在另一方指代另一个实体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind and data-product fields changed on different sides</source>
        <translation>类型字段与数据产品字段分别在两方被修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refers to an entity the merge removed</source>
        <translation>引用了合并中删除的实体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the merged parents form a cycle</source>
        <translation>合并后的上级关系形成循环</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareLayer</name>
    <message>
        <location filename="../widgets/compare/comparelayer.cpp" line="+211"/>
        <source>NEW</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REMOVED</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANGED</source>
        <translation>已更改</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareMode</name>
    <message>
        <location filename="../widgets/compare/comparemode.cpp" line="+77"/>
        <source>Space: before/after · Esc: leave</source>
        <translation>空格：之前/之后 · Esc：退出</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not comparing: there are no metrics to export.</source>
        <translation>未在比较：没有可导出的指标。</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareView</name>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="+92"/>
        <location line="+244"/>
        <source>Show &amp;Before</source>
        <translation>显示之前(&amp;B)</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Flip between the older and the newer map (Space)</source>
        <translation>在较旧和较新的地图之间切换（空格）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;wap Sides</source>
        <translation>交换两侧(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the older map the newer one</source>
        <translation>将较旧的地图作为较新的地图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Metrics PNG…</source>
        <translation>导出指标 PNG(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Leave Compare</source>
        <translation>退出比较(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to editing (Esc)</source>
        <translation>返回编辑（Esc）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message numerus="yes">
        <location line="+199"/>
        <source>&lt;b&gt;Comparing&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n change(s) &amp;nbsp;·&amp;nbsp; &lt;i&gt;read-only&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;正在比较&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n 项更改 &amp;nbsp;·&amp;nbsp; &lt;i&gt;只读&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BEFORE: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AFTER: %1</source>
        <translation>之后：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;After</source>
        <translation>显示之后(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OrgMap::ConflictsDock</name>
    <message>
        <location filename="../widgets/ui/conflictsdock.cpp" line="+48"/>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>whole %1</source>
        <translation>整个 %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>base</source>
        <translation>基础版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ours</source>
        <translation>我方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take &amp;Ours</source>
        <translation>采用我方(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;Theirs</source>
        <translation>采用对方(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;Base</source>
        <translation>采用基础版本(&amp;B)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>基础版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ours</source>
        <translation>我方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Take Ours</source>
        <translation>采用我方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Base</source>
        <translation>采用基础版本</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Resolve %1 of %2 with %3</source>
        <translation>以%3解决 %2 的 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n conflict(s) left</source>
        <translation>
            <numerusform>剩余 %n 个冲突</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ConnectDialog</name>
    <message>
        <location filename="../widgets/ui/connectdialog.cpp" line="+24"/>
        <source>Connect teams</source>
        <translation>连接团队</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect assets</source>
        <translation>连接资产</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Swap direction</source>
        <translation>交换方向(&amp;S)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>从 &lt;b&gt;%1&lt;/b&gt; 到 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; depends on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 依赖 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These teams already interact that way.</source>
        <translation>这些团队已经以这种方式交互。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There already is such a link between these assets.</source>
        <translation>这些资产之间已存在这样的连接。</translation>
    </message>
</context>
<context>
    <name>OrgMap::ConnectionEditor</name>
    <message>
        <location filename="../widgets/ui/connectioneditor.cpp" line="+19"/>
        <source>Connects:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>标注(&amp;L)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit link label</source>
        <translation>编辑连接标注</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 depends on %2</source>
        <translation>%1 依赖 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There already is such a link between these assets.</source>
        <translation>这些资产之间已存在这样的连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change link kind</source>
        <translation>更改连接类型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These teams already interact that way.</source>
        <translation>这些团队已经以这种方式交互。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change interaction mode</source>
        <translation>更改交互模式</translation>
    </message>
</context>
<context>
    <name>OrgMap::CouplingHeatMap</name>
    <message>
        <location filename="../widgets/insight/couplingheatmap.cpp" line="+91"/>
        <source>Domain coupling (row → column)</source>
        <translation>领域耦合（行 → 列）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Domain coupling (row → column) · top %1 of %2</source>
        <translation>领域耦合（行 → 列）· %2 个中的前 %1 个</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No links between domains</source>
        <translation>领域之间没有连接</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%1 → %2: %n link(s), weight %3</source>
        <translation>
            <numerusform>%1 → %2：%n 条连接，权重 %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2: no links</source>
        <translation>%1 → %2：无连接</translation>
    </message>
</context>
<context>
    <name>OrgMap::DashboardWidget</name>
    <message>
        <location filename="../widgets/insight/dashboardwidget.cpp" line="+48"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Top hotspots by coupling score</source>
        <translation>按耦合得分排列的主要热点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain coupling: afferent (Ca) and efferent (Ce)</source>
        <translation>领域耦合：传入 (Ca) 与传出 (Ce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets per owning team</source>
        <translation>各负责团队的资产数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains spanned per team</source>
        <translation>各团队涉及的领域数</translation>
    </message>
    <message>
        <location line="+217"/>
        <location line="+51"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Domains: Ca / Ce</source>
        <translation>领域：Ca / Ce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling score</source>
        <translation>耦合得分</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · %5</source>
        <comment>map name, then the counts of domains, teams, assets, links</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · %5</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 个领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 项资产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条连接</numerusform>
        </translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Top hotspots</source>
        <translation>主要热点</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Ca in</source>
        <translation>Ca 传入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce out</source>
        <translation>Ce 传出</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Top hotspots · %1/%2</source>
        <translation>主要热点 · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets per team</source>
        <translation>各团队的资产数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets per team · %1/%2</source>
        <translation>各团队的资产数 · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains per team</source>
        <translation>各团队涉及的领域数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domains/team · %1/%2</source>
        <translation>领域数/团队 · %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains Ca/Ce · %1/%2</source>
        <translation>领域 Ca/Ce · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupling score</source>
        <translation>耦合得分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assets owned</source>
        <translation>负责的资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>distinct domains</source>
        <translation>不同领域数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not write the dashboard image to %1</source>
        <translation>无法将仪表板图像写入 %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::Diff</name>
    <message>
        <location filename="../model/diff/diffreporttext.cpp" line="+58"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains (%1)</source>
        <translation>领域（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams (%1)</source>
        <translation>团队（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets (%1)</source>
        <translation>资产（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links (%1)</source>
        <translation>连接（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions (%1)</source>
        <translation>交互（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domains</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>交互</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain links</source>
        <translation>跨领域连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain weight</source>
        <translation>跨领域权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned assets</source>
        <translation>孤立资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unowned assets</source>
        <translation>无负责团队的资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspots</source>
        <translation>热点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain cycles</source>
        <translation>领域循环</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains on cycles</source>
        <translation>处于循环中的领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scattered teams</source>
        <translation>分散的团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infos</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+73"/>
        <location line="+51"/>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old</source>
        <translation>旧值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delta</source>
        <translation>变化量</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ce</source>
        <translation>Ce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca</source>
        <translation>Ca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instability</source>
        <translation>不稳定度</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Domains whose numbers changed (%1)</source>
        <translation>数值有变化的领域（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n change</source>
        <translation>
            <numerusform>%n 处变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n 处变更</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(unnamed map)</source>
        <translation>（未命名地图）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No changes.</source>
        <translation>无变更。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1：新增 %2，删除 %3，修改 %4</translation>
    </message>
</context>
<context>
    <name>OrgMap::Document</name>
    <message>
        <location filename="../model/document/document_edits.cpp" line="+19"/>
        <source>Add domain &quot;%1&quot;</source>
        <translation>添加领域“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add team &quot;%1&quot;</source>
        <translation>添加团队“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add service &quot;%1&quot;</source>
        <translation>添加服务“%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add data product &quot;%1&quot;</source>
        <translation>添加数据产品“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add interaction</source>
        <translation>添加交互</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>删除 %n 条连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>删除 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/document_changes.cpp" line="+21"/>
        <source>Change domain &quot;%1&quot;</source>
        <translation>修改领域“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change team &quot;%1&quot;</source>
        <translation>修改团队“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change &quot;%1&quot;</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change connection</source>
        <translation>修改连接</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change map properties</source>
        <translation>修改地图属性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation>重命名为“%1”</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Remove owner of &quot;%1&quot;</source>
        <translation>移除“%1”的负责团队</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Make %1 owner of &quot;%2&quot;</source>
        <translation>将 %1 设为“%2”的负责团队</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take &quot;%1&quot; out of its domain</source>
        <translation>将“%1”移出所属领域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &quot;%1&quot; into %2</source>
        <translation>将“%1”移入 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change parent of &quot;%1&quot;</source>
        <translation>更改“%1”的上级</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>移动 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resize &quot;%1&quot;</source>
        <translation>调整“%1”的大小</translation>
    </message>
    <message>
        <location filename="../model/document/document_scenarios.cpp" line="+145"/>
        <source>New scenario &quot;%1&quot;</source>
        <translation>新建情景“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicate scenario &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>将情景“%1”复制为“%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将情景“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>删除情景“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move scenario &quot;%1&quot;</source>
        <translation>移动情景“%1”</translation>
    </message>
    <message>
        <location filename="../model/document/document_checks.cpp" line="+22"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 name</source>
        <translation>端口 %1 名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>负责团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position x</source>
        <translation>位置 x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position y</source>
        <translation>位置 y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>契约</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extensions</source>
        <translation>扩展</translation>
    </message>
</context>
<context>
    <name>OrgMap::DomainEditor</name>
    <message>
        <location filename="../widgets/ui/domaineditor.cpp" line="+22"/>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+53"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Use a colour derived from the domain</source>
        <translation>使用根据领域生成的颜色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inside:</source>
        <translation>所属上级(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>负责团队(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename domain</source>
        <translation>重命名领域</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit domain description</source>
        <translation>编辑领域描述</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>Change domain colour</source>
        <translation>更改领域颜色</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Domain colour</source>
        <translation>领域颜色</translation>
    </message>
</context>
<context>
    <name>OrgMap::EntityActions</name>
    <message>
        <location filename="../widgets/ui/entityactions.cpp" line="+58"/>
        <source>&amp;Subdomain</source>
        <translation>子领域(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Domain to Contents</source>
        <translation>使领域适应内容(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a domain inside the selected domain</source>
        <translation>在所选领域内添加领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrink or grow the selected domain to what it holds</source>
        <translation>将所选领域缩小或扩大到恰好容纳其内容</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+158"/>
        <source>&amp;Insert Here</source>
        <translation>在此插入(&amp;I)</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Set &amp;Owner</source>
        <translation>设置负责团队(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign owner</source>
        <translation>指定负责团队</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No Owner</source>
        <translation>无负责团队</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Move to Domain</source>
        <translation>移到领域(&amp;M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to domain</source>
        <translation>移到领域</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No Domain</source>
        <translation>无领域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top Level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;Links</source>
        <translation>选择连接(&amp;L)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;potlight</source>
        <translation>聚焦(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in &amp;Outline</source>
        <translation>在大纲中显示(&amp;O)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show on &amp;Canvas</source>
        <translation>在画布上显示(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>&amp;Properties</source>
        <translation>属性(&amp;P)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Select &amp;Ends</source>
        <translation>选择两端(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete Link</source>
        <translation>删除连接(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete Interaction</source>
        <translation>删除交互(&amp;D)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Select Affected on Canvas</source>
        <translation>在画布上选择受影响的元素(&amp;S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Copy Text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OrgMap::ExportImageDialog</name>
    <message>
        <location filename="../widgets/ui/exportimagedialog.cpp" line="+19"/>
        <source>&amp;Transparent background</source>
        <translation>透明背景(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole map</source>
        <translation>整张地图(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Selection</source>
        <translation>所选内容(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale:</source>
        <translation>缩放比例：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size:</source>
        <translation>图像大小：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
</context>
<context>
    <name>OrgMap::FileFormat</name>
    <message>
        <location filename="../model/storage/fileformat.cpp" line="+25"/>
        <source>OrgMap document</source>
        <translation>OrgMap 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap JSON</source>
        <translation>OrgMap JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GraphML (yEd, Gephi, NetworkX)</source>
        <translation>GraphML（yEd、Gephi、NetworkX）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid flowchart</source>
        <translation>Mermaid 流程图</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a name without an extension names no format</source>
        <translation>没有扩展名的文件名不对应任何格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.%1 is not a format OrgMap writes</source>
        <translation>.%1 不是 OrgMap 可写入的格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2; use one of %3</source>
        <translation>%1：%2；请使用以下格式之一：%3</translation>
    </message>
</context>
<context>
    <name>OrgMap::FindingsDock</name>
    <message>
        <location filename="../widgets/insight/findingsdock.cpp" line="+16"/>
        <source>Findings</source>
        <translation>分析发现</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All severities</source>
        <translation>所有严重程度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All rules</source>
        <translation>所有规则</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n shown · %1</source>
        <comment>%1: &quot;2 errors · 14 warnings · 5 infos&quot;</comment>
        <translation>
            <numerusform>显示 %n 条 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::FindingsModel</name>
    <message>
        <location filename="../widgets/insight/findingsmodel.cpp" line="+101"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>OrgMap::HighlightLayer</name>
    <message>
        <location filename="../widgets/canvas/highlightlayer.cpp" line="+302"/>
        <source>FAIR: %1</source>
        <comment>the FAIR rules missed, e.g. &quot;FAIR: A I&quot;</comment>
        <translation>FAIR：%1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no domain</source>
        <translation>无领域</translation>
    </message>
</context>
<context>
    <name>OrgMap::I18n</name>
    <message>
        <location filename="../app/common/i18n.cpp" line="+133"/>
        <source>--lang: expected a language code</source>
        <translation>--lang：需要指定语言代码</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>未知语言“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot load the translation %1</source>
        <translation>无法加载翻译 %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::Import</name>
    <message>
        <location filename="../model/import/mergeimport.cpp" line="+44"/>
        <source>%1 is already in the map as another kind of entity</source>
        <translation>%1 已作为另一种实体存在于地图中</translation>
    </message>
</context>
<context>
    <name>OrgMap::ImportReport</name>
    <message>
        <location filename="../model/import/importreport.cpp" line="+26"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder</source>
        <translation>占位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unowned</source>
        <translation>无负责团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unresolved</source>
        <translation>未解析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped target</source>
        <translation>已跳过目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped document</source>
        <translation>已跳过文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external source</source>
        <translation>外部来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import: %1 created, %2 updated, %3 removed, %4 unchanged; %5 placeholders, %6 unresolved references, %7 external sources, %8 skipped
</source>
        <translation>导入：已创建 %1，已更新 %2，已删除 %3，未变 %4；占位 %5 个，未解析的引用 %6 个，外部来源 %7 个，已跳过 %8 个
</translation>
    </message>
</context>
<context>
    <name>OrgMap::ImportReportDialog</name>
    <message>
        <location filename="../widgets/ui/importreportdialog.cpp" line="+31"/>
        <source>%1 created, %2 updated, %3 removed, %4 unchanged.</source>
        <translation>已创建 %1，已更新 %2，已删除 %3，未变 %4。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n line(s) to look at below.</source>
        <translation>
            <numerusform>下方有 %n 行需要查看。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a row to show its entity on the map. Edit &gt; Undo takes the whole import back.</source>
        <translation>双击某一行可在地图上显示其实体。编辑 &gt; 撤销 可撤回整个导入。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Double-click to show it on the map</source>
        <translation>双击以在地图上显示</translation>
    </message>
</context>
<context>
    <name>OrgMap::Insight</name>
    <message>
        <location filename="../widgets/insight/severityicons.cpp" line="+87"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 · %3</source>
        <comment>errors, warnings, infos: &quot;2 errors · 14 warnings · 5 infos&quot;</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unowned</source>
        <translation>无负责团队</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No domain</source>
        <translation>无领域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unconsumed</source>
        <translation>未被使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle team</source>
        <translation>闲置团队</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty domain</source>
        <translation>空领域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scattered team</source>
        <translation>分散的团队</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domain cycle</source>
        <translation>领域循环</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hotspot</source>
        <translation>热点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not findable</source>
        <translation>不可发现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not accessible</source>
        <translation>不可访问</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not interoperable</source>
        <translation>不可互操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reusable</source>
        <translation>不可重用</translation>
    </message>
</context>
<context>
    <name>OrgMap::JsonDetail</name>
    <message>
        <location filename="../model/json/jsonfields.cpp" line="+302"/>
        <source>unknown key &quot;%1&quot; (extension keys must start with &quot;x-&quot;)</source>
        <translation>未知键“%1”（扩展键必须以“x-”开头）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>未知键“%1”（您是否指的是“%2”？）</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+12"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required key &quot;%1&quot;</source>
        <translation>缺少必需的键“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be %1, not %2</source>
        <translation>必须是%1，而不是%2</translation>
    </message>
</context>
<context>
    <name>OrgMap::JsonReader</name>
    <message>
        <location filename="../model/json/jsonentities.cpp" line="+37"/>
        <location line="+67"/>
        <location line="+32"/>
        <location line="+50"/>
        <location line="+35"/>
        <location filename="../model/json/jsonreader.cpp" line="+375"/>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是%1</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an array of ports</source>
        <translation>端口数组</translation>
    </message>
    <message>
        <location filename="../model/json/jsonfields.cpp" line="-195"/>
        <source>... and %1 more errors</source>
        <translation>……以及另外 %1 个错误</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/json/jsonreader.cpp" line="-191"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/json/jsonreader.cpp" line="+156"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：%3</translation>
    </message>
    <message>
        <location filename="../model/json/jsonreader.cpp" line="-230"/>
        <source>contains an unpaired UTF-16 surrogate escape (\uD800-\uDFFF), which is not a character; OrgMap refuses it rather than change it</source>
        <translation>包含未配对的 UTF-16 代理项转义（\uD800-\uDFFF），它不是字符；OrgMap 拒绝读取，而不会修改它</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>invalid JSON at line %1, column %2: a number needs digits before and after its decimal point, and no leading zero</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：数字的小数点前后都必须有数字，且不能有前导零</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the document must be a JSON object, not %1</source>
        <translation>文档必须是 JSON 对象，而不是%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>must be &quot;orgmap&quot;, not &quot;%1&quot;</source>
        <translation>必须是“orgmap”，而不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an integer, not %1</source>
        <translation>必须是整数，而不是%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 is newer than this OrgMap supports (highest: %2)</source>
        <translation>版本 %1 高于此 OrgMap 支持的版本（最高：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version %1 does not exist (supported: %2)</source>
        <translation>版本 %1 不存在（支持：%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an array, not %1</source>
        <translation>必须是数组，而不是%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::KindNames</name>
    <message>
        <location filename="../widgets/canvas/kindnames.cpp" line="+11"/>
        <source>API call</source>
        <translation>API 调用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event subscription</source>
        <translation>事件订阅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data consumption</source>
        <translation>数据使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Collaboration</source>
        <translation>协作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-as-a-service</source>
        <translation>X即服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitating</source>
        <translation>促进</translation>
    </message>
</context>
<context>
    <name>OrgMap::LinkLayer</name>
    <message>
        <location filename="../widgets/canvas/linklayer_p.h" line="+93"/>
        <source>collaboration</source>
        <translation>协作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facilitating</source>
        <translation>促进</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-as-a-Service</source>
        <translation>X即服务</translation>
    </message>
</context>
<context>
    <name>OrgMap::MainWindow</name>
    <message>
        <location filename="../widgets/ui/mainwindow.cpp" line="+46"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+78"/>
        <location line="+143"/>
        <source>Untitled map</source>
        <translation>未命名地图</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened map&gt;</source>
        <translation>&lt;已打开的地图&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-175"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — %2 — %3</source>
        <translation>%1[*] — %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (read-only)</source>
        <translation> （只读）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2 · %3 · %4</source>
        <comment>status bar: domains, teams, assets, links</comment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 个领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 项资产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条连接</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drag from the palette or press 1–7 to add</source>
        <translation>从面板拖动或按 1–7 添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L connects the two selected items</source>
        <translation>Ctrl+L 连接所选的两个元素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F2 renames · drop an asset on a team to make it the owner · Delete removes</source>
        <translation>F2 重命名 · 将资产拖到团队上即可指定负责团队 · Delete 删除</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About OrgMap</source>
        <translation>关于 OrgMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;OrgMap %1&lt;/h3&gt;&lt;p&gt;Map your organisation&apos;s domains, teams, services and data products.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgMap %1&lt;/h3&gt;&lt;p&gt;绘制组织的领域、团队、服务和数据产品地图。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_actions.cpp" line="+63"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Window</source>
        <translation>新建窗口(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OrgMap &amp;JSON Map…</source>
        <translation>OrgMap JSON 地图(&amp;J)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backstage Catalog…</source>
        <translation>Backstage 目录(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data Products (ODPS)…</source>
        <translation>数据产品（ODPS）(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export S&amp;VG…</source>
        <translation>导出 SVG(&amp;V)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;GraphML (yEd, Gephi)…</source>
        <translation>GraphML（yEd、Gephi）(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphviz &amp;DOT…</source>
        <translation>Graphviz DOT(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mermaid…</source>
        <translation>Mermaid(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Undo %1</source>
        <translation>撤销：%1(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>重做：%1(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Connect Selected…</source>
        <translation>连接所选(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link two selected assets or two selected teams</source>
        <translation>连接所选的两项资产或两个团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tidy Layout</source>
        <translation>整理布局(&amp;Y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrange every domain, asset and team afresh (undoable)</source>
        <translation>重新排列所有领域、资产和团队（可撤销）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy &amp;Selected</source>
        <translation>整理所选(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange the selected domains, assets and teams; nothing else moves (undoable)</source>
        <translation>排列所选的领域、资产和团队；其他内容不移动（可撤销）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual &amp;Size (100%)</source>
        <translation>实际大小(&amp;S) (100%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;nap to Grid</source>
        <translation>对齐网格(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Ownership Lines</source>
        <translation>显示负责关系连线(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Legend</source>
        <translation>显示图例(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OrgMap</source>
        <translation>关于 OrgMap(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;Diagram</source>
        <translation>导出图表(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo &amp;History</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <comment>toolbar tooltip: action name (shortcut)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow_edit.cpp" line="+26"/>
        <source>Copied %n item(s)</source>
        <translation>
            <numerusform>已复制 %n 个元素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>粘贴 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard&apos;s items could not be added to this map.</source>
        <translation>无法将剪贴板中的元素添加到此地图。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>创建 %n 个元素的副本</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tidy layout</source>
        <translation>整理布局</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tidy selected</source>
        <translation>整理所选</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-15"/>
        <source>OrgMap maps (*.orgmap *.orgmap.json);;OrgMap document (*.orgmap);;OrgMap JSON (*.orgmap.json *.json);;All files (*)</source>
        <translation>OrgMap 地图 (*.orgmap *.orgmap.json);;OrgMap 文档 (*.orgmap);;OrgMap JSON (*.orgmap.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has unsaved changes. Save them before closing?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 有未保存的更改。关闭前是否保存？</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_compare.cpp" line="+32"/>
        <source>Compare &amp;With…</source>
        <translation>与…比较(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare this map with another map file: every change marked, read-only</source>
        <translation>将此地图与另一个地图文件比较：标记每一处更改，只读</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare With &amp;Scenario</source>
        <translation>与情景比较(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare this scenario with another scenario of the document</source>
        <translation>将此情景与文档中的另一个情景进行比较</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Compare Metrics PNG</source>
        <translation>导出比较指标 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 compare metrics</source>
        <comment>proposed file name</comment>
        <translation>%1 比较指标</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+70"/>
        <source>%1: could not be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compare With</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare Failed</source>
        <translation>比较失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be read. Nothing was compared.</source>
        <translation>无法读取 &lt;b&gt;%1&lt;/b&gt;。未进行任何比较。</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+17"/>
        <source>Open Failed</source>
        <translation>打开失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened. The current map is unchanged.</source>
        <translation>无法打开 &lt;b&gt;%1&lt;/b&gt;。当前地图保持不变。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>…and %n more problem(s), listed under Show Details.</source>
        <translation>
            <numerusform>……另有 %n 个问题，请点击“显示详细信息”查看。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Map</source>
        <translation>打开地图</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+24"/>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Map As</source>
        <translation>地图另存为</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Import JSON</source>
        <translation>导入 JSON</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: another map is being opened</source>
        <translation>%1：正在打开另一张地图</translation>
    </message>
    <message>
        <location line="+126"/>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="+145"/>
        <source>OrgMap JSON (*.orgmap.json *.json)</source>
        <translation>OrgMap JSON (*.orgmap.json *.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <location filename="../widgets/ui/mainwindow_import.cpp" line="+29"/>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="+5"/>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is not a valid map. The current map is unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 不是有效的地图。当前地图保持不变。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <source>OrgMap JSON (*.orgmap.json)</source>
        <translation>OrgMap JSON (*.orgmap.json)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>OrgMap document (*.orgmap)</source>
        <translation>OrgMap 文档 (*.orgmap)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name map after its file</source>
        <translation>按文件名命名地图</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_compare.cpp" line="-74"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+55"/>
        <location line="+29"/>
        <location line="+14"/>
        <location line="+31"/>
        <location filename="../widgets/ui/mainwindow_insight.cpp" line="+396"/>
        <location filename="../widgets/ui/mainwindow_views.cpp" line="+61"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-71"/>
        <source>Exported scenario &quot;%1&quot; to %2; the other %n scenario(s) were not written.</source>
        <translation>
            <numerusform>已将情景“%1”导出到 %2；其余 %n 个情景未写入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_compare.cpp" line="+2"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+5"/>
        <location line="+23"/>
        <location line="+14"/>
        <location line="+31"/>
        <location filename="../widgets/ui/mainwindow_insight.cpp" line="+2"/>
        <location filename="../widgets/ui/mainwindow_views.cpp" line="+2"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-53"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_compare.cpp" line="-8"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+0"/>
        <location filename="../widgets/ui/mainwindow_insight.cpp" line="-8"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+14"/>
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_insight.cpp" line="-326"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Orphans</source>
        <translation>孤立资产</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark assets with no owner or no domain</source>
        <translation>标记没有负责团队或不属于任何领域的资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coupling</source>
        <translation>耦合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotspots glow, cross-domain links heavier, domain cycles marked</source>
        <translation>热点高亮，跨领域连接加粗，领域循环加标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wnership</source>
        <translation>负责关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour assets by owning team</source>
        <translation>按负责团队为资产着色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No highlights</source>
        <translation>不突出显示</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Dashboard PNG…</source>
        <translation>导出仪表板 PNG(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Findings</source>
        <translation>分析发现(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Highlight</source>
        <translation>突出显示(&amp;H)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Highlight: %1</source>
        <translation>突出显示：%1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Policy: %1</source>
        <translation>策略：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy not applied: %1</source>
        <translation>策略未应用：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy could not be read; the default rules apply. %1</source>
        <translation>无法读取策略；将使用默认规则。%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None (no policy file beside the map)</source>
        <translation>无（地图旁没有策略文件）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not applied: %2)</source>
        <translation>%1（未应用：%2）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Dashboard PNG</source>
        <translation>导出仪表板 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dashboard</source>
        <comment>proposed file name</comment>
        <translation>%1 仪表板</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_recovery.cpp" line="+24"/>
        <source>Recovery copy not written: %1</source>
        <translation>未写入恢复副本：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was opened read-only: it is open in another window. Save it under another name.</source>
        <translation>%1 已以只读方式打开：它已在另一个窗口中打开。请以其他名称保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is open in %2: saving here would overwrite its work. Close it there or save under another name.</source>
        <translation>%1 已在%2中打开：在此保存会覆盖那里的工作。请在那里将其关闭，或以其他名称保存。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File Already Open</source>
        <translation>文件已打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is already open in %2.&lt;br&gt;Changes saved in one window would overwrite those of the other.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已在%2中打开。&lt;br&gt;在一个窗口中保存的更改会覆盖另一个窗口的更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>an untitled map</source>
        <translation>未命名地图</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap did not close properly. Unsaved changes to %1 were kept in a recovery copy saved %2.</source>
        <translation>OrgMap 未正常关闭。对 %1 的未保存更改已保留在 %2 保存的恢复副本中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore opens them as unsaved changes; Discard deletes the copy; Later asks again at the next start.</source>
        <translation>“恢复”会将其作为未保存的更改打开；“丢弃”会删除该副本；“稍后”会在下次启动时再次询问。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore Failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery copy could not be read; it is kept.</source>
        <translation>无法读取恢复副本；该副本已保留。</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_import.cpp" line="-2"/>
        <location line="+29"/>
        <location line="+14"/>
        <source>Import Backstage Catalog</source>
        <translation>导入 Backstage 目录</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Import Data Products</source>
        <translation>导入数据产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported, the map is unchanged:</source>
        <translation>未导入任何内容，地图保持不变：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import changed nothing.</source>
        <translation>此次导入未做任何更改。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import catalog files (YAML), or every catalog file in a folder and its subfolders? The entities are merged into the current map by id.</source>
        <translation>导入目录文件（YAML），还是导入某个文件夹及其子文件夹中的所有目录文件？实体将按 ID 合并到当前地图中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Files…</source>
        <translation>文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older…</source>
        <translation>文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backstage catalog (*.yaml *.yml);;All files (*)</source>
        <translation>Backstage 目录 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Backstage Catalog Folder</source>
        <translation>导入 Backstage 目录文件夹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Data Products (ODPS)</source>
        <translation>导入数据产品（ODPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODPS descriptors (*.yaml *.yml *.json);;All files (*)</source>
        <translation>ODPS 描述文件 (*.yaml *.yml *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_present.cpp" line="+14"/>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Spotlight Selection</source>
        <translation>聚焦所选(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear Spotlight</source>
        <translation>清除聚焦(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_quickentry.cpp" line="+17"/>
        <source>&amp;Quick Entry…</source>
        <translation>快速输入(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a command: service Payments in Billing, A -&gt; B, move A to D</source>
        <translation>输入命令：服务 Payments 在 Billing、A -&gt; B、移动 A 到 D</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="-105"/>
        <source>&amp;New Empty Scenario</source>
        <translation>新建空情景(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate Current Scenario</source>
        <translation>复制当前情景(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rename Scenario…</source>
        <translation>重命名情景(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete Scenario</source>
        <translation>删除情景(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import JSON as New Scenario…</source>
        <translation>将 JSON 导入为新情景(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt Scenario</source>
        <translation>下一个情景(&amp;X)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre&amp;vious Scenario</source>
        <translation>上一个情景(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Scenario</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted scenario &quot;%1&quot;; Undo brings it back.</source>
        <translation>已删除情景“%1”；撤销可将其恢复。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &quot;%1&quot; as scenario</source>
        <translation>将“%1”导入为情景</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import JSON as New Scenario</source>
        <translation>将 JSON 导入为新情景</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is not a valid map. The document is unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 不是有效的地图。文档保持不变。</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_views.cpp" line="-32"/>
        <source>Export &amp;Views as PDF…</source>
        <translation>将视图导出为 PDF(&amp;V)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export Views as PDF</source>
        <translation>将视图导出为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapClipboard</name>
    <message>
        <location filename="../widgets/ui/mapclipboard.cpp" line="+58"/>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The clipboard holds no map items.</source>
        <translation>剪贴板中没有地图元素。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard does not hold a valid map fragment:
%1</source>
        <translation>剪贴板中没有有效的地图片段：
%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapFile</name>
    <message>
        <location filename="../model/storage/mapfile.cpp" line="+55"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot copy to a temporary file: %2</source>
        <translation>%1：无法复制到临时文件：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is an export, not a map file; write it with convert or File &gt; Export</source>
        <translation>%1：%2 是导出格式，不是地图文件；请使用 convert 或“文件 &gt; 导出”写入</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1: a JSON file holds one map, and this document has %n scenario(s); save it as .orgmap, or export one scenario</source>
        <translation>
            <numerusform>%1：一个 JSON 文件只能容纳一张地图，而此文档有 %n 个情景；请将其保存为 .orgmap，或导出其中一个情景</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: no scenario called &quot;%2&quot;; it has %3</source>
        <translation>%1：没有名为“%2”的情景；现有情景：%3</translation>
    </message>
    <message>
        <location filename="../model/core/atomicfile.cpp" line="+53"/>
        <source>it is a folder</source>
        <translation>它是文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device, not a regular file</source>
        <translation>它是设备，不是普通文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a pipe (FIFO), not a regular file</source>
        <translation>它是管道 (FIFO)，不是普通文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket, not a regular file</source>
        <translation>它是套接字，不是普通文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is a link to %1, which does not exist</source>
        <translation>它是指向 %1 的链接，但目标不存在</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is read-only</source>
        <translation>该文件为只读</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>无法在 %1 中创建临时文件：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no free temporary file name in %1</source>
        <translation>%1 中没有可用的临时文件名</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot flush to disk: %1</source>
        <translation>无法写入磁盘：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>removed %1, which belonged to the replaced file</source>
        <translation>已删除属于被替换文件的 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot replace the file: %1</source>
        <translation>无法替换该文件：%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapInfoEditor</name>
    <message>
        <location filename="../widgets/ui/mapinfoeditor.cpp" line="+17"/>
        <source>Map &amp;name:</source>
        <translation>地图名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select something on the map to edit it here.</source>
        <translation>在地图上选择元素即可在此编辑。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A map needs a name (1 to %1 characters).</source>
        <translation>地图需要名称（1 到 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit map properties</source>
        <translation>编辑地图属性</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2, %3 and %4</source>
        <comment>map contents: domains, teams, assets, links</comment>
        <translation>%1、%2、%3和 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 个领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 项资产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条连接</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::MapItems</name>
    <message>
        <location filename="../widgets/canvas/nodeitem.cpp" line="+40"/>
        <source>stream-aligned</source>
        <translation>流对齐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabling</source>
        <translation>赋能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complicated subsystem</source>
        <translation>复杂子系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unowned</source>
        <translation>无负责团队</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapoverlays.cpp" line="+243"/>
        <source>Highlight: orphans</source>
        <translation>突出显示：孤立资产</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight: coupling</source>
        <translation>突出显示：耦合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight: ownership</source>
        <translation>突出显示：负责关系</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unowned (no team)</source>
        <translation>无负责团队</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In no domain</source>
        <translation>不属于任何领域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Misses FAIR rules (policy)</source>
        <translation>未满足 FAIR 规则（策略）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything else, faded</source>
        <translation>其余内容淡化显示</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coupled a little</source>
        <translation>轻度耦合</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hotspot (glow grows)</source>
        <translation>热点（光晕渐强）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link between domains</source>
        <translation>领域之间的连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↻ Domain cycle</source>
        <translation>↻ 领域循环</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n more team(s)</source>
        <translation>
            <numerusform>以及另外 %n 个团队</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asset fill: the owning team&apos;s colour</source>
        <translation>资产填充色：负责团队的颜色</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product</source>
        <translation>数据产品</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Arrows point to the provider</source>
        <translation>箭头指向提供方</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapLock</name>
    <message>
        <location filename="../widgets/ui/maplock.cpp" line="+37"/>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another window of this OrgMap</source>
        <translation>此 OrgMap 的另一个窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 on %2</source>
        <translation>%2 上的进程 %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapRenderer</name>
    <message>
        <location filename="../widgets/canvas/maprenderer.cpp" line="+80"/>
        <source>%1: the image would be %2 x %3 pixels, too large to render; use a smaller scale or SVG</source>
        <translation>%1：图像将为 %2 x %3 像素，过大而无法渲染；请使用更小的缩放比例或 SVG</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: cannot write PNG: %2</source>
        <translation>%1：无法写入 PNG：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organization map exported by OrgMap</source>
        <translation>由 OrgMap 导出的组织地图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot draw SVG</source>
        <translation>%1：无法绘制 SVG</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rendering needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)</source>
        <translation>渲染需要 QGuiApplication（请使用 QT_QPA_PLATFORM=offscreen）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: unknown image type &quot;%2&quot; (use .png or .svg)</source>
        <translation>%1：未知图像类型“%2”（请使用 .png 或 .svg）</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapScene</name>
    <message>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="+129"/>
        <source>Assign owner %1</source>
        <translation>指定负责团队 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move &quot;%1&quot;</source>
        <translation>移动“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>移动 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add domain</source>
        <translation>添加领域</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapscene_containers.cpp" line="+19"/>
        <source>Grow domain</source>
        <translation>扩大领域</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit &quot;%1&quot; to contents</source>
        <translation>使“%1”适应内容</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="-7"/>
        <source>New domain</source>
        <translation>新领域</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New subdomain</source>
        <translation>新子领域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add subdomain to &quot;%1&quot;</source>
        <translation>向“%1”添加子领域</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="+19"/>
        <source>New service</source>
        <translation>新服务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New data product</source>
        <translation>新数据产品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add service</source>
        <translation>添加服务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add data product</source>
        <translation>添加数据产品</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New team</source>
        <translation>新团队</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapValidator</name>
    <message>
        <location filename="../model/core/mapvalidator.cpp" line="+47"/>
        <source>a domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+83"/>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>id is %1 characters long (at most %2)</source>
        <translation>ID 长度为 %1 个字符（最多 %2 个）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid id &quot;%1&quot;: use only the characters A-Z a-z 0-9 . _ : -</source>
        <translation>无效的 ID“%1”：只能使用字符 A-Z a-z 0-9 . _ : -</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>重复的 ID“%1”（首次使用于 %2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>name is %1 characters long (at most %2)</source>
        <translation>名称长度为 %1 个字符（最多 %2 个）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown domain &quot;%1&quot;</source>
        <translation>未知领域“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown team &quot;%1&quot;</source>
        <translation>未知团队“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown asset &quot;%1&quot;</source>
        <translation>未知资产“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is %2, not %3</source>
        <translation>“%1”是%2，而不是%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a domain cannot be its own parent</source>
        <translation>领域不能是自身的上级</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid colour &quot;%1&quot;: use the form #rrggbb</source>
        <translation>无效的颜色“%1”：请使用 #rrggbb 格式</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is out of range (at most %2 either way)</source>
        <translation>%1 超出范围（正负方向最多 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be greater than 0, not %1</source>
        <translation>必须大于 0，而不是 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>only data products have ports; this asset is a service</source>
        <translation>只有数据产品才有端口；此资产是服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only data products have a contract; this asset is a service</source>
        <translation>只有数据产品才有契约；此资产是服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only data products have a classification; this asset is a service</source>
        <translation>只有数据产品才有密级；此资产是服务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key &quot;%1&quot; does not start with x-</source>
        <translation>键“%1”不以 x- 开头</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown %1 &quot;%2&quot; (one of %3)</source>
        <translation>未知的%1“%2”（可选值：%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a link cannot connect asset %1 to itself</source>
        <translation>连接不能将资产 %1 与其自身相连</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate link %1 -&gt; %2 (%3), first at %4</source>
        <translation>重复的连接 %1 -&gt; %2（%3），首次出现于 %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a team cannot interact with itself (%1)</source>
        <translation>团队不能与自身交互（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate interaction %1 -&gt; %2 (%3), first at %4</source>
        <translation>重复的交互 %1 -&gt; %2（%3），首次出现于 %4</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cycle in domain parents: %1</source>
        <translation>领域上级关系中存在循环：%1</translation>
    </message>
    <message>
        <location filename="../model/json/jsonentities.cpp" line="-44"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+222"/>
        <source>team type</source>
        <translation>团队类型</translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+134"/>
        <source>port type</source>
        <translation>端口类型</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../model/storage/sqlitetables.cpp" line="-84"/>
        <source>asset kind</source>
        <translation>资产类型</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+10"/>
        <source>classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+99"/>
        <source>link kind</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+26"/>
        <source>interaction mode</source>
        <translation>交互模式</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapView</name>
    <message>
        <location filename="../widgets/canvas/mapview.cpp" line="+147"/>
        <source>1 to %1 characters; Enter to apply, Esc to cancel</source>
        <translation>1 到 %1 个字符；按 Enter 应用，按 Esc 取消</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A name cannot be empty; the name was kept.</source>
        <translation>名称不能为空；已保留原名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; was not accepted as a name (1 to %2 characters).</source>
        <translation>“%1”不是可接受的名称（1 到 %2 个字符）。</translation>
    </message>
</context>
<context>
    <name>OrgMap::MetricsPanel</name>
    <message>
        <location filename="../widgets/compare/metricspanel.cpp" line="+147"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+242"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Domains</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team interactions</source>
        <translation>团队交互</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain links</source>
        <translation>跨领域连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain weight</source>
        <translation>跨领域权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned assets</source>
        <translation>孤立资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unowned assets</source>
        <translation>无负责团队的资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspots</source>
        <translation>热点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain cycles</source>
        <translation>领域循环</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains on cycles</source>
        <translation>处于循环中的领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scattered teams</source>
        <translation>分散的团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infos</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3 better, %4 worse</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;：%3 项改善，%4 项变差</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>▼ better</source>
        <translation>▼ 改善</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▲ worse</source>
        <translation>▲ 变差</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= same</source>
        <translation>= 不变</translation>
    </message>
    <message>
        <location line="+45"/>
        <source> (new)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (gone)</source>
        <translation>（已移除）</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Instability of the %n domain(s) that changed most</source>
        <translation>
            <numerusform>变化最大的 %n 个领域的不稳定度</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instability per domain (Ce / (Ca + Ce))</source>
        <translation>各领域的不稳定度（Ce / (Ca + Ce)）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>之后：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Domains per team</source>
        <translation>各团队涉及的领域数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domains a team owns assets in</source>
        <translation>团队负责的资产所在的领域数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Assets per team</source>
        <translation>各团队的资产数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assets a team owns</source>
        <translation>团队负责的资产数</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: cannot write PNG: %2</source>
        <translation>%1：无法写入 PNG：%2</translation>
    </message>
</context>
<context>
    <name>OrgMap::OdpsImport</name>
    <message>
        <location filename="../model/import/odpsimport.cpp" line="+70"/>
        <source>%1: no such file or folder</source>
        <translation>%1：没有此文件或文件夹</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: input port %2 (contract %3) is provided by no product imported</source>
        <translation>%1：输入端口 %2（契约 %3）不由任何已导入的产品提供</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data products</source>
        <translation>数据产品</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation>%1:%2:%3：不是有效的 YAML：%4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: not a data product descriptor</source>
        <translation>%1：不是数据产品描述文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: kind %2 is not a DataProduct</source>
        <translation>%1：kind %2 不是 DataProduct</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: data product without id</source>
        <translation>%1：数据产品缺少 id</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2 replaces the one at %3</source>
        <translation>位于 %2 的 %1 取代了位于 %3 的同名产品</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: domain &quot;%2&quot; of %3, not in the map: created</source>
        <translation>%1：%3 的领域“%2”不在地图中：已创建</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: team &quot;%2&quot; of %3, not in the map: created</source>
        <translation>%1：%3 的团队“%2”不在地图中：已创建</translation>
    </message>
</context>
<context>
    <name>OrgMap::OutlineDock</name>
    <message>
        <location filename="../widgets/ui/outlinedock.cpp" line="+12"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
</context>
<context>
    <name>OrgMap::OutlineModel</name>
    <message>
        <location filename="../widgets/ui/outlinemodel.cpp" line="+353"/>
        <source>Domains (%1)</source>
        <translation>领域（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams (%1)</source>
        <translation>团队（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unplaced assets (%1)</source>
        <translation>未归入领域的资产（%1）</translation>
    </message>
</context>
<context>
    <name>OrgMap::Palette</name>
    <message>
        <location filename="../widgets/canvas/palettemime.cpp" line="+28"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data product</source>
        <translation>数据产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream-aligned team</source>
        <translation>流对齐团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform team</source>
        <translation>平台团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabling team</source>
        <translation>赋能团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complicated-subsystem team</source>
        <translation>复杂子系统团队</translation>
    </message>
</context>
<context>
    <name>OrgMap::PaletteDock</name>
    <message>
        <location filename="../widgets/ui/palettedock.cpp" line="+48"/>
        <source>Palette</source>
        <translation>组件面板</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag onto the map, or click to add at the centre of the view</source>
        <translation>拖到地图上，或点击以添加到视图中央</translation>
    </message>
</context>
<context>
    <name>OrgMap::Parser</name>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+20"/>
        <source>This quote is not closed.</source>
        <translation>此引号未闭合。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a command, for example: service Payments in Billing.</source>
        <translation>请输入命令，例如：服务 Payments 在 Billing。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command “%1”: start with %2, or write A -&gt; B.</source>
        <translation>未知命令“%1”：请以 %2 开头，或写成 A -&gt; B。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected %1 after “%2”.</source>
        <translation>“%2”之后应为%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>名称最多 %1 个字符；此名称有 %2 个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another %1 is named “%2”.</source>
        <translation>已有另一个名为“%2”的%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+118"/>
        <location line="+98"/>
        <source>a name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>“%1” is given twice.</source>
        <translation>“%1”出现了两次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <source>a domain name</source>
        <translation>领域名称</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+22"/>
        <location line="+147"/>
        <source>a team name</source>
        <translation>团队名称</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Expected an asset name before “-&gt;”.</source>
        <translation>“-&gt;”之前应为资产名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an asset name</source>
        <translation>资产名称</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown link kind “%1”: one of %2.</source>
        <translation>未知的连接类型“%1”：可选值为 %2。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Expected “%1”: %2.</source>
        <translation>应为“%1”：%2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>move NAME to DOMAIN</source>
        <translation>移动 名称 到 领域</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is inside “%2”; a domain cannot move into itself.</source>
        <translation>“%1”位于“%2”内部；领域不能移入其自身。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an asset or domain name</source>
        <translation>资产或领域名称</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>rename NAME to NEW NAME</source>
        <translation>重命名 名称 到 新名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new name</source>
        <translation>新名称</translation>
    </message>
</context>
<context>
    <name>OrgMap::Policy</name>
    <message>
        <location filename="../model/analysis/policy.cpp" line="+81"/>
        <source>must be &quot;orgmap-policy&quot;, not &quot;%1&quot;</source>
        <translation>必须是“orgmap-policy”，而不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an integer, not %1</source>
        <translation>必须是整数，而不是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is newer than this OrgMap supports (highest: %2)</source>
        <translation>版本 %1 高于此 OrgMap 支持的版本（最高：%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 does not exist (supported: %2)</source>
        <translation>版本 %1 不存在（支持：%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown severity &quot;%1&quot; (one of %2)</source>
        <translation>未知严重程度“%1”（可选值：%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an integer of at least 1</source>
        <translation>不小于 1 的整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be %1, not %2</source>
        <translation>必须是%1，而不是 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown rule &quot;%1&quot; (one of %2)</source>
        <translation>未知规则“%1”（可选值：%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only hotspot and scattered-team have a threshold</source>
        <translation>只有 hotspot 和 scattered-team 有阈值</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the document must be a JSON object, not %1</source>
        <translation>文档必须是 JSON 对象，而不是%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>OrgMap::PreferencesDialog</name>
    <message>
        <location filename="../widgets/ui/preferencesdialog.cpp" line="+24"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> cross-domain links</source>
        <translation> 条跨领域连接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotspot threshold:</source>
        <translation>热点阈值(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;API links:</source>
        <translation>API 连接权重(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;data links:</source>
        <translation>数据连接权重(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;event links:</source>
        <translation>事件连接权重(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An asset is a hotspot when it has at least this many links across domain boundaries. The weights add up to its coupling score and to the domain coupling matrix.</source>
        <translation>当资产跨越领域边界的连接数不少于此值时，即视为热点。各权重累加得出其耦合得分以及领域耦合矩阵。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light (bright rooms)</source>
        <translation>浅色（明亮的房间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark (dim rooms)</source>
        <translation>深色（昏暗的房间）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Projector theme:</source>
        <translation>投影仪主题(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User interface:</source>
        <translation>界面(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when OrgMap is started again.</source>
        <translation>新的语言将在下次启动 OrgMap 时生效。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beside the Map</source>
        <translation>使用地图旁的(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the policy file found beside the map again</source>
        <translation>重新使用地图旁的策略文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Policy</source>
        <translation>选择策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap policy (*.orgmap-policy.json);;JSON (*.json)</source>
        <translation>OrgMap 策略 (*.orgmap-policy.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In force:</source>
        <translation>当前生效：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy sets the severity of each rule, turns rules off or the FAIR rules on. OrgMap uses &lt;i&gt;map&lt;/i&gt;.orgmap-policy.json or orgmap-policy.json beside the map unless you choose one.</source>
        <translation>策略可设定每条规则的严重程度、关闭规则或启用 FAIR 规则。除非您另行选择，OrgMap 会使用地图旁的 &lt;i&gt;地图名&lt;/i&gt;.orgmap-policy.json 或 orgmap-policy.json。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>OrgMap::Presentation</name>
    <message>
        <location filename="../widgets/ui/present/presentation.cpp" line="+169"/>
        <source>Spotlight: %1</source>
        <translation>聚焦：%1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Finding %1 of %2: %3 (%4)</source>
        <translation>分析发现 %1/%2：%3（%4）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · 第 %2/%3 步</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 errors · %2 warnings · %3 infos</source>
        <translation>%1 个错误 · %2 个警告 · %3 个提示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole map</source>
        <translation>整张地图</translation>
    </message>
</context>
<context>
    <name>OrgMap::PropertiesDock</name>
    <message>
        <location filename="../widgets/ui/propertiesdock.cpp" line="+17"/>
        <location line="+93"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction</source>
        <translation>交互</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selection</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties: %1</source>
        <translation>属性：%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::PropertyEditor</name>
    <message>
        <location filename="../widgets/ui/propertyeditor.cpp" line="+47"/>
        <source>1 to %1 characters</source>
        <translation>1 到 %1 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name of 1 to %1 characters</source>
        <translation>1 到 %1 个字符的名称</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::QuickEntryBar</name>
    <message>
        <location filename="../widgets/ui/quickentrybar.cpp" line="+32"/>
        <source>service Payments in Billing owned by Core Platform · A -&gt; B · move A to D · Esc</source>
        <translation>服务 Payments 在 Billing 归属 Core Platform · A -&gt; B · 移动 A 到 D · Esc</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::QuickEntryDetail</name>
    <message>
        <location filename="../model/document/quickentrynames.cpp" line="+48"/>
        <source>domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset or domain</source>
        <translation>资产或领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain, team or asset</source>
        <translation>领域、团队或资产</translation>
    </message>
</context>
<context>
    <name>OrgMap::Recovery</name>
    <message>
        <location filename="../widgets/ui/recoverystore.cpp" line="+70"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot lock a file in %1</source>
        <translation>无法锁定 %1 中的文件</translation>
    </message>
</context>
<context>
    <name>OrgMap::ScenarioBar</name>
    <message>
        <location filename="../widgets/ui/scenariobar.cpp" line="+50"/>
        <source>Scenario &quot;%1&quot;: double-click to rename, drag to reorder</source>
        <translation>情景“%1”：双击可重命名，拖动可调整顺序</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Empty Scenario</source>
        <translation>新建空情景(&amp;N)</translation>
    </message>
</context>
<context>
    <name>OrgMap::Scenarios</name>
    <message>
        <location filename="../model/core/scenario.cpp" line="+27"/>
        <source>a scenario needs a name</source>
        <translation>情景需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scenario name must have 1 to %1 characters</source>
        <translation>情景名称必须为 1 到 %1 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is already a scenario called &quot;%1&quot;</source>
        <translation>已有名为“%1”的情景</translation>
    </message>
</context>
<context>
    <name>OrgMap::SelectionSummary</name>
    <message>
        <location filename="../widgets/ui/selectionsummary.cpp" line="+17"/>
        <source>Selected:</source>
        <translation>已选择：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner of all:</source>
        <translation>全部的负责团队(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every selected asset and domain this owner</source>
        <translation>为所有选中的资产和领域指定此负责团队</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 个领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 项资产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 项交互</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(several)</source>
        <translation>（多个）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Assign owner</source>
        <translation>指定负责团队</translation>
    </message>
</context>
<context>
    <name>OrgMap::SqliteStore</name>
    <message>
        <location filename="../model/storage/mapcheck.cpp" line="+101"/>
        <source>table %1, row &quot;%2&quot;</source>
        <translation>表 %1，行“%2”</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>table %1, row (&quot;%2&quot;, %3)</source>
        <translation>表 %1，行（“%2”，%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table %1, row %2 -&gt; %3 (%4)</source>
        <translation>表 %1，行 %2 -&gt; %3（%4）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>another row of table %1</source>
        <translation>表 %1 的另一行</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitetables.cpp" line="-366"/>
        <source>%1: not valid UTF-8 text (OrgMap does not change text it reads; fix the bytes in the database)</source>
        <translation>%1：不是有效的 UTF-8 文本（OrgMap 不会修改读取的文本；请修复数据库中的字节）</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>geometry: %1 is not a number</source>
        <translation>几何数据：%1 不是数字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>geometry_extensions without a geometry</source>
        <translation>有 geometry_extensions 但没有几何数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>geometry: some coordinates are NULL</source>
        <translation>几何数据：部分坐标为 NULL</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>table scenarios, row %1</source>
        <translation>表 scenarios，第 %1 行</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>table scenarios</source>
        <translation>表 scenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/storage/sqlitewriter.cpp" line="+511"/>
        <source>a document needs at least one scenario</source>
        <translation>文档至少需要一个情景</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>must have exactly one row</source>
        <translation>必须恰好有一行</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>asset: unknown asset &quot;%1&quot;</source>
        <translation>asset：未知资产“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>position: expected %1 (positions count 0, 1, 2...)</source>
        <translation>position：应为 %1（位置从 0 开始依次计数：0、1、2……）</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+46"/>
        <source>PRAGMA %1 returned nothing</source>
        <translation>PRAGMA %1 未返回任何结果</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitemaster.cpp" line="+52"/>
        <source>it has a %1 &quot;%2&quot; that OrgMap does not write</source>
        <translation>它有一个 OrgMap 不会写入的 %1“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a %2, not a table</source>
        <translation>“%1”是 %2，不是表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table &quot;%1&quot; is not defined as OrgMap defines it</source>
        <translation>表“%1”的定义与 OrgMap 的定义不同</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table &quot;%1&quot; is missing</source>
        <translation>缺少表“%1”</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+59"/>
        <location filename="../model/storage/sqlitereader.cpp" line="+56"/>
        <location line="+13"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not an OrgMap document</source>
        <translation>%1 是文件夹，不是 OrgMap 文档</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an OrgMap document (not a SQLite database)</source>
        <translation>%1 不是 OrgMap 文档（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has an unfinished change of another program (a hot journal, %1-journal): finish or undo it in that program, or remove the journal to discard the change</source>
        <translation>%1 有另一个程序未完成的更改（热日志 %1-journal）：请在该程序中完成或撤销更改，或删除该日志以放弃更改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1-wal does not belong to %1 (the document is not in WAL mode): it is a leftover of another program; remove it to open the document</source>
        <translation>%1-wal 不属于 %1（该文档不处于 WAL 模式）：它是另一个程序的残留文件；请将其删除后再打开文档</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitereader.cpp" line="-40"/>
        <source>%1 was refused: reading it took longer than %2 s, which no OrgMap document needs (a hostile or damaged file?)</source>
        <translation>%1 被拒绝：读取耗时超过 %2 秒，任何 OrgMap 文档都不需要这么久（恶意或损坏的文件？）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>: scenario &quot;%1&quot;</source>
        <translation>：情景“%1”</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+16"/>
        <source>cannot open %1: it is in WAL mode, and SQLite must write beside it to read it, which the folder does not allow (%2)</source>
        <translation>无法打开 %1：它处于 WAL 模式，SQLite 必须在其旁边写入文件才能读取它，而该文件夹不允许写入（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a SQLite database but not an OrgMap document</source>
        <translation>%1 是 SQLite 数据库，但不是 OrgMap 文档</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was saved by a newer OrgMap (document version %2; this OrgMap reads up to %3)</source>
        <translation>%1 由更新版本的 OrgMap 保存（文档版本 %2；此 OrgMap 最高可读取版本 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document version %1 is not a version OrgMap ever wrote</source>
        <translation>OrgMap 从未写入过文档版本 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an OrgMap document (%2)</source>
        <translation>%1 不是 OrgMap 文档（%2）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PRAGMA quick_check failed</source>
        <translation>PRAGMA quick_check 失败</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitewriter.cpp" line="-54"/>
        <source>the SQLite driver gave no database handle</source>
        <translation>SQLite 驱动程序未提供数据库句柄</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+26"/>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>情景“%1”：%2</translation>
    </message>
</context>
<context>
    <name>OrgMap::StatusSummary</name>
    <message>
        <location filename="../widgets/insight/statussummary.cpp" line="+15"/>
        <source>Findings of the live analysis: click to show them</source>
        <translation>实时分析的发现：点击查看</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
</context>
<context>
    <name>OrgMap::TeamCouplingPanel</name>
    <message>
        <location filename="../widgets/insight/teamcouplingpanel.cpp" line="+22"/>
        <source>collaboration</source>
        <translation>协作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facilitating</source>
        <translation>促进</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-as-a-service</source>
        <translation>X即服务</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Team coupling: declared vs implied</source>
        <translation>团队耦合：已声明与隐含</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congruence = declared pairs / implied pairs</source>
        <translation>一致度 = 已声明的团队对 / 隐含的团队对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No team depends on another through the map</source>
        <translation>根据地图，没有团队依赖其他团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 team dependencies the map implies are declared</source>
        <translation>地图隐含的 %2 项团队依赖中，已声明 %1 项</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <source>%1 ↔ %2 · %n link(s)</source>
        <translation>
            <numerusform>%1 ↔ %2 · %n 条连接</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Undeclared dependencies: %1</source>
        <translation>未声明的依赖：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions with no dependency: %1</source>
        <translation>没有依赖的交互：%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::TeamEditor</name>
    <message>
        <location filename="../widgets/ui/teameditor.cpp" line="+17"/>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unspecified)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream-aligned</source>
        <translation>流对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling</source>
        <translation>赋能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicated subsystem</source>
        <translation>复杂子系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owns:</source>
        <translation>负责：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename team</source>
        <translation>重命名团队</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change team type</source>
        <translation>更改团队类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit team description</source>
        <translation>编辑团队描述</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 and %2</source>
        <comment>a team owns: assets, domains</comment>
        <translation>%1和 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 项资产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 个领域</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewEdits</name>
    <message>
        <location filename="../model/document/viewedits.cpp" line="+34"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add view &quot;%1&quot;</source>
        <translation>添加视图“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename view to &quot;%1&quot;</source>
        <translation>将视图重命名为“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move view &quot;%1&quot;</source>
        <translation>移动视图“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update view &quot;%1&quot;</source>
        <translation>更新视图“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete view &quot;%1&quot;</source>
        <translation>删除视图“%1”</translation>
    </message>
</context>
<context>
    <name>OrgMap::Views</name>
    <message>
        <location filename="../model/core/savedviews.cpp" line="+24"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+96"/>
        <location line="+22"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be %1, not %2</source>
        <translation>必须是%1，而不是%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown key &quot;%1&quot; (extension keys must start with &quot;x-&quot;)</source>
        <translation>未知键“%1”（扩展键必须以“x-”开头）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an id string</source>
        <translation>ID 字符串</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid id (1 to %2 of A-Z a-z 0-9 . _ : -)</source>
        <translation>“%1”不是有效的 ID（须为 1 到 %2 个 A-Z a-z 0-9 . _ : - 字符）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an object {x, y, w, h}</source>
        <translation>对象 {x, y, w, h}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (a camera has x, y, w and h)</source>
        <translation>缺失（镜头须包含 x、y、w 和 h）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of range (at most %1 either way)</source>
        <translation>超出范围（正负方向最多 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a view object</source>
        <translation>视图对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (every view has a name)</source>
        <translation>缺失（每个视图都必须有名称）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be 1 to %1 characters</source>
        <translation>必须为 1 到 %1 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another view is called &quot;%1&quot; (view names are unique ignoring case)</source>
        <translation>已有另一个视图名为“%1”（视图名称不区分大小写，且必须唯一）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (every view has a camera rectangle)</source>
        <translation>缺失（每个视图都必须有镜头矩形）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown highlight &quot;%1&quot; (one of %2)</source>
        <translation>未知的突出显示“%1”（可选值：%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an array of steps</source>
        <translation>步骤数组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array of domain ids</source>
        <translation>领域 ID 数组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a step reveals at least one domain</source>
        <translation>每个步骤至少显示一个领域</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>an array of views</source>
        <translation>视图数组</translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewsDock</name>
    <message>
        <location filename="../widgets/ui/present/viewsdock.cpp" line="+16"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save what the canvas shows as a new view</source>
        <translation>将画布当前显示的内容保存为新视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the selected view&apos;s picture with what the canvas shows</source>
        <translation>用画布当前显示的内容替换所选视图的画面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this view earlier</source>
        <translation>将此视图提前演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this view later</source>
        <translation>将此视图推后演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal steps: the selected domains one step at a time</source>
        <translation>逐步显示：每一步显示所选的领域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Selected Domains as Next Step</source>
        <translation>将所选领域添加为下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Steps</source>
        <translation>清除步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected view</source>
        <translation>删除所选视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected view (Enter)</source>
        <translation>显示所选视图（Enter）</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n reveal step(s)</source>
        <translation>
            <numerusform>%n 个逐步显示步骤</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewsPdf</name>
    <message>
        <location filename="../widgets/canvas/viewspdf.cpp" line="+76"/>
        <source>Findings</source>
        <translation>分析发现</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 errors, %3 warnings, %4 infos</source>
        <translation>%1：%2 个错误，%3 个警告，%4 条提示</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>…以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: cannot draw PDF</source>
        <translation>%1：无法绘制 PDF</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>rendering needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)</source>
        <translation>渲染需要 QGuiApplication（请使用 QT_QPA_PLATFORM=offscreen）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the map has no views (docs/views.md); leave out --views to draw the whole map</source>
        <translation>地图中没有视图（见 docs/views.md）；去掉 --views 即可绘制整张地图</translation>
    </message>
</context>
<context>
    <name>OrgMap::WelcomePage</name>
    <message>
        <location filename="../widgets/ui/welcomepage.cpp" line="+38"/>
        <source>&lt;h3&gt;Welcome to OrgMap&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;欢迎使用 OrgMap&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Map your business domains, the services and data products in them, and the teams that own them.</source>
        <translation>描绘您的业务领域、其中的服务和数据产品，以及负责它们的团队。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open the example map</source>
        <translation>打开示例地图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new map</source>
        <translation>新建地图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a Backstage catalog…</source>
        <translation>导入 Backstage 目录…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近打开的文件&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Three gestures&lt;/b&gt;&lt;br&gt;• Drag from the Palette onto the canvas (or into a domain) to add.&lt;br&gt;• Drag from a node&apos;s round edge handle to another node to connect.&lt;br&gt;• Drop an asset on a team to make it the owner.&lt;br&gt;Right-click anything for what applies there; Help &amp;gt; Getting Started for more.</source>
        <translation>&lt;b&gt;三个手势&lt;/b&gt;&lt;br&gt;• 从组件面板拖到画布上（或拖入某个领域）即可添加。&lt;br&gt;• 从节点的圆形边缘手柄拖到另一个节点即可连接。&lt;br&gt;• 将资产拖放到团队上，即可将该团队设为负责团队。&lt;br&gt;右键单击任意对象可查看适用的操作；更多内容请参阅“帮助 &amp;gt; 入门指南”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Getting Started</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No recent files yet.</source>
        <translation>还没有最近打开的文件。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Getting Started</source>
        <translation>入门指南</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard Shortcuts…</source>
        <translation>键盘快捷键…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/ui/savepaths.cpp" line="+18"/>
        <source>map</source>
        <translation>地图</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../model/document/quickentrywords.h" line="+18"/>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data product</source>
        <translation>数据产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>负责团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in</source>
        <translation>在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owned by</source>
        <translation>归属</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stream-aligned</source>
        <translation>流对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabling</source>
        <translation>赋能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complicated-subsystem</source>
        <translation>复杂子系统</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>api</source>
        <translation>api</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+37"/>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryapply.cpp" line="+66"/>
        <source>Set team type</source>
        <translation>设置团队类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team has that type.</source>
        <translation>该团队已是此类型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That link is on the map.</source>
        <translation>该连接已在地图上。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>It is there already.</source>
        <translation>它已在那里。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move asset</source>
        <translation>移动资产</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The map refuses that move.</source>
        <translation>地图不允许此移动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It has that owner already.</source>
        <translation>它已有该负责团队。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has that name already.</source>
        <translation>它已是该名称。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+98"/>
        <source>--spotlight: no entity &quot;%1&quot; on the map</source>
        <translation>--spotlight：地图上没有实体“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--view: no view &quot;%1&quot; on the map (it has: %2)</source>
        <translation>--view：地图上没有视图“%1”（现有视图：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: could not write the image</source>
        <translation>%1：无法写入图像</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename Map</source>
        <translation>重命名地图</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Map an organisation&apos;s domains, teams and assets.</source>
        <translation>绘制组织的领域、团队和资产地图。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the main window with FILE to OUT (PNG) and exit.</source>
        <translation>将打开 FILE 的主窗口渲染到 OUT (PNG) 后退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>--screenshot 使用的窗口大小（默认 1400x900）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshot: bring PANEL forward first (dashboard or findings).</source>
        <translation>与 --screenshot 一起使用：先将 PANEL 置于前台（dashboard 或 findings）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With --screenshot: zoom to Z (1 = 100%) after fitting.</source>
        <translation>与 --screenshot 一起使用：适应窗口后缩放到 Z（1 = 100%）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --screenshot: compare FILE with OTHER (File &gt; Compare With); --show metrics brings the metrics forward.</source>
        <translation>与 --screenshot 一起使用：将 FILE 与 OTHER 比较（文件 &gt; 与…比较）；--show metrics 将指标置于前台。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --screenshot: show presentation mode (F5).</source>
        <translation>与 --screenshot 一起使用：显示演示模式（F5）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --present: spotlight the entity with this id.</source>
        <translation>与 --present 一起使用：聚焦具有此 ID 的实体。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --present: show step N of the findings tour.</source>
        <translation>与 --present 一起使用：显示分析发现导览的第 N 步。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --present: show the map&apos;s view called NAME.</source>
        <translation>与 --present 一起使用：显示地图中名为 NAME 的视图。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the user interface: en, de, fr, es or zh_CN (default: Preferences, else the system&apos;s).</source>
        <translation>用户界面语言：en、de、fr、es 或 zh_CN（默认使用首选项中的设置，否则使用系统语言）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A map to open (.orgmap, .orgmap.json).</source>
        <translation>要打开的地图（.orgmap、.orgmap.json）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at most one FILE, got %1</source>
        <translation>最多只能指定一个 FILE，实际指定了 %1 个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--zoom: expected a number from %1 to %2 (1 = 100%), got &quot;%3&quot;</source>
        <translation>--zoom：应为 %1 到 %2 之间的数字（1 = 100%），实际为“%3”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size and --zoom need --screenshot</source>
        <translation>--size 和 --zoom 需要 --screenshot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--size: expected WxH between 200x150 and 10000x10000, got &quot;%1&quot;</source>
        <translation>--size：应为 200x150 到 10000x10000 之间的 宽x高，实际为“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>--show: expected dashboard or findings, got &quot;%1&quot;</source>
        <translation>--show：应为 dashboard 或 findings，实际为“%1”</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>--finding: expected a step from 1, got &quot;%1&quot;</source>
        <translation>--finding：应为从 1 开始的步骤，实际为“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--spotlight, --finding and --view need --present</source>
        <translation>--spotlight、--finding 和 --view 需要与 --present 一起使用</translation>
    </message>
</context>
</TS>
