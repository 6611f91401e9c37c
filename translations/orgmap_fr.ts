<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>OrgMap</name>
    <message>
        <location filename="../model/merge/conflictresolution.cpp" line="+81"/>
        <source>The conflict of %1 has no entity to take.</source>
        <translation>Le conflit de %1 n&apos;a aucune entité à reprendre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is no longer in the map.</source>
        <translation>%1 ne figure plus dans la carte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conflict of %1 is no longer recorded.</source>
        <translation>Le conflit de %1 n&apos;est plus enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taking this value for %1 would make the map invalid: %2</source>
        <translation>Prendre cette valeur pour %1 rendrait la carte non valide : %2</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+36"/>
        <source>No %1 named “%2”.</source>
        <translation>Aucun élément de type %1 nommé « %2 ».</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“%1” names %n entities; rename one first.</source>
        <translation>
            <numerusform>« %1 » désigne %n entité ; renommez-en une d&apos;abord.</numerusform>
            <numerusform>« %1 » désigne %n entités ; renommez-en une d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/compare/comparesubjects.cpp" line="+28"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from no domain</source>
        <translation>d&apos;aucun domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was top-level</source>
        <translation>était au premier niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was: unowned</source>
        <translation>avant : sans propriétaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>was: %1</source>
        <translation>avant : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+45"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>changed: %1</source>
        <translation>modifié : %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::Analysis</name>
    <message numerus="yes">
        <location filename="../model/analysis/checkreporttext.cpp" line="+41"/>
        <source>%n error</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n infos</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Erreurs (%n)</numerusform>
            <numerusform>Erreurs (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Avertissements (%n)</numerusform>
            <numerusform>Avertissements (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Infos (%n)</source>
        <translation>
            <numerusform>Informations (%n)</numerusform>
            <numerusform>Informations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n domain</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domains</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n teams</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assets</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n links</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
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
    <message>
        <location line="+3"/>
        <source>(unnamed map)</source>
        <translation>(carte sans nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top %1 of %2 hotspots</source>
        <translation>Les %1 premiers des %2 points chauds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cross-domain links</source>
        <translation>Liens inter-domaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betweenness</source>
        <translation>Centralité d&apos;intermédiarité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Betweenness estimated from %1 of %2 source assets.</source>
        <translation>  Centralité d&apos;intermédiarité estimée à partir de %1 des %2 actifs sources.</translation>
    </message>
    <message>
        <location filename="../model/analysis/findings.cpp" line="-5"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service %1 has no owning team.</source>
        <translation>Le service %1 n&apos;a pas d&apos;équipe propriétaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product %1 has no owning team.</source>
        <translation>Le produit de données %1 n&apos;a pas d&apos;équipe propriétaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service %1 is in no domain.</source>
        <translation>Le service %1 n&apos;appartient à aucun domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product %1 is in no domain.</source>
        <translation>Le produit de données %1 n&apos;appartient à aucun domaine.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Service %1 has %n cross-domain link (coupling score %2).</source>
        <translation>
            <numerusform>Le service %1 a %n lien inter-domaines (score de couplage %2).</numerusform>
            <numerusform>Le service %1 a %n liens inter-domaines (score de couplage %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Service %1 has %n cross-domain links (coupling score %2).</source>
        <translation>
            <numerusform>Le service %1 a %n lien inter-domaines (score de couplage %2).</numerusform>
            <numerusform>Le service %1 a %n liens inter-domaines (score de couplage %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Data product %1 has %n cross-domain link (coupling score %2).</source>
        <translation>
            <numerusform>Le produit de données %1 a %n lien inter-domaines (score de couplage %2).</numerusform>
            <numerusform>Le produit de données %1 a %n liens inter-domaines (score de couplage %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Data product %1 has %n cross-domain links (coupling score %2).</source>
        <translation>
            <numerusform>Le produit de données %1 a %n lien inter-domaines (score de couplage %2).</numerusform>
            <numerusform>Le produit de données %1 a %n liens inter-domaines (score de couplage %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data product %1 has neither a description nor a tag, so nobody searching for it will find it.</source>
        <translation>Le produit de données %1 n&apos;a ni description ni étiquette : personne ne le trouvera en le cherchant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no description, so nobody searching for it will find it.</source>
        <translation>Le produit de données %1 n&apos;a pas de description : personne ne le trouvera en le cherchant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product %1 has no tag, so nobody searching for it will find it.</source>
        <translation>Le produit de données %1 n&apos;a pas d&apos;étiquette : personne ne le trouvera en le cherchant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data product %1 has neither documentation nor a classification, so others cannot tell how they may reuse it.</source>
        <translation>Le produit de données %1 n&apos;a ni documentation ni classification : les autres ne peuvent pas savoir comment le réutiliser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no documentation, so others cannot tell how to reuse it.</source>
        <translation>Le produit de données %1 n&apos;a pas de documentation : les autres ne peuvent pas savoir comment le réutiliser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product %1 has no classification, so others cannot tell whether they may reuse it.</source>
        <translation>Le produit de données %1 n&apos;a pas de classification : les autres ne peuvent pas savoir s&apos;ils ont le droit de le réutiliser.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data product %1 has no port, so consumers have no way to read it.</source>
        <translation>Le produit de données %1 n&apos;a pas de port : les consommateurs n&apos;ont aucun moyen de le lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no contract, so consumers cannot rely on its schema and terms.</source>
        <translation>Le produit de données %1 n&apos;a pas de contrat : les consommateurs ne peuvent pas se fier à son schéma ni à ses conditions.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Data product %1 is consumed by no asset: no link leads to it.</source>
        <translation>Le produit de données %1 n&apos;est consommé par aucun actif : aucun lien n&apos;y mène.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Team %1 owns no asset and no domain.</source>
        <translation>L&apos;équipe %1 n&apos;est propriétaire d&apos;aucun actif ni d&apos;aucun domaine.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Team %1 owns assets in %n domains: %2.</source>
        <translation>
            <numerusform>L&apos;équipe %1 possède des actifs dans %n domaine : %2.</numerusform>
            <numerusform>L&apos;équipe %1 possède des actifs dans %n domaines : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Domain %1 contains no asset, neither directly nor in a subdomain.</source>
        <translation>Le domaine %1 ne contient aucun actif, ni directement ni dans un sous-domaine.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Domain %1 is on a dependency cycle of %n domains: %2.</source>
        <translation>
            <numerusform>Le domaine %1 fait partie d&apos;un cycle de dépendances de %n domaine : %2.</numerusform>
            <numerusform>Le domaine %1 fait partie d&apos;un cycle de dépendances de %n domaines : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/analysis/sarifreport.cpp" line="+46"/>
        <source>An asset has no owning team.</source>
        <translation>Un actif n&apos;a pas d&apos;équipe propriétaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An asset is in no domain.</source>
        <translation>Un actif n&apos;appartient à aucun domaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product is consumed by no asset.</source>
        <translation>Un produit de données n&apos;est consommé par aucun actif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team owns no asset and no domain.</source>
        <translation>Une équipe n&apos;est propriétaire d&apos;aucun actif ni d&apos;aucun domaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A domain contains no asset.</source>
        <translation>Un domaine ne contient aucun actif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team owns assets in many domains.</source>
        <translation>Une équipe possède des actifs dans de nombreux domaines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains depend on each other in a cycle.</source>
        <translation>Des domaines dépendent les uns des autres en cycle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An asset has many cross-domain links.</source>
        <translation>Un actif a de nombreux liens inter-domaines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no description or no tag.</source>
        <translation>Un produit de données n&apos;a pas de description ou pas d&apos;étiquette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no port.</source>
        <translation>Un produit de données n&apos;a pas de port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no contract.</source>
        <translation>Un produit de données n&apos;a pas de contrat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no documentation or no classification.</source>
        <translation>Un produit de données n&apos;a pas de documentation ou pas de classification.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody is accountable for an asset without an owner, so its incidents and changes have no one to go to.</source>
        <translation>Personne ne répond d&apos;un actif sans propriétaire : ses incidents et ses changements n&apos;ont aucun interlocuteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An asset outside every domain belongs to no bounded context, so its language and boundaries are nobody&apos;s to keep.</source>
        <translation>Un actif hors de tout domaine n&apos;appartient à aucun contexte délimité : son langage et ses frontières ne sont gardés par personne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A data product that nothing consumes costs upkeep without delivering value, or its consumers are missing from the map.</source>
        <translation>Un produit de données que rien ne consomme coûte de l&apos;entretien sans apporter de valeur, ou bien ses consommateurs manquent sur la carte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team that owns nothing on the map is either missing its ownership or no longer needed.</source>
        <translation>Une équipe qui ne possède rien sur la carte a soit des responsabilités non renseignées, soit plus de raison d&apos;être.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A domain without assets is a boundary drawn around nothing, or its assets are placed elsewhere.</source>
        <translation>Un domaine sans actifs est une frontière tracée autour de rien, ou bien ses actifs sont placés ailleurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team spread over many domains must keep several models in mind, which slows it and blurs ownership.</source>
        <translation>Une équipe répartie sur de nombreux domaines doit garder plusieurs modèles en tête, ce qui la ralentit et brouille les responsabilités.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains that depend on each other in a cycle cannot change or ship independently.</source>
        <translation>Des domaines qui dépendent les uns des autres en cycle ne peuvent ni évoluer ni être livrés indépendamment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An asset with many cross-domain links couples domains tightly, so a change to it ripples through all of them.</source>
        <translation>Un actif doté de nombreux liens inter-domaines couple fortement les domaines : toute modification se répercute sur chacun d&apos;eux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a description and tags, consumers searching for data cannot find the data product.</source>
        <translation>Sans description ni étiquettes, les consommateurs qui cherchent des données ne peuvent pas trouver le produit de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a port, consumers have no defined way to read the data product.</source>
        <translation>Sans port, les consommateurs n&apos;ont aucun moyen défini de lire le produit de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a contract, consumers cannot rely on the data product&apos;s schema and terms.</source>
        <translation>Sans contrat, les consommateurs ne peuvent pas se fier au schéma ni aux conditions du produit de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without documentation and a classification, others cannot tell how and whether they may reuse the data product.</source>
        <translation>Sans documentation ni classification, les autres ne peuvent pas savoir comment ni s&apos;ils ont le droit de réutiliser le produit de données.</translation>
    </message>
</context>
<context>
    <name>OrgMap::AssetEditor</name>
    <message>
        <location filename="../widgets/ui/asseteditor.cpp" line="+33"/>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product</source>
        <translation>Produit de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;omain:</source>
        <translation>D&amp;omaine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Propriétaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma, separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation:</source>
        <translation>Documentation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL or path</source>
        <translation>URL ou chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL or path of the schema</source>
        <translation>URL ou chemin du schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification:</source>
        <translation>C&amp;lassification :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unspecified)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Add port</source>
        <translation>Ajouter un port</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+70"/>
        <source>Remove port</source>
        <translation>Retirer le port</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Ports:</source>
        <translation>Ports :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename asset</source>
        <translation>Renommer l&apos;actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit documentation link</source>
        <translation>Modifier le lien de documentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit contract</source>
        <translation>Modifier le contrat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit asset description</source>
        <translation>Modifier la description de l&apos;actif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change asset kind</source>
        <translation>Changer le type d&apos;actif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change classification</source>
        <translation>Changer la classification</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Edit ports</source>
        <translation>Modifier les ports</translation>
    </message>
</context>
<context>
    <name>OrgMap::BackstageImport</name>
    <message>
        <location filename="../model/import/backstagecatalog.cpp" line="+61"/>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2): a URL, not fetched</source>
        <translation>%1 (%2) : une URL, non téléchargée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): does not exist</source>
        <translation>%1 (%2) : n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: not valid YAML: %2</source>
        <translation>%1 : YAML non valide : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not an entity (a mapping with apiVersion, kind and metadata)</source>
        <translation>%1 : pas une entité (un mapping avec apiVersion, kind et metadata)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: entity without %2</source>
        <translation>%1 : entité sans %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: entity without metadata.name</source>
        <translation>%1 : entité sans metadata.name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: metadata.name &quot;%2&quot; is not a valid entity name (letters, digits, -, _ and ., at most 63)</source>
        <translation>%1 : metadata.name « %2 » n&apos;est pas un nom d&apos;entité valide (lettres, chiffres, -, _ et ., 63 au plus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: metadata.namespace &quot;%2&quot; is not a valid namespace</source>
        <translation>%1 : metadata.namespace « %2 » n&apos;est pas un espace de noms valide</translation>
    </message>
    <message>
        <location filename="../model/import/backstagemapping.cpp" line="+71"/>
        <source>%1 at %2:%3 replaces the one at %4:%5</source>
        <translation>%1 (%2:%3) remplace celle de %4:%5</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n entities of kind %1 not imported</source>
        <translation>
            <numerusform>%n entité de type %1 non importée</numerusform>
            <numerusform>%n entités de type %1 non importées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage catalog</source>
        <translation>Catalogue Backstage</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is owned by %2, a user: left unowned</source>
        <translation>%1 appartient à %2, un utilisateur : aucune équipe propriétaire attribuée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: owner %2 is not a group</source>
        <translation>%1 : le propriétaire %2 n&apos;est pas un groupe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: team for %2, owner of %3, not in the catalog</source>
        <translation>%1 : l&apos;équipe de %2, propriétaire de %3, n&apos;est pas dans le catalogue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 %3 is neither a system nor a domain</source>
        <translation>%1 : %2 %3 n&apos;est ni un système ni un domaine</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: domain for %2, %3 of %4, not in the catalog</source>
        <translation>%1 : le domaine de %2, %3 de %4, n&apos;est pas dans le catalogue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: parent %2 would make a cycle: left at top level</source>
        <translation>%1 : le parent %2 créerait un cycle ; reste au premier niveau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: a group of type %2 that owns nothing imported</source>
        <translation>%1 : un groupe de type %2 qui ne possède rien parmi les éléments importés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: orgmap/team-type &quot;%2&quot; is not one of %3</source>
        <translation>%1 : orgmap/team-type « %2 » ne fait pas partie de %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: consumesApis %2 is not an API in the catalog</source>
        <translation>%1 : consumesApis %2 n&apos;est pas une API du catalogue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: consumesApis %2, which nothing provides</source>
        <translation>%1 : consumesApis %2, que rien ne fournit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: dependsOn %2 is not a component or resource in the catalog</source>
        <translation>%1 : dependsOn %2 n&apos;est pas un composant ou une ressource du catalogue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: dependencyOf %2 is not a component or resource in the catalog</source>
        <translation>%1 : dependencyOf %2 n&apos;est pas un composant ou une ressource du catalogue</translation>
    </message>
</context>
<context>
    <name>OrgMap::ChangesDock</name>
    <message>
        <location filename="../widgets/compare/changesdock.cpp" line="+36"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter changes (name, id, field)</source>
        <translation>Filtrer les modifications (nom, identifiant, champ)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Map changed</source>
        <translation>Carte modifiée</translation>
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
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>%1 modification sur %n affichée</numerusform>
            <numerusform>%1 sur %n modifications affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::Cli</name>
    <message>
        <location filename="../app/cli/diff.cpp" line="+71"/>
        <source>new file: compared with an empty map</source>
        <translation>nouveau fichier : comparé à une carte vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted file: compared with an empty map</source>
        <translation>fichier supprimé : comparé à une carte vide</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format doit valoir text ou json, et non « %1 »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>orgmap diff %1: unmerged, nothing to compare
</source>
        <translation>orgmap diff %1 : non fusionné, rien à comparer
</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>expected diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (as git passes them), got %n argument(s)</source>
        <translation>
            <numerusform>diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE attendu (tel que git les transmet), %n argument reçu</numerusform>
            <numerusform>diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE attendu (tel que git les transmet), %n arguments reçus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+25"/>
        <source>expected %1</source>
        <translation>%1 attendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;</source>
        <translation>--%1 attend un nombre entier d&apos;au moins %2, et non « %3 »</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/generate.cpp" line="+24"/>
        <source>generate needs --assets N</source>
        <translation>generate nécessite --assets N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--assets: at most %1 assets can be generated, not %2</source>
        <translation>--assets : %1 actifs au plus peuvent être générés, et non %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--seed needs a whole number, not &quot;%1&quot;</source>
        <translation>--seed attend un nombre entier, et non « %1 »</translation>
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
        <translation>Usage : orgmap-cli COMMAND [OPTIONS]

Commandes :
  check MAP [--policy FILE] [--format text|json|sarif] [--hotspot-threshold N]
        [--scenario NAME]
        Analyse une carte : actifs orphelins, points chauds de couplage, cycles
        de domaines ; avec une politique, ses gravités, seuils et règles FAIR.
        Code de sortie 0 : aucun constat au niveau failOn de la politique (par
        défaut : error) ou au-dessus ; 1 : au moins un ; 2 : carte ou politique inutilisable.
  convert IN OUT [--scenario NAME]
        Convertit entre .orgmap (SQLite) et .orgmap.json, ou exporte en
        .graphml (yEd, Gephi, NetworkX), .dot/.gv (Graphviz) ou .mmd
        (Mermaid), selon l&apos;extension de OUT ; toute autre extension est refusée.
        De .orgmap à .orgmap, tous les scénarios sont conservés ; sinon une seule
        carte est écrite : --scenario NAME, sinon la première (stderr nomme les autres).
  diff OLD NEW [--format text|json] [--geometry] [--hotspot-threshold N]
       [--old-scenario NAME] [--new-scenario NAME]
        Ce qui a changé entre deux cartes et ce que cela change à l&apos;analyse.
        Code de sortie 0 : aucun changement ; 1 : changements ; 2 : entrée inutilisable.
        diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE
        est la forme qu&apos;appelle git (diff.orgmap.command) ; elle renvoie 0 en cas de succès.
  generate --assets N [--seed S] [--no-geometry] OUT
        Écrit une carte synthétique déterministe pour les bancs d&apos;essai et les démos.
  import backstage PATH... [-o OUT] [--into MAP] [--lenient]
  import odps PATH... [-o OUT] [--into MAP]
        Importe un catalogue Backstage ou des descripteurs de produits de données
        ODPS (fichiers ou dossiers), mis en page ; --into réimporte dans cette carte.
        Rapport sur stderr ; code de sortie 2 si l&apos;entrée est refusée.
  layout IN OUT [--all] [--team-lane] [--scenario NAME]
        Écrit IN dans OUT avec une géométrie calculée pour ce qui n&apos;en a pas (tout
        avec --all) ; --team-lane place les équipes sur un couloir en haut.
  merge BASE OURS THEIRS [-o OUT]
        Fusion à trois voies de cartes (pilote de fusion git) : écrit la carte fusionnée
        en JSON dans OUT (par défaut : par-dessus OURS, notre version). Code de sortie 0 :
        fusionnée ; 1 : des conflits subsistent, listés dans « x-orgmap-conflicts » ; 2 : entrée inutilisable.
  render MAP OUT.png|OUT.svg|OUT.pdf [--scale S] [--views] [--scenario NAME]
        Dessine la carte comme le fait l&apos;éditeur, sans interface graphique.

MAP et IN peuvent valoir - pour l&apos;entrée standard ; OUT peut valoir - pour du JSON sur la sortie standard.
--scenario NAME choisit un scénario d&apos;un document .orgmap (par défaut : le premier ;
stderr nomme les autres) ; un nom inconnu donne le code de sortie 2.
Options : --help, --version
  --lang CODE
        Langue des messages : en, de, fr, es ou zh_CN (par défaut : la langue
        choisie dans les Préférences de l&apos;éditeur, sinon celle du système).
</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no command given (try orgmap-cli --help)</source>
        <translation>aucune commande indiquée (voir orgmap-cli --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &quot;%1&quot; (try orgmap-cli --help)</source>
        <translation>commande inconnue « %1 » (voir orgmap-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/render.cpp" line="+31"/>
        <source>--scale needs a number from 0.1 to 8, not &quot;%1&quot;</source>
        <translation>--scale attend un nombre entre 0.1 et 8, et non « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the output must end in .png, .svg or .pdf</source>
        <translation>%1 : la sortie doit se terminer par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--views: the views are drawn as PDF pages; name a .pdf</source>
        <translation>--views : les vues sont dessinées sous forme de pages PDF ; indiquez un fichier .pdf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this build has no renderer</source>
        <translation>cette version a été compilée sans moteur de rendu</translation>
    </message>
    <message>
        <location filename="../app/cli/check.cpp" line="+33"/>
        <source>--format must be text, json or sarif, not &quot;%1&quot;</source>
        <translation>--format doit valoir text, json ou sarif, et non « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="+16"/>
        <source>import needs a source: import backstage|odps PATH... [-o OUT] [--into MAP]</source>
        <translation>import nécessite une source : import backstage|odps PATH... [-o OUT] [--into MAP]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>import %1 needs at least one PATH</source>
        <translation>import %1 nécessite au moins un PATH</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import refused, nothing written:
</source>
        <translation>importation refusée, rien n&apos;a été écrit :
</translation>
    </message>
    <message>
        <location filename="../app/cli/merge.cpp" line="+139"/>
        <source>merge: the merged map would be invalid (a bug): %1</source>
        <translation>merge : la carte fusionnée serait non valide (un bogue) : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>note: %n conflict(s) left by an earlier merge dropped
</source>
        <translation>
            <numerusform>remarque : %n conflit laissé par une fusion précédente a été abandonné
</numerusform>
            <numerusform>remarque : %n conflits laissés par une fusion précédente ont été abandonnés
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geometry: %1 moved on both sides; ours kept
</source>
        <translation>géométrie : déplacement de %1 des deux côtés ; notre version est conservée
</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s): ours kept, listed in &quot;x-orgmap-conflicts&quot; of %1
</source>
        <translation>
            <numerusform>%n conflit : notre version est conservée, listé dans « x-orgmap-conflicts » de %1
</numerusform>
            <numerusform>%n conflits : notre version est conservée, listés dans « x-orgmap-conflicts » de %1
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/maploading.cpp" line="+40"/>
        <source>%1 has %2 scenarios: wrote the first, &quot;%3&quot;; not written: %4 (name one with --scenario NAME)</source>
        <translation>%1 a %2 scénarios : le premier, « %3 », a été écrit ; non écrits : %4 (choisissez-en un avec --scenario NAME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has %2 scenarios: read the first, &quot;%3&quot;; not read: %4 (name one with --scenario NAME)</source>
        <translation>%1 a %2 scénarios : le premier, « %3 », a été lu ; non lus : %4 (choisissez-en un avec --scenario NAME)</translation>
    </message>
</context>
<context>
    <name>OrgMap::Cli::Report</name>
    <message>
        <location filename="../app/cli/merge.cpp" line="-114"/>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>conflict: %1</source>
        <translation>conflit : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>changed differently on both sides</source>
        <translation>modifié différemment des deux côtés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed on one side, changed on the other</source>
        <translation>supprimé d&apos;un côté, modifié de l&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its id names another entity on the other side</source>
        <translation>son identifiant désigne une autre entité de l&apos;autre côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind and data-product fields changed on different sides</source>
        <translation>le type et les champs de produit de données ont été modifiés de côtés différents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refers to an entity the merge removed</source>
        <translation>fait référence à une entité supprimée par la fusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the merged parents form a cycle</source>
        <translation>les parents fusionnés forment un cycle</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareLayer</name>
    <message>
        <location filename="../widgets/compare/comparelayer.cpp" line="+211"/>
        <source>NEW</source>
        <translation>NOUVEAU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REMOVED</source>
        <translation>SUPPRIMÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANGED</source>
        <translation>MODIFIÉ</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareMode</name>
    <message>
        <location filename="../widgets/compare/comparemode.cpp" line="+77"/>
        <source>Space: before/after · Esc: leave</source>
        <translation>Espace : avant/après · Échap : quitter</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not comparing: there are no metrics to export.</source>
        <translation>Aucune comparaison en cours : pas de métriques à exporter.</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareView</name>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="+92"/>
        <location line="+244"/>
        <source>Show &amp;Before</source>
        <translation>Afficher l&apos;&amp;avant</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Flip between the older and the newer map (Space)</source>
        <translation>Basculer entre l&apos;ancienne et la nouvelle carte (Espace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;wap Sides</source>
        <translation>&amp;Inverser les côtés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the older map the newer one</source>
        <translation>Faire de l&apos;ancienne carte la nouvelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Metrics PNG…</source>
        <translation>&amp;Exporter les métriques en PNG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Leave Compare</source>
        <translation>&amp;Quitter la comparaison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to editing (Esc)</source>
        <translation>Retour à l&apos;édition (Échap)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message numerus="yes">
        <location line="+199"/>
        <source>&lt;b&gt;Comparing&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n change(s) &amp;nbsp;·&amp;nbsp; &lt;i&gt;read-only&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Comparaison&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n modification &amp;nbsp;·&amp;nbsp; &lt;i&gt;lecture seule&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;Comparaison&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n modifications &amp;nbsp;·&amp;nbsp; &lt;i&gt;lecture seule&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BEFORE: %1</source>
        <translation>AVANT : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AFTER: %1</source>
        <translation>APRÈS : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;After</source>
        <translation>Afficher l&apos;a&amp;près</translation>
    </message>
</context>
<context>
    <name>OrgMap::ConflictsDock</name>
    <message>
        <location filename="../widgets/ui/conflictsdock.cpp" line="+48"/>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the map</source>
        <translation>la carte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>whole %1</source>
        <translation>%1 en entier</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>base</source>
        <translation>la base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ours</source>
        <translation>notre version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theirs</source>
        <translation>leur version</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take &amp;Ours</source>
        <translation>Prendre &amp;notre version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;Theirs</source>
        <translation>Prendre &amp;leur version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;Base</source>
        <translation>Prendre la &amp;base</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ours</source>
        <translation>Notre version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Take Ours</source>
        <translation>Prendre notre version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Theirs</source>
        <translation>Prendre leur version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Base</source>
        <translation>Prendre la base</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Resolve %1 of %2 with %3</source>
        <translation>Résoudre %1 de %2 avec %3</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n conflict(s) left</source>
        <translation>
            <numerusform>%n conflit restant</numerusform>
            <numerusform>%n conflits restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ConnectDialog</name>
    <message>
        <location filename="../widgets/ui/connectdialog.cpp" line="+24"/>
        <source>Connect teams</source>
        <translation>Relier des équipes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect assets</source>
        <translation>Relier des actifs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Swap direction</source>
        <translation>&amp;Inverser le sens</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>De &lt;b&gt;%1&lt;/b&gt; vers &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; depends on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dépend de &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These teams already interact that way.</source>
        <translation>Ces équipes interagissent déjà de cette façon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There already is such a link between these assets.</source>
        <translation>Un tel lien existe déjà entre ces actifs.</translation>
    </message>
</context>
<context>
    <name>OrgMap::ConnectionEditor</name>
    <message>
        <location filename="../widgets/ui/connectioneditor.cpp" line="+19"/>
        <source>Connects:</source>
        <translation>Relie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit link label</source>
        <translation>Modifier le libellé du lien</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 depends on %2</source>
        <translation>%1 dépend de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There already is such a link between these assets.</source>
        <translation>Un tel lien existe déjà entre ces actifs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change link kind</source>
        <translation>Changer le type de lien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These teams already interact that way.</source>
        <translation>Ces équipes interagissent déjà de cette façon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change interaction mode</source>
        <translation>Changer le mode d&apos;interaction</translation>
    </message>
</context>
<context>
    <name>OrgMap::CouplingHeatMap</name>
    <message>
        <location filename="../widgets/insight/couplingheatmap.cpp" line="+91"/>
        <source>Domain coupling (row → column)</source>
        <translation>Couplage des domaines (ligne → colonne)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Domain coupling (row → column) · top %1 of %2</source>
        <translation>Couplage des domaines (ligne → colonne) · %1 sur %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No links between domains</source>
        <translation>Aucun lien entre domaines</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%1 → %2: %n link(s), weight %3</source>
        <translation>
            <numerusform>%1 → %2 : %n lien, poids %3</numerusform>
            <numerusform>%1 → %2 : %n liens, poids %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2: no links</source>
        <translation>%1 → %2 : aucun lien</translation>
    </message>
</context>
<context>
    <name>OrgMap::DashboardWidget</name>
    <message>
        <location filename="../widgets/insight/dashboardwidget.cpp" line="+48"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Top hotspots by coupling score</source>
        <translation>Principaux points chauds par score de couplage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain coupling: afferent (Ca) and efferent (Ce)</source>
        <translation>Couplage des domaines : afférent (Ca) et efférent (Ce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets per owning team</source>
        <translation>Actifs par équipe propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains spanned per team</source>
        <translation>Domaines couverts par équipe</translation>
    </message>
    <message>
        <location line="+217"/>
        <location line="+51"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Domains: Ca / Ce</source>
        <translation>Domaines : Ca / Ce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling score</source>
        <translation>score de couplage</translation>
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
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Top hotspots</source>
        <translation>Principaux points chauds</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Ca in</source>
        <translation>Ca entrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce out</source>
        <translation>Ce sortant</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Top hotspots · %1/%2</source>
        <translation>Principaux points chauds · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets per team</source>
        <translation>Actifs par équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets per team · %1/%2</source>
        <translation>Actifs par équipe · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains per team</source>
        <translation>Domaines par équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domains/team · %1/%2</source>
        <translation>Domaines/équipe · %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains Ca/Ce · %1/%2</source>
        <translation>Domaines Ca/Ce · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupling score</source>
        <translation>Score de couplage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assets owned</source>
        <translation>actifs possédés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>distinct domains</source>
        <translation>domaines distincts</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not write the dashboard image to %1</source>
        <translation>Impossible d&apos;écrire l&apos;image du tableau de bord dans %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::Diff</name>
    <message>
        <location filename="../model/diff/diffreporttext.cpp" line="+58"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains (%1)</source>
        <translation>Domaines (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams (%1)</source>
        <translation>Équipes (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets (%1)</source>
        <translation>Actifs (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links (%1)</source>
        <translation>Liens (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions (%1)</source>
        <translation>Interactions (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain links</source>
        <translation>Liens inter-domaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain weight</source>
        <translation>Poids inter-domaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned assets</source>
        <translation>Actifs orphelins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unowned assets</source>
        <translation>Actifs sans équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain cycles</source>
        <translation>Cycles de domaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains on cycles</source>
        <translation>Domaines dans des cycles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scattered teams</source>
        <translation>Équipes dispersées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infos</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>Métriques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delta</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Domain</source>
        <translation>Domaine</translation>
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
        <translation>Instabilité</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Domains whose numbers changed (%1)</source>
        <translation>Domaines dont les chiffres ont changé (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n change</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(unnamed map)</source>
        <translation>(carte sans nom)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No changes.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1 : ajouts %2, suppressions %3, modifications %4</translation>
    </message>
</context>
<context>
    <name>OrgMap::Document</name>
    <message>
        <location filename="../model/document/document_edits.cpp" line="+19"/>
        <source>Add domain &quot;%1&quot;</source>
        <translation>Ajouter le domaine « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add team &quot;%1&quot;</source>
        <translation>Ajouter l&apos;équipe « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add service &quot;%1&quot;</source>
        <translation>Ajouter le service « %1 »</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add data product &quot;%1&quot;</source>
        <translation>Ajouter le produit de données « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect %1 to %2</source>
        <translation>Relier %1 à %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add interaction</source>
        <translation>Ajouter une interaction</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Supprimer %n connexion</numerusform>
            <numerusform>Supprimer %n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/document_changes.cpp" line="+21"/>
        <source>Change domain &quot;%1&quot;</source>
        <translation>Modifier le domaine « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change team &quot;%1&quot;</source>
        <translation>Modifier l&apos;équipe « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change &quot;%1&quot;</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change map properties</source>
        <translation>Modifier les propriétés de la carte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Renommer en « %1 »</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Remove owner of &quot;%1&quot;</source>
        <translation>Retirer le propriétaire de « %1 »</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Make %1 owner of &quot;%2&quot;</source>
        <translation>Désigner %1 propriétaire de « %2 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take &quot;%1&quot; out of its domain</source>
        <translation>Sortir « %1 » de son domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &quot;%1&quot; into %2</source>
        <translation>Déplacer « %1 » dans %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change parent of &quot;%1&quot;</source>
        <translation>Changer le parent de « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resize &quot;%1&quot;</source>
        <translation>Redimensionner « %1 »</translation>
    </message>
    <message>
        <location filename="../model/document/document_scenarios.cpp" line="+145"/>
        <source>New scenario &quot;%1&quot;</source>
        <translation>Nouveau scénario « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicate scenario &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>Dupliquer le scénario « %1 » en « %2 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer le scénario « %1 » en « %2 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Supprimer le scénario « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move scenario &quot;%1&quot;</source>
        <translation>Déplacer le scénario « %1 »</translation>
    </message>
    <message>
        <location filename="../model/document/document_checks.cpp" line="+22"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 name</source>
        <translation>Nom du port %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>Couleur</translation>
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
        <translation>Largeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
</context>
<context>
    <name>OrgMap::DomainEditor</name>
    <message>
        <location filename="../widgets/ui/domaineditor.cpp" line="+22"/>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+53"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Use a colour derived from the domain</source>
        <translation>Utiliser une couleur dérivée du domaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inside:</source>
        <translation>&amp;Dans :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename domain</source>
        <translation>Renommer le domaine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit domain description</source>
        <translation>Modifier la description du domaine</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>Change domain colour</source>
        <translation>Changer la couleur du domaine</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Domain colour</source>
        <translation>Couleur du domaine</translation>
    </message>
</context>
<context>
    <name>OrgMap::EntityActions</name>
    <message>
        <location filename="../widgets/ui/entityactions.cpp" line="+58"/>
        <source>&amp;Subdomain</source>
        <translation>Sous-&amp;domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Domain to Contents</source>
        <translation>&amp;Ajuster le domaine au contenu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a domain inside the selected domain</source>
        <translation>Ajouter un domaine dans le domaine sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrink or grow the selected domain to what it holds</source>
        <translation>Réduire ou agrandir le domaine sélectionné selon son contenu</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Rename</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Relier…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+158"/>
        <source>&amp;Insert Here</source>
        <translation>&amp;Insérer ici</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Set &amp;Owner</source>
        <translation>Définir le &amp;propriétaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign owner</source>
        <translation>Attribuer un propriétaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No Owner</source>
        <translation>Aucun propriétaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Move to Domain</source>
        <translation>Déplacer &amp;vers un domaine</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to domain</source>
        <translation>Déplacer vers un domaine</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No Domain</source>
        <translation>Aucun domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top Level</source>
        <translation>Premier niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;Links</source>
        <translation>Sélectionner les &amp;liens</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;potlight</source>
        <translation>Mettre sous le pro&amp;jecteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in &amp;Outline</source>
        <translation>Afficher dans la s&amp;tructure</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show on &amp;Canvas</source>
        <translation>Afficher sur le ca&amp;nevas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>&amp;Properties</source>
        <translation>Pr&amp;opriétés</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Select &amp;Ends</source>
        <translation>Sélectionner les &amp;extrémités</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete Link</source>
        <translation>&amp;Supprimer le lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete Interaction</source>
        <translation>&amp;Supprimer l&apos;interaction</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Paste</source>
        <translation>&amp;Coller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Select Affected on Canvas</source>
        <translation>&amp;Sélectionner les éléments concernés sur le canevas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
</context>
<context>
    <name>OrgMap::ExportImageDialog</name>
    <message>
        <location filename="../widgets/ui/exportimagedialog.cpp" line="+19"/>
        <source>&amp;Transparent background</source>
        <translation>Arrière-plan &amp;transparent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole map</source>
        <translation>&amp;Toute la carte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Selection</source>
        <translation>&amp;Sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area:</source>
        <translation>Zone :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size:</source>
        <translation>Taille de l&apos;image :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>OrgMap::FileFormat</name>
    <message>
        <location filename="../model/storage/fileformat.cpp" line="+25"/>
        <source>OrgMap document</source>
        <translation>Document OrgMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap JSON</source>
        <translation>JSON OrgMap</translation>
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
        <translation>Organigramme Mermaid</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a name without an extension names no format</source>
        <translation>un nom sans extension ne désigne aucun format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.%1 is not a format OrgMap writes</source>
        <translation>.%1 n&apos;est pas un format qu&apos;OrgMap écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2; use one of %3</source>
        <translation>%1 : %2 ; utilisez l&apos;un de %3</translation>
    </message>
</context>
<context>
    <name>OrgMap::FindingsDock</name>
    <message>
        <location filename="../widgets/insight/findingsdock.cpp" line="+16"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All rules</source>
        <translation>Toutes les règles</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n shown · %1</source>
        <comment>%1: &quot;2 errors · 14 warnings · 5 infos&quot;</comment>
        <translation>
            <numerusform>%n affiché · %1</numerusform>
            <numerusform>%n affichés · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::FindingsModel</name>
    <message>
        <location filename="../widgets/insight/findingsmodel.cpp" line="+101"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>OrgMap::HighlightLayer</name>
    <message>
        <location filename="../widgets/canvas/highlightlayer.cpp" line="+302"/>
        <source>FAIR: %1</source>
        <comment>the FAIR rules missed, e.g. &quot;FAIR: A I&quot;</comment>
        <translation>FAIR : %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no domain</source>
        <translation>aucun domaine</translation>
    </message>
</context>
<context>
    <name>OrgMap::I18n</name>
    <message>
        <location filename="../app/common/i18n.cpp" line="+133"/>
        <source>--lang: expected a language code</source>
        <translation>--lang : code de langue attendu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>langue inconnue « %1 » (disponibles : %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot load the translation %1</source>
        <translation>impossible de charger la traduction %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::Import</name>
    <message>
        <location filename="../model/import/mergeimport.cpp" line="+44"/>
        <source>%1 is already in the map as another kind of entity</source>
        <translation>%1 figure déjà dans la carte comme un autre type d&apos;entité</translation>
    </message>
</context>
<context>
    <name>OrgMap::ImportReport</name>
    <message>
        <location filename="../model/import/importreport.cpp" line="+26"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder</source>
        <translation>substitut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unowned</source>
        <translation>sans équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unresolved</source>
        <translation>non résolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped target</source>
        <translation>cible ignorée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped document</source>
        <translation>document ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external source</source>
        <translation>source externe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import: %1 created, %2 updated, %3 removed, %4 unchanged; %5 placeholders, %6 unresolved references, %7 external sources, %8 skipped
</source>
        <translation>importation : %1 créés, %2 mis à jour, %3 supprimés, %4 inchangés ; %5 substituts, %6 références non résolues, %7 sources externes, %8 ignorés
</translation>
    </message>
</context>
<context>
    <name>OrgMap::ImportReportDialog</name>
    <message>
        <location filename="../widgets/ui/importreportdialog.cpp" line="+31"/>
        <source>%1 created, %2 updated, %3 removed, %4 unchanged.</source>
        <translation>%1 créés, %2 mis à jour, %3 supprimés, %4 inchangés.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n line(s) to look at below.</source>
        <translation>
            <numerusform>%n ligne à examiner ci-dessous.</numerusform>
            <numerusform>%n lignes à examiner ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a row to show its entity on the map. Edit &gt; Undo takes the whole import back.</source>
        <translation>Double-cliquez sur une ligne pour afficher son entité sur la carte. Édition &gt; Annuler annule toute l&apos;importation.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Double-click to show it on the map</source>
        <translation>Double-cliquez pour l&apos;afficher sur la carte</translation>
    </message>
</context>
<context>
    <name>OrgMap::Insight</name>
    <message>
        <location filename="../widgets/insight/severityicons.cpp" line="+87"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
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
        <translation>Sans équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No domain</source>
        <translation>Sans domaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unconsumed</source>
        <translation>Non consommé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle team</source>
        <translation>Équipe inactive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty domain</source>
        <translation>Domaine vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scattered team</source>
        <translation>Équipe dispersée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domain cycle</source>
        <translation>Cycle de domaines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hotspot</source>
        <translation>Point chaud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not findable</source>
        <translation>Non trouvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not accessible</source>
        <translation>Non accessible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not interoperable</source>
        <translation>Non interopérable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reusable</source>
        <translation>Non réutilisable</translation>
    </message>
</context>
<context>
    <name>OrgMap::JsonDetail</name>
    <message>
        <location filename="../model/json/jsonfields.cpp" line="+302"/>
        <source>unknown key &quot;%1&quot; (extension keys must start with &quot;x-&quot;)</source>
        <translation>clé inconnue « %1 » (les clés d&apos;extension doivent commencer par « x- »)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>clé inconnue « %1 » (vouliez-vous dire « %2 » ?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+12"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required key &quot;%1&quot;</source>
        <translation>clé obligatoire « %1 » manquante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be %1, not %2</source>
        <translation>doit être %1, et non %2</translation>
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
        <translation>doit être un objet, et non %1</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, et non %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an array of ports</source>
        <translation>un tableau de ports</translation>
    </message>
    <message>
        <location filename="../model/json/jsonfields.cpp" line="-195"/>
        <source>... and %1 more errors</source>
        <translation>… et %1 autres erreurs</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/json/jsonreader.cpp" line="-191"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/json/jsonreader.cpp" line="+156"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location filename="../model/json/jsonreader.cpp" line="-230"/>
        <source>contains an unpaired UTF-16 surrogate escape (\uD800-\uDFFF), which is not a character; OrgMap refuses it rather than change it</source>
        <translation>contient un échappement de substitut UTF-16 non apparié (\uD800-\uDFFF), qui n&apos;est pas un caractère ; OrgMap le refuse plutôt que de le modifier</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>invalid JSON at line %1, column %2: a number needs digits before and after its decimal point, and no leading zero</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : un nombre doit avoir des chiffres avant et après son point décimal, et pas de zéro initial</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the document must be a JSON object, not %1</source>
        <translation>le document doit être un objet JSON, et non %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>une valeur unique</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>must be &quot;orgmap&quot;, not &quot;%1&quot;</source>
        <translation>doit être « orgmap », et non « %1 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an integer, not %1</source>
        <translation>doit être un entier, et non %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 is newer than this OrgMap supports (highest: %2)</source>
        <translation>la version %1 est plus récente que ce que prend en charge cet OrgMap (au plus : %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version %1 does not exist (supported: %2)</source>
        <translation>la version %1 n&apos;existe pas (prises en charge : %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an array, not %1</source>
        <translation>doit être un tableau, et non %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::KindNames</name>
    <message>
        <location filename="../widgets/canvas/kindnames.cpp" line="+11"/>
        <source>API call</source>
        <translation>Appel d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event subscription</source>
        <translation>Abonnement à des événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data consumption</source>
        <translation>Consommation de données</translation>
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
        <translation>Facilitation</translation>
    </message>
</context>
<context>
    <name>OrgMap::LinkLayer</name>
    <message>
        <location filename="../widgets/canvas/linklayer_p.h" line="+93"/>
        <source>collaboration</source>
        <translation>collaboration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facilitating</source>
        <translation>facilitation</translation>
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
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened map&gt;</source>
        <translation>&lt;carte ouverte&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-175"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — %2 — %3</source>
        <translation>%1[*] — %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
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
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
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
        <translation>Glisser depuis la palette ou appuyer sur 1–7 pour ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L connects the two selected items</source>
        <translation>Ctrl+L relie les deux éléments sélectionnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F2 renames · drop an asset on a team to make it the owner · Delete removes</source>
        <translation>F2 renomme · déposez un actif sur une équipe pour l&apos;en rendre propriétaire · Suppr supprime</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About OrgMap</source>
        <translation>À propos d&apos;OrgMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;OrgMap %1&lt;/h3&gt;&lt;p&gt;Map your organisation&apos;s domains, teams, services and data products.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgMap %1&lt;/h3&gt;&lt;p&gt;Cartographiez les domaines, les équipes, les services et les produits de données de votre organisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_actions.cpp" line="+63"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Window</source>
        <translation>Nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OrgMap &amp;JSON Map…</source>
        <translation>Carte &amp;JSON OrgMap…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backstage Catalog…</source>
        <translation>Catalogue &amp;Backstage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data Products (ODPS)…</source>
        <translation>&amp;Produits de données (ODPS)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export S&amp;VG…</source>
        <translation>Exporter en S&amp;VG…</translation>
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
        <translation>Fermer la fenê&amp;tre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Couper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Connect Selected…</source>
        <translation>&amp;Lier la sélection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link two selected assets or two selected teams</source>
        <translation>Relier deux actifs ou deux équipes sélectionnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tidy Layout</source>
        <translation>Ran&amp;ger la disposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrange every domain, asset and team afresh (undoable)</source>
        <translation>Réorganiser tous les domaines, actifs et équipes (annulable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy &amp;Selected</source>
        <translation>Ranger la &amp;sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange the selected domains, assets and teams; nothing else moves (undoable)</source>
        <translation>Dispose les domaines, actifs et équipes sélectionnés ; rien d&apos;autre ne bouge (annulable)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual &amp;Size (100%)</source>
        <translation>Taille ré&amp;elle (100 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;nap to Grid</source>
        <translation>Aligner sur la &amp;grille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Ownership Lines</source>
        <translation>Afficher les liens de resp&amp;onsabilité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Legend</source>
        <translation>Afficher la &amp;légende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ull Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OrgMap</source>
        <translation>À &amp;propos d&apos;OrgMap</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;Diagram</source>
        <translation>Exporter un d&amp;iagramme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
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
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow_edit.cpp" line="+26"/>
        <source>Copied %n item(s)</source>
        <translation>
            <numerusform>%n élément copié</numerusform>
            <numerusform>%n éléments copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Coller %n élément</numerusform>
            <numerusform>Coller %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard&apos;s items could not be added to this map.</source>
        <translation>Les éléments du presse-papiers n&apos;ont pas pu être ajoutés à cette carte.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Dupliquer %n élément</numerusform>
            <numerusform>Dupliquer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tidy layout</source>
        <translation>Ranger la disposition</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tidy selected</source>
        <translation>Ranger la sélection</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-15"/>
        <source>OrgMap maps (*.orgmap *.orgmap.json);;OrgMap document (*.orgmap);;OrgMap JSON (*.orgmap.json *.json);;All files (*)</source>
        <translation>Cartes OrgMap (*.orgmap *.orgmap.json);;Document OrgMap (*.orgmap);;JSON OrgMap (*.orgmap.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has unsaved changes. Save them before closing?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; contient des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_compare.cpp" line="+32"/>
        <source>Compare &amp;With…</source>
        <translation>Comparer a&amp;vec…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare this map with another map file: every change marked, read-only</source>
        <translation>Comparer cette carte à un autre fichier de carte : chaque changement est marqué, en lecture seule</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare With &amp;Scenario</source>
        <translation>Comparer avec un &amp;scénario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare this scenario with another scenario of the document</source>
        <translation>Comparer ce scénario à un autre scénario du document</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Compare Metrics PNG</source>
        <translation>Exporter les métriques de comparaison en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 compare metrics</source>
        <comment>proposed file name</comment>
        <translation>%1 métriques de comparaison</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+70"/>
        <source>%1: could not be read</source>
        <translation>%1 : lecture impossible</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare Failed</source>
        <translation>Échec de la comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be read. Nothing was compared.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n&apos;a pas pu être lu. Rien n&apos;a été comparé.</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+17"/>
        <source>Open Failed</source>
        <translation>Échec de l&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened. The current map is unchanged.</source>
        <translation>Impossible d&apos;ouvrir &lt;b&gt;%1&lt;/b&gt;. La carte actuelle n&apos;a pas été modifiée.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>…and %n more problem(s), listed under Show Details.</source>
        <translation>
            <numerusform>…et %n autre problème, détaillé sous « Afficher les détails ».</numerusform>
            <numerusform>…et %n autres problèmes, détaillés sous « Afficher les détails ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Map</source>
        <translation>Ouvrir une carte</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+24"/>
        <source>Save Failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Map As</source>
        <translation>Enregistrer la carte sous</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Export %1</source>
        <translation>Exporter en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Import JSON</source>
        <translation>Importer du JSON</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: another map is being opened</source>
        <translation>%1 : une autre carte est en cours d’ouverture</translation>
    </message>
    <message>
        <location line="+126"/>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="+145"/>
        <source>OrgMap JSON (*.orgmap.json *.json)</source>
        <translation>JSON OrgMap (*.orgmap.json *.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <location filename="../widgets/ui/mainwindow_import.cpp" line="+29"/>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="+5"/>
        <source>Import Failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is not a valid map. The current map is unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n&apos;est pas une carte valide. La carte actuelle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <source>OrgMap JSON (*.orgmap.json)</source>
        <translation>JSON OrgMap (*.orgmap.json)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>OrgMap document (*.orgmap)</source>
        <translation>Document OrgMap (*.orgmap)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name map after its file</source>
        <translation>Nommer la carte d&apos;après son fichier</translation>
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
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-71"/>
        <source>Exported scenario &quot;%1&quot; to %2; the other %n scenario(s) were not written.</source>
        <translation>
            <numerusform>Scénario « %1 » exporté vers %2 ; %n autre scénario n&apos;a pas été écrit.</numerusform>
            <numerusform>Scénario « %1 » exporté vers %2 ; les %n autres scénarios n&apos;ont pas été écrits.</numerusform>
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
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-53"/>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_compare.cpp" line="-8"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+0"/>
        <location filename="../widgets/ui/mainwindow_insight.cpp" line="-8"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+14"/>
        <source>Export SVG</source>
        <translation>Exporter en SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_insight.cpp" line="-326"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Orphans</source>
        <translation>&amp;Orphelins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark assets with no owner or no domain</source>
        <translation>Signaler les actifs sans propriétaire ou sans domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coupling</source>
        <translation>&amp;Couplage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotspots glow, cross-domain links heavier, domain cycles marked</source>
        <translation>Points chauds en surbrillance, liens inter-domaines plus épais, cycles de domaines signalés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wnership</source>
        <translation>&amp;Propriétaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour assets by owning team</source>
        <translation>Colorer les actifs selon l&apos;équipe propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No highlights</source>
        <translation>Aucune mise en évidence</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Preferences…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Dashboard PNG…</source>
        <translation>Exporter le tableau de &amp;bord en PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Findings</source>
        <translation>Co&amp;nstats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Mise en évidence</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Highlight: %1</source>
        <translation>Mise en évidence : %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Policy: %1</source>
        <translation>Politique : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy not applied: %1</source>
        <translation>Politique non appliquée : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy could not be read; the default rules apply. %1</source>
        <translation>La politique n&apos;a pas pu être lue ; les règles par défaut s&apos;appliquent. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None (no policy file beside the map)</source>
        <translation>Aucune (pas de fichier de politique à côté de la carte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not applied: %2)</source>
        <translation>%1 (non appliquée : %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Dashboard PNG</source>
        <translation>Exporter le tableau de bord en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dashboard</source>
        <comment>proposed file name</comment>
        <translation>%1 tableau de bord</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_recovery.cpp" line="+24"/>
        <source>Recovery copy not written: %1</source>
        <translation>Copie de récupération non écrite : %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was opened read-only: it is open in another window. Save it under another name.</source>
        <translation>%1 a été ouvert en lecture seule : il est ouvert dans une autre fenêtre. Enregistrez-le sous un autre nom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is open in %2: saving here would overwrite its work. Close it there or save under another name.</source>
        <translation>%1 est ouvert dans %2 : l&apos;enregistrer ici écraserait son travail. Fermez-le là-bas ou enregistrez-le sous un autre nom.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File Already Open</source>
        <translation>Fichier déjà ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is already open in %2.&lt;br&gt;Changes saved in one window would overwrite those of the other.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est déjà ouvert dans %2.&lt;br&gt;Les modifications enregistrées dans une fenêtre écraseraient celles de l&apos;autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>an untitled map</source>
        <translation>une carte sans titre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap did not close properly. Unsaved changes to %1 were kept in a recovery copy saved %2.</source>
        <translation>OrgMap ne s&apos;est pas fermé correctement. Les modifications non enregistrées apportées à %1 ont été conservées dans une copie de récupération enregistrée le %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore opens them as unsaved changes; Discard deletes the copy; Later asks again at the next start.</source>
        <translation>Restaurer les rouvre comme modifications non enregistrées ; Abandonner supprime la copie ; Plus tard redemandera au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore Failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery copy could not be read; it is kept.</source>
        <translation>La copie de récupération n&apos;a pas pu être lue ; elle est conservée.</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_import.cpp" line="-2"/>
        <location line="+29"/>
        <location line="+14"/>
        <source>Import Backstage Catalog</source>
        <translation>Importer un catalogue Backstage</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Import Data Products</source>
        <translation>Importer des produits de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported, the map is unchanged:</source>
        <translation>Rien n&apos;a été importé, la carte n&apos;a pas été modifiée :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import changed nothing.</source>
        <translation>L&apos;importation n&apos;a rien modifié.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import catalog files (YAML), or every catalog file in a folder and its subfolders? The entities are merged into the current map by id.</source>
        <translation>Importer des fichiers de catalogue (YAML), ou tous les fichiers de catalogue d&apos;un dossier et de ses sous-dossiers ? Les entités sont fusionnées dans la carte actuelle d&apos;après leur identifiant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Files…</source>
        <translation>&amp;Fichiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backstage catalog (*.yaml *.yml);;All files (*)</source>
        <translation>Catalogue Backstage (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Backstage Catalog Folder</source>
        <translation>Importer un dossier de catalogue Backstage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Data Products (ODPS)</source>
        <translation>Importer des produits de données (ODPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODPS descriptors (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Descripteurs ODPS (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_present.cpp" line="+14"/>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Spotlight Selection</source>
        <translation>Mettre la sélection sous le pro&amp;jecteur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear Spotlight</source>
        <translation>É&amp;teindre le projecteur</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_quickentry.cpp" line="+17"/>
        <source>&amp;Quick Entry…</source>
        <translation>Saisie &amp;rapide…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a command: service Payments in Billing, A -&gt; B, move A to D</source>
        <translation>Tapez une commande : service Paiements dans Facturation, A -&gt; B, déplacer A vers D</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="-105"/>
        <source>&amp;New Empty Scenario</source>
        <translation>&amp;Nouveau scénario vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate Current Scenario</source>
        <translation>&amp;Dupliquer le scénario actuel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rename Scenario…</source>
        <translation>&amp;Renommer le scénario…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete Scenario</source>
        <translation>S&amp;upprimer le scénario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import JSON as New Scenario…</source>
        <translation>&amp;Importer du JSON comme nouveau scénario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt Scenario</source>
        <translation>Scénario sui&amp;vant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre&amp;vious Scenario</source>
        <translation>Scénario &amp;précédent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 copy</source>
        <translation>copie de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted scenario &quot;%1&quot;; Undo brings it back.</source>
        <translation>Scénario « %1 » supprimé ; Annuler le rétablit.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &quot;%1&quot; as scenario</source>
        <translation>Importer « %1 » comme scénario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import JSON as New Scenario</source>
        <translation>Importer du JSON comme nouveau scénario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is not a valid map. The document is unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n&apos;est pas une carte valide. Le document est inchangé.</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_views.cpp" line="-32"/>
        <source>Export &amp;Views as PDF…</source>
        <translation>Exporter les vues en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export Views as PDF</source>
        <translation>Exporter les vues en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapClipboard</name>
    <message>
        <location filename="../widgets/ui/mapclipboard.cpp" line="+58"/>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The clipboard holds no map items.</source>
        <translation>Le presse-papiers ne contient aucun élément de carte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard does not hold a valid map fragment:
%1</source>
        <translation>Le presse-papiers ne contient pas de fragment de carte valide :
%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapFile</name>
    <message>
        <location filename="../model/storage/mapfile.cpp" line="+55"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot copy to a temporary file: %2</source>
        <translation>%1 : copie vers un fichier temporaire impossible : %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is an export, not a map file; write it with convert or File &gt; Export</source>
        <translation>%1 : %2 est un export, pas un fichier de carte ; écrivez-le avec convert ou Fichier &gt; Exporter</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1: a JSON file holds one map, and this document has %n scenario(s); save it as .orgmap, or export one scenario</source>
        <translation>
            <numerusform>%1 : un fichier JSON contient une seule carte, et ce document a %n scénario ; enregistrez-le en .orgmap, ou exportez un seul scénario</numerusform>
            <numerusform>%1 : un fichier JSON contient une seule carte, et ce document a %n scénarios ; enregistrez-le en .orgmap, ou exportez un seul scénario</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: no scenario called &quot;%2&quot;; it has %3</source>
        <translation>%1 : aucun scénario nommé « %2 » ; il contient %3</translation>
    </message>
    <message>
        <location filename="../model/core/atomicfile.cpp" line="+53"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device, not a regular file</source>
        <translation>c&apos;est un périphérique, pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a pipe (FIFO), not a regular file</source>
        <translation>c&apos;est un tube (FIFO), pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket, not a regular file</source>
        <translation>c&apos;est un socket, pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is a link to %1, which does not exist</source>
        <translation>c&apos;est un lien vers %1, qui n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>impossible de créer un fichier temporaire dans %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no free temporary file name in %1</source>
        <translation>aucun nom de fichier temporaire libre dans %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot flush to disk: %1</source>
        <translation>impossible d&apos;écrire sur le disque : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>removed %1, which belonged to the replaced file</source>
        <translation>%1, qui appartenait au fichier remplacé, a été supprimé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot replace the file: %1</source>
        <translation>impossible de remplacer le fichier : %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapInfoEditor</name>
    <message>
        <location filename="../widgets/ui/mapinfoeditor.cpp" line="+17"/>
        <source>Map &amp;name:</source>
        <translation>&amp;Nom de la carte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains:</source>
        <translation>Contient :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select something on the map to edit it here.</source>
        <translation>Sélectionnez un élément de la carte pour le modifier ici.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A map needs a name (1 to %1 characters).</source>
        <translation>Une carte doit avoir un nom (de 1 à %1 caractères).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit map properties</source>
        <translation>Modifier les propriétés de la carte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2, %3 and %4</source>
        <comment>map contents: domains, teams, assets, links</comment>
        <translation>%1, %2, %3 et %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::MapItems</name>
    <message>
        <location filename="../widgets/canvas/nodeitem.cpp" line="+40"/>
        <source>stream-aligned</source>
        <translation>aligné sur le flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabling</source>
        <translation>facilitatrice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complicated subsystem</source>
        <translation>sous-système complexe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unowned</source>
        <translation>sans équipe</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapoverlays.cpp" line="+243"/>
        <source>Highlight: orphans</source>
        <translation>Mise en évidence : orphelins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight: coupling</source>
        <translation>Mise en évidence : couplage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight: ownership</source>
        <translation>Mise en évidence : propriétaires</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unowned (no team)</source>
        <translation>Sans propriétaire (aucune équipe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In no domain</source>
        <translation>Hors de tout domaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Misses FAIR rules (policy)</source>
        <translation>Enfreint des règles FAIR (politique)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything else, faded</source>
        <translation>Tout le reste, estompé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coupled a little</source>
        <translation>Faiblement couplé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hotspot (glow grows)</source>
        <translation>Point chaud (halo croissant)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link between domains</source>
        <translation>Lien entre domaines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↻ Domain cycle</source>
        <translation>↻ Cycle de domaines</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n more team(s)</source>
        <translation>
            <numerusform>et %n autre équipe</numerusform>
            <numerusform>et %n autres équipes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asset fill: the owning team&apos;s colour</source>
        <translation>Remplissage de l&apos;actif : couleur de l&apos;équipe propriétaire</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product</source>
        <translation>Produit de données</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Arrows point to the provider</source>
        <translation>Les flèches pointent vers le fournisseur</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapLock</name>
    <message>
        <location filename="../widgets/ui/maplock.cpp" line="+37"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another window of this OrgMap</source>
        <translation>une autre fenêtre de cet OrgMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 on %2</source>
        <translation>le processus %1 sur %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapRenderer</name>
    <message>
        <location filename="../widgets/canvas/maprenderer.cpp" line="+80"/>
        <source>%1: the image would be %2 x %3 pixels, too large to render; use a smaller scale or SVG</source>
        <translation>%1 : l&apos;image ferait %2 x %3 pixels, trop grande pour être rendue ; utilisez une échelle plus petite ou le format SVG</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: cannot write PNG: %2</source>
        <translation>%1 : impossible d&apos;écrire le PNG : %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organization map exported by OrgMap</source>
        <translation>Carte d&apos;organisation exportée par OrgMap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot draw SVG</source>
        <translation>%1 : impossible de dessiner le SVG</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rendering needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)</source>
        <translation>le rendu nécessite une QGuiApplication (utilisez QT_QPA_PLATFORM=offscreen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: unknown image type &quot;%2&quot; (use .png or .svg)</source>
        <translation>%1 : type d&apos;image inconnu « %2 » (utilisez .png ou .svg)</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapScene</name>
    <message>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="+129"/>
        <source>Assign owner %1</source>
        <translation>Attribuer le propriétaire %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move &quot;%1&quot;</source>
        <translation>Déplacer « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapscene_containers.cpp" line="+19"/>
        <source>Grow domain</source>
        <translation>Agrandir le domaine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit &quot;%1&quot; to contents</source>
        <translation>Ajuster « %1 » au contenu</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="-7"/>
        <source>New domain</source>
        <translation>Nouveau domaine</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New subdomain</source>
        <translation>Nouveau sous-domaine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add subdomain to &quot;%1&quot;</source>
        <translation>Ajouter un sous-domaine à « %1 »</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="+19"/>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New data product</source>
        <translation>Nouveau produit de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add data product</source>
        <translation>Ajouter un produit de données</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapValidator</name>
    <message>
        <location filename="../model/core/mapvalidator.cpp" line="+47"/>
        <source>a domain</source>
        <translation>un domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team</source>
        <translation>une équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an asset</source>
        <translation>un actif</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+83"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>id is %1 characters long (at most %2)</source>
        <translation>l&apos;identifiant compte %1 caractères (%2 au plus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid id &quot;%1&quot;: use only the characters A-Z a-z 0-9 . _ : -</source>
        <translation>identifiant non valide « %1 » : utilisez uniquement les caractères A-Z a-z 0-9 . _ : -</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>identifiant en double « %1 » (première utilisation à %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>name is %1 characters long (at most %2)</source>
        <translation>le nom compte %1 caractères (%2 au plus)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown domain &quot;%1&quot;</source>
        <translation>domaine inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown team &quot;%1&quot;</source>
        <translation>équipe inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown asset &quot;%1&quot;</source>
        <translation>actif inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is %2, not %3</source>
        <translation>« %1 » est %2, et non %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a domain cannot be its own parent</source>
        <translation>un domaine ne peut pas être son propre parent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid colour &quot;%1&quot;: use the form #rrggbb</source>
        <translation>couleur non valide « %1 » : utilisez le format #rrggbb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is out of range (at most %2 either way)</source>
        <translation>%1 est hors limites (%2 au plus dans un sens comme dans l&apos;autre)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be greater than 0, not %1</source>
        <translation>doit être supérieur à 0, et non %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>only data products have ports; this asset is a service</source>
        <translation>seuls les produits de données ont des ports ; cet actif est un service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only data products have a contract; this asset is a service</source>
        <translation>seuls les produits de données ont un contrat ; cet actif est un service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only data products have a classification; this asset is a service</source>
        <translation>seuls les produits de données ont une classification ; cet actif est un service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key &quot;%1&quot; does not start with x-</source>
        <translation>la clé « %1 » ne commence pas par x-</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown %1 &quot;%2&quot; (one of %3)</source>
        <translation>%1 : valeur inconnue « %2 » (valeurs possibles : %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a link cannot connect asset %1 to itself</source>
        <translation>un lien ne peut pas relier l&apos;actif %1 à lui-même</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate link %1 -&gt; %2 (%3), first at %4</source>
        <translation>lien en double %1 -&gt; %2 (%3), première occurrence à %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a team cannot interact with itself (%1)</source>
        <translation>une équipe ne peut pas interagir avec elle-même (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate interaction %1 -&gt; %2 (%3), first at %4</source>
        <translation>interaction en double %1 -&gt; %2 (%3), première occurrence à %4</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cycle in domain parents: %1</source>
        <translation>cycle dans les parents des domaines : %1</translation>
    </message>
    <message>
        <location filename="../model/json/jsonentities.cpp" line="-44"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+222"/>
        <source>team type</source>
        <translation>type d&apos;équipe</translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+134"/>
        <source>port type</source>
        <translation>type de port</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../model/storage/sqlitetables.cpp" line="-84"/>
        <source>asset kind</source>
        <translation>type d&apos;actif</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+10"/>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+99"/>
        <source>link kind</source>
        <translation>type de lien</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+26"/>
        <source>interaction mode</source>
        <translation>mode d&apos;interaction</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapView</name>
    <message>
        <location filename="../widgets/canvas/mapview.cpp" line="+147"/>
        <source>1 to %1 characters; Enter to apply, Esc to cancel</source>
        <translation>De 1 à %1 caractères ; Entrée pour appliquer, Échap pour annuler</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A name cannot be empty; the name was kept.</source>
        <translation>Un nom ne peut pas être vide ; l&apos;ancien nom a été conservé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; was not accepted as a name (1 to %2 characters).</source>
        <translation>« %1 » n&apos;a pas été accepté comme nom (de 1 à %2 caractères).</translation>
    </message>
</context>
<context>
    <name>OrgMap::MetricsPanel</name>
    <message>
        <location filename="../widgets/compare/metricspanel.cpp" line="+147"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+242"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team interactions</source>
        <translation>Interactions d&apos;équipes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain links</source>
        <translation>Liens inter-domaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain weight</source>
        <translation>Poids inter-domaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned assets</source>
        <translation>Actifs orphelins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unowned assets</source>
        <translation>Actifs sans équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain cycles</source>
        <translation>Cycles de domaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains on cycles</source>
        <translation>Domaines dans des cycles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scattered teams</source>
        <translation>Équipes dispersées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infos</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3 better, %4 worse</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; : %3 en mieux, %4 en pire</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>▼ better</source>
        <translation>▼ mieux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▲ worse</source>
        <translation>▲ pire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= same</source>
        <translation>= identique</translation>
    </message>
    <message>
        <location line="+45"/>
        <source> (new)</source>
        <translation> (nouveau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (gone)</source>
        <translation> (disparu)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Instability of the %n domain(s) that changed most</source>
        <translation>
            <numerusform>Instabilité de %n domaine, celui qui a le plus changé</numerusform>
            <numerusform>Instabilité des %n domaines qui ont le plus changé</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instability per domain (Ce / (Ca + Ce))</source>
        <translation>Instabilité par domaine (Ce / (Ca + Ce))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Domains per team</source>
        <translation>Domaines par équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domains a team owns assets in</source>
        <translation>domaines où une équipe possède des actifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>teams</source>
        <translation>équipes</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Assets per team</source>
        <translation>Actifs par équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assets a team owns</source>
        <translation>actifs que possède une équipe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: cannot write PNG: %2</source>
        <translation>%1 : impossible d&apos;écrire le PNG : %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::OdpsImport</name>
    <message>
        <location filename="../model/import/odpsimport.cpp" line="+70"/>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: input port %2 (contract %3) is provided by no product imported</source>
        <translation>%1 : le port d&apos;entrée %2 (contrat %3) n&apos;est fourni par aucun produit importé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data products</source>
        <translation>Produits de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation>%1:%2:%3 : YAML non valide : %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: not a data product descriptor</source>
        <translation>%1 : pas un descripteur de produit de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: kind %2 is not a DataProduct</source>
        <translation>%1 : le type %2 n&apos;est pas un DataProduct</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: data product without id</source>
        <translation>%1 : produit de données sans id</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2 replaces the one at %3</source>
        <translation>%1 (%2) remplace celui de %3</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: domain &quot;%2&quot; of %3, not in the map: created</source>
        <translation>%1 : le domaine « %2 » de %3, absent de la carte : créé</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: team &quot;%2&quot; of %3, not in the map: created</source>
        <translation>%1 : l&apos;équipe « %2 » de %3, absente de la carte : créée</translation>
    </message>
</context>
<context>
    <name>OrgMap::OutlineDock</name>
    <message>
        <location filename="../widgets/ui/outlinedock.cpp" line="+12"/>
        <source>Outline</source>
        <translation>Structure</translation>
    </message>
</context>
<context>
    <name>OrgMap::OutlineModel</name>
    <message>
        <location filename="../widgets/ui/outlinemodel.cpp" line="+353"/>
        <source>Domains (%1)</source>
        <translation>Domaines (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams (%1)</source>
        <translation>Équipes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unplaced assets (%1)</source>
        <translation>Actifs hors domaine (%1)</translation>
    </message>
</context>
<context>
    <name>OrgMap::Palette</name>
    <message>
        <location filename="../widgets/canvas/palettemime.cpp" line="+28"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data product</source>
        <translation>Produit de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream-aligned team</source>
        <translation>Équipe alignée sur le flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform team</source>
        <translation>Équipe plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabling team</source>
        <translation>Équipe facilitatrice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complicated-subsystem team</source>
        <translation>Équipe sous-système complexe</translation>
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
        <translation>Faites glisser sur la carte, ou cliquez pour ajouter au centre de la vue</translation>
    </message>
</context>
<context>
    <name>OrgMap::Parser</name>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+20"/>
        <source>This quote is not closed.</source>
        <translation>Ce guillemet n&apos;est pas fermé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a command, for example: service Payments in Billing.</source>
        <translation>Tapez une commande, par exemple : service Paiements dans Facturation.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command “%1”: start with %2, or write A -&gt; B.</source>
        <translation>Commande inconnue « %1 » : commencez par %2, ou écrivez A -&gt; B.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected %1 after “%2”.</source>
        <translation>Il manque %1 après « %2 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A name cannot be empty.</source>
        <translation>Un nom ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Un nom compte au plus %1 caractères ; celui-ci en compte %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another %1 is named “%2”.</source>
        <translation>Un autre élément de type %1 s&apos;appelle « %2 ».</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+118"/>
        <location line="+98"/>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>“%1” is given twice.</source>
        <translation>« %1 » est indiqué deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <source>a domain name</source>
        <translation>un nom de domaine</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+22"/>
        <location line="+147"/>
        <source>a team name</source>
        <translation>un nom d&apos;équipe</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Expected an asset name before “-&gt;”.</source>
        <translation>Il manque un nom d&apos;actif avant « -&gt; ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an asset name</source>
        <translation>un nom d&apos;actif</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown link kind “%1”: one of %2.</source>
        <translation>Type de lien inconnu « %1 » (valeurs possibles : %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Expected “%1”: %2.</source>
        <translation>« %1 » attendu : %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>move NAME to DOMAIN</source>
        <translation>déplacer NOM vers DOMAINE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is inside “%2”; a domain cannot move into itself.</source>
        <translation>« %1 » est dans « %2 » ; un domaine ne peut pas être déplacé dans lui-même.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an asset or domain name</source>
        <translation>un nom d&apos;actif ou de domaine</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>rename NAME to NEW NAME</source>
        <translation>renommer NOM vers NOUVEAU NOM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new name</source>
        <translation>le nouveau nom</translation>
    </message>
</context>
<context>
    <name>OrgMap::Policy</name>
    <message>
        <location filename="../model/analysis/policy.cpp" line="+81"/>
        <source>must be &quot;orgmap-policy&quot;, not &quot;%1&quot;</source>
        <translation>doit être « orgmap-policy », et non « %1 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an integer, not %1</source>
        <translation>doit être un entier, et non %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is newer than this OrgMap supports (highest: %2)</source>
        <translation>la version %1 est plus récente que ce que prend en charge cet OrgMap (au plus : %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 does not exist (supported: %2)</source>
        <translation>la version %1 n&apos;existe pas (prises en charge : %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown severity &quot;%1&quot; (one of %2)</source>
        <translation>gravité inconnue « %1 » (valeurs possibles : %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an integer of at least 1</source>
        <translation>un entier d&apos;au moins 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be %1, not %2</source>
        <translation>doit être %1, et non %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at most %1</source>
        <translation>doit valoir au plus %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown rule &quot;%1&quot; (one of %2)</source>
        <translation>règle inconnue « %1 » (valeurs possibles : %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, et non %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only hotspot and scattered-team have a threshold</source>
        <translation>seules les règles hotspot et scattered-team ont un seuil</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the document must be a JSON object, not %1</source>
        <translation>le document doit être un objet JSON, et non %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>une valeur unique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::PreferencesDialog</name>
    <message>
        <location filename="../widgets/ui/preferencesdialog.cpp" line="+24"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> cross-domain links</source>
        <translation> liens inter-domaines</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotspot threshold:</source>
        <translation>&amp;Seuil de point chaud :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;API links:</source>
        <translation>Poids des liens d&apos;&amp;API :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;data links:</source>
        <translation>Poids des liens de &amp;données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;event links:</source>
        <translation>Poids des liens d&apos;&amp;événements :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An asset is a hotspot when it has at least this many links across domain boundaries. The weights add up to its coupling score and to the domain coupling matrix.</source>
        <translation>Un actif est un point chaud lorsqu&apos;il a au moins ce nombre de liens franchissant les frontières de domaines. Les poids s&apos;additionnent pour former son score de couplage et la matrice de couplage des domaines.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light (bright rooms)</source>
        <translation>Clair (salles lumineuses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark (dim rooms)</source>
        <translation>Sombre (salles peu éclairées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Projector theme:</source>
        <translation>Thème du &amp;vidéoprojecteur :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User interface:</source>
        <translation>&amp;Interface :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when OrgMap is started again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage d&apos;OrgMap.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beside the Map</source>
        <translation>À &amp;côté de la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the policy file found beside the map again</source>
        <translation>Utiliser de nouveau le fichier de politique trouvé à côté de la carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Policy</source>
        <translation>Choisir une politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap policy (*.orgmap-policy.json);;JSON (*.json)</source>
        <translation>Politique OrgMap (*.orgmap-policy.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In force:</source>
        <translation>En vigueur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy sets the severity of each rule, turns rules off or the FAIR rules on. OrgMap uses &lt;i&gt;map&lt;/i&gt;.orgmap-policy.json or orgmap-policy.json beside the map unless you choose one.</source>
        <translation>Une politique fixe la gravité de chaque règle, désactive des règles ou active les règles FAIR. OrgMap utilise &lt;i&gt;carte&lt;/i&gt;.orgmap-policy.json ou orgmap-policy.json à côté de la carte, sauf si vous en choisissez une.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>OrgMap::Presentation</name>
    <message>
        <location filename="../widgets/ui/present/presentation.cpp" line="+169"/>
        <source>Spotlight: %1</source>
        <translation>Projecteur : %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Finding %1 of %2: %3 (%4)</source>
        <translation>Constat %1 sur %2 : %3 (%4)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · étape %2 sur %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 errors · %2 warnings · %3 infos</source>
        <translation>%1 erreurs · %2 avertissements · %3 informations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole map</source>
        <translation>Carte entière</translation>
    </message>
</context>
<context>
    <name>OrgMap::PropertiesDock</name>
    <message>
        <location filename="../widgets/ui/propertiesdock.cpp" line="+17"/>
        <location line="+93"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties: %1</source>
        <translation>Propriétés : %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::PropertyEditor</name>
    <message>
        <location filename="../widgets/ui/propertyeditor.cpp" line="+47"/>
        <source>1 to %1 characters</source>
        <translation>De 1 à %1 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name of 1 to %1 characters</source>
        <translation>Un nom de 1 à %1 caractères</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::QuickEntryBar</name>
    <message>
        <location filename="../widgets/ui/quickentrybar.cpp" line="+32"/>
        <source>service Payments in Billing owned by Core Platform · A -&gt; B · move A to D · Esc</source>
        <translation>service Paiements dans Facturation détenu par Plateforme socle · A -&gt; B · déplacer A vers D · Échap</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::QuickEntryDetail</name>
    <message>
        <location filename="../model/document/quickentrynames.cpp" line="+48"/>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset or domain</source>
        <translation>actif ou domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain, team or asset</source>
        <translation>domaine, équipe ou actif</translation>
    </message>
</context>
<context>
    <name>OrgMap::Recovery</name>
    <message>
        <location filename="../widgets/ui/recoverystore.cpp" line="+70"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot lock a file in %1</source>
        <translation>impossible de verrouiller un fichier dans %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::ScenarioBar</name>
    <message>
        <location filename="../widgets/ui/scenariobar.cpp" line="+50"/>
        <source>Scenario &quot;%1&quot;: double-click to rename, drag to reorder</source>
        <translation>Scénario « %1 » : double-cliquez pour renommer, faites glisser pour réordonner</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Rename</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Empty Scenario</source>
        <translation>&amp;Nouveau scénario vide</translation>
    </message>
</context>
<context>
    <name>OrgMap::Scenarios</name>
    <message>
        <location filename="../model/core/scenario.cpp" line="+27"/>
        <source>a scenario needs a name</source>
        <translation>un scénario doit avoir un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scenario name must have 1 to %1 characters</source>
        <translation>un nom de scénario doit compter de 1 à %1 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is already a scenario called &quot;%1&quot;</source>
        <translation>il existe déjà un scénario nommé « %1 »</translation>
    </message>
</context>
<context>
    <name>OrgMap::SelectionSummary</name>
    <message>
        <location filename="../widgets/ui/selectionsummary.cpp" line="+17"/>
        <source>Selected:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner of all:</source>
        <translation>&amp;Propriétaire de tous :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every selected asset and domain this owner</source>
        <translation>Attribuer ce propriétaire à tous les actifs et domaines sélectionnés</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
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
    <message>
        <location line="+6"/>
        <source>(several)</source>
        <translation>(plusieurs)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Assign owner</source>
        <translation>Attribuer un propriétaire</translation>
    </message>
</context>
<context>
    <name>OrgMap::SqliteStore</name>
    <message>
        <location filename="../model/storage/mapcheck.cpp" line="+101"/>
        <source>table %1, row &quot;%2&quot;</source>
        <translation>table %1, ligne « %2 »</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>table %1, row (&quot;%2&quot;, %3)</source>
        <translation>table %1, ligne (« %2 », %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table %1, row %2 -&gt; %3 (%4)</source>
        <translation>table %1, ligne %2 -&gt; %3 (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>another row of table %1</source>
        <translation>une autre ligne de la table %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitetables.cpp" line="-366"/>
        <source>%1: not valid UTF-8 text (OrgMap does not change text it reads; fix the bytes in the database)</source>
        <translation>%1 : texte UTF-8 non valide (OrgMap ne modifie pas le texte qu&apos;il lit ; corrigez les octets dans la base de données)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>geometry: %1 is not a number</source>
        <translation>géométrie : %1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>geometry_extensions without a geometry</source>
        <translation>geometry_extensions sans géométrie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>geometry: some coordinates are NULL</source>
        <translation>géométrie : certaines coordonnées sont NULL</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>table scenarios, row %1</source>
        <translation>table scenarios, ligne %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>table scenarios</source>
        <translation>table scenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/storage/sqlitewriter.cpp" line="+511"/>
        <source>a document needs at least one scenario</source>
        <translation>un document doit avoir au moins un scénario</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>must have exactly one row</source>
        <translation>doit avoir exactement une ligne</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>asset: unknown asset &quot;%1&quot;</source>
        <translation>asset : actif inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>position: expected %1 (positions count 0, 1, 2...)</source>
        <translation>position : %1 attendu (les positions se comptent 0, 1, 2…)</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+46"/>
        <source>PRAGMA %1 returned nothing</source>
        <translation>PRAGMA %1 n&apos;a rien renvoyé</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitemaster.cpp" line="+52"/>
        <source>it has a %1 &quot;%2&quot; that OrgMap does not write</source>
        <translation>il contient un %1 « %2 » qu&apos;OrgMap n&apos;écrit pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a %2, not a table</source>
        <translation>« %1 » est un %2, et non une table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table &quot;%1&quot; is not defined as OrgMap defines it</source>
        <translation>la table « %1 » n&apos;est pas définie comme OrgMap la définit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table &quot;%1&quot; is missing</source>
        <translation>la table « %1 » est manquante</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+59"/>
        <location filename="../model/storage/sqlitereader.cpp" line="+56"/>
        <location line="+13"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not an OrgMap document</source>
        <translation>%1 est un dossier, et non un document OrgMap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an OrgMap document (not a SQLite database)</source>
        <translation>%1 n&apos;est pas un document OrgMap (ce n&apos;est pas une base SQLite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has an unfinished change of another program (a hot journal, %1-journal): finish or undo it in that program, or remove the journal to discard the change</source>
        <translation>%1 contient une modification inachevée d&apos;un autre programme (un journal actif, %1-journal) : terminez-la ou annulez-la dans ce programme, ou supprimez le journal pour abandonner la modification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1-wal does not belong to %1 (the document is not in WAL mode): it is a leftover of another program; remove it to open the document</source>
        <translation>%1-wal n&apos;appartient pas à %1 (le document n&apos;est pas en mode WAL) : c&apos;est un reste d&apos;un autre programme ; supprimez-le pour ouvrir le document</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitereader.cpp" line="-40"/>
        <source>%1 was refused: reading it took longer than %2 s, which no OrgMap document needs (a hostile or damaged file?)</source>
        <translation>%1 a été refusé : sa lecture a pris plus de %2 s, ce dont aucun document OrgMap n&apos;a besoin (fichier malveillant ou endommagé ?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>: scenario &quot;%1&quot;</source>
        <translation> : scénario « %1 »</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+16"/>
        <source>cannot open %1: it is in WAL mode, and SQLite must write beside it to read it, which the folder does not allow (%2)</source>
        <translation>impossible d&apos;ouvrir %1 : il est en mode WAL, et SQLite doit écrire à côté pour le lire, ce que le dossier ne permet pas (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a SQLite database but not an OrgMap document</source>
        <translation>%1 est une base SQLite, mais pas un document OrgMap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was saved by a newer OrgMap (document version %2; this OrgMap reads up to %3)</source>
        <translation>%1 a été enregistré par une version plus récente d&apos;OrgMap (version de document %2 ; cette version lit jusqu&apos;à la %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document version %1 is not a version OrgMap ever wrote</source>
        <translation>la version de document %1 n&apos;a jamais été produite par OrgMap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an OrgMap document (%2)</source>
        <translation>%1 n&apos;est pas un document OrgMap (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PRAGMA quick_check failed</source>
        <translation>PRAGMA quick_check a échoué</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitewriter.cpp" line="-54"/>
        <source>the SQLite driver gave no database handle</source>
        <translation>le pilote SQLite n&apos;a fourni aucun descripteur de base de données</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+26"/>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>scénario « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::StatusSummary</name>
    <message>
        <location filename="../widgets/insight/statussummary.cpp" line="+15"/>
        <source>Findings of the live analysis: click to show them</source>
        <translation>Constats de l&apos;analyse en direct : cliquez pour les afficher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
</context>
<context>
    <name>OrgMap::TeamCouplingPanel</name>
    <message>
        <location filename="../widgets/insight/teamcouplingpanel.cpp" line="+22"/>
        <source>collaboration</source>
        <translation>collaboration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facilitating</source>
        <translation>facilitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-as-a-service</source>
        <translation>X-as-a-Service</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Team coupling: declared vs implied</source>
        <translation>Couplage des équipes : déclaré et implicite</translation>
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
        <translation>Congruence = paires déclarées / paires implicites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No team depends on another through the map</source>
        <translation>D&apos;après la carte, aucune équipe ne dépend d&apos;une autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 team dependencies the map implies are declared</source>
        <translation>%1 des %2 dépendances entre équipes qu&apos;implique la carte sont déclarées</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <source>%1 ↔ %2 · %n link(s)</source>
        <translation>
            <numerusform>%1 ↔ %2 · %n lien</numerusform>
            <numerusform>%1 ↔ %2 · %n liens</numerusform>
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
        <translation>Dépendances non déclarées : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions with no dependency: %1</source>
        <translation>Interactions sans dépendance : %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::TeamEditor</name>
    <message>
        <location filename="../widgets/ui/teameditor.cpp" line="+17"/>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unspecified)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream-aligned</source>
        <translation>Aligné sur le flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling</source>
        <translation>Facilitatrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicated subsystem</source>
        <translation>Sous-système complexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owns:</source>
        <translation>Propriétaire de :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename team</source>
        <translation>Renommer l&apos;équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change team type</source>
        <translation>Changer le type d&apos;équipe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit team description</source>
        <translation>Modifier la description de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 and %2</source>
        <comment>a team owns: assets, domains</comment>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewEdits</name>
    <message>
        <location filename="../model/document/viewedits.cpp" line="+34"/>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add view &quot;%1&quot;</source>
        <translation>Ajouter la vue « %1 »</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename view to &quot;%1&quot;</source>
        <translation>Renommer la vue en « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move view &quot;%1&quot;</source>
        <translation>Déplacer la vue « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update view &quot;%1&quot;</source>
        <translation>Mettre à jour la vue « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete view &quot;%1&quot;</source>
        <translation>Supprimer la vue « %1 »</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+96"/>
        <location line="+22"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be %1, not %2</source>
        <translation>doit être %1, et non %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown key &quot;%1&quot; (extension keys must start with &quot;x-&quot;)</source>
        <translation>clé inconnue « %1 » (les clés d&apos;extension doivent commencer par « x- »)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an id string</source>
        <translation>une chaîne d&apos;identifiant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid id (1 to %2 of A-Z a-z 0-9 . _ : -)</source>
        <translation>« %1 » n&apos;est pas un identifiant valide (1 à %2 caractères parmi A-Z a-z 0-9 . _ : -)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an object {x, y, w, h}</source>
        <translation>un objet {x, y, w, h}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (a camera has x, y, w and h)</source>
        <translation>manquant (une caméra a x, y, w et h)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of range (at most %1 either way)</source>
        <translation>hors limites (au plus %1 dans chaque sens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0</source>
        <translation>doit être supérieur à 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a view object</source>
        <translation>un objet vue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (every view has a name)</source>
        <translation>manquant (chaque vue a un nom)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be 1 to %1 characters</source>
        <translation>doit compter de 1 à %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another view is called &quot;%1&quot; (view names are unique ignoring case)</source>
        <translation>une autre vue s&apos;appelle « %1 » (les noms de vues sont uniques, sans distinction de casse)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (every view has a camera rectangle)</source>
        <translation>manquant (chaque vue a un rectangle de caméra)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown highlight &quot;%1&quot; (one of %2)</source>
        <translation>mise en évidence inconnue « %1 » (valeurs possibles : %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an array of steps</source>
        <translation>un tableau d&apos;étapes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array of domain ids</source>
        <translation>un tableau d&apos;identifiants de domaines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a step reveals at least one domain</source>
        <translation>une étape révèle au moins un domaine</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>an array of views</source>
        <translation>un tableau de vues</translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewsDock</name>
    <message>
        <location filename="../widgets/ui/present/viewsdock.cpp" line="+16"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save what the canvas shows as a new view</source>
        <translation>Enregistrer ce qu&apos;affiche le canevas comme nouvelle vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the selected view&apos;s picture with what the canvas shows</source>
        <translation>Remplacer l&apos;image de la vue sélectionnée par ce qu&apos;affiche le canevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this view earlier</source>
        <translation>Présenter cette vue plus tôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this view later</source>
        <translation>Présenter cette vue plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal steps: the selected domains one step at a time</source>
        <translation>Étapes de révélation : les domaines sélectionnés, une étape à la fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Selected Domains as Next Step</source>
        <translation>Ajouter les domaines sélectionnés comme étape suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Steps</source>
        <translation>Effacer les étapes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected view</source>
        <translation>Supprimer la vue sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected view (Enter)</source>
        <translation>Afficher la vue sélectionnée (Entrée)</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n reveal step(s)</source>
        <translation>
            <numerusform>%n étape de révélation</numerusform>
            <numerusform>%n étapes de révélation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>View %1</source>
        <translation>Vue %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewsPdf</name>
    <message>
        <location filename="../widgets/canvas/viewspdf.cpp" line="+76"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 errors, %3 warnings, %4 infos</source>
        <translation>%1 : %2 erreurs, %3 avertissements, %4 informations</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: cannot draw PDF</source>
        <translation>%1 : impossible de dessiner le PDF</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>rendering needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)</source>
        <translation>le rendu nécessite une QGuiApplication (utilisez QT_QPA_PLATFORM=offscreen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the map has no views (docs/views.md); leave out --views to draw the whole map</source>
        <translation>la carte n&apos;a aucune vue (docs/views.md) ; omettez --views pour dessiner toute la carte</translation>
    </message>
</context>
<context>
    <name>OrgMap::WelcomePage</name>
    <message>
        <location filename="../widgets/ui/welcomepage.cpp" line="+38"/>
        <source>&lt;h3&gt;Welcome to OrgMap&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans OrgMap&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Map your business domains, the services and data products in them, and the teams that own them.</source>
        <translation>Cartographiez vos domaines métier, les services et produits de données qu&apos;ils contiennent, et les équipes qui en sont propriétaires.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open the example map</source>
        <translation>Ouvrir la carte d&apos;exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new map</source>
        <translation>Commencer une nouvelle carte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a Backstage catalog…</source>
        <translation>Importer un catalogue Backstage…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers récents&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Three gestures&lt;/b&gt;&lt;br&gt;• Drag from the Palette onto the canvas (or into a domain) to add.&lt;br&gt;• Drag from a node&apos;s round edge handle to another node to connect.&lt;br&gt;• Drop an asset on a team to make it the owner.&lt;br&gt;Right-click anything for what applies there; Help &amp;gt; Getting Started for more.</source>
        <translation>&lt;b&gt;Trois gestes&lt;/b&gt;&lt;br&gt;• Faites glisser un élément de la palette sur le canevas (ou dans un domaine) pour l&apos;ajouter.&lt;br&gt;• Faites glisser la poignée ronde au bord d&apos;un nœud vers un autre nœud pour les relier.&lt;br&gt;• Déposez un actif sur une équipe pour l&apos;en rendre propriétaire.&lt;br&gt;Clic droit sur n&apos;importe quel élément pour ce qui s&apos;y applique ; Aide &amp;gt; Prise en main pour en savoir plus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Getting Started</source>
        <translation>Prise en &amp;main</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No recent files yet.</source>
        <translation>Aucun fichier récent pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Getting Started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard Shortcuts…</source>
        <translation>Raccourcis clavier…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/ui/savepaths.cpp" line="+18"/>
        <source>map</source>
        <translation>carte</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../model/document/quickentrywords.h" line="+18"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data product</source>
        <translation>produit de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>déplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename</source>
        <translation>renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in</source>
        <translation>dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owned by</source>
        <translation>détenu par</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stream-aligned</source>
        <translation>aligné sur le flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabling</source>
        <translation>facilitatrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complicated-subsystem</source>
        <translation>sous-système complexe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>api</source>
        <translation>api</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+37"/>
        <source>Column %1: %2</source>
        <translation>Colonne %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryapply.cpp" line="+66"/>
        <source>Set team type</source>
        <translation>Définir le type d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team has that type.</source>
        <translation>L&apos;équipe a déjà ce type.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That link is on the map.</source>
        <translation>Ce lien est déjà sur la carte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>It is there already.</source>
        <translation>Il s&apos;y trouve déjà.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move asset</source>
        <translation>Déplacer l&apos;actif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The map refuses that move.</source>
        <translation>La carte refuse ce déplacement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It has that owner already.</source>
        <translation>Il a déjà ce propriétaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has that name already.</source>
        <translation>Il porte déjà ce nom.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+98"/>
        <source>--spotlight: no entity &quot;%1&quot; on the map</source>
        <translation>--spotlight : aucune entité « %1 » sur la carte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--view: no view &quot;%1&quot; on the map (it has: %2)</source>
        <translation>--view : aucune vue « %1 » sur la carte (elle contient : %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: could not write the image</source>
        <translation>%1 : impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename Map</source>
        <translation>Renommer la carte</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Map an organisation&apos;s domains, teams and assets.</source>
        <translation>Cartographier les domaines, les équipes et les actifs d&apos;une organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the main window with FILE to OUT (PNG) and exit.</source>
        <translation>Enregistrer la fenêtre principale avec FICHIER dans OUT (PNG), puis quitter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Taille de la fenêtre pour --screenshot (par défaut : 1400x900).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshot: bring PANEL forward first (dashboard or findings).</source>
        <translation>Avec --screenshot : afficher d&apos;abord PANEL au premier plan (dashboard ou findings).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With --screenshot: zoom to Z (1 = 100%) after fitting.</source>
        <translation>Avec --screenshot : zoomer à Z (1 = 100 %) après l&apos;ajustement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --screenshot: compare FILE with OTHER (File &gt; Compare With); --show metrics brings the metrics forward.</source>
        <translation>Avec --screenshot : comparer FILE avec OTHER (Fichier &gt; Comparer avec) ; --show metrics affiche les métriques au premier plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --screenshot: show presentation mode (F5).</source>
        <translation>Avec --screenshot : afficher le mode présentation (F5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --present: spotlight the entity with this id.</source>
        <translation>Avec --present : mettre sous le projecteur l&apos;entité de cet identifiant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --present: show step N of the findings tour.</source>
        <translation>Avec --present : afficher l&apos;étape N de la visite des constats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --present: show the map&apos;s view called NAME.</source>
        <translation>Avec --present : afficher la vue de la carte nommée NAME.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the user interface: en, de, fr, es or zh_CN (default: Preferences, else the system&apos;s).</source>
        <translation>Langue de l&apos;interface : en, de, fr, es ou zh_CN (par défaut : celle des préférences, sinon celle du système).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A map to open (.orgmap, .orgmap.json).</source>
        <translation>Carte à ouvrir (.orgmap, .orgmap.json).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at most one FILE, got %1</source>
        <translation>un FICHIER au plus, %1 reçus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--zoom: expected a number from %1 to %2 (1 = 100%), got &quot;%3&quot;</source>
        <translation>--zoom : un nombre de %1 à %2 est attendu (1 = 100%), reçu « %3 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size and --zoom need --screenshot</source>
        <translation>--size et --zoom nécessitent --screenshot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--size: expected WxH between 200x150 and 10000x10000, got &quot;%1&quot;</source>
        <translation>--size : LxH attendu entre 200x150 et 10000x10000, reçu « %1 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>--show: expected dashboard or findings, got &quot;%1&quot;</source>
        <translation>--show : dashboard ou findings attendu, reçu « %1 »</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>--finding: expected a step from 1, got &quot;%1&quot;</source>
        <translation>--finding : une étape à partir de 1 est attendue, et non « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--spotlight, --finding and --view need --present</source>
        <translation>--spotlight, --finding et --view nécessitent --present</translation>
    </message>
</context>
</TS>
