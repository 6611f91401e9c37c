<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>OrgMap</name>
    <message>
        <location filename="../model/merge/conflictresolution.cpp" line="+81"/>
        <source>The conflict of %1 has no entity to take.</source>
        <translation>Für den Konflikt bei %1 gibt es keine Entität, die übernommen werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is no longer in the map.</source>
        <translation>%1 ist nicht mehr in der Karte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conflict of %1 is no longer recorded.</source>
        <translation>Der Konflikt bei %1 ist nicht mehr verzeichnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taking this value for %1 would make the map invalid: %2</source>
        <translation>Mit diesem Wert für %1 wäre die Karte ungültig: %2</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+36"/>
        <source>No %1 named “%2”.</source>
        <translation>%1 „%2“ nicht gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“%1” names %n entities; rename one first.</source>
        <translation>
            <numerusform>„%1“ bezeichnet %n Entität; zuerst eine umbenennen.</numerusform>
            <numerusform>„%1“ bezeichnet %n Entitäten; zuerst eine umbenennen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/compare/comparesubjects.cpp" line="+28"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from no domain</source>
        <translation>aus keiner Domäne</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was top-level</source>
        <translation>war auf oberster Ebene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was: unowned</source>
        <translation>vorher: ohne Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>was: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+45"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::Analysis</name>
    <message numerus="yes">
        <location filename="../model/analysis/checkreporttext.cpp" line="+41"/>
        <source>%n error</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n infos</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Fehler (%n)</numerusform>
            <numerusform>Fehler (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnungen (%n)</numerusform>
            <numerusform>Warnungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Infos (%n)</source>
        <translation>
            <numerusform>Hinweise (%n)</numerusform>
            <numerusform>Hinweise (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n domain</source>
        <translation>
            <numerusform>%n Domäne</numerusform>
            <numerusform>%n Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domains</source>
        <translation>
            <numerusform>%n Domäne</numerusform>
            <numerusform>%n Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n teams</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset</source>
        <translation>
            <numerusform>%n Asset</numerusform>
            <numerusform>%n Assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assets</source>
        <translation>
            <numerusform>%n Asset</numerusform>
            <numerusform>%n Assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n links</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n interaction</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n interactions</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed map)</source>
        <translation>(unbenannte Karte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <location filename="../model/analysis/findings.cpp" line="+22"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top %1 of %2 hotspots</source>
        <translation>Die %1 stärksten von %2 Hotspots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cross-domain links</source>
        <translation>Domänenübergreifende Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Betweenness estimated from %1 of %2 source assets.</source>
        <translation>  Betweenness geschätzt aus %1 von %2 Ausgangs-Assets.</translation>
    </message>
    <message>
        <location filename="../model/analysis/findings.cpp" line="-5"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service %1 has no owning team.</source>
        <translation>Service %1 hat kein zuständiges Team.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product %1 has no owning team.</source>
        <translation>Datenprodukt %1 hat kein zuständiges Team.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service %1 is in no domain.</source>
        <translation>Service %1 gehört zu keiner Domäne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product %1 is in no domain.</source>
        <translation>Datenprodukt %1 gehört zu keiner Domäne.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Service %1 has %n cross-domain link (coupling score %2).</source>
        <translation>
            <numerusform>Service %1 hat %n domänenübergreifende Verbindung (Kopplungswert %2).</numerusform>
            <numerusform>Service %1 hat %n domänenübergreifende Verbindungen (Kopplungswert %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Service %1 has %n cross-domain links (coupling score %2).</source>
        <translation>
            <numerusform>Service %1 hat %n domänenübergreifende Verbindung (Kopplungswert %2).</numerusform>
            <numerusform>Service %1 hat %n domänenübergreifende Verbindungen (Kopplungswert %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Data product %1 has %n cross-domain link (coupling score %2).</source>
        <translation>
            <numerusform>Datenprodukt %1 hat %n domänenübergreifende Verbindung (Kopplungswert %2).</numerusform>
            <numerusform>Datenprodukt %1 hat %n domänenübergreifende Verbindungen (Kopplungswert %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Data product %1 has %n cross-domain links (coupling score %2).</source>
        <translation>
            <numerusform>Datenprodukt %1 hat %n domänenübergreifende Verbindung (Kopplungswert %2).</numerusform>
            <numerusform>Datenprodukt %1 hat %n domänenübergreifende Verbindungen (Kopplungswert %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data product %1 has neither a description nor a tag, so nobody searching for it will find it.</source>
        <translation>Datenprodukt %1 hat weder eine Beschreibung noch ein Schlagwort, daher findet es niemand, der danach sucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no description, so nobody searching for it will find it.</source>
        <translation>Datenprodukt %1 hat keine Beschreibung, daher findet es niemand, der danach sucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product %1 has no tag, so nobody searching for it will find it.</source>
        <translation>Datenprodukt %1 hat kein Schlagwort, daher findet es niemand, der danach sucht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data product %1 has neither documentation nor a classification, so others cannot tell how they may reuse it.</source>
        <translation>Datenprodukt %1 hat weder eine Dokumentation noch eine Klassifizierung, daher wissen andere nicht, wie sie es wiederverwenden dürfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no documentation, so others cannot tell how to reuse it.</source>
        <translation>Datenprodukt %1 hat keine Dokumentation, daher wissen andere nicht, wie sie es wiederverwenden können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product %1 has no classification, so others cannot tell whether they may reuse it.</source>
        <translation>Datenprodukt %1 hat keine Klassifizierung, daher wissen andere nicht, ob sie es wiederverwenden dürfen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data product %1 has no port, so consumers have no way to read it.</source>
        <translation>Datenprodukt %1 hat keinen Port, daher haben Nutzer keinen Weg, es zu lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no contract, so consumers cannot rely on its schema and terms.</source>
        <translation>Datenprodukt %1 hat keinen Vertrag, daher können sich Nutzer nicht auf sein Schema und seine Bedingungen verlassen.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Data product %1 is consumed by no asset: no link leads to it.</source>
        <translation>Datenprodukt %1 wird von keinem Asset genutzt: Keine Verbindung führt zu ihm.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Team %1 owns no asset and no domain.</source>
        <translation>Team %1 ist für kein Asset und keine Domäne zuständig.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Team %1 owns assets in %n domains: %2.</source>
        <translation>
            <numerusform>Team %1 ist für Assets in %n Domäne zuständig: %2.</numerusform>
            <numerusform>Team %1 ist für Assets in %n Domänen zuständig: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Domain %1 contains no asset, neither directly nor in a subdomain.</source>
        <translation>Domäne %1 enthält kein Asset, weder direkt noch in einer Subdomäne.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Domain %1 is on a dependency cycle of %n domains: %2.</source>
        <translation>
            <numerusform>Domäne %1 liegt auf einem Abhängigkeitszyklus aus %n Domäne: %2.</numerusform>
            <numerusform>Domäne %1 liegt auf einem Abhängigkeitszyklus aus %n Domänen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/analysis/sarifreport.cpp" line="+46"/>
        <source>An asset has no owning team.</source>
        <translation>Ein Asset hat kein zuständiges Team.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An asset is in no domain.</source>
        <translation>Ein Asset gehört zu keiner Domäne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product is consumed by no asset.</source>
        <translation>Ein Datenprodukt wird von keinem Asset genutzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team owns no asset and no domain.</source>
        <translation>Ein Team ist für kein Asset und keine Domäne zuständig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A domain contains no asset.</source>
        <translation>Eine Domäne enthält kein Asset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team owns assets in many domains.</source>
        <translation>Ein Team ist für Assets in vielen Domänen zuständig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains depend on each other in a cycle.</source>
        <translation>Domänen hängen zyklisch voneinander ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An asset has many cross-domain links.</source>
        <translation>Ein Asset hat viele domänenübergreifende Verbindungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no description or no tag.</source>
        <translation>Ein Datenprodukt hat keine Beschreibung oder kein Schlagwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no port.</source>
        <translation>Ein Datenprodukt hat keinen Port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no contract.</source>
        <translation>Ein Datenprodukt hat keinen Vertrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no documentation or no classification.</source>
        <translation>Ein Datenprodukt hat keine Dokumentation oder keine Klassifizierung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody is accountable for an asset without an owner, so its incidents and changes have no one to go to.</source>
        <translation>Für ein Asset ohne zuständiges Team ist niemand verantwortlich, daher gibt es für seine Störungen und Änderungen keine Anlaufstelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An asset outside every domain belongs to no bounded context, so its language and boundaries are nobody&apos;s to keep.</source>
        <translation>Ein Asset außerhalb jeder Domäne gehört zu keinem Bounded Context, daher pflegt niemand seine Sprache und seine Grenzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A data product that nothing consumes costs upkeep without delivering value, or its consumers are missing from the map.</source>
        <translation>Ein Datenprodukt, das von nichts genutzt wird, kostet Pflege, ohne Nutzen zu bringen – oder seine Nutzer fehlen auf der Karte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team that owns nothing on the map is either missing its ownership or no longer needed.</source>
        <translation>Ein Team, das für nichts auf der Karte zuständig ist, hat entweder keine eingetragenen Zuständigkeiten oder wird nicht mehr gebraucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A domain without assets is a boundary drawn around nothing, or its assets are placed elsewhere.</source>
        <translation>Eine Domäne ohne Assets ist eine Grenze um nichts – oder ihre Assets liegen an anderer Stelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team spread over many domains must keep several models in mind, which slows it and blurs ownership.</source>
        <translation>Ein Team, das über viele Domänen verteilt ist, muss mehrere Modelle im Kopf behalten; das bremst es und verwischt die Zuständigkeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains that depend on each other in a cycle cannot change or ship independently.</source>
        <translation>Domänen, die zyklisch voneinander abhängen, können nicht unabhängig voneinander geändert oder ausgeliefert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An asset with many cross-domain links couples domains tightly, so a change to it ripples through all of them.</source>
        <translation>Ein Asset mit vielen domänenübergreifenden Verbindungen koppelt Domänen eng, daher wirkt sich jede Änderung daran auf alle diese Domänen aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a description and tags, consumers searching for data cannot find the data product.</source>
        <translation>Ohne Beschreibung und Schlagwörter finden Nutzer, die nach Daten suchen, das Datenprodukt nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a port, consumers have no defined way to read the data product.</source>
        <translation>Ohne Port haben Nutzer keinen festgelegten Weg, das Datenprodukt zu lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a contract, consumers cannot rely on the data product&apos;s schema and terms.</source>
        <translation>Ohne Vertrag können sich Nutzer nicht auf Schema und Bedingungen des Datenprodukts verlassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without documentation and a classification, others cannot tell how and whether they may reuse the data product.</source>
        <translation>Ohne Dokumentation und Klassifizierung wissen andere nicht, wie und ob sie das Datenprodukt wiederverwenden dürfen.</translation>
    </message>
</context>
<context>
    <name>OrgMap::AssetEditor</name>
    <message>
        <location filename="../widgets/ui/asseteditor.cpp" line="+33"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;omain:</source>
        <translation>D&amp;omäne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma, separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation:</source>
        <translation>Dokumentation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL or path</source>
        <translation>URL oder Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Vertrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL or path of the schema</source>
        <translation>URL oder Pfad des Schemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification:</source>
        <translation>&amp;Klassifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unspecified)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Streng vertraulich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Add port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+70"/>
        <source>Remove port</source>
        <translation>Port entfernen</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename asset</source>
        <translation>Asset umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit documentation link</source>
        <translation>Dokumentationslink bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit contract</source>
        <translation>Vertrag bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit asset description</source>
        <translation>Asset-Beschreibung bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change asset kind</source>
        <translation>Asset-Art ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change classification</source>
        <translation>Klassifizierung ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Edit ports</source>
        <translation>Ports bearbeiten</translation>
    </message>
</context>
<context>
    <name>OrgMap::BackstageImport</name>
    <message>
        <location filename="../model/import/backstagecatalog.cpp" line="+61"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2): a URL, not fetched</source>
        <translation>%1 (%2): eine URL, nicht abgerufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): does not exist</source>
        <translation>%1 (%2): existiert nicht</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: not valid YAML: %2</source>
        <translation>%1: kein gültiges YAML: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not an entity (a mapping with apiVersion, kind and metadata)</source>
        <translation>%1: keine Entität (ein Mapping mit apiVersion, kind und metadata)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: entity without %2</source>
        <translation>%1: Entität ohne %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: entity without metadata.name</source>
        <translation>%1: Entität ohne metadata.name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: metadata.name &quot;%2&quot; is not a valid entity name (letters, digits, -, _ and ., at most 63)</source>
        <translation>%1: metadata.name „%2“ ist kein gültiger Entitätsname (Buchstaben, Ziffern, -, _ und ., höchstens 63)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: metadata.namespace &quot;%2&quot; is not a valid namespace</source>
        <translation>%1: metadata.namespace „%2“ ist kein gültiger Namespace</translation>
    </message>
    <message>
        <location filename="../model/import/backstagemapping.cpp" line="+71"/>
        <source>%1 at %2:%3 replaces the one at %4:%5</source>
        <translation>%1 bei %2:%3 ersetzt den Eintrag bei %4:%5</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n entities of kind %1 not imported</source>
        <translation>
            <numerusform>%n Entität der Art %1 nicht importiert</numerusform>
            <numerusform>%n Entitäten der Art %1 nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage catalog</source>
        <translation>Backstage-Katalog</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is owned by %2, a user: left unowned</source>
        <translation>%1 gehört %2, einem Benutzer: bleibt ohne zuständiges Team</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: owner %2 is not a group</source>
        <translation>%1: Owner %2 ist keine Gruppe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: team for %2, owner of %3, not in the catalog</source>
        <translation>%1: Team für %2, Owner von %3, nicht im Katalog</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 %3 is neither a system nor a domain</source>
        <translation>%1: %2 %3 ist weder ein System noch eine Domäne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: domain for %2, %3 of %4, not in the catalog</source>
        <translation>%1: Domäne für %2, %3 von %4, nicht im Katalog</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: parent %2 would make a cycle: left at top level</source>
        <translation>%1: übergeordnete Domäne %2 ergäbe einen Zyklus: bleibt auf oberster Ebene</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: a group of type %2 that owns nothing imported</source>
        <translation>%1: eine Gruppe vom Typ %2, die für nichts Importiertes zuständig ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: orgmap/team-type &quot;%2&quot; is not one of %3</source>
        <translation>%1: orgmap/team-type „%2“ ist keiner der Werte %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: consumesApis %2 is not an API in the catalog</source>
        <translation>%1: consumesApis %2 ist keine API im Katalog</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: consumesApis %2, which nothing provides</source>
        <translation>%1: consumesApis %2, die nichts bereitstellt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: dependsOn %2 is not a component or resource in the catalog</source>
        <translation>%1: dependsOn %2 ist weder eine Komponente noch eine Ressource im Katalog</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: dependencyOf %2 is not a component or resource in the catalog</source>
        <translation>%1: dependencyOf %2 ist weder eine Komponente noch eine Ressource im Katalog</translation>
    </message>
</context>
<context>
    <name>OrgMap::ChangesDock</name>
    <message>
        <location filename="../widgets/compare/changesdock.cpp" line="+36"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter changes (name, id, field)</source>
        <translation>Änderungen filtern (Name, ID, Feld)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Map changed</source>
        <translation>Karte geändert</translation>
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
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>%1 von %n Änderung angezeigt</numerusform>
            <numerusform>%1 von %n Änderungen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::Cli</name>
    <message>
        <location filename="../app/cli/diff.cpp" line="+71"/>
        <source>new file: compared with an empty map</source>
        <translation>neue Datei: mit einer leeren Karte verglichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted file: compared with an empty map</source>
        <translation>gelöschte Datei: mit einer leeren Karte verglichen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format muss text oder json sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>orgmap diff %1: unmerged, nothing to compare
</source>
        <translation>orgmap diff %1: nicht zusammengeführt, nichts zu vergleichen
</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>expected diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (as git passes them), got %n argument(s)</source>
        <translation>
            <numerusform>diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE erwartet (wie git sie übergibt), %n Argument erhalten</numerusform>
            <numerusform>diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE erwartet (wie git sie übergibt), %n Argumente erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+25"/>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2, nicht „%3“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write to standard output: %1</source>
        <translation>kann nicht auf die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/generate.cpp" line="+24"/>
        <source>generate needs --assets N</source>
        <translation>generate braucht --assets N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--assets: at most %1 assets can be generated, not %2</source>
        <translation>--assets: es können höchstens %1 Assets erzeugt werden, nicht %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--seed needs a whole number, not &quot;%1&quot;</source>
        <translation>--seed braucht eine ganze Zahl, nicht „%1“</translation>
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
        <translation>Aufruf: orgmap-cli COMMAND [OPTIONS]

Befehle:
  check MAP [--policy FILE] [--format text|json|sarif] [--hotspot-threshold N]
        [--scenario NAME]
        Analysiert eine Karte: verwaiste Assets, Kopplungs-Hotspots, Domänenzyklen;
        mit einer Richtlinie auch deren Schweregrade, Schwellen und FAIR-Regeln.
        Exit-Status 0: kein Befund auf oder über failOn der Richtlinie
        (Standard: error); 1: mindestens einer; 2: unbrauchbare Karte oder Richtlinie.
  convert IN OUT [--scenario NAME]
        Konvertiert zwischen .orgmap (SQLite) und .orgmap.json oder exportiert
        nach .graphml (yEd, Gephi, NetworkX), .dot/.gv (Graphviz) oder .mmd
        (Mermaid), je nach Endung von OUT; jede andere Endung wird abgelehnt.
        .orgmap nach .orgmap behält alle Szenarien; sonst wird eine Karte
        geschrieben: --scenario NAME, sonst die erste (stderr nennt die übrigen).
  diff OLD NEW [--format text|json] [--geometry] [--hotspot-threshold N]
       [--old-scenario NAME] [--new-scenario NAME]
        Was sich zwischen zwei Karten geändert hat und wie es die Analyse beeinflusst.
        Exit-Status 0: keine Änderung; 1: Änderungen; 2: unbrauchbare Eingabe.
        diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE
        ist die Form, die git aufruft (diff.orgmap.command); Exit-Status 0 bei Erfolg.
  generate --assets N [--seed S] [--no-geometry] OUT
        Schreibt eine deterministische synthetische Karte für Benchmarks und Demos.
  import backstage PATH... [-o OUT] [--into MAP] [--lenient]
  import odps PATH... [-o OUT] [--into MAP]
        Importiert einen Backstage-Katalog oder ODPS-Datenproduktbeschreibungen
        (Dateien oder Ordner), angeordnet; --into importiert erneut in diese Karte.
        Bericht auf stderr; Exit-Status 2, wenn die Eingabe abgelehnt wird.
  layout IN OUT [--all] [--team-lane] [--scenario NAME]
        Schreibt IN mit berechneter Geometrie für alles, dem sie fehlt (mit --all
        für alles), nach OUT; --team-lane legt die Teams in eine Bahn oben.
  merge BASE OURS THEIRS [-o OUT]
        Dreiwege-Merge von Karten (ein git-Merge-Treiber): schreibt das Ergebnis
        als JSON nach OUT (Standard: über OURS). Exit-Status 0: zusammengeführt;
        1: Konflikte bleiben (in &quot;x-orgmap-conflicts&quot;); 2: unbrauchbare Eingabe.
  render MAP OUT.png|OUT.svg|OUT.pdf [--scale S] [--views] [--scenario NAME]
        Zeichnet die Karte wie der Editor, ohne Fenster.

MAP und IN dürfen - für die Standardeingabe sein; OUT - für JSON auf der Standardausgabe.
--scenario NAME wählt ein Szenario eines .orgmap-Dokuments (Standard: das erste;
stderr nennt die übrigen); ein unbekannter Name ergibt Exit-Status 2.
Optionen: --help, --version
  --lang CODE
        Sprache der Meldungen: en, de, fr, es oder zh_CN (Standard: die in den
        Einstellungen des Editors gewählte Sprache, sonst die des Systems).
</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no command given (try orgmap-cli --help)</source>
        <translation>kein Befehl angegeben (siehe orgmap-cli --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &quot;%1&quot; (try orgmap-cli --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe orgmap-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/render.cpp" line="+31"/>
        <source>--scale needs a number from 0.1 to 8, not &quot;%1&quot;</source>
        <translation>--scale braucht eine Zahl von 0.1 bis 8, nicht „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the output must end in .png, .svg or .pdf</source>
        <translation>%1: die Ausgabe muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--views: the views are drawn as PDF pages; name a .pdf</source>
        <translation>--views: die Ansichten werden als PDF-Seiten gezeichnet; eine .pdf angeben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this build has no renderer</source>
        <translation>dieser Build enthält keinen Renderer</translation>
    </message>
    <message>
        <location filename="../app/cli/check.cpp" line="+33"/>
        <source>--format must be text, json or sarif, not &quot;%1&quot;</source>
        <translation>--format muss text, json oder sarif sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="+16"/>
        <source>import needs a source: import backstage|odps PATH... [-o OUT] [--into MAP]</source>
        <translation>import braucht eine Quelle: import backstage|odps PATH... [-o OUT] [--into MAP]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>import %1 needs at least one PATH</source>
        <translation>import %1 braucht mindestens einen PATH</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import refused, nothing written:
</source>
        <translation>Import abgelehnt, nichts geschrieben:
</translation>
    </message>
    <message>
        <location filename="../app/cli/merge.cpp" line="+139"/>
        <source>merge: the merged map would be invalid (a bug): %1</source>
        <translation>merge: die zusammengeführte Karte wäre ungültig (ein Programmfehler): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>note: %n conflict(s) left by an earlier merge dropped
</source>
        <translation>
            <numerusform>Hinweis: %n Konflikt aus einem früheren Merge verworfen
</numerusform>
            <numerusform>Hinweis: %n Konflikte aus einem früheren Merge verworfen
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geometry: %1 moved on both sides; ours kept
</source>
        <translation>Geometrie: %1 auf beiden Seiten verschoben; OURS beibehalten
</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s): ours kept, listed in &quot;x-orgmap-conflicts&quot; of %1
</source>
        <translation>
            <numerusform>%n Konflikt: OURS beibehalten, aufgeführt in „x-orgmap-conflicts“ von %1
</numerusform>
            <numerusform>%n Konflikte: OURS beibehalten, aufgeführt in „x-orgmap-conflicts“ von %1
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/maploading.cpp" line="+40"/>
        <source>%1 has %2 scenarios: wrote the first, &quot;%3&quot;; not written: %4 (name one with --scenario NAME)</source>
        <translation>%1 hat %2 Szenarien: das erste, „%3“, geschrieben; nicht geschrieben: %4 (eines mit --scenario NAME wählen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has %2 scenarios: read the first, &quot;%3&quot;; not read: %4 (name one with --scenario NAME)</source>
        <translation>%1 hat %2 Szenarien: das erste, „%3“, gelesen; nicht gelesen: %4 (eines mit --scenario NAME wählen)</translation>
    </message>
</context>
<context>
    <name>OrgMap::Cli::Report</name>
    <message>
        <location filename="../app/cli/merge.cpp" line="-114"/>
        <source>map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>changed differently on both sides</source>
        <translation>auf beiden Seiten unterschiedlich geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed on one side, changed on the other</source>
        <translation>auf einer Seite entfernt, auf der anderen geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its id names another entity on the other side</source>
        <translation>seine ID bezeichnet auf der anderen Seite eine andere Entität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind and data-product fields changed on different sides</source>
        <translation>Art und Datenprodukt-Felder auf verschiedenen Seiten geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refers to an entity the merge removed</source>
        <translation>verweist auf eine Entität, die der Merge entfernt hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the merged parents form a cycle</source>
        <translation>die zusammengeführten übergeordneten Domänen bilden einen Zyklus</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareLayer</name>
    <message>
        <location filename="../widgets/compare/comparelayer.cpp" line="+211"/>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REMOVED</source>
        <translation>ENTFERNT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareMode</name>
    <message>
        <location filename="../widgets/compare/comparemode.cpp" line="+77"/>
        <source>Space: before/after · Esc: leave</source>
        <translation>Leertaste: vorher/nachher · Esc: verlassen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not comparing: there are no metrics to export.</source>
        <translation>Kein Vergleich aktiv: Es gibt keine Kennzahlen zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareView</name>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="+92"/>
        <location line="+244"/>
        <source>Show &amp;Before</source>
        <translation>&amp;Vorher zeigen</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Flip between the older and the newer map (Space)</source>
        <translation>Zwischen der älteren und der neueren Karte umschalten (Leertaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;wap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the older map the newer one</source>
        <translation>Die ältere Karte zur neueren machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Metrics PNG…</source>
        <translation>Kennzahlen als PNG &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Leave Compare</source>
        <translation>Vergleich ver&amp;lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to editing (Esc)</source>
        <translation>Zurück zum Bearbeiten (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message numerus="yes">
        <location line="+199"/>
        <source>&lt;b&gt;Comparing&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n change(s) &amp;nbsp;·&amp;nbsp; &lt;i&gt;read-only&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Vergleich&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n Änderung &amp;nbsp;·&amp;nbsp; &lt;i&gt;schreibgeschützt&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;Vergleich&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n Änderungen &amp;nbsp;·&amp;nbsp; &lt;i&gt;schreibgeschützt&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BEFORE: %1</source>
        <translation>VORHER: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AFTER: %1</source>
        <translation>NACHHER: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;After</source>
        <translation>&amp;Nachher zeigen</translation>
    </message>
</context>
<context>
    <name>OrgMap::ConflictsDock</name>
    <message>
        <location filename="../widgets/ui/conflictsdock.cpp" line="+48"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the map</source>
        <translation>die Karte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>whole %1</source>
        <translation>%1 als Ganzes</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>base</source>
        <translation>BASE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ours</source>
        <translation>OURS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theirs</source>
        <translation>THEIRS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take &amp;Ours</source>
        <translation>&amp;OURS übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;Theirs</source>
        <translation>&amp;THEIRS übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;Base</source>
        <translation>&amp;BASE übernehmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>BASE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ours</source>
        <translation>OURS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>THEIRS</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Take Ours</source>
        <translation>OURS übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Theirs</source>
        <translation>THEIRS übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Base</source>
        <translation>BASE übernehmen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Resolve %1 of %2 with %3</source>
        <translation>%1 von %2 mit %3 auflösen</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n conflict(s) left</source>
        <translation>
            <numerusform>Noch %n Konflikt</numerusform>
            <numerusform>Noch %n Konflikte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ConnectDialog</name>
    <message>
        <location filename="../widgets/ui/connectdialog.cpp" line="+24"/>
        <source>Connect teams</source>
        <translation>Teams verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect assets</source>
        <translation>Assets verbinden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Swap direction</source>
        <translation>Richtung &amp;tauschen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Von &lt;b&gt;%1&lt;/b&gt; zu &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; depends on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hängt von &lt;b&gt;%2&lt;/b&gt; ab</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These teams already interact that way.</source>
        <translation>Diese Teams interagieren bereits auf diese Weise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There already is such a link between these assets.</source>
        <translation>Zwischen diesen Assets besteht bereits eine solche Verbindung.</translation>
    </message>
</context>
<context>
    <name>OrgMap::ConnectionEditor</name>
    <message>
        <location filename="../widgets/ui/connectioneditor.cpp" line="+19"/>
        <source>Connects:</source>
        <translation>Verbindet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit link label</source>
        <translation>Verbindungsbeschriftung bearbeiten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 depends on %2</source>
        <translation>%1 hängt von %2 ab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There already is such a link between these assets.</source>
        <translation>Zwischen diesen Assets besteht bereits eine solche Verbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change link kind</source>
        <translation>Verbindungsart ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These teams already interact that way.</source>
        <translation>Diese Teams interagieren bereits auf diese Weise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change interaction mode</source>
        <translation>Interaktionsmodus ändern</translation>
    </message>
</context>
<context>
    <name>OrgMap::CouplingHeatMap</name>
    <message>
        <location filename="../widgets/insight/couplingheatmap.cpp" line="+91"/>
        <source>Domain coupling (row → column)</source>
        <translation>Domänenkopplung (Zeile → Spalte)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Domain coupling (row → column) · top %1 of %2</source>
        <translation>Domänenkopplung (Zeile → Spalte) · %1 von %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No links between domains</source>
        <translation>Keine Verbindungen zwischen Domänen</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%1 → %2: %n link(s), weight %3</source>
        <translation>
            <numerusform>%1 → %2: %n Verbindung, Gewicht %3</numerusform>
            <numerusform>%1 → %2: %n Verbindungen, Gewicht %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2: no links</source>
        <translation>%1 → %2: keine Verbindungen</translation>
    </message>
</context>
<context>
    <name>OrgMap::DashboardWidget</name>
    <message>
        <location filename="../widgets/insight/dashboardwidget.cpp" line="+48"/>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Top hotspots by coupling score</source>
        <translation>Die stärksten Hotspots nach Kopplungswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain coupling: afferent (Ca) and efferent (Ce)</source>
        <translation>Domänenkopplung: afferent (Ca) und efferent (Ce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets per owning team</source>
        <translation>Assets je zuständigem Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains spanned per team</source>
        <translation>Domänen je Team</translation>
    </message>
    <message>
        <location line="+217"/>
        <location line="+51"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Domains: Ca / Ce</source>
        <translation>Domänen: Ca / Ce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling score</source>
        <translation>Kopplungswert</translation>
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
            <numerusform>%n Domäne</numerusform>
            <numerusform>%n Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n Asset</numerusform>
            <numerusform>%n Assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Top hotspots</source>
        <translation>Die stärksten Hotspots</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Ca in</source>
        <translation>Ca ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce out</source>
        <translation>Ce aus</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Top hotspots · %1/%2</source>
        <translation>Die stärksten Hotspots · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets per team</source>
        <translation>Assets je Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets per team · %1/%2</source>
        <translation>Assets pro Team · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains per team</source>
        <translation>Domänen je Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domains/team · %1/%2</source>
        <translation>Domänen/Team · %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains Ca/Ce · %1/%2</source>
        <translation>Domänen Ca/Ce · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupling score</source>
        <translation>Kopplungswert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assets owned</source>
        <translation>zugeordnete Assets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>distinct domains</source>
        <translation>verschiedene Domänen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not write the dashboard image to %1</source>
        <translation>Das Dashboard-Bild konnte nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>OrgMap::Diff</name>
    <message>
        <location filename="../model/diff/diffreporttext.cpp" line="+58"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains (%1)</source>
        <translation>Domänen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams (%1)</source>
        <translation>Teams (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets (%1)</source>
        <translation>Assets (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links (%1)</source>
        <translation>Verbindungen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions (%1)</source>
        <translation>Interaktionen (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain links</source>
        <translation>Domänenübergreifende Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain weight</source>
        <translation>Domänenübergreifendes Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned assets</source>
        <translation>Verwaiste Assets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unowned assets</source>
        <translation>Assets ohne zuständiges Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain cycles</source>
        <translation>Domänenzyklen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains on cycles</source>
        <translation>Domänen in Zyklen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scattered teams</source>
        <translation>Verstreute Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infos</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delta</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Domain</source>
        <translation>Domäne</translation>
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
        <translation>Instabilität</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Domains whose numbers changed (%1)</source>
        <translation>Domänen mit geänderten Zahlen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n change</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(unnamed map)</source>
        <translation>(unbenannte Karte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt, %4 geändert</translation>
    </message>
</context>
<context>
    <name>OrgMap::Document</name>
    <message>
        <location filename="../model/document/document_edits.cpp" line="+19"/>
        <source>Add domain &quot;%1&quot;</source>
        <translation>Domäne „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add team &quot;%1&quot;</source>
        <translation>Team „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add service &quot;%1&quot;</source>
        <translation>Service „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add data product &quot;%1&quot;</source>
        <translation>Datenprodukt „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add interaction</source>
        <translation>Interaktion hinzufügen</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/document_changes.cpp" line="+21"/>
        <source>Change domain &quot;%1&quot;</source>
        <translation>Domäne „%1“ ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change team &quot;%1&quot;</source>
        <translation>Team „%1“ ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change &quot;%1&quot;</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change connection</source>
        <translation>Verbindung ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change map properties</source>
        <translation>Karteneigenschaften ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Remove owner of &quot;%1&quot;</source>
        <translation>Zuständigkeit für „%1“ aufheben</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Make %1 owner of &quot;%2&quot;</source>
        <translation>%1 für „%2“ zuständig machen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take &quot;%1&quot; out of its domain</source>
        <translation>„%1“ aus seiner Domäne herausnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &quot;%1&quot; into %2</source>
        <translation>„%1“ nach %2 verschieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change parent of &quot;%1&quot;</source>
        <translation>Übergeordnete Domäne von „%1“ ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resize &quot;%1&quot;</source>
        <translation>Größe von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../model/document/document_scenarios.cpp" line="+145"/>
        <source>New scenario &quot;%1&quot;</source>
        <translation>Neues Szenario „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicate scenario &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>Szenario „%1“ als „%2“ duplizieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Szenario „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“ löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../model/document/document_checks.cpp" line="+22"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 name</source>
        <translation>Name von Port %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Übergeordnete Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Zuständiges Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position x</source>
        <translation>Position x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position y</source>
        <translation>Position y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
</context>
<context>
    <name>OrgMap::DomainEditor</name>
    <message>
        <location filename="../widgets/ui/domaineditor.cpp" line="+22"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+53"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Use a colour derived from the domain</source>
        <translation>Eine aus der Domäne abgeleitete Farbe verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inside:</source>
        <translation>&amp;Enthalten in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename domain</source>
        <translation>Domäne umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit domain description</source>
        <translation>Domänenbeschreibung bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>Change domain colour</source>
        <translation>Domänenfarbe ändern</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Domain colour</source>
        <translation>Domänenfarbe</translation>
    </message>
</context>
<context>
    <name>OrgMap::EntityActions</name>
    <message>
        <location filename="../widgets/ui/entityactions.cpp" line="+58"/>
        <source>&amp;Subdomain</source>
        <translation>&amp;Subdomäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Domain to Contents</source>
        <translation>Domäne an Inhalt an&amp;passen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a domain inside the selected domain</source>
        <translation>Eine Domäne in der ausgewählten Domäne hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrink or grow the selected domain to what it holds</source>
        <translation>Die ausgewählte Domäne auf ihren Inhalt verkleinern oder vergrößern</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+158"/>
        <source>&amp;Insert Here</source>
        <translation>&amp;Hier einfügen</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Set &amp;Owner</source>
        <translation>&amp;Zuständiges Team festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign owner</source>
        <translation>Zuständiges Team zuordnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No Owner</source>
        <translation>Kein zuständiges Team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Move to Domain</source>
        <translation>In &amp;Domäne verschieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to domain</source>
        <translation>In Domäne verschieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No Domain</source>
        <translation>Keine Domäne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top Level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;Links</source>
        <translation>Verbindungen aus&amp;wählen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;potlight</source>
        <translation>S&amp;potlight</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in &amp;Outline</source>
        <translation>In &amp;Gliederung zeigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show on &amp;Canvas</source>
        <translation>Auf Zeichen&amp;fläche zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>&amp;Properties</source>
        <translation>Eigen&amp;schaften</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Select &amp;Ends</source>
        <translation>&amp;Enden auswählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete Link</source>
        <translation>Verbindung &amp;löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete Interaction</source>
        <translation>Interaktion &amp;löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Fit to Window</source>
        <translation>An Fenster &amp;anpassen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Select Affected on Canvas</source>
        <translation>Betroffene auf der Zeichenfläche &amp;auswählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>OrgMap::ExportImageDialog</name>
    <message>
        <location filename="../widgets/ui/exportimagedialog.cpp" line="+19"/>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparenter Hintergrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole map</source>
        <translation>&amp;Gesamte Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Selection</source>
        <translation>&amp;Auswahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale:</source>
        <translation>Maßstab:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
</context>
<context>
    <name>OrgMap::FileFormat</name>
    <message>
        <location filename="../model/storage/fileformat.cpp" line="+25"/>
        <source>OrgMap document</source>
        <translation>OrgMap-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap JSON</source>
        <translation>OrgMap-JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GraphML (yEd, Gephi, NetworkX)</source>
        <translation>GraphML (yEd, Gephi, NetworkX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid flowchart</source>
        <translation>Mermaid-Flussdiagramm</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a name without an extension names no format</source>
        <translation>ein Name ohne Endung bezeichnet kein Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.%1 is not a format OrgMap writes</source>
        <translation>.%1 ist kein Format, das OrgMap schreibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2; use one of %3</source>
        <translation>%1: %2; verwenden Sie eines von %3</translation>
    </message>
</context>
<context>
    <name>OrgMap::FindingsDock</name>
    <message>
        <location filename="../widgets/insight/findingsdock.cpp" line="+16"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n shown · %1</source>
        <comment>%1: &quot;2 errors · 14 warnings · 5 infos&quot;</comment>
        <translation>
            <numerusform>%n angezeigt · %1</numerusform>
            <numerusform>%n angezeigt · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::FindingsModel</name>
    <message>
        <location filename="../widgets/insight/findingsmodel.cpp" line="+101"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>OrgMap::HighlightLayer</name>
    <message>
        <location filename="../widgets/canvas/highlightlayer.cpp" line="+302"/>
        <source>FAIR: %1</source>
        <comment>the FAIR rules missed, e.g. &quot;FAIR: A I&quot;</comment>
        <translation>FAIR: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no domain</source>
        <translation>keine Domäne</translation>
    </message>
</context>
<context>
    <name>OrgMap::I18n</name>
    <message>
        <location filename="../app/common/i18n.cpp" line="+133"/>
        <source>--lang: expected a language code</source>
        <translation>--lang: Sprachcode erwartet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>unbekannte Sprache „%1“ (verfügbar: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot load the translation %1</source>
        <translation>Übersetzung %1 kann nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>OrgMap::Import</name>
    <message>
        <location filename="../model/import/mergeimport.cpp" line="+44"/>
        <source>%1 is already in the map as another kind of entity</source>
        <translation>%1 ist bereits als andere Art von Entität in der Karte</translation>
    </message>
</context>
<context>
    <name>OrgMap::ImportReport</name>
    <message>
        <location filename="../model/import/importreport.cpp" line="+26"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unowned</source>
        <translation>ohne Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unresolved</source>
        <translation>unaufgelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped target</source>
        <translation>übersprungenes Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped document</source>
        <translation>übersprungenes Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external source</source>
        <translation>externe Quelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import: %1 created, %2 updated, %3 removed, %4 unchanged; %5 placeholders, %6 unresolved references, %7 external sources, %8 skipped
</source>
        <translation>import: %1 erstellt, %2 aktualisiert, %3 entfernt, %4 unverändert; %5 Platzhalter, %6 unaufgelöste Verweise, %7 externe Quellen, %8 übersprungen
</translation>
    </message>
</context>
<context>
    <name>OrgMap::ImportReportDialog</name>
    <message>
        <location filename="../widgets/ui/importreportdialog.cpp" line="+31"/>
        <source>%1 created, %2 updated, %3 removed, %4 unchanged.</source>
        <translation>%1 erstellt, %2 aktualisiert, %3 entfernt, %4 unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n line(s) to look at below.</source>
        <translation>
            <numerusform>Unten %n Zeile zum Prüfen.</numerusform>
            <numerusform>Unten %n Zeilen zum Prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a row to show its entity on the map. Edit &gt; Undo takes the whole import back.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um ihre Entität auf der Karte zu zeigen. Bearbeiten &gt; Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Double-click to show it on the map</source>
        <translation>Doppelklicken, um es auf der Karte zu zeigen</translation>
    </message>
</context>
<context>
    <name>OrgMap::Insight</name>
    <message>
        <location filename="../widgets/insight/severityicons.cpp" line="+87"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
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
        <translation>Ohne Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No domain</source>
        <translation>Ohne Domäne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unconsumed</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle team</source>
        <translation>Team ohne Aufgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty domain</source>
        <translation>Leere Domäne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scattered team</source>
        <translation>Verstreutes Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domain cycle</source>
        <translation>Domänenzyklus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not findable</source>
        <translation>Nicht auffindbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not accessible</source>
        <translation>Nicht zugänglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not interoperable</source>
        <translation>Nicht interoperabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reusable</source>
        <translation>Nicht wiederverwendbar</translation>
    </message>
</context>
<context>
    <name>OrgMap::JsonDetail</name>
    <message>
        <location filename="../model/json/jsonfields.cpp" line="+302"/>
        <source>unknown key &quot;%1&quot; (extension keys must start with &quot;x-&quot;)</source>
        <translation>unbekannter Schlüssel „%1“ (Erweiterungsschlüssel müssen mit „x-“ beginnen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unbekannter Schlüssel „%1“ (war „%2“ gemeint?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+12"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required key &quot;%1&quot;</source>
        <translation>erforderlicher Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
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
        <translation>muss ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an array of ports</source>
        <translation>ein Array von Ports</translation>
    </message>
    <message>
        <location filename="../model/json/jsonfields.cpp" line="-195"/>
        <source>... and %1 more errors</source>
        <translation>… und %1 weitere Fehler</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/json/jsonreader.cpp" line="-191"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/json/jsonreader.cpp" line="+156"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../model/json/jsonreader.cpp" line="-230"/>
        <source>contains an unpaired UTF-16 surrogate escape (\uD800-\uDFFF), which is not a character; OrgMap refuses it rather than change it</source>
        <translation>enthält ein ungepaartes UTF-16-Surrogat-Escape (\uD800-\uDFFF), das kein Zeichen ist; OrgMap lehnt es ab, statt es zu verändern</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>invalid JSON at line %1, column %2: a number needs digits before and after its decimal point, and no leading zero</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: eine Zahl braucht Ziffern vor und nach ihrem Dezimalpunkt und keine führende Null</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the document must be a JSON object, not %1</source>
        <translation>das Dokument muss ein JSON-Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>must be &quot;orgmap&quot;, not &quot;%1&quot;</source>
        <translation>muss „orgmap“ sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an integer, not %1</source>
        <translation>muss eine ganze Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 is newer than this OrgMap supports (highest: %2)</source>
        <translation>Version %1 ist neuer, als diese OrgMap-Version unterstützt (höchstens: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version %1 does not exist (supported: %2)</source>
        <translation>Version %1 gibt es nicht (unterstützt: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an array, not %1</source>
        <translation>muss ein Array sein, ist aber %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::KindNames</name>
    <message>
        <location filename="../widgets/canvas/kindnames.cpp" line="+11"/>
        <source>API call</source>
        <translation>API-Aufruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event subscription</source>
        <translation>Event-Abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data consumption</source>
        <translation>Datennutzung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-as-a-service</source>
        <translation>X-as-a-Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitating</source>
        <translation>Facilitating</translation>
    </message>
</context>
<context>
    <name>OrgMap::LinkLayer</name>
    <message>
        <location filename="../widgets/canvas/linklayer_p.h" line="+93"/>
        <source>collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facilitating</source>
        <translation>Facilitating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-as-a-Service</source>
        <translation>X-as-a-Service</translation>
    </message>
</context>
<context>
    <name>OrgMap::MainWindow</name>
    <message>
        <location filename="../widgets/ui/mainwindow.cpp" line="+46"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+78"/>
        <location line="+143"/>
        <source>Untitled map</source>
        <translation>Unbenannte Karte</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened map&gt;</source>
        <translation>&lt;geöffnete Karte&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-175"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — %2 — %3</source>
        <translation>%1[*] — %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
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
            <numerusform>%n Domäne</numerusform>
            <numerusform>%n Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n Asset</numerusform>
            <numerusform>%n Assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drag from the palette or press 1–7 to add</source>
        <translation>Aus der Palette ziehen oder 1–7 drücken zum Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L connects the two selected items</source>
        <translation>Strg+L verbindet die beiden ausgewählten Elemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F2 renames · drop an asset on a team to make it the owner · Delete removes</source>
        <translation>F2 benennt um · ein Asset auf ein Team ziehen macht das Team zuständig · Entf löscht</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About OrgMap</source>
        <translation>Über OrgMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;OrgMap %1&lt;/h3&gt;&lt;p&gt;Map your organisation&apos;s domains, teams, services and data products.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgMap %1&lt;/h3&gt;&lt;p&gt;Bilden Sie die Domänen, Teams, Services und Datenprodukte Ihrer Organisation ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_actions.cpp" line="+63"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Window</source>
        <translation>Neues F&amp;enster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OrgMap &amp;JSON Map…</source>
        <translation>OrgMap-&amp;JSON-Karte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backstage Catalog…</source>
        <translation>&amp;Backstage-Katalog…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data Products (ODPS)…</source>
        <translation>&amp;Datenprodukte (ODPS)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export S&amp;VG…</source>
        <translation>Als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;GraphML (yEd, Gephi)…</source>
        <translation>&amp;GraphML (yEd, Gephi)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphviz &amp;DOT…</source>
        <translation>Graphviz &amp;DOT…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mermaid…</source>
        <translation>&amp;Mermaid…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Window</source>
        <translation>Fenster s&amp;chließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Connect Selected…</source>
        <translation>Auswahl ver&amp;binden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link two selected assets or two selected teams</source>
        <translation>Zwei ausgewählte Assets oder zwei ausgewählte Teams miteinander verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tidy Layout</source>
        <translation>Layout au&amp;fräumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrange every domain, asset and team afresh (undoable)</source>
        <translation>Alle Domänen, Assets und Teams neu anordnen (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy &amp;Selected</source>
        <translation>Auswahl auf&amp;räumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange the selected domains, assets and teams; nothing else moves (undoable)</source>
        <translation>Die ausgewählten Domänen, Assets und Teams neu anordnen; sonst bewegt sich nichts (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to Window</source>
        <translation>An Fenster &amp;anpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual &amp;Size (100%)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;nap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Ownership Lines</source>
        <translation>&amp;Zuständigkeitslinien anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Legend</source>
        <translation>&amp;Legende anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OrgMap</source>
        <translation>Ü&amp;ber OrgMap</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;Diagram</source>
        <translation>Als Dia&amp;gramm exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo &amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bedienfelder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <comment>toolbar tooltip: action name (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow_edit.cpp" line="+26"/>
        <source>Copied %n item(s)</source>
        <translation>
            <numerusform>%n Element kopiert</numerusform>
            <numerusform>%n Elemente kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>%n Element einfügen</numerusform>
            <numerusform>%n Elemente einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard&apos;s items could not be added to this map.</source>
        <translation>Die Elemente aus der Zwischenablage konnten dieser Karte nicht hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>%n Element duplizieren</numerusform>
            <numerusform>%n Elemente duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tidy layout</source>
        <translation>Layout aufräumen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tidy selected</source>
        <translation>Auswahl aufräumen</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-15"/>
        <source>OrgMap maps (*.orgmap *.orgmap.json);;OrgMap document (*.orgmap);;OrgMap JSON (*.orgmap.json *.json);;All files (*)</source>
        <translation>OrgMap-Karten (*.orgmap *.orgmap.json);;OrgMap-Dokument (*.orgmap);;OrgMap-JSON (*.orgmap.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has unsaved changes. Save them before closing?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; enthält ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_compare.cpp" line="+32"/>
        <source>Compare &amp;With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare this map with another map file: every change marked, read-only</source>
        <translation>Diese Karte mit einer anderen Kartendatei vergleichen: jede Änderung markiert, schreibgeschützt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare With &amp;Scenario</source>
        <translation>Mit &amp;Szenario vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare this scenario with another scenario of the document</source>
        <translation>Dieses Szenario mit einem anderen Szenario des Dokuments vergleichen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Compare Metrics PNG</source>
        <translation>Vergleichskennzahlen als PNG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 compare metrics</source>
        <comment>proposed file name</comment>
        <translation>%1 Vergleichskennzahlen</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+70"/>
        <source>%1: could not be read</source>
        <translation>%1: konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare Failed</source>
        <translation>Vergleich fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be read. Nothing was compared.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; konnte nicht gelesen werden. Es wurde nichts verglichen.</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+17"/>
        <source>Open Failed</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened. The current map is unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; konnte nicht geöffnet werden. Die aktuelle Karte bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>…and %n more problem(s), listed under Show Details.</source>
        <translation>
            <numerusform>…und %n weiteres Problem, aufgeführt unter „Details einblenden“.</numerusform>
            <numerusform>…und %n weitere Probleme, aufgeführt unter „Details einblenden“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Map</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+24"/>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Map As</source>
        <translation>Karte speichern unter</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Export %1</source>
        <translation>Als %1 exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: another map is being opened</source>
        <translation>%1: Es wird gerade eine andere Karte geöffnet</translation>
    </message>
    <message>
        <location line="+126"/>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="+145"/>
        <source>OrgMap JSON (*.orgmap.json *.json)</source>
        <translation>OrgMap-JSON (*.orgmap.json *.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <location filename="../widgets/ui/mainwindow_import.cpp" line="+29"/>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="+5"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is not a valid map. The current map is unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist keine gültige Karte. Die aktuelle Karte bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <source>OrgMap JSON (*.orgmap.json)</source>
        <translation>OrgMap-JSON (*.orgmap.json)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>OrgMap document (*.orgmap)</source>
        <translation>OrgMap-Dokument (*.orgmap)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name map after its file</source>
        <translation>Karte nach ihrer Datei benennen</translation>
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
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-71"/>
        <source>Exported scenario &quot;%1&quot; to %2; the other %n scenario(s) were not written.</source>
        <translation>
            <numerusform>Szenario „%1“ nach %2 exportiert; %n weiteres Szenario wurde nicht geschrieben.</numerusform>
            <numerusform>Szenario „%1“ nach %2 exportiert; %n weitere Szenarien wurden nicht geschrieben.</numerusform>
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
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-53"/>
        <source>Export PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_compare.cpp" line="-8"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+0"/>
        <location filename="../widgets/ui/mainwindow_insight.cpp" line="-8"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+14"/>
        <source>Export SVG</source>
        <translation>Als SVG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_insight.cpp" line="-326"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Orphans</source>
        <translation>&amp;Verwaiste Assets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark assets with no owner or no domain</source>
        <translation>Assets ohne zuständiges Team oder ohne Domäne markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coupling</source>
        <translation>&amp;Kopplung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotspots glow, cross-domain links heavier, domain cycles marked</source>
        <translation>Hotspots leuchten, domänenübergreifende Verbindungen sind kräftiger, Domänenzyklen markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wnership</source>
        <translation>&amp;Zuständigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour assets by owning team</source>
        <translation>Assets nach zuständigem Team einfärben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation>Kei&amp;ne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No highlights</source>
        <translation>Keine Hervorhebung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Dashboard PNG…</source>
        <translation>&amp;Dashboard als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Findings</source>
        <translation>Be&amp;funde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Hervorheben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Highlight: %1</source>
        <translation>Hervorheben: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy not applied: %1</source>
        <translation>Richtlinie nicht angewendet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy could not be read; the default rules apply. %1</source>
        <translation>Die Richtlinie konnte nicht gelesen werden; es gelten die Standardregeln. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None (no policy file beside the map)</source>
        <translation>Keine (keine Richtliniendatei neben der Karte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not applied: %2)</source>
        <translation>%1 (nicht angewendet: %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Dashboard PNG</source>
        <translation>Dashboard als PNG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dashboard</source>
        <comment>proposed file name</comment>
        <translation>%1 Dashboard</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_recovery.cpp" line="+24"/>
        <source>Recovery copy not written: %1</source>
        <translation>Wiederherstellungskopie nicht geschrieben: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was opened read-only: it is open in another window. Save it under another name.</source>
        <translation>%1 wurde schreibgeschützt geöffnet, da die Datei in einem anderen Fenster geöffnet ist. Speichern Sie sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is open in %2: saving here would overwrite its work. Close it there or save under another name.</source>
        <translation>%1 ist in %2 geöffnet: Speichern hier würde die dortige Arbeit überschreiben. Schließen Sie die Datei dort oder speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File Already Open</source>
        <translation>Datei bereits geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is already open in %2.&lt;br&gt;Changes saved in one window would overwrite those of the other.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist bereits in %2 geöffnet.&lt;br&gt;In einem Fenster gespeicherte Änderungen würden die des anderen überschreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>an untitled map</source>
        <translation>einer unbenannten Karte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap did not close properly. Unsaved changes to %1 were kept in a recovery copy saved %2.</source>
        <translation>OrgMap wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 wurden in einer Wiederherstellungskopie vom %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore opens them as unsaved changes; Discard deletes the copy; Later asks again at the next start.</source>
        <translation>„Wiederherstellen“ öffnet sie als ungespeicherte Änderungen; „Verwerfen“ löscht die Kopie; „Später“ fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore Failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery copy could not be read; it is kept.</source>
        <translation>Die Wiederherstellungskopie konnte nicht gelesen werden; sie bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_import.cpp" line="-2"/>
        <location line="+29"/>
        <location line="+14"/>
        <source>Import Backstage Catalog</source>
        <translation>Backstage-Katalog importieren</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Import Data Products</source>
        <translation>Datenprodukte importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported, the map is unchanged:</source>
        <translation>Nichts wurde importiert, die Karte ist unverändert:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import changed nothing.</source>
        <translation>Der Import hat nichts geändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import catalog files (YAML), or every catalog file in a folder and its subfolders? The entities are merged into the current map by id.</source>
        <translation>Katalogdateien (YAML) importieren oder jede Katalogdatei in einem Ordner und seinen Unterordnern? Die Entitäten werden anhand ihrer ID mit der aktuellen Karte zusammengeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Files…</source>
        <translation>&amp;Dateien…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backstage catalog (*.yaml *.yml);;All files (*)</source>
        <translation>Backstage-Katalog (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Backstage Catalog Folder</source>
        <translation>Backstage-Katalogordner importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Data Products (ODPS)</source>
        <translation>Datenprodukte (ODPS) importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODPS descriptors (*.yaml *.yml *.json);;All files (*)</source>
        <translation>ODPS-Beschreibungen (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_present.cpp" line="+14"/>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Spotlight Selection</source>
        <translation>&amp;Spotlight auf Auswahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear Spotlight</source>
        <translation>Spotlight &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_quickentry.cpp" line="+17"/>
        <source>&amp;Quick Entry…</source>
        <translation>&amp;Schnelleingabe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a command: service Payments in Billing, A -&gt; B, move A to D</source>
        <translation>Befehl eingeben: Service Payments in Billing, A -&gt; B, verschieben A zu D</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="-105"/>
        <source>&amp;New Empty Scenario</source>
        <translation>&amp;Neues leeres Szenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate Current Scenario</source>
        <translation>Aktuelles Szenario &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rename Scenario…</source>
        <translation>Szenario &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete Scenario</source>
        <translation>Szenario &amp;löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import JSON as New Scenario…</source>
        <translation>JSON als neues Szenario &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt Scenario</source>
        <translation>Nä&amp;chstes Szenario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre&amp;vious Scenario</source>
        <translation>&amp;Vorheriges Szenario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Scenario</source>
        <translation>S&amp;zenario</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted scenario &quot;%1&quot;; Undo brings it back.</source>
        <translation>Szenario „%1“ gelöscht; Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &quot;%1&quot; as scenario</source>
        <translation>„%1“ als Szenario importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import JSON as New Scenario</source>
        <translation>JSON als neues Szenario importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is not a valid map. The document is unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist keine gültige Karte. Das Dokument bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_views.cpp" line="-32"/>
        <source>Export &amp;Views as PDF…</source>
        <translation>Ansichten als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export Views as PDF</source>
        <translation>Ansichten als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapClipboard</name>
    <message>
        <location filename="../widgets/ui/mapclipboard.cpp" line="+58"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The clipboard holds no map items.</source>
        <translation>Die Zwischenablage enthält keine Kartenelemente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard does not hold a valid map fragment:
%1</source>
        <translation>Die Zwischenablage enthält keinen gültigen Kartenausschnitt:
%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapFile</name>
    <message>
        <location filename="../model/storage/mapfile.cpp" line="+55"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot copy to a temporary file: %2</source>
        <translation>%1: kann nicht in eine temporäre Datei kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write to standard output: %1</source>
        <translation>kann nicht auf die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is an export, not a map file; write it with convert or File &gt; Export</source>
        <translation>%1: %2 ist ein Exportformat, keine Kartendatei; mit convert oder Datei &gt; Als Diagramm exportieren schreiben</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1: a JSON file holds one map, and this document has %n scenario(s); save it as .orgmap, or export one scenario</source>
        <translation>
            <numerusform>%1: Eine JSON-Datei enthält eine Karte, und dieses Dokument hat %n Szenario; als .orgmap speichern oder ein Szenario exportieren</numerusform>
            <numerusform>%1: Eine JSON-Datei enthält eine Karte, und dieses Dokument hat %n Szenarien; als .orgmap speichern oder ein Szenario exportieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: no scenario called &quot;%2&quot;; it has %3</source>
        <translation>%1: kein Szenario namens „%2“; vorhanden: %3</translation>
    </message>
    <message>
        <location filename="../model/core/atomicfile.cpp" line="+53"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device, not a regular file</source>
        <translation>es ist ein Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a pipe (FIFO), not a regular file</source>
        <translation>es ist eine Pipe (FIFO), keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket, not a regular file</source>
        <translation>es ist ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is a link to %1, which does not exist</source>
        <translation>es ist ein Link auf %1, und dieses Ziel existiert nicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>in %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no free temporary file name in %1</source>
        <translation>kein freier Name für eine temporäre Datei in %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot flush to disk: %1</source>
        <translation>Daten können nicht auf den Datenträger geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>removed %1, which belonged to the replaced file</source>
        <translation>%1 entfernt, das zur ersetzten Datei gehörte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot replace the file: %1</source>
        <translation>die Datei kann nicht ersetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapInfoEditor</name>
    <message>
        <location filename="../widgets/ui/mapinfoeditor.cpp" line="+17"/>
        <source>Map &amp;name:</source>
        <translation>&amp;Name der Karte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains:</source>
        <translation>Enthält:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select something on the map to edit it here.</source>
        <translation>Wählen Sie etwas auf der Karte aus, um es hier zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A map needs a name (1 to %1 characters).</source>
        <translation>Eine Karte braucht einen Namen (1 bis %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit map properties</source>
        <translation>Karteneigenschaften bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2, %3 and %4</source>
        <comment>map contents: domains, teams, assets, links</comment>
        <translation>%1, %2, %3 und %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domäne</numerusform>
            <numerusform>%n Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n Asset</numerusform>
            <numerusform>%n Assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::MapItems</name>
    <message>
        <location filename="../widgets/canvas/nodeitem.cpp" line="+40"/>
        <source>stream-aligned</source>
        <translation>Stream-aligned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabling</source>
        <translation>Enabling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complicated subsystem</source>
        <translation>Complicated Subsystem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unowned</source>
        <translation>ohne Team</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapoverlays.cpp" line="+243"/>
        <source>Highlight: orphans</source>
        <translation>Hervorgehoben: verwaiste Assets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight: coupling</source>
        <translation>Hervorgehoben: Kopplung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight: ownership</source>
        <translation>Hervorgehoben: Zuständigkeit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unowned (no team)</source>
        <translation>Ohne Zuständigkeit (kein Team)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In no domain</source>
        <translation>In keiner Domäne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Misses FAIR rules (policy)</source>
        <translation>Verfehlt FAIR-Regeln (Richtlinie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything else, faded</source>
        <translation>Alles andere abgeblendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coupled a little</source>
        <translation>Leicht gekoppelt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hotspot (glow grows)</source>
        <translation>Hotspot (Leuchten wächst)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link between domains</source>
        <translation>Verbindung zwischen Domänen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↻ Domain cycle</source>
        <translation>↻ Domänenzyklus</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n more team(s)</source>
        <translation>
            <numerusform>und %n weiteres Team</numerusform>
            <numerusform>und %n weitere Teams</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asset fill: the owning team&apos;s colour</source>
        <translation>Asset-Füllung: Farbe des zuständigen Teams</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Arrows point to the provider</source>
        <translation>Pfeile zeigen zum Anbieter</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapLock</name>
    <message>
        <location filename="../widgets/ui/maplock.cpp" line="+37"/>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another window of this OrgMap</source>
        <translation>einem anderen Fenster dieser OrgMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapRenderer</name>
    <message>
        <location filename="../widgets/canvas/maprenderer.cpp" line="+80"/>
        <source>%1: the image would be %2 x %3 pixels, too large to render; use a smaller scale or SVG</source>
        <translation>%1: Das Bild hätte %2 × %3 Pixel und ist zu groß zum Rendern; verwenden Sie einen kleineren Maßstab oder SVG</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: cannot write PNG: %2</source>
        <translation>%1: PNG kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organization map exported by OrgMap</source>
        <translation>Organisationskarte, exportiert von OrgMap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot draw SVG</source>
        <translation>%1: SVG kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rendering needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)</source>
        <translation>Rendern benötigt eine QGuiApplication (QT_QPA_PLATFORM=offscreen verwenden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: unknown image type &quot;%2&quot; (use .png or .svg)</source>
        <translation>%1: unbekannter Bildtyp „%2“ (.png oder .svg verwenden)</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapScene</name>
    <message>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="+129"/>
        <source>Assign owner %1</source>
        <translation>%1 als zuständiges Team zuordnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move &quot;%1&quot;</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add domain</source>
        <translation>Domäne hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapscene_containers.cpp" line="+19"/>
        <source>Grow domain</source>
        <translation>Domäne vergrößern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit &quot;%1&quot; to contents</source>
        <translation>„%1“ an Inhalt anpassen</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="-7"/>
        <source>New domain</source>
        <translation>Neue Domäne</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New subdomain</source>
        <translation>Neue Subdomäne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add subdomain to &quot;%1&quot;</source>
        <translation>Subdomäne zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="+19"/>
        <source>New service</source>
        <translation>Neuer Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New data product</source>
        <translation>Neues Datenprodukt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add service</source>
        <translation>Service hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add data product</source>
        <translation>Datenprodukt hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapValidator</name>
    <message>
        <location filename="../model/core/mapvalidator.cpp" line="+47"/>
        <source>a domain</source>
        <translation>eine Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team</source>
        <translation>ein Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an asset</source>
        <translation>ein Asset</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+83"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>id is %1 characters long (at most %2)</source>
        <translation>ID ist %1 Zeichen lang (höchstens %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid id &quot;%1&quot;: use only the characters A-Z a-z 0-9 . _ : -</source>
        <translation>ungültige ID „%1“: nur die Zeichen A-Z a-z 0-9 . _ : - verwenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>doppelte ID „%1“ (zuerst verwendet bei %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>name is %1 characters long (at most %2)</source>
        <translation>Name ist %1 Zeichen lang (höchstens %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown domain &quot;%1&quot;</source>
        <translation>unbekannte Domäne „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown team &quot;%1&quot;</source>
        <translation>unbekanntes Team „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown asset &quot;%1&quot;</source>
        <translation>unbekanntes Asset „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is %2, not %3</source>
        <translation>„%1“ ist %2, nicht %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a domain cannot be its own parent</source>
        <translation>eine Domäne kann nicht ihre eigene übergeordnete Domäne sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid colour &quot;%1&quot;: use the form #rrggbb</source>
        <translation>ungültige Farbe „%1“: die Form #rrggbb verwenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is out of range (at most %2 either way)</source>
        <translation>%1 liegt außerhalb des Bereichs (höchstens %2 in jede Richtung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be greater than 0, not %1</source>
        <translation>muss größer als 0 sein, nicht %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>only data products have ports; this asset is a service</source>
        <translation>nur Datenprodukte haben Ports; dieses Asset ist ein Service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only data products have a contract; this asset is a service</source>
        <translation>nur Datenprodukte haben einen Vertrag; dieses Asset ist ein Service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only data products have a classification; this asset is a service</source>
        <translation>nur Datenprodukte haben eine Klassifizierung; dieses Asset ist ein Service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key &quot;%1&quot; does not start with x-</source>
        <translation>Schlüssel „%1“ beginnt nicht mit x-</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown %1 &quot;%2&quot; (one of %3)</source>
        <translation>%1 „%2“ unbekannt (einer der Werte %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a link cannot connect asset %1 to itself</source>
        <translation>eine Verbindung kann Asset %1 nicht mit sich selbst verbinden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate link %1 -&gt; %2 (%3), first at %4</source>
        <translation>doppelte Verbindung %1 -&gt; %2 (%3), zuerst bei %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a team cannot interact with itself (%1)</source>
        <translation>ein Team kann nicht mit sich selbst interagieren (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate interaction %1 -&gt; %2 (%3), first at %4</source>
        <translation>doppelte Interaktion %1 -&gt; %2 (%3), zuerst bei %4</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cycle in domain parents: %1</source>
        <translation>Zyklus in den übergeordneten Domänen: %1</translation>
    </message>
    <message>
        <location filename="../model/json/jsonentities.cpp" line="-44"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+222"/>
        <source>team type</source>
        <translation>Team-Typ</translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+134"/>
        <source>port type</source>
        <translation>Port-Typ</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../model/storage/sqlitetables.cpp" line="-84"/>
        <source>asset kind</source>
        <translation>Asset-Art</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+10"/>
        <source>classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+99"/>
        <source>link kind</source>
        <translation>Verbindungsart</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+26"/>
        <source>interaction mode</source>
        <translation>Interaktionsmodus</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapView</name>
    <message>
        <location filename="../widgets/canvas/mapview.cpp" line="+147"/>
        <source>1 to %1 characters; Enter to apply, Esc to cancel</source>
        <translation>1 bis %1 Zeichen; Eingabe zum Übernehmen, Esc zum Abbrechen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A name cannot be empty; the name was kept.</source>
        <translation>Ein Name darf nicht leer sein; der bisherige Name bleibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; was not accepted as a name (1 to %2 characters).</source>
        <translation>„%1“ wurde nicht als Name angenommen (1 bis %2 Zeichen).</translation>
    </message>
</context>
<context>
    <name>OrgMap::MetricsPanel</name>
    <message>
        <location filename="../widgets/compare/metricspanel.cpp" line="+147"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+242"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team interactions</source>
        <translation>Team-Interaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain links</source>
        <translation>Domänenübergreifende Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain weight</source>
        <translation>Domänenübergreifendes Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned assets</source>
        <translation>Verwaiste Assets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unowned assets</source>
        <translation>Assets ohne zuständiges Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain cycles</source>
        <translation>Domänenzyklen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains on cycles</source>
        <translation>Domänen in Zyklen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scattered teams</source>
        <translation>Verstreute Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infos</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3 better, %4 worse</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3 besser, %4 schlechter</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>▼ better</source>
        <translation>▼ besser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▲ worse</source>
        <translation>▲ schlechter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= same</source>
        <translation>= gleich</translation>
    </message>
    <message>
        <location line="+45"/>
        <source> (new)</source>
        <translation> (neu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (gone)</source>
        <translation> (entfallen)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Instability of the %n domain(s) that changed most</source>
        <translation>
            <numerusform>Instabilität der %n Domäne, die sich am stärksten geändert hat</numerusform>
            <numerusform>Instabilität der %n Domänen, die sich am stärksten geändert haben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instability per domain (Ce / (Ca + Ce))</source>
        <translation>Instabilität pro Domäne (Ce / (Ca + Ce))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Domains per team</source>
        <translation>Domänen pro Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domains a team owns assets in</source>
        <translation>Domänen, in denen ein Team für Assets zuständig ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Assets per team</source>
        <translation>Assets pro Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assets a team owns</source>
        <translation>Assets, für die ein Team zuständig ist</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: cannot write PNG: %2</source>
        <translation>%1: PNG kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::OdpsImport</name>
    <message>
        <location filename="../model/import/odpsimport.cpp" line="+70"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: input port %2 (contract %3) is provided by no product imported</source>
        <translation>%1: Eingangsport %2 (Vertrag %3) wird von keinem importierten Produkt bereitgestellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data products</source>
        <translation>Datenprodukte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation>%1:%2:%3: kein gültiges YAML: %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: not a data product descriptor</source>
        <translation>%1: keine Datenproduktbeschreibung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: kind %2 is not a DataProduct</source>
        <translation>%1: kind %2 ist kein DataProduct</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: data product without id</source>
        <translation>%1: Datenprodukt ohne id</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2 replaces the one at %3</source>
        <translation>%1 bei %2 ersetzt den Eintrag bei %3</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: domain &quot;%2&quot; of %3, not in the map: created</source>
        <translation>%1: Domäne „%2“ von %3, nicht in der Karte: angelegt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: team &quot;%2&quot; of %3, not in the map: created</source>
        <translation>%1: Team „%2“ von %3, nicht in der Karte: angelegt</translation>
    </message>
</context>
<context>
    <name>OrgMap::OutlineDock</name>
    <message>
        <location filename="../widgets/ui/outlinedock.cpp" line="+12"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
</context>
<context>
    <name>OrgMap::OutlineModel</name>
    <message>
        <location filename="../widgets/ui/outlinemodel.cpp" line="+353"/>
        <source>Domains (%1)</source>
        <translation>Domänen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams (%1)</source>
        <translation>Teams (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unplaced assets (%1)</source>
        <translation>Assets ohne Domäne (%1)</translation>
    </message>
</context>
<context>
    <name>OrgMap::Palette</name>
    <message>
        <location filename="../widgets/canvas/palettemime.cpp" line="+28"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream-aligned team</source>
        <translation>Stream-aligned Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform team</source>
        <translation>Platform Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabling team</source>
        <translation>Enabling Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complicated-subsystem team</source>
        <translation>Complicated-Subsystem Team</translation>
    </message>
</context>
<context>
    <name>OrgMap::PaletteDock</name>
    <message>
        <location filename="../widgets/ui/palettedock.cpp" line="+48"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag onto the map, or click to add at the centre of the view</source>
        <translation>Auf die Karte ziehen oder klicken, um in der Mitte der Ansicht einzufügen</translation>
    </message>
</context>
<context>
    <name>OrgMap::Parser</name>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+20"/>
        <source>This quote is not closed.</source>
        <translation>Dieses Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a command, for example: service Payments in Billing.</source>
        <translation>Befehl eingeben, zum Beispiel: Service Payments in Billing.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command “%1”: start with %2, or write A -&gt; B.</source>
        <translation>Unbekannter Befehl „%1“: mit %2 beginnen oder A -&gt; B schreiben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected %1 after “%2”.</source>
        <translation>Nach „%2“ wird %1 erwartet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Ein Name hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another %1 is named “%2”.</source>
        <translation>%1 „%2“ gibt es schon.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+118"/>
        <location line="+98"/>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>“%1” is given twice.</source>
        <translation>„%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <source>a domain name</source>
        <translation>ein Domänenname</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+22"/>
        <location line="+147"/>
        <source>a team name</source>
        <translation>ein Teamname</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Expected an asset name before “-&gt;”.</source>
        <translation>Vor „-&gt;“ wird ein Asset-Name erwartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an asset name</source>
        <translation>ein Asset-Name</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown link kind “%1”: one of %2.</source>
        <translation>Unbekannte Verbindungsart „%1“: eine von %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Expected “%1”: %2.</source>
        <translation>„%1“ erwartet: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>move NAME to DOMAIN</source>
        <translation>verschieben NAME zu DOMÄNE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is inside “%2”; a domain cannot move into itself.</source>
        <translation>„%1“ liegt in „%2“; eine Domäne kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an asset or domain name</source>
        <translation>ein Asset- oder Domänenname</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>rename NAME to NEW NAME</source>
        <translation>umbenennen NAME zu NEUER NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new name</source>
        <translation>der neue Name</translation>
    </message>
</context>
<context>
    <name>OrgMap::Policy</name>
    <message>
        <location filename="../model/analysis/policy.cpp" line="+81"/>
        <source>must be &quot;orgmap-policy&quot;, not &quot;%1&quot;</source>
        <translation>muss „orgmap-policy“ sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an integer, not %1</source>
        <translation>muss eine ganze Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is newer than this OrgMap supports (highest: %2)</source>
        <translation>Version %1 ist neuer, als diese OrgMap-Version unterstützt (höchstens: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 does not exist (supported: %2)</source>
        <translation>Version %1 gibt es nicht (unterstützt: %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown severity &quot;%1&quot; (one of %2)</source>
        <translation>unbekannter Schweregrad „%1“ (erlaubt: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an integer of at least 1</source>
        <translation>eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, ist aber %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown rule &quot;%1&quot; (one of %2)</source>
        <translation>unbekannte Regel „%1“ (erlaubt: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only hotspot and scattered-team have a threshold</source>
        <translation>nur hotspot und scattered-team haben einen Schwellenwert</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the document must be a JSON object, not %1</source>
        <translation>das Dokument muss ein JSON-Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::PreferencesDialog</name>
    <message>
        <location filename="../widgets/ui/preferencesdialog.cpp" line="+24"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> cross-domain links</source>
        <translation> domänenübergreifende Verbindungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotspot threshold:</source>
        <translation>&amp;Hotspot-Schwelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;API links:</source>
        <translation>Gewicht von &amp;API-Verbindungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;data links:</source>
        <translation>Gewicht von &amp;Datenverbindungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;event links:</source>
        <translation>Gewicht von &amp;Event-Verbindungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An asset is a hotspot when it has at least this many links across domain boundaries. The weights add up to its coupling score and to the domain coupling matrix.</source>
        <translation>Ein Asset ist ein Hotspot, wenn es mindestens so viele Verbindungen über Domänengrenzen hinweg hat. Aus den Gewichten ergeben sich sein Kopplungswert und die Kopplungsmatrix der Domänen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light (bright rooms)</source>
        <translation>Hell (helle Räume)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark (dim rooms)</source>
        <translation>Dunkel (abgedunkelte Räume)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Projector theme:</source>
        <translation>&amp;Beamer-Design:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User interface:</source>
        <translation>&amp;Oberfläche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when OrgMap is started again.</source>
        <translation>Eine geänderte Sprache gilt ab dem nächsten Start von OrgMap.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beside the Map</source>
        <translation>&amp;Neben der Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the policy file found beside the map again</source>
        <translation>Wieder die Richtliniendatei neben der Karte verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Policy</source>
        <translation>Richtlinie auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap policy (*.orgmap-policy.json);;JSON (*.json)</source>
        <translation>OrgMap-Richtlinie (*.orgmap-policy.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In force:</source>
        <translation>Wirksam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy sets the severity of each rule, turns rules off or the FAIR rules on. OrgMap uses &lt;i&gt;map&lt;/i&gt;.orgmap-policy.json or orgmap-policy.json beside the map unless you choose one.</source>
        <translation>Eine Richtlinie legt den Schweregrad jeder Regel fest, schaltet Regeln ab oder die FAIR-Regeln ein. OrgMap verwendet &lt;i&gt;Karte&lt;/i&gt;.orgmap-policy.json oder orgmap-policy.json neben der Karte, sofern Sie keine auswählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>OrgMap::Presentation</name>
    <message>
        <location filename="../widgets/ui/present/presentation.cpp" line="+169"/>
        <source>Spotlight: %1</source>
        <translation>Spotlight: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Finding %1 of %2: %3 (%4)</source>
        <translation>Befund %1 von %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · Schritt %2 von %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 errors · %2 warnings · %3 infos</source>
        <translation>%1 Fehler · %2 Warnungen · %3 Hinweise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole map</source>
        <translation>Ganze Karte</translation>
    </message>
</context>
<context>
    <name>OrgMap::PropertiesDock</name>
    <message>
        <location filename="../widgets/ui/propertiesdock.cpp" line="+17"/>
        <location line="+93"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties: %1</source>
        <translation>Eigenschaften: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::PropertyEditor</name>
    <message>
        <location filename="../widgets/ui/propertyeditor.cpp" line="+47"/>
        <source>1 to %1 characters</source>
        <translation>1 bis %1 Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name of 1 to %1 characters</source>
        <translation>Ein Name mit 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::QuickEntryBar</name>
    <message>
        <location filename="../widgets/ui/quickentrybar.cpp" line="+32"/>
        <source>service Payments in Billing owned by Core Platform · A -&gt; B · move A to D · Esc</source>
        <translation>Service Payments in Billing betreut von Core Platform · A -&gt; B · verschieben A zu D · Esc</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::QuickEntryDetail</name>
    <message>
        <location filename="../model/document/quickentrynames.cpp" line="+48"/>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset or domain</source>
        <translation>Asset oder Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain, team or asset</source>
        <translation>Domäne, Team oder Asset</translation>
    </message>
</context>
<context>
    <name>OrgMap::Recovery</name>
    <message>
        <location filename="../widgets/ui/recoverystore.cpp" line="+70"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot lock a file in %1</source>
        <translation>in %1 kann keine Datei gesperrt werden</translation>
    </message>
</context>
<context>
    <name>OrgMap::ScenarioBar</name>
    <message>
        <location filename="../widgets/ui/scenariobar.cpp" line="+50"/>
        <source>Scenario &quot;%1&quot;: double-click to rename, drag to reorder</source>
        <translation>Szenario „%1“: Doppelklick zum Umbenennen, Ziehen zum Umsortieren</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Empty Scenario</source>
        <translation>&amp;Neues leeres Szenario</translation>
    </message>
</context>
<context>
    <name>OrgMap::Scenarios</name>
    <message>
        <location filename="../model/core/scenario.cpp" line="+27"/>
        <source>a scenario needs a name</source>
        <translation>ein Szenario braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scenario name must have 1 to %1 characters</source>
        <translation>ein Szenarioname muss 1 bis %1 Zeichen haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is already a scenario called &quot;%1&quot;</source>
        <translation>es gibt schon ein Szenario namens „%1“</translation>
    </message>
</context>
<context>
    <name>OrgMap::SelectionSummary</name>
    <message>
        <location filename="../widgets/ui/selectionsummary.cpp" line="+17"/>
        <source>Selected:</source>
        <translation>Ausgewählt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner of all:</source>
        <translation>Zuständig für &amp;alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every selected asset and domain this owner</source>
        <translation>Allen ausgewählten Assets und Domänen dieses Team zuordnen</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domäne</numerusform>
            <numerusform>%n Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n Asset</numerusform>
            <numerusform>%n Assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(several)</source>
        <translation>(mehrere)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Assign owner</source>
        <translation>Zuständiges Team zuordnen</translation>
    </message>
</context>
<context>
    <name>OrgMap::SqliteStore</name>
    <message>
        <location filename="../model/storage/mapcheck.cpp" line="+101"/>
        <source>table %1, row &quot;%2&quot;</source>
        <translation>Tabelle %1, Zeile „%2“</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>table %1, row (&quot;%2&quot;, %3)</source>
        <translation>Tabelle %1, Zeile („%2“, %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table %1, row %2 -&gt; %3 (%4)</source>
        <translation>Tabelle %1, Zeile %2 -&gt; %3 (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>another row of table %1</source>
        <translation>eine andere Zeile der Tabelle %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitetables.cpp" line="-366"/>
        <source>%1: not valid UTF-8 text (OrgMap does not change text it reads; fix the bytes in the database)</source>
        <translation>%1: kein gültiger UTF-8-Text (OrgMap ändert gelesenen Text nicht; die Bytes in der Datenbank korrigieren)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>geometry: %1 is not a number</source>
        <translation>Geometrie: %1 ist keine Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>geometry_extensions without a geometry</source>
        <translation>geometry_extensions ohne Geometrie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>geometry: some coordinates are NULL</source>
        <translation>Geometrie: einige Koordinaten sind NULL</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>table scenarios, row %1</source>
        <translation>Tabelle scenarios, Zeile %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>table scenarios</source>
        <translation>Tabelle scenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/storage/sqlitewriter.cpp" line="+511"/>
        <source>a document needs at least one scenario</source>
        <translation>ein Dokument braucht mindestens ein Szenario</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>must have exactly one row</source>
        <translation>muss genau eine Zeile haben</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>asset: unknown asset &quot;%1&quot;</source>
        <translation>asset: unbekanntes Asset „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>position: expected %1 (positions count 0, 1, 2...)</source>
        <translation>position: %1 erwartet (Positionen zählen 0, 1, 2 …)</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+46"/>
        <source>PRAGMA %1 returned nothing</source>
        <translation>PRAGMA %1 lieferte nichts</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitemaster.cpp" line="+52"/>
        <source>it has a %1 &quot;%2&quot; that OrgMap does not write</source>
        <translation>es enthält ein Objekt vom Typ %1 „%2“, das OrgMap nicht schreibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a %2, not a table</source>
        <translation>„%1“ ist vom Typ %2, keine Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table &quot;%1&quot; is not defined as OrgMap defines it</source>
        <translation>Tabelle „%1“ ist nicht so definiert, wie OrgMap sie definiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table &quot;%1&quot; is missing</source>
        <translation>Tabelle „%1“ fehlt</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+59"/>
        <location filename="../model/storage/sqlitereader.cpp" line="+56"/>
        <location line="+13"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not an OrgMap document</source>
        <translation>%1 ist ein Ordner, kein OrgMap-Dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an OrgMap document (not a SQLite database)</source>
        <translation>%1 ist kein OrgMap-Dokument (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has an unfinished change of another program (a hot journal, %1-journal): finish or undo it in that program, or remove the journal to discard the change</source>
        <translation>%1 enthält eine unvollendete Änderung eines anderen Programms (ein Hot Journal, %1-journal): Schließen Sie sie in diesem Programm ab oder machen Sie sie rückgängig, oder entfernen Sie das Journal, um die Änderung zu verwerfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1-wal does not belong to %1 (the document is not in WAL mode): it is a leftover of another program; remove it to open the document</source>
        <translation>%1-wal gehört nicht zu %1 (das Dokument ist nicht im WAL-Modus): Es ist ein Überbleibsel eines anderen Programms; entfernen Sie es, um das Dokument zu öffnen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitereader.cpp" line="-40"/>
        <source>%1 was refused: reading it took longer than %2 s, which no OrgMap document needs (a hostile or damaged file?)</source>
        <translation>%1 wurde abgelehnt: Das Lesen dauerte länger als %2 s, was kein OrgMap-Dokument braucht (eine böswillige oder beschädigte Datei?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>: scenario &quot;%1&quot;</source>
        <translation>: Szenario „%1“</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+16"/>
        <source>cannot open %1: it is in WAL mode, and SQLite must write beside it to read it, which the folder does not allow (%2)</source>
        <translation>%1 kann nicht geöffnet werden: Es ist im WAL-Modus, und SQLite muss zum Lesen daneben schreiben, was der Ordner nicht erlaubt (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a SQLite database but not an OrgMap document</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein OrgMap-Dokument</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was saved by a newer OrgMap (document version %2; this OrgMap reads up to %3)</source>
        <translation>%1 wurde mit einer neueren OrgMap-Version gespeichert (Dokumentversion %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document version %1 is not a version OrgMap ever wrote</source>
        <translation>Dokumentversion %1 wurde von OrgMap nie geschrieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an OrgMap document (%2)</source>
        <translation>%1 ist kein OrgMap-Dokument (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PRAGMA quick_check failed</source>
        <translation>PRAGMA quick_check ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitewriter.cpp" line="-54"/>
        <source>the SQLite driver gave no database handle</source>
        <translation>der SQLite-Treiber lieferte kein Datenbank-Handle</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+26"/>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>Szenario „%1“: %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::StatusSummary</name>
    <message>
        <location filename="../widgets/insight/statussummary.cpp" line="+15"/>
        <source>Findings of the live analysis: click to show them</source>
        <translation>Befunde der laufenden Analyse: zum Anzeigen klicken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
</context>
<context>
    <name>OrgMap::TeamCouplingPanel</name>
    <message>
        <location filename="../widgets/insight/teamcouplingpanel.cpp" line="+22"/>
        <source>collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facilitating</source>
        <translation>Facilitating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-as-a-service</source>
        <translation>X-as-a-Service</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Team coupling: declared vs implied</source>
        <translation>Teamkopplung: deklariert und implizit</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congruence = declared pairs / implied pairs</source>
        <translation>Kongruenz = deklarierte Paare / implizite Paare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No team depends on another through the map</source>
        <translation>Laut Karte hängt kein Team von einem anderen ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 team dependencies the map implies are declared</source>
        <translation>%1 von %2 Teamabhängigkeiten, die sich aus der Karte ergeben, sind deklariert</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <source>%1 ↔ %2 · %n link(s)</source>
        <translation>
            <numerusform>%1 ↔ %2 · %n Verbindung</numerusform>
            <numerusform>%1 ↔ %2 · %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Undeclared dependencies: %1</source>
        <translation>Nicht deklarierte Abhängigkeiten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions with no dependency: %1</source>
        <translation>Interaktionen ohne Abhängigkeit: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::TeamEditor</name>
    <message>
        <location filename="../widgets/ui/teameditor.cpp" line="+17"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unspecified)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream-aligned</source>
        <translation>Stream-aligned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling</source>
        <translation>Enabling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicated subsystem</source>
        <translation>Complicated Subsystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owns:</source>
        <translation>Zuständig für:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change team type</source>
        <translation>Team-Typ ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit team description</source>
        <translation>Teambeschreibung bearbeiten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 and %2</source>
        <comment>a team owns: assets, domains</comment>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n Asset</numerusform>
            <numerusform>%n Assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domäne</numerusform>
            <numerusform>%n Domänen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewEdits</name>
    <message>
        <location filename="../model/document/viewedits.cpp" line="+34"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add view &quot;%1&quot;</source>
        <translation>Ansicht „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename view to &quot;%1&quot;</source>
        <translation>Ansicht in „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move view &quot;%1&quot;</source>
        <translation>Ansicht „%1“ verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update view &quot;%1&quot;</source>
        <translation>Ansicht „%1“ aktualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete view &quot;%1&quot;</source>
        <translation>Ansicht „%1“ löschen</translation>
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
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+96"/>
        <location line="+22"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown key &quot;%1&quot; (extension keys must start with &quot;x-&quot;)</source>
        <translation>unbekannter Schlüssel „%1“ (Erweiterungsschlüssel müssen mit „x-“ beginnen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an id string</source>
        <translation>eine ID-Zeichenkette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid id (1 to %2 of A-Z a-z 0-9 . _ : -)</source>
        <translation>„%1“ ist keine gültige ID (1 bis %2 Zeichen aus A-Z a-z 0-9 . _ : -)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an object {x, y, w, h}</source>
        <translation>ein Objekt {x, y, w, h}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (a camera has x, y, w and h)</source>
        <translation>fehlt (eine Kamera hat x, y, w und h)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of range (at most %1 either way)</source>
        <translation>außerhalb des Bereichs (höchstens %1 in jede Richtung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a view object</source>
        <translation>ein Ansichtsobjekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (every view has a name)</source>
        <translation>fehlt (jede Ansicht hat einen Namen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be 1 to %1 characters</source>
        <translation>muss 1 bis %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another view is called &quot;%1&quot; (view names are unique ignoring case)</source>
        <translation>eine andere Ansicht heißt bereits „%1“ (Ansichtsnamen sind ohne Beachtung der Groß-/Kleinschreibung eindeutig)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (every view has a camera rectangle)</source>
        <translation>fehlt (jede Ansicht hat ein Kamerarechteck)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown highlight &quot;%1&quot; (one of %2)</source>
        <translation>unbekannte Hervorhebung „%1“ (eine von %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an array of steps</source>
        <translation>ein Array von Schritten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array of domain ids</source>
        <translation>ein Array von Domänen-IDs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a step reveals at least one domain</source>
        <translation>ein Schritt zeigt mindestens eine Domäne</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>an array of views</source>
        <translation>ein Array von Ansichten</translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewsDock</name>
    <message>
        <location filename="../widgets/ui/present/viewsdock.cpp" line="+16"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save what the canvas shows as a new view</source>
        <translation>Den Inhalt der Zeichenfläche als neue Ansicht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the selected view&apos;s picture with what the canvas shows</source>
        <translation>Das Bild der ausgewählten Ansicht durch den Inhalt der Zeichenfläche ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this view earlier</source>
        <translation>Diese Ansicht früher präsentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this view later</source>
        <translation>Diese Ansicht später präsentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal steps: the selected domains one step at a time</source>
        <translation>Aufdeckschritte: die ausgewählten Domänen Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Selected Domains as Next Step</source>
        <translation>Ausgewählte Domänen als nächsten Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Steps</source>
        <translation>Schritte leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected view</source>
        <translation>Die ausgewählte Ansicht löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected view (Enter)</source>
        <translation>Die ausgewählte Ansicht zeigen (Eingabetaste)</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n reveal step(s)</source>
        <translation>
            <numerusform>%n Aufdeckschritt</numerusform>
            <numerusform>%n Aufdeckschritte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>View %1</source>
        <translation>Ansicht %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewsPdf</name>
    <message>
        <location filename="../widgets/canvas/viewspdf.cpp" line="+76"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 errors, %3 warnings, %4 infos</source>
        <translation>%1: %2 Fehler, %3 Warnungen, %4 Hinweise</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: cannot draw PDF</source>
        <translation>%1: PDF kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>rendering needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)</source>
        <translation>das Rendern braucht eine QGuiApplication (QT_QPA_PLATFORM=offscreen verwenden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the map has no views (docs/views.md); leave out --views to draw the whole map</source>
        <translation>die Karte hat keine Ansichten (docs/views.md); --views weglassen, um die ganze Karte zu zeichnen</translation>
    </message>
</context>
<context>
    <name>OrgMap::WelcomePage</name>
    <message>
        <location filename="../widgets/ui/welcomepage.cpp" line="+38"/>
        <source>&lt;h3&gt;Welcome to OrgMap&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei OrgMap&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Map your business domains, the services and data products in them, and the teams that own them.</source>
        <translation>Bilden Sie Ihre Geschäftsdomänen ab, die Services und Datenprodukte darin und die Teams, die für sie zuständig sind.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open the example map</source>
        <translation>Beispielkarte öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new map</source>
        <translation>Neue Karte beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a Backstage catalog…</source>
        <translation>Backstage-Katalog importieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Dateien&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Three gestures&lt;/b&gt;&lt;br&gt;• Drag from the Palette onto the canvas (or into a domain) to add.&lt;br&gt;• Drag from a node&apos;s round edge handle to another node to connect.&lt;br&gt;• Drop an asset on a team to make it the owner.&lt;br&gt;Right-click anything for what applies there; Help &amp;gt; Getting Started for more.</source>
        <translation>&lt;b&gt;Drei Gesten&lt;/b&gt;&lt;br&gt;• Aus der Palette auf die Zeichenfläche (oder in eine Domäne) ziehen, um etwas hinzuzufügen.&lt;br&gt;• Vom runden Randgriff eines Knotens auf einen anderen Knoten ziehen, um beide zu verbinden.&lt;br&gt;• Ein Asset auf ein Team ziehen, um das Team zuständig zu machen.&lt;br&gt;Ein Rechtsklick zeigt, was jeweils möglich ist; mehr unter Hilfe &amp;gt; Erste Schritte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No recent files yet.</source>
        <translation>Noch keine zuletzt geöffneten Dateien.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard Shortcuts…</source>
        <translation>Tastenkürzel…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/ui/savepaths.cpp" line="+18"/>
        <source>map</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../model/document/quickentrywords.h" line="+18"/>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename</source>
        <translation>umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owned by</source>
        <translation>betreut von</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stream-aligned</source>
        <translation>stream-aligned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabling</source>
        <translation>enabling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complicated-subsystem</source>
        <translation>complicated-subsystem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>api</source>
        <translation>api</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data</source>
        <translation>daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+37"/>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryapply.cpp" line="+66"/>
        <source>Set team type</source>
        <translation>Team-Typ festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team has that type.</source>
        <translation>Das Team hat diesen Typ schon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That link is on the map.</source>
        <translation>Diese Verbindung ist schon auf der Karte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>It is there already.</source>
        <translation>Es ist schon dort.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move asset</source>
        <translation>Asset verschieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The map refuses that move.</source>
        <translation>Die Karte lässt diese Verschiebung nicht zu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It has that owner already.</source>
        <translation>Es hat dieses zuständige Team schon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has that name already.</source>
        <translation>Es hat diesen Namen schon.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+98"/>
        <source>--spotlight: no entity &quot;%1&quot; on the map</source>
        <translation>--spotlight: keine Entität „%1“ auf der Karte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--view: no view &quot;%1&quot; on the map (it has: %2)</source>
        <translation>--view: keine Ansicht „%1“ auf der Karte (vorhanden: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: could not write the image</source>
        <translation>%1: Das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename Map</source>
        <translation>Karte umbenennen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Map an organisation&apos;s domains, teams and assets.</source>
        <translation>Domänen, Teams und Assets einer Organisation abbilden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the main window with FILE to OUT (PNG) and exit.</source>
        <translation>Das Hauptfenster mit DATEI als Bild in OUT (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1400x900).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshot: bring PANEL forward first (dashboard or findings).</source>
        <translation>Mit --screenshot: zuerst PANEL in den Vordergrund holen (dashboard oder findings).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With --screenshot: zoom to Z (1 = 100%) after fitting.</source>
        <translation>Mit --screenshot: nach dem Einpassen auf Z zoomen (1 = 100%).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --screenshot: compare FILE with OTHER (File &gt; Compare With); --show metrics brings the metrics forward.</source>
        <translation>Mit --screenshot: FILE mit OTHER vergleichen (Datei &gt; Vergleichen mit); --show metrics holt die Kennzahlen in den Vordergrund.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --screenshot: show presentation mode (F5).</source>
        <translation>Mit --screenshot: den Präsentationsmodus zeigen (F5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --present: spotlight the entity with this id.</source>
        <translation>Mit --present: die Entität mit dieser ID ins Spotlight setzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --present: show step N of the findings tour.</source>
        <translation>Mit --present: Schritt N der Befund-Tour zeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --present: show the map&apos;s view called NAME.</source>
        <translation>Mit --present: die Ansicht der Karte namens NAME zeigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the user interface: en, de, fr, es or zh_CN (default: Preferences, else the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche: en, de, fr, es oder zh_CN (Standard: Einstellungen, sonst die des Systems).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A map to open (.orgmap, .orgmap.json).</source>
        <translation>Eine zu öffnende Karte (.orgmap, .orgmap.json).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at most one FILE, got %1</source>
        <translation>höchstens eine DATEI erlaubt, %1 angegeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--zoom: expected a number from %1 to %2 (1 = 100%), got &quot;%3&quot;</source>
        <translation>--zoom: erwartet wird eine Zahl von %1 bis %2 (1 = 100%), angegeben: „%3“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size and --zoom need --screenshot</source>
        <translation>--size und --zoom brauchen --screenshot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--size: expected WxH between 200x150 and 10000x10000, got &quot;%1&quot;</source>
        <translation>--size: BxH zwischen 200x150 und 10000x10000 erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>--show: expected dashboard or findings, got &quot;%1&quot;</source>
        <translation>--show: dashboard oder findings erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>--finding: expected a step from 1, got &quot;%1&quot;</source>
        <translation>--finding: Schritt ab 1 erwartet, nicht „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--spotlight, --finding and --view need --present</source>
        <translation>--spotlight, --finding und --view brauchen --present</translation>
    </message>
</context>
</TS>
