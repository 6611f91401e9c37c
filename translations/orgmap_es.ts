<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>OrgMap</name>
    <message>
        <location filename="../model/merge/conflictresolution.cpp" line="+81"/>
        <source>The conflict of %1 has no entity to take.</source>
        <translation>El conflicto de %1 no tiene ninguna entidad que usar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is no longer in the map.</source>
        <translation>%1 ya no está en el mapa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conflict of %1 is no longer recorded.</source>
        <translation>El conflicto de %1 ya no está registrado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taking this value for %1 would make the map invalid: %2</source>
        <translation>Usar este valor para %1 haría que el mapa dejara de ser válido: %2</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+36"/>
        <source>No %1 named “%2”.</source>
        <translation>No hay ningún %1 llamado «%2».</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“%1” names %n entities; rename one first.</source>
        <translation>
            <numerusform>«%1» nombra %n entidad; cambie antes el nombre de una.</numerusform>
            <numerusform>«%1» nombra %n entidades; cambie antes el nombre de una.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/compare/comparesubjects.cpp" line="+28"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from no domain</source>
        <translation>desde ningún dominio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was top-level</source>
        <translation>era de nivel superior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was: unowned</source>
        <translation>antes: sin responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>was: %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+45"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>changed: %1</source>
        <translation>modificado: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::Analysis</name>
    <message numerus="yes">
        <location filename="../model/analysis/checkreporttext.cpp" line="+41"/>
        <source>%n error</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n aviso informativo</numerusform>
            <numerusform>%n avisos informativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n infos</source>
        <translation>
            <numerusform>%n aviso informativo</numerusform>
            <numerusform>%n avisos informativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errores (%n)</numerusform>
            <numerusform>Errores (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Advertencias (%n)</numerusform>
            <numerusform>Advertencias (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Infos (%n)</source>
        <translation>
            <numerusform>Avisos informativos (%n)</numerusform>
            <numerusform>Avisos informativos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n domain</source>
        <translation>
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domains</source>
        <translation>
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n teams</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assets</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n links</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n interaction</source>
        <translation>
            <numerusform>%n interacción</numerusform>
            <numerusform>%n interacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n interactions</source>
        <translation>
            <numerusform>%n interacción</numerusform>
            <numerusform>%n interacciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed map)</source>
        <translation>(mapa sin nombre)</translation>
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
        <translation>Sin hallazgos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hotspots</source>
        <translation>Puntos críticos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top %1 of %2 hotspots</source>
        <translation>Los %1 principales de %2 puntos críticos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cross-domain links</source>
        <translation>Enlaces entre dominios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betweenness</source>
        <translation>Intermediación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Betweenness estimated from %1 of %2 source assets.</source>
        <translation>  Intermediación estimada a partir de %1 de %2 activos de origen.</translation>
    </message>
    <message>
        <location filename="../model/analysis/findings.cpp" line="-5"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service %1 has no owning team.</source>
        <translation>El servicio %1 no tiene equipo responsable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product %1 has no owning team.</source>
        <translation>El producto de datos %1 no tiene equipo responsable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service %1 is in no domain.</source>
        <translation>El servicio %1 no pertenece a ningún dominio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product %1 is in no domain.</source>
        <translation>El producto de datos %1 no pertenece a ningún dominio.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Service %1 has %n cross-domain link (coupling score %2).</source>
        <translation>
            <numerusform>El servicio %1 tiene %n enlace entre dominios (puntuación de acoplamiento %2).</numerusform>
            <numerusform>El servicio %1 tiene %n enlaces entre dominios (puntuación de acoplamiento %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Service %1 has %n cross-domain links (coupling score %2).</source>
        <translation>
            <numerusform>El servicio %1 tiene %n enlace entre dominios (puntuación de acoplamiento %2).</numerusform>
            <numerusform>El servicio %1 tiene %n enlaces entre dominios (puntuación de acoplamiento %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Data product %1 has %n cross-domain link (coupling score %2).</source>
        <translation>
            <numerusform>El producto de datos %1 tiene %n enlace entre dominios (puntuación de acoplamiento %2).</numerusform>
            <numerusform>El producto de datos %1 tiene %n enlaces entre dominios (puntuación de acoplamiento %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Data product %1 has %n cross-domain links (coupling score %2).</source>
        <translation>
            <numerusform>El producto de datos %1 tiene %n enlace entre dominios (puntuación de acoplamiento %2).</numerusform>
            <numerusform>El producto de datos %1 tiene %n enlaces entre dominios (puntuación de acoplamiento %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data product %1 has neither a description nor a tag, so nobody searching for it will find it.</source>
        <translation>El producto de datos %1 no tiene ni descripción ni etiqueta, así que nadie que lo busque lo encontrará.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no description, so nobody searching for it will find it.</source>
        <translation>El producto de datos %1 no tiene descripción, así que nadie que lo busque lo encontrará.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product %1 has no tag, so nobody searching for it will find it.</source>
        <translation>El producto de datos %1 no tiene etiqueta, así que nadie que lo busque lo encontrará.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data product %1 has neither documentation nor a classification, so others cannot tell how they may reuse it.</source>
        <translation>El producto de datos %1 no tiene ni documentación ni clasificación, así que los demás no pueden saber cómo pueden reutilizarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no documentation, so others cannot tell how to reuse it.</source>
        <translation>El producto de datos %1 no tiene documentación, así que los demás no pueden saber cómo reutilizarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product %1 has no classification, so others cannot tell whether they may reuse it.</source>
        <translation>El producto de datos %1 no tiene clasificación, así que los demás no pueden saber si pueden reutilizarlo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data product %1 has no port, so consumers have no way to read it.</source>
        <translation>El producto de datos %1 no tiene puerto, así que los consumidores no tienen forma de leerlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data product %1 has no contract, so consumers cannot rely on its schema and terms.</source>
        <translation>El producto de datos %1 no tiene contrato, así que los consumidores no pueden confiar en su esquema ni en sus condiciones.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Data product %1 is consumed by no asset: no link leads to it.</source>
        <translation>Ningún activo consume el producto de datos %1: ningún enlace lleva a él.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Team %1 owns no asset and no domain.</source>
        <translation>El equipo %1 no es responsable de ningún activo ni de ningún dominio.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Team %1 owns assets in %n domains: %2.</source>
        <translation>
            <numerusform>El equipo %1 es responsable de activos en %n dominio: %2.</numerusform>
            <numerusform>El equipo %1 es responsable de activos en %n dominios: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Domain %1 contains no asset, neither directly nor in a subdomain.</source>
        <translation>El dominio %1 no contiene ningún activo, ni directamente ni en un subdominio.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Domain %1 is on a dependency cycle of %n domains: %2.</source>
        <translation>
            <numerusform>El dominio %1 forma parte de un ciclo de dependencias de %n dominio: %2.</numerusform>
            <numerusform>El dominio %1 forma parte de un ciclo de dependencias de %n dominios: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/analysis/sarifreport.cpp" line="+46"/>
        <source>An asset has no owning team.</source>
        <translation>Un activo no tiene equipo responsable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An asset is in no domain.</source>
        <translation>Un activo no pertenece a ningún dominio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product is consumed by no asset.</source>
        <translation>Ningún activo consume un producto de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team owns no asset and no domain.</source>
        <translation>Un equipo no es responsable de ningún activo ni de ningún dominio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A domain contains no asset.</source>
        <translation>Un dominio no contiene ningún activo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team owns assets in many domains.</source>
        <translation>Un equipo es responsable de activos en muchos dominios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains depend on each other in a cycle.</source>
        <translation>Los dominios dependen unos de otros en un ciclo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An asset has many cross-domain links.</source>
        <translation>Un activo tiene muchos enlaces entre dominios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no description or no tag.</source>
        <translation>Un producto de datos no tiene descripción o no tiene etiqueta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no port.</source>
        <translation>Un producto de datos no tiene puerto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no contract.</source>
        <translation>Un producto de datos no tiene contrato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data product has no documentation or no classification.</source>
        <translation>Un producto de datos no tiene documentación o no tiene clasificación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody is accountable for an asset without an owner, so its incidents and changes have no one to go to.</source>
        <translation>Nadie rinde cuentas de un activo sin responsable, así que sus incidencias y cambios no tienen a quién dirigirse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An asset outside every domain belongs to no bounded context, so its language and boundaries are nobody&apos;s to keep.</source>
        <translation>Un activo fuera de todo dominio no pertenece a ningún contexto delimitado, así que nadie se encarga de mantener su lenguaje y sus límites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A data product that nothing consumes costs upkeep without delivering value, or its consumers are missing from the map.</source>
        <translation>Un producto de datos que nada consume cuesta mantenimiento sin aportar valor, o faltan sus consumidores en el mapa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team that owns nothing on the map is either missing its ownership or no longer needed.</source>
        <translation>Un equipo que no es responsable de nada en el mapa o bien le falta su responsabilidad, o bien ya no es necesario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A domain without assets is a boundary drawn around nothing, or its assets are placed elsewhere.</source>
        <translation>Un dominio sin activos es un límite trazado alrededor de nada, o sus activos están situados en otro lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team spread over many domains must keep several models in mind, which slows it and blurs ownership.</source>
        <translation>Un equipo repartido entre muchos dominios debe tener presentes varios modelos, lo que lo ralentiza y difumina la responsabilidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains that depend on each other in a cycle cannot change or ship independently.</source>
        <translation>Los dominios que dependen unos de otros en un ciclo no pueden cambiar ni publicarse de forma independiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An asset with many cross-domain links couples domains tightly, so a change to it ripples through all of them.</source>
        <translation>Un activo con muchos enlaces entre dominios acopla fuertemente los dominios, así que un cambio en él repercute en todos ellos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a description and tags, consumers searching for data cannot find the data product.</source>
        <translation>Sin descripción ni etiquetas, los consumidores que buscan datos no pueden encontrar el producto de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a port, consumers have no defined way to read the data product.</source>
        <translation>Sin puerto, los consumidores no tienen una forma definida de leer el producto de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a contract, consumers cannot rely on the data product&apos;s schema and terms.</source>
        <translation>Sin contrato, los consumidores no pueden confiar en el esquema ni en las condiciones del producto de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without documentation and a classification, others cannot tell how and whether they may reuse the data product.</source>
        <translation>Sin documentación ni clasificación, los demás no pueden saber cómo ni si pueden reutilizar el producto de datos.</translation>
    </message>
</context>
<context>
    <name>OrgMap::AssetEditor</name>
    <message>
        <location filename="../widgets/ui/asseteditor.cpp" line="+33"/>
        <source>Id:</source>
        <translation>Id.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data product</source>
        <translation>Producto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;omain:</source>
        <translation>D&amp;ominio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma, separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation:</source>
        <translation>Documentación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL or path</source>
        <translation>URL o ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL or path of the schema</source>
        <translation>URL o ruta del esquema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification:</source>
        <translation>C&amp;lasificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unspecified)</source>
        <translation>(sin especificar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Add port</source>
        <translation>Añadir puerto</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+70"/>
        <source>Remove port</source>
        <translation>Quitar puerto</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Ports:</source>
        <translation>Puertos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename asset</source>
        <translation>Cambiar el nombre del activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit documentation link</source>
        <translation>Editar enlace de documentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit contract</source>
        <translation>Editar contrato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit asset description</source>
        <translation>Editar descripción del activo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change asset kind</source>
        <translation>Cambiar tipo de activo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change classification</source>
        <translation>Cambiar clasificación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Edit ports</source>
        <translation>Editar puertos</translation>
    </message>
</context>
<context>
    <name>OrgMap::BackstageImport</name>
    <message>
        <location filename="../model/import/backstagecatalog.cpp" line="+61"/>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe tal archivo o carpeta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2): a URL, not fetched</source>
        <translation>%1 (%2): una URL, no se descarga</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): does not exist</source>
        <translation>%1 (%2): no existe</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: not valid YAML: %2</source>
        <translation>%1: YAML no válido: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not an entity (a mapping with apiVersion, kind and metadata)</source>
        <translation>%1: no es una entidad (un mapeo con apiVersion, kind y metadata)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: entity without %2</source>
        <translation>%1: entidad sin %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: entity without metadata.name</source>
        <translation>%1: entidad sin metadata.name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: metadata.name &quot;%2&quot; is not a valid entity name (letters, digits, -, _ and ., at most 63)</source>
        <translation>%1: metadata.name «%2» no es un nombre de entidad válido (letras, dígitos, -, _ y ., como máximo 63)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: metadata.namespace &quot;%2&quot; is not a valid namespace</source>
        <translation>%1: metadata.namespace «%2» no es un espacio de nombres válido</translation>
    </message>
    <message>
        <location filename="../model/import/backstagemapping.cpp" line="+71"/>
        <source>%1 at %2:%3 replaces the one at %4:%5</source>
        <translation>%1 en %2:%3 sustituye a la entidad de %4:%5</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n entities of kind %1 not imported</source>
        <translation>
            <numerusform>%n entidad de tipo %1 no importada</numerusform>
            <numerusform>%n entidades de tipo %1 no importadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage catalog</source>
        <translation>Catálogo de Backstage</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is owned by %2, a user: left unowned</source>
        <translation>%1 pertenece a %2, un usuario: se deja sin responsable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: owner %2 is not a group</source>
        <translation>%1: el responsable %2 no es un grupo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: team for %2, owner of %3, not in the catalog</source>
        <translation>%1: el equipo de %2, responsable de %3, no está en el catálogo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 %3 is neither a system nor a domain</source>
        <translation>%1: %2 %3 no es ni un sistema ni un dominio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: domain for %2, %3 of %4, not in the catalog</source>
        <translation>%1: el dominio de %2, %3 de %4, no está en el catálogo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: parent %2 would make a cycle: left at top level</source>
        <translation>%1: el superior %2 crearía un ciclo: se deja en el nivel superior</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: a group of type %2 that owns nothing imported</source>
        <translation>%1: un grupo de tipo %2 que no es responsable de nada importado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: orgmap/team-type &quot;%2&quot; is not one of %3</source>
        <translation>%1: orgmap/team-type «%2» no es uno de %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: consumesApis %2 is not an API in the catalog</source>
        <translation>%1: consumesApis %2 no es una API del catálogo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: consumesApis %2, which nothing provides</source>
        <translation>%1: consumesApis %2, que nada proporciona</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: dependsOn %2 is not a component or resource in the catalog</source>
        <translation>%1: dependsOn %2 no es un componente ni un recurso del catálogo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: dependencyOf %2 is not a component or resource in the catalog</source>
        <translation>%1: dependencyOf %2 no es un componente ni un recurso del catálogo</translation>
    </message>
</context>
<context>
    <name>OrgMap::ChangesDock</name>
    <message>
        <location filename="../widgets/compare/changesdock.cpp" line="+36"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter changes (name, id, field)</source>
        <translation>Filtrar cambios (nombre, id, campo)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Map changed</source>
        <translation>Mapa modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>%1 de %n cambio mostrado</numerusform>
            <numerusform>%1 de %n cambios mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::Cli</name>
    <message>
        <location filename="../app/cli/diff.cpp" line="+71"/>
        <source>new file: compared with an empty map</source>
        <translation>archivo nuevo: comparado con un mapa vacío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted file: compared with an empty map</source>
        <translation>archivo eliminado: comparado con un mapa vacío</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format debe ser text o json, no «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>orgmap diff %1: unmerged, nothing to compare
</source>
        <translation>orgmap diff %1: sin fusionar, nada que comparar
</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>expected diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (as git passes them), got %n argument(s)</source>
        <translation>
            <numerusform>se esperaba diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (tal como los pasa git), se recibió %n argumento</numerusform>
            <numerusform>se esperaba diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (tal como los pasa git), se recibieron %n argumentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+25"/>
        <source>expected %1</source>
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;</source>
        <translation>--%1 necesita un número entero de al menos %2, no «%3»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/generate.cpp" line="+24"/>
        <source>generate needs --assets N</source>
        <translation>generate necesita --assets N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--assets: at most %1 assets can be generated, not %2</source>
        <translation>--assets: se pueden generar como máximo %1 activos, no %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--seed needs a whole number, not &quot;%1&quot;</source>
        <translation>--seed necesita un número entero, no «%1»</translation>
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
        <translation>Uso: orgmap-cli COMMAND [OPTIONS]

Órdenes:
  check MAP [--policy FILE] [--format text|json|sarif] [--hotspot-threshold N]
        [--scenario NAME]
        Analiza un mapa: activos huérfanos, puntos críticos de acoplamiento,
        ciclos entre dominios; con una política, sus severidades, umbrales y reglas FAIR.
        Estado de salida 0: ningún hallazgo en el failOn de la política (predeterminado: error)
        o superior; 1: al menos uno; 2: mapa o política inutilizables.
  convert IN OUT [--scenario NAME]
        Convierte entre .orgmap (SQLite) y .orgmap.json, o exporta a
        .graphml (yEd, Gephi, NetworkX), .dot/.gv (Graphviz) o .mmd
        (Mermaid), según la extensión de OUT; cualquier otra extensión se rechaza.
        De .orgmap a .orgmap se conservan todos los escenarios; si no, se escribe
        un solo mapa: --scenario NAME, o bien el primero (stderr nombra los demás).
  diff OLD NEW [--format text|json] [--geometry] [--hotspot-threshold N]
       [--old-scenario NAME] [--new-scenario NAME]
        Qué cambió entre dos mapas y cómo afecta al análisis.
        Estado de salida 0: sin cambios; 1: cambios; 2: entrada inutilizable.
        diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE
        es la forma que invoca git (diff.orgmap.command); sale con 0 si tiene éxito.
  generate --assets N [--seed S] [--no-geometry] OUT
        Escribe un mapa sintético determinista para pruebas de rendimiento y demostraciones.
  import backstage PATH... [-o OUT] [--into MAP] [--lenient]
  import odps PATH... [-o OUT] [--into MAP]
        Importa un catálogo de Backstage o descriptores de productos de datos ODPS
        (archivos o carpetas), con disposición; --into reimporta en ese mapa. Informe
        en stderr; estado de salida 2 cuando se rechaza la entrada.
  layout IN OUT [--all] [--team-lane] [--scenario NAME]
        Escribe IN en OUT con geometría calculada para lo que no la tiene (todo con
        --all); --team-lane coloca los equipos en un carril en la parte superior.
  merge BASE OURS THEIRS [-o OUT]
        Fusión a tres bandas de mapas (un controlador de fusión de git): escribe el mapa
        fusionado como JSON en OUT (predeterminado: sobre OURS). Estado de salida 0: fusionado;
        1: quedan conflictos, enumerados en «x-orgmap-conflicts»; 2: entrada inutilizable.
  render MAP OUT.png|OUT.svg|OUT.pdf [--scale S] [--views] [--scenario NAME]
        Dibuja el mapa como lo hace el editor, sin interfaz gráfica.

MAP e IN pueden ser - para la entrada estándar; OUT puede ser - para JSON en la salida estándar.
--scenario NAME elige un escenario de un documento .orgmap (predeterminado: el primero;
stderr nombra los demás); un nombre desconocido da estado de salida 2.
Opciones: --help, --version
  --lang CODE
        Idioma de los mensajes: en, de, fr, es o zh_CN (predeterminado: el
        idioma elegido en las Preferencias del editor; si no, el del sistema).
</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no command given (try orgmap-cli --help)</source>
        <translation>no se indicó ninguna orden (consulte orgmap-cli --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &quot;%1&quot; (try orgmap-cli --help)</source>
        <translation>orden desconocida «%1» (consulte orgmap-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/render.cpp" line="+31"/>
        <source>--scale needs a number from 0.1 to 8, not &quot;%1&quot;</source>
        <translation>--scale necesita un número entre 0.1 y 8, no «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the output must end in .png, .svg or .pdf</source>
        <translation>%1: la salida debe terminar en .png, .svg o .pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--views: the views are drawn as PDF pages; name a .pdf</source>
        <translation>--views: las vistas se dibujan como páginas PDF; indique un .pdf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this build has no renderer</source>
        <translation>esta compilación no incluye el generador de imágenes</translation>
    </message>
    <message>
        <location filename="../app/cli/check.cpp" line="+33"/>
        <source>--format must be text, json or sarif, not &quot;%1&quot;</source>
        <translation>--format debe ser text, json o sarif, no «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="+16"/>
        <source>import needs a source: import backstage|odps PATH... [-o OUT] [--into MAP]</source>
        <translation>import necesita un origen: import backstage|odps PATH... [-o OUT] [--into MAP]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>import %1 needs at least one PATH</source>
        <translation>import %1 necesita al menos un PATH</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import refused, nothing written:
</source>
        <translation>importación rechazada, no se ha escrito nada:
</translation>
    </message>
    <message>
        <location filename="../app/cli/merge.cpp" line="+139"/>
        <source>merge: the merged map would be invalid (a bug): %1</source>
        <translation>merge: el mapa fusionado no sería válido (un error del programa): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>note: %n conflict(s) left by an earlier merge dropped
</source>
        <translation>
            <numerusform>nota: se descarta %n conflicto dejado por una fusión anterior
</numerusform>
            <numerusform>nota: se descartan %n conflictos dejados por una fusión anterior
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geometry: %1 moved on both sides; ours kept
</source>
        <translation>geometría: %1 se movió en ambos lados; se conserva nuestra versión
</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s): ours kept, listed in &quot;x-orgmap-conflicts&quot; of %1
</source>
        <translation>
            <numerusform>%n conflicto: se conserva nuestra versión, listado en «x-orgmap-conflicts» de %1
</numerusform>
            <numerusform>%n conflictos: se conserva nuestra versión, listados en «x-orgmap-conflicts» de %1
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/maploading.cpp" line="+40"/>
        <source>%1 has %2 scenarios: wrote the first, &quot;%3&quot;; not written: %4 (name one with --scenario NAME)</source>
        <translation>%1 tiene %2 escenarios: se escribió el primero, «%3»; no se escribieron: %4 (indique uno con --scenario NAME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has %2 scenarios: read the first, &quot;%3&quot;; not read: %4 (name one with --scenario NAME)</source>
        <translation>%1 tiene %2 escenarios: se leyó el primero, «%3»; no se leyeron: %4 (indique uno con --scenario NAME)</translation>
    </message>
</context>
<context>
    <name>OrgMap::Cli::Report</name>
    <message>
        <location filename="../app/cli/merge.cpp" line="-114"/>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>conflict: %1</source>
        <translation>conflicto: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>changed differently on both sides</source>
        <translation>cambiado de forma distinta en ambos lados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed on one side, changed on the other</source>
        <translation>eliminado en un lado, cambiado en el otro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its id names another entity on the other side</source>
        <translation>su id designa otra entidad en el otro lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind and data-product fields changed on different sides</source>
        <translation>el tipo y los campos de producto de datos cambiaron en lados distintos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refers to an entity the merge removed</source>
        <translation>hace referencia a una entidad que la fusión eliminó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the merged parents form a cycle</source>
        <translation>los superiores fusionados forman un ciclo</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareLayer</name>
    <message>
        <location filename="../widgets/compare/comparelayer.cpp" line="+211"/>
        <source>NEW</source>
        <translation>NUEVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REMOVED</source>
        <translation>ELIMINADO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANGED</source>
        <translation>MODIFICADO</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareMode</name>
    <message>
        <location filename="../widgets/compare/comparemode.cpp" line="+77"/>
        <source>Space: before/after · Esc: leave</source>
        <translation>Espacio: antes/después · Esc: salir</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not comparing: there are no metrics to export.</source>
        <translation>No se está comparando: no hay métricas que exportar.</translation>
    </message>
</context>
<context>
    <name>OrgMap::CompareView</name>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="+92"/>
        <location line="+244"/>
        <source>Show &amp;Before</source>
        <translation>Mostrar &amp;antes</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Flip between the older and the newer map (Space)</source>
        <translation>Alternar entre el mapa anterior y el más reciente (Espacio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;wap Sides</source>
        <translation>&amp;Intercambiar lados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the older map the newer one</source>
        <translation>Convertir el mapa anterior en el más reciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Metrics PNG…</source>
        <translation>&amp;Exportar métricas como PNG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Leave Compare</source>
        <translation>&amp;Salir de la comparación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to editing (Esc)</source>
        <translation>Volver a la edición (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message numerus="yes">
        <location line="+199"/>
        <source>&lt;b&gt;Comparing&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n change(s) &amp;nbsp;·&amp;nbsp; &lt;i&gt;read-only&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Comparando&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n cambio &amp;nbsp;·&amp;nbsp; &lt;i&gt;solo lectura&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;Comparando&lt;/b&gt; %1 &lt;b&gt;→&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; %n cambios &amp;nbsp;·&amp;nbsp; &lt;i&gt;solo lectura&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BEFORE: %1</source>
        <translation>ANTES: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AFTER: %1</source>
        <translation>DESPUÉS: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;After</source>
        <translation>Mostrar &amp;después</translation>
    </message>
</context>
<context>
    <name>OrgMap::ConflictsDock</name>
    <message>
        <location filename="../widgets/ui/conflictsdock.cpp" line="+48"/>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the map</source>
        <translation>el mapa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>whole %1</source>
        <translation>%1 completo</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>base</source>
        <translation>la versión base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ours</source>
        <translation>nuestra versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theirs</source>
        <translation>su versión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take &amp;Ours</source>
        <translation>Usar &amp;nuestra versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;Theirs</source>
        <translation>Usar &amp;su versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;Base</source>
        <translation>Usar la versión &amp;base</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ours</source>
        <translation>Nuestra versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Take Ours</source>
        <translation>Usar nuestra versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Theirs</source>
        <translation>Usar su versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Base</source>
        <translation>Usar la versión base</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Resolve %1 of %2 with %3</source>
        <translation>Resolver %1 de %2 con %3</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n conflict(s) left</source>
        <translation>
            <numerusform>Queda %n conflicto</numerusform>
            <numerusform>Quedan %n conflictos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ConnectDialog</name>
    <message>
        <location filename="../widgets/ui/connectdialog.cpp" line="+24"/>
        <source>Connect teams</source>
        <translation>Conectar equipos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect assets</source>
        <translation>Conectar activos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Swap direction</source>
        <translation>&amp;Invertir dirección</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>De &lt;b&gt;%1&lt;/b&gt; a &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; depends on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; depende de &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These teams already interact that way.</source>
        <translation>Estos equipos ya interactúan de esa manera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There already is such a link between these assets.</source>
        <translation>Ya existe un enlace así entre estos activos.</translation>
    </message>
</context>
<context>
    <name>OrgMap::ConnectionEditor</name>
    <message>
        <location filename="../widgets/ui/connectioneditor.cpp" line="+19"/>
        <source>Connects:</source>
        <translation>Conecta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit link label</source>
        <translation>Editar etiqueta del enlace</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 depends on %2</source>
        <translation>%1 depende de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There already is such a link between these assets.</source>
        <translation>Ya existe un enlace así entre estos activos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change link kind</source>
        <translation>Cambiar tipo de enlace</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These teams already interact that way.</source>
        <translation>Estos equipos ya interactúan de esa manera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change interaction mode</source>
        <translation>Cambiar modo de interacción</translation>
    </message>
</context>
<context>
    <name>OrgMap::CouplingHeatMap</name>
    <message>
        <location filename="../widgets/insight/couplingheatmap.cpp" line="+91"/>
        <source>Domain coupling (row → column)</source>
        <translation>Acoplamiento de dominios (fila → columna)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Domain coupling (row → column) · top %1 of %2</source>
        <translation>Acoplamiento de dominios (fila → columna) · %1 de %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No links between domains</source>
        <translation>No hay enlaces entre dominios</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%1 → %2: %n link(s), weight %3</source>
        <translation>
            <numerusform>%1 → %2: %n enlace, peso %3</numerusform>
            <numerusform>%1 → %2: %n enlaces, peso %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2: no links</source>
        <translation>%1 → %2: sin enlaces</translation>
    </message>
</context>
<context>
    <name>OrgMap::DashboardWidget</name>
    <message>
        <location filename="../widgets/insight/dashboardwidget.cpp" line="+48"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Top hotspots by coupling score</source>
        <translation>Principales puntos críticos por puntuación de acoplamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain coupling: afferent (Ca) and efferent (Ce)</source>
        <translation>Acoplamiento de dominios: aferente (Ca) y eferente (Ce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets per owning team</source>
        <translation>Activos por equipo responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains spanned per team</source>
        <translation>Dominios abarcados por equipo</translation>
    </message>
    <message>
        <location line="+217"/>
        <location line="+51"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Domains: Ca / Ce</source>
        <translation>Dominios: Ca / Ce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling score</source>
        <translation>puntuación de acoplamiento</translation>
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
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Top hotspots</source>
        <translation>Principales puntos críticos</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Ca in</source>
        <translation>Ca entrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce out</source>
        <translation>Ce salientes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>links</source>
        <translation>enlaces</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Top hotspots · %1/%2</source>
        <translation>Principales puntos críticos · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets per team</source>
        <translation>Activos por equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets per team · %1/%2</source>
        <translation>Activos por equipo · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains per team</source>
        <translation>Dominios por equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domains/team · %1/%2</source>
        <translation>Dominios/equipo · %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains Ca/Ce · %1/%2</source>
        <translation>Dominios Ca/Ce · %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupling score</source>
        <translation>Puntuación de acoplamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assets owned</source>
        <translation>activos a cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>distinct domains</source>
        <translation>dominios distintos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not write the dashboard image to %1</source>
        <translation>No se pudo escribir la imagen del panel en %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::Diff</name>
    <message>
        <location filename="../model/diff/diffreporttext.cpp" line="+58"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains (%1)</source>
        <translation>Dominios (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams (%1)</source>
        <translation>Equipos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets (%1)</source>
        <translation>Activos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links (%1)</source>
        <translation>Enlaces (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions (%1)</source>
        <translation>Interacciones (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain links</source>
        <translation>Enlaces entre dominios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain weight</source>
        <translation>Peso entre dominios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned assets</source>
        <translation>Activos huérfanos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unowned assets</source>
        <translation>Activos sin responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspots</source>
        <translation>Puntos críticos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain cycles</source>
        <translation>Ciclos de dominios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains on cycles</source>
        <translation>Dominios en ciclos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scattered teams</source>
        <translation>Equipos dispersos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infos</source>
        <translation>Avisos informativos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>Métricas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delta</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Domain</source>
        <translation>Dominio</translation>
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
        <translation>Inestabilidad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Domains whose numbers changed (%1)</source>
        <translation>Dominios cuyas cifras cambiaron (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n change</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(unnamed map)</source>
        <translation>(mapa sin nombre)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No changes.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: %2 añadidos, %3 eliminados, %4 cambiados</translation>
    </message>
</context>
<context>
    <name>OrgMap::Document</name>
    <message>
        <location filename="../model/document/document_edits.cpp" line="+19"/>
        <source>Add domain &quot;%1&quot;</source>
        <translation>Añadir el dominio «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add team &quot;%1&quot;</source>
        <translation>Añadir el equipo «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add service &quot;%1&quot;</source>
        <translation>Añadir el servicio «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add data product &quot;%1&quot;</source>
        <translation>Añadir el producto de datos «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 con %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add interaction</source>
        <translation>Añadir interacción</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Eliminar %n conexión</numerusform>
            <numerusform>Eliminar %n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/document_changes.cpp" line="+21"/>
        <source>Change domain &quot;%1&quot;</source>
        <translation>Modificar el dominio «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change team &quot;%1&quot;</source>
        <translation>Modificar el equipo «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change &quot;%1&quot;</source>
        <translation>Modificar «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change connection</source>
        <translation>Modificar conexión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change map properties</source>
        <translation>Modificar propiedades del mapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Cambiar el nombre a «%1»</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Remove owner of &quot;%1&quot;</source>
        <translation>Quitar el responsable de «%1»</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Make %1 owner of &quot;%2&quot;</source>
        <translation>Hacer a %1 responsable de «%2»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take &quot;%1&quot; out of its domain</source>
        <translation>Sacar «%1» de su dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &quot;%1&quot; into %2</source>
        <translation>Mover «%1» a %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change parent of &quot;%1&quot;</source>
        <translation>Cambiar el elemento superior de «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Mover %n elemento</numerusform>
            <numerusform>Mover %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resize &quot;%1&quot;</source>
        <translation>Cambiar el tamaño de «%1»</translation>
    </message>
    <message>
        <location filename="../model/document/document_scenarios.cpp" line="+145"/>
        <source>New scenario &quot;%1&quot;</source>
        <translation>Nuevo escenario «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicate scenario &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>Duplicar el escenario «%1» como «%2»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Cambiar el nombre del escenario «%1» a «%2»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Eliminar el escenario «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move scenario &quot;%1&quot;</source>
        <translation>Mover el escenario «%1»</translation>
    </message>
    <message>
        <location filename="../model/document/document_checks.cpp" line="+22"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 name</source>
        <translation>Nombre del puerto %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position x</source>
        <translation>Posición x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position y</source>
        <translation>Posición y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
</context>
<context>
    <name>OrgMap::DomainEditor</name>
    <message>
        <location filename="../widgets/ui/domaineditor.cpp" line="+22"/>
        <source>Id:</source>
        <translation>Id.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+53"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Use a colour derived from the domain</source>
        <translation>Usar un color derivado del dominio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inside:</source>
        <translation>&amp;Dentro de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename domain</source>
        <translation>Cambiar el nombre del dominio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit domain description</source>
        <translation>Editar descripción del dominio</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>Change domain colour</source>
        <translation>Cambiar color del dominio</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Domain colour</source>
        <translation>Color del dominio</translation>
    </message>
</context>
<context>
    <name>OrgMap::EntityActions</name>
    <message>
        <location filename="../widgets/ui/entityactions.cpp" line="+58"/>
        <source>&amp;Subdomain</source>
        <translation>&amp;Subdominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Domain to Contents</source>
        <translation>&amp;Ajustar el dominio al contenido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a domain inside the selected domain</source>
        <translation>Añadir un dominio dentro del dominio seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrink or grow the selected domain to what it holds</source>
        <translation>Reducir o ampliar el dominio seleccionado a lo que contiene</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Rename</source>
        <translation>Cambiar no&amp;mbre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect…</source>
        <translation>C&amp;onectar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+158"/>
        <source>&amp;Insert Here</source>
        <translation>&amp;Insertar aquí</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Set &amp;Owner</source>
        <translation>Asignar &amp;responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign owner</source>
        <translation>Asignar responsable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No Owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Move to Domain</source>
        <translation>Mo&amp;ver al dominio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to domain</source>
        <translation>Mover al dominio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No Domain</source>
        <translation>Sin dominio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top Level</source>
        <translation>Nivel superior</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;Links</source>
        <translation>Seleccionar e&amp;nlaces</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;potlight</source>
        <translation>&amp;Foco</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in &amp;Outline</source>
        <translation>Mostrar en el es&amp;quema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show on &amp;Canvas</source>
        <translation>Mostrar en el &amp;lienzo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>&amp;Properties</source>
        <translation>&amp;Propiedades</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Select &amp;Ends</source>
        <translation>Seleccionar e&amp;xtremos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete Link</source>
        <translation>&amp;Eliminar enlace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete Interaction</source>
        <translation>&amp;Eliminar interacción</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Select Affected on Canvas</source>
        <translation>&amp;Seleccionar afectados en el lienzo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
</context>
<context>
    <name>OrgMap::ExportImageDialog</name>
    <message>
        <location filename="../widgets/ui/exportimagedialog.cpp" line="+19"/>
        <source>&amp;Transparent background</source>
        <translation>Fondo &amp;transparente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole map</source>
        <translation>Mapa &amp;completo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Selection</source>
        <translation>&amp;Selección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area:</source>
        <translation>Área:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size:</source>
        <translation>Tamaño de la imagen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
</context>
<context>
    <name>OrgMap::FileFormat</name>
    <message>
        <location filename="../model/storage/fileformat.cpp" line="+25"/>
        <source>OrgMap document</source>
        <translation>Documento de OrgMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap JSON</source>
        <translation>JSON de OrgMap</translation>
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
        <translation>Diagrama de flujo de Mermaid</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a name without an extension names no format</source>
        <translation>un nombre sin extensión no designa ningún formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.%1 is not a format OrgMap writes</source>
        <translation>.%1 no es un formato que OrgMap escriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2; use one of %3</source>
        <translation>%1: %2; use uno de %3</translation>
    </message>
</context>
<context>
    <name>OrgMap::FindingsDock</name>
    <message>
        <location filename="../widgets/insight/findingsdock.cpp" line="+16"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All rules</source>
        <translation>Todas las reglas</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n shown · %1</source>
        <comment>%1: &quot;2 errors · 14 warnings · 5 infos&quot;</comment>
        <translation>
            <numerusform>%n mostrado · %1</numerusform>
            <numerusform>%n mostrados · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::FindingsModel</name>
    <message>
        <location filename="../widgets/insight/findingsmodel.cpp" line="+101"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>sin dominio</translation>
    </message>
</context>
<context>
    <name>OrgMap::I18n</name>
    <message>
        <location filename="../app/common/i18n.cpp" line="+133"/>
        <source>--lang: expected a language code</source>
        <translation>--lang: se esperaba un código de idioma</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>idioma desconocido «%1» (disponibles: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot load the translation %1</source>
        <translation>no se puede cargar la traducción %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::Import</name>
    <message>
        <location filename="../model/import/mergeimport.cpp" line="+44"/>
        <source>%1 is already in the map as another kind of entity</source>
        <translation>%1 ya está en el mapa como otro tipo de entidad</translation>
    </message>
</context>
<context>
    <name>OrgMap::ImportReport</name>
    <message>
        <location filename="../model/import/importreport.cpp" line="+26"/>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder</source>
        <translation>marcador de posición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unowned</source>
        <translation>sin equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped target</source>
        <translation>destino omitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped document</source>
        <translation>documento omitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external source</source>
        <translation>origen externo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import: %1 created, %2 updated, %3 removed, %4 unchanged; %5 placeholders, %6 unresolved references, %7 external sources, %8 skipped
</source>
        <translation>importación: %1 creados, %2 actualizados, %3 eliminados, %4 sin cambios; %5 marcadores de posición, %6 referencias sin resolver, %7 orígenes externos, %8 omitidos
</translation>
    </message>
</context>
<context>
    <name>OrgMap::ImportReportDialog</name>
    <message>
        <location filename="../widgets/ui/importreportdialog.cpp" line="+31"/>
        <source>%1 created, %2 updated, %3 removed, %4 unchanged.</source>
        <translation>%1 creados, %2 actualizados, %3 eliminados, %4 sin cambios.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n line(s) to look at below.</source>
        <translation>
            <numerusform>%n línea que revisar más abajo.</numerusform>
            <numerusform>%n líneas que revisar más abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a row to show its entity on the map. Edit &gt; Undo takes the whole import back.</source>
        <translation>Haga doble clic en una fila para mostrar su entidad en el mapa. Editar &gt; Deshacer revierte toda la importación.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Double-click to show it on the map</source>
        <translation>Haga doble clic para mostrarla en el mapa</translation>
    </message>
</context>
<context>
    <name>OrgMap::Insight</name>
    <message>
        <location filename="../widgets/insight/severityicons.cpp" line="+87"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n aviso informativo</numerusform>
            <numerusform>%n avisos informativos</numerusform>
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
        <translation>Sin equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No domain</source>
        <translation>Sin dominio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unconsumed</source>
        <translation>Sin consumidores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle team</source>
        <translation>Equipo sin asignación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty domain</source>
        <translation>Dominio vacío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scattered team</source>
        <translation>Equipo disperso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domain cycle</source>
        <translation>Ciclo de dominios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hotspot</source>
        <translation>Punto crítico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not findable</source>
        <translation>No localizable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not accessible</source>
        <translation>No accesible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not interoperable</source>
        <translation>No interoperable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reusable</source>
        <translation>No reutilizable</translation>
    </message>
</context>
<context>
    <name>OrgMap::JsonDetail</name>
    <message>
        <location filename="../model/json/jsonfields.cpp" line="+302"/>
        <source>unknown key &quot;%1&quot; (extension keys must start with &quot;x-&quot;)</source>
        <translation>clave desconocida «%1» (las claves de extensión deben empezar por «x-»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>clave desconocida «%1» (¿quería decir «%2»?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+12"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required key &quot;%1&quot;</source>
        <translation>falta la clave obligatoria «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
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
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>an array of strings</source>
        <translation>un array de cadenas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an array of ports</source>
        <translation>un array de puertos</translation>
    </message>
    <message>
        <location filename="../model/json/jsonfields.cpp" line="-195"/>
        <source>... and %1 more errors</source>
        <translation>… y %1 errores más</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/json/jsonreader.cpp" line="-191"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/json/jsonreader.cpp" line="+156"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location filename="../model/json/jsonreader.cpp" line="-230"/>
        <source>contains an unpaired UTF-16 surrogate escape (\uD800-\uDFFF), which is not a character; OrgMap refuses it rather than change it</source>
        <translation>contiene un escape de sustituto UTF-16 desemparejado (\uD800-\uDFFF), que no es un carácter; OrgMap lo rechaza en lugar de modificarlo</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>invalid JSON at line %1, column %2: a number needs digits before and after its decimal point, and no leading zero</source>
        <translation>JSON no válido en la línea %1, columna %2: un número necesita dígitos antes y después del punto decimal, y ningún cero inicial</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the document must be a JSON object, not %1</source>
        <translation>el documento debe ser un objeto JSON, no %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>un valor único</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>must be &quot;orgmap&quot;, not &quot;%1&quot;</source>
        <translation>debe ser «orgmap», no «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an integer, not %1</source>
        <translation>debe ser un entero, no %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 is newer than this OrgMap supports (highest: %2)</source>
        <translation>la versión %1 es más reciente de lo que admite este OrgMap (como máximo: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version %1 does not exist (supported: %2)</source>
        <translation>la versión %1 no existe (admitidas: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an array, not %1</source>
        <translation>debe ser un array, no %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::KindNames</name>
    <message>
        <location filename="../widgets/canvas/kindnames.cpp" line="+11"/>
        <source>API call</source>
        <translation>Llamada a API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event subscription</source>
        <translation>Suscripción a eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data consumption</source>
        <translation>Consumo de datos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Collaboration</source>
        <translation>Colaboración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-as-a-service</source>
        <translation>X como servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitating</source>
        <translation>Facilitación</translation>
    </message>
</context>
<context>
    <name>OrgMap::LinkLayer</name>
    <message>
        <location filename="../widgets/canvas/linklayer_p.h" line="+93"/>
        <source>collaboration</source>
        <translation>colaboración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facilitating</source>
        <translation>facilitación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-as-a-Service</source>
        <translation>X como servicio</translation>
    </message>
</context>
<context>
    <name>OrgMap::MainWindow</name>
    <message>
        <location filename="../widgets/ui/mainwindow.cpp" line="+46"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+78"/>
        <location line="+143"/>
        <source>Untitled map</source>
        <translation>Mapa sin título</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo History</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened map&gt;</source>
        <translation>&lt;mapa abierto&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-175"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — %2 — %3</source>
        <translation>%1[*] — %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
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
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
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
        <translation>Arrastrar desde la paleta o pulsar 1–7 para añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L connects the two selected items</source>
        <translation>Ctrl+L conecta los dos elementos seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F2 renames · drop an asset on a team to make it the owner · Delete removes</source>
        <translation>F2 cambia el nombre · suelte un activo sobre un equipo para asignárselo · Supr elimina</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n elemento seleccionado</numerusform>
            <numerusform>%n elementos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About OrgMap</source>
        <translation>Acerca de OrgMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;OrgMap %1&lt;/h3&gt;&lt;p&gt;Map your organisation&apos;s domains, teams, services and data products.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgMap %1&lt;/h3&gt;&lt;p&gt;Mapee los dominios, equipos, servicios y productos de datos de su organización.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_actions.cpp" line="+63"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Window</source>
        <translation>Nueva &amp;ventana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OrgMap &amp;JSON Map…</source>
        <translation>Mapa &amp;JSON de OrgMap…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backstage Catalog…</source>
        <translation>Catálogo de &amp;Backstage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data Products (ODPS)…</source>
        <translation>Productos de &amp;datos (ODPS)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PNG…</source>
        <translation>Exportar &amp;PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export S&amp;VG…</source>
        <translation>Exportar &amp;SVG…</translation>
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
        <translation>&amp;Cerrar ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>Cambiar no&amp;mbre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Connect Selected…</source>
        <translation>C&amp;onectar selección…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link two selected assets or two selected teams</source>
        <translation>Conectar dos activos o dos equipos seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tidy Layout</source>
        <translation>Orde&amp;nar disposición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrange every domain, asset and team afresh (undoable)</source>
        <translation>Reorganizar todos los dominios, activos y equipos (se puede deshacer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy &amp;Selected</source>
        <translation>Ordenar selecc&amp;ión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange the selected domains, assets and teams; nothing else moves (undoable)</source>
        <translation>Reorganizar los dominios, activos y equipos seleccionados; nada más se mueve (se puede deshacer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual &amp;Size (100%)</source>
        <translation>Tamaño &amp;real (100 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;nap to Grid</source>
        <translation>Ajustar a la &amp;cuadrícula</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Ownership Lines</source>
        <translation>Mostrar líneas de res&amp;ponsabilidad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Legend</source>
        <translation>Mostrar &amp;leyenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ull Screen</source>
        <translation>Pan&amp;talla completa</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OrgMap</source>
        <translation>Acerca &amp;de OrgMap</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;Diagram</source>
        <translation>Exportar &amp;diagrama</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo &amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Panels</source>
        <translation>Pa&amp;neles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
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
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow_edit.cpp" line="+26"/>
        <source>Copied %n item(s)</source>
        <translation>
            <numerusform>%n elemento copiado</numerusform>
            <numerusform>%n elementos copiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Pegar %n elemento</numerusform>
            <numerusform>Pegar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard&apos;s items could not be added to this map.</source>
        <translation>No se pudieron añadir a este mapa los elementos del portapapeles.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicar %n elemento</numerusform>
            <numerusform>Duplicar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tidy layout</source>
        <translation>Ordenar disposición</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tidy selected</source>
        <translation>Ordenar selección</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-15"/>
        <source>OrgMap maps (*.orgmap *.orgmap.json);;OrgMap document (*.orgmap);;OrgMap JSON (*.orgmap.json *.json);;All files (*)</source>
        <translation>Mapas de OrgMap (*.orgmap *.orgmap.json);;Documento de OrgMap (*.orgmap);;JSON de OrgMap (*.orgmap.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has unsaved changes. Save them before closing?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tiene cambios sin guardar. ¿Desea guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_compare.cpp" line="+32"/>
        <source>Compare &amp;With…</source>
        <translation>Co&amp;mparar con…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare this map with another map file: every change marked, read-only</source>
        <translation>Comparar este mapa con otro archivo de mapa: cada cambio marcado, en solo lectura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare With &amp;Scenario</source>
        <translation>Comparar con un e&amp;scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare this scenario with another scenario of the document</source>
        <translation>Comparar este escenario con otro escenario del documento</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Compare Metrics PNG</source>
        <translation>Exportar métricas de comparación como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 compare metrics</source>
        <comment>proposed file name</comment>
        <translation>%1 métricas de comparación</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+70"/>
        <source>%1: could not be read</source>
        <translation>%1: no se pudo leer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compare With</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare Failed</source>
        <translation>Error al comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be read. Nothing was compared.</source>
        <translation>No se pudo leer &lt;b&gt;%1&lt;/b&gt;. No se ha comparado nada.</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+17"/>
        <source>Open Failed</source>
        <translation>Error al abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened. The current map is unchanged.</source>
        <translation>No se pudo abrir &lt;b&gt;%1&lt;/b&gt;. El mapa actual no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>…and %n more problem(s), listed under Show Details.</source>
        <translation>
            <numerusform>…y %n problema más, que se detalla en «Mostrar detalles».</numerusform>
            <numerusform>…y %n problemas más, que se detallan en «Mostrar detalles».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Map</source>
        <translation>Abrir mapa</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+24"/>
        <source>Save Failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Map As</source>
        <translation>Guardar mapa como</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Import JSON</source>
        <translation>Importar JSON</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: another map is being opened</source>
        <translation>%1: se está abriendo otro mapa</translation>
    </message>
    <message>
        <location line="+126"/>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="+145"/>
        <source>OrgMap JSON (*.orgmap.json *.json)</source>
        <translation>JSON de OrgMap (*.orgmap.json *.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <location filename="../widgets/ui/mainwindow_import.cpp" line="+29"/>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="+5"/>
        <source>Import Failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is not a valid map. The current map is unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; no es un mapa válido. El mapa actual no ha cambiado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <source>OrgMap JSON (*.orgmap.json)</source>
        <translation>JSON de OrgMap (*.orgmap.json)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>OrgMap document (*.orgmap)</source>
        <translation>Documento de OrgMap (*.orgmap)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name map after its file</source>
        <translation>Nombrar el mapa según su archivo</translation>
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
        <translation>Error al exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-71"/>
        <source>Exported scenario &quot;%1&quot; to %2; the other %n scenario(s) were not written.</source>
        <translation>
            <numerusform>Se exportó el escenario «%1» a %2; el otro escenario (%n) no se escribió.</numerusform>
            <numerusform>Se exportó el escenario «%1» a %2; los otros %n escenarios no se escribieron.</numerusform>
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
        <translation>%1 exportado</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="-53"/>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_compare.cpp" line="-8"/>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+0"/>
        <location filename="../widgets/ui/mainwindow_insight.cpp" line="-8"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_files.cpp" line="+14"/>
        <source>Export SVG</source>
        <translation>Exportar SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_insight.cpp" line="-326"/>
        <source>Dashboard</source>
        <translation>Panel de indicadores</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Orphans</source>
        <translation>&amp;Huérfanos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark assets with no owner or no domain</source>
        <translation>Marcar los activos sin responsable o sin dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coupling</source>
        <translation>&amp;Acoplamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotspots glow, cross-domain links heavier, domain cycles marked</source>
        <translation>Puntos críticos resaltados, enlaces entre dominios más gruesos, ciclos de dominios marcados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wnership</source>
        <translation>&amp;Responsables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour assets by owning team</source>
        <translation>Colorear los activos según el equipo responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation>&amp;Ninguno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No highlights</source>
        <translation>Sin resaltado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Dashboard PNG…</source>
        <translation>Exportar panel de in&amp;dicadores como PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Findings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>Panel de &amp;indicadores</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Destacar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Highlight: %1</source>
        <translation>Destacar: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Policy: %1</source>
        <translation>Política: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy not applied: %1</source>
        <translation>Política no aplicada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy could not be read; the default rules apply. %1</source>
        <translation>No se pudo leer la política; se aplican las reglas predeterminadas. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None (no policy file beside the map)</source>
        <translation>Ninguna (no hay archivo de política junto al mapa)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not applied: %2)</source>
        <translation>%1 (no aplicada: %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Dashboard PNG</source>
        <translation>Exportar panel de indicadores como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dashboard</source>
        <comment>proposed file name</comment>
        <translation>%1 panel</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_recovery.cpp" line="+24"/>
        <source>Recovery copy not written: %1</source>
        <translation>No se escribió la copia de recuperación: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was opened read-only: it is open in another window. Save it under another name.</source>
        <translation>%1 se abrió en modo de solo lectura: está abierto en otra ventana. Guárdelo con otro nombre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is open in %2: saving here would overwrite its work. Close it there or save under another name.</source>
        <translation>%1 está abierto en %2: guardar aquí sobrescribiría su trabajo. Ciérrelo allí o guárdelo con otro nombre.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File Already Open</source>
        <translation>Archivo ya abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is already open in %2.&lt;br&gt;Changes saved in one window would overwrite those of the other.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ya está abierto en %2.&lt;br&gt;Los cambios guardados en una ventana sobrescribirían los de la otra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>an untitled map</source>
        <translation>un mapa sin título</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar cambios no guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap did not close properly. Unsaved changes to %1 were kept in a recovery copy saved %2.</source>
        <translation>OrgMap no se cerró correctamente. Los cambios no guardados de %1 se conservaron en una copia de recuperación guardada el %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore opens them as unsaved changes; Discard deletes the copy; Later asks again at the next start.</source>
        <translation>Restaurar los abre como cambios no guardados; Descartar elimina la copia; Más tarde vuelve a preguntar en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore Failed</source>
        <translation>Error al restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery copy could not be read; it is kept.</source>
        <translation>No se pudo leer la copia de recuperación; se conserva.</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_import.cpp" line="-2"/>
        <location line="+29"/>
        <location line="+14"/>
        <source>Import Backstage Catalog</source>
        <translation>Importar catálogo de Backstage</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Import Data Products</source>
        <translation>Importar productos de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported, the map is unchanged:</source>
        <translation>No se ha importado nada; el mapa no ha cambiado:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import changed nothing.</source>
        <translation>La importación no ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import catalog files (YAML), or every catalog file in a folder and its subfolders? The entities are merged into the current map by id.</source>
        <translation>¿Importar archivos de catálogo (YAML) o todos los archivos de catálogo de una carpeta y sus subcarpetas? Las entidades se fusionan en el mapa actual por id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Files…</source>
        <translation>&amp;Archivos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older…</source>
        <translation>&amp;Carpeta…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backstage catalog (*.yaml *.yml);;All files (*)</source>
        <translation>Catálogo de Backstage (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Backstage Catalog Folder</source>
        <translation>Importar carpeta de catálogo de Backstage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Data Products (ODPS)</source>
        <translation>Importar productos de datos (ODPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODPS descriptors (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Descriptores ODPS (*.yaml *.yml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_present.cpp" line="+14"/>
        <source>&amp;Present</source>
        <translation>Pre&amp;sentar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Spotlight Selection</source>
        <translation>&amp;Foco en la selección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear Spotlight</source>
        <translation>&amp;Quitar foco</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_quickentry.cpp" line="+17"/>
        <source>&amp;Quick Entry…</source>
        <translation>Entr&amp;ada rápida…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a command: service Payments in Billing, A -&gt; B, move A to D</source>
        <translation>Escriba una orden: servicio Pagos en Facturación, A -&gt; B, mover A a D</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_scenarios.cpp" line="-105"/>
        <source>&amp;New Empty Scenario</source>
        <translation>&amp;Nuevo escenario vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate Current Scenario</source>
        <translation>&amp;Duplicar escenario actual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rename Scenario…</source>
        <translation>Cambiar no&amp;mbre del escenario…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete Scenario</source>
        <translation>E&amp;liminar escenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import JSON as New Scenario…</source>
        <translation>&amp;Importar JSON como escenario nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt Scenario</source>
        <translation>Escenario &amp;siguiente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre&amp;vious Scenario</source>
        <translation>Escenario &amp;anterior</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Scenario</source>
        <translation>E&amp;scenario</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 copy</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted scenario &quot;%1&quot;; Undo brings it back.</source>
        <translation>Se eliminó el escenario «%1»; Deshacer lo recupera.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &quot;%1&quot; as scenario</source>
        <translation>Importar «%1» como escenario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import JSON as New Scenario</source>
        <translation>Importar JSON como escenario nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is not a valid map. The document is unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; no es un mapa válido. El documento no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../widgets/ui/mainwindow_views.cpp" line="-32"/>
        <source>Export &amp;Views as PDF…</source>
        <translation>Exportar &amp;vistas como PDF…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export Views as PDF</source>
        <translation>Exportar vistas como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapClipboard</name>
    <message>
        <location filename="../widgets/ui/mapclipboard.cpp" line="+58"/>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The clipboard holds no map items.</source>
        <translation>El portapapeles no contiene elementos de mapa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard does not hold a valid map fragment:
%1</source>
        <translation>El portapapeles no contiene un fragmento de mapa válido:
%1</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapFile</name>
    <message>
        <location filename="../model/storage/mapfile.cpp" line="+55"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot copy to a temporary file: %2</source>
        <translation>%1: no se puede copiar a un archivo temporal: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is an export, not a map file; write it with convert or File &gt; Export</source>
        <translation>%1: %2 es una exportación, no un archivo de mapa; escríbalo con convert o con Archivo &gt; Exportar</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1: a JSON file holds one map, and this document has %n scenario(s); save it as .orgmap, or export one scenario</source>
        <translation>
            <numerusform>%1: un archivo JSON contiene un solo mapa, y este documento tiene %n escenario; guárdelo como .orgmap o exporte un escenario</numerusform>
            <numerusform>%1: un archivo JSON contiene un solo mapa, y este documento tiene %n escenarios; guárdelo como .orgmap o exporte un escenario</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: no scenario called &quot;%2&quot;; it has %3</source>
        <translation>%1: no hay ningún escenario llamado «%2»; tiene %3</translation>
    </message>
    <message>
        <location filename="../model/core/atomicfile.cpp" line="+53"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device, not a regular file</source>
        <translation>es un dispositivo, no un archivo normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a pipe (FIFO), not a regular file</source>
        <translation>es una tubería (FIFO), no un archivo normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket, not a regular file</source>
        <translation>es un socket, no un archivo normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cannot save %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is a link to %1, which does not exist</source>
        <translation>es un enlace a %1, que no existe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>no se puede crear un archivo temporal en %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no free temporary file name in %1</source>
        <translation>no hay ningún nombre de archivo temporal libre en %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot flush to disk: %1</source>
        <translation>no se puede volcar al disco: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>removed %1, which belonged to the replaced file</source>
        <translation>se eliminó %1, que pertenecía al archivo reemplazado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot replace the file: %1</source>
        <translation>no se puede reemplazar el archivo: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapInfoEditor</name>
    <message>
        <location filename="../widgets/ui/mapinfoeditor.cpp" line="+17"/>
        <source>Map &amp;name:</source>
        <translation>&amp;Nombre del mapa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select something on the map to edit it here.</source>
        <translation>Seleccione algo en el mapa para editarlo aquí.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A map needs a name (1 to %1 characters).</source>
        <translation>Un mapa necesita un nombre (de 1 a %1 caracteres).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit map properties</source>
        <translation>Editar propiedades del mapa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2, %3 and %4</source>
        <comment>map contents: domains, teams, assets, links</comment>
        <translation>%1, %2, %3 y %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::MapItems</name>
    <message>
        <location filename="../widgets/canvas/nodeitem.cpp" line="+40"/>
        <source>stream-aligned</source>
        <translation>alineado al flujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabling</source>
        <translation>habilitador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complicated subsystem</source>
        <translation>subsistema complicado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unowned</source>
        <translation>sin equipo</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapoverlays.cpp" line="+243"/>
        <source>Highlight: orphans</source>
        <translation>Destacado: huérfanos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight: coupling</source>
        <translation>Destacado: acoplamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight: ownership</source>
        <translation>Destacado: responsables</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unowned (no team)</source>
        <translation>Sin responsable (ningún equipo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In no domain</source>
        <translation>Fuera de todo dominio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Misses FAIR rules (policy)</source>
        <translation>No cumple reglas FAIR (política)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything else, faded</source>
        <translation>Todo lo demás, atenuado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coupled a little</source>
        <translation>Poco acoplado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hotspot (glow grows)</source>
        <translation>Punto crítico (el halo crece)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link between domains</source>
        <translation>Enlace entre dominios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↻ Domain cycle</source>
        <translation>↻ Ciclo de dominios</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n more team(s)</source>
        <translation>
            <numerusform>y %n equipo más</numerusform>
            <numerusform>y %n equipos más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asset fill: the owning team&apos;s colour</source>
        <translation>Relleno del activo: color del equipo responsable</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data product</source>
        <translation>Producto de datos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Arrows point to the provider</source>
        <translation>Las flechas apuntan al proveedor</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapLock</name>
    <message>
        <location filename="../widgets/ui/maplock.cpp" line="+37"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another window of this OrgMap</source>
        <translation>otra ventana de este OrgMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 on %2</source>
        <translation>proceso %1 en %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapRenderer</name>
    <message>
        <location filename="../widgets/canvas/maprenderer.cpp" line="+80"/>
        <source>%1: the image would be %2 x %3 pixels, too large to render; use a smaller scale or SVG</source>
        <translation>%1: la imagen tendría %2 x %3 píxeles, demasiado grande para generarla; use una escala menor o SVG</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: cannot write PNG: %2</source>
        <translation>%1: no se puede escribir el PNG: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organization map exported by OrgMap</source>
        <translation>Mapa de la organización exportado por OrgMap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot draw SVG</source>
        <translation>%1: no se puede dibujar el SVG</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rendering needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)</source>
        <translation>la generación de imágenes necesita una QGuiApplication (use QT_QPA_PLATFORM=offscreen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: unknown image type &quot;%2&quot; (use .png or .svg)</source>
        <translation>%1: tipo de imagen desconocido «%2» (use .png o .svg)</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapScene</name>
    <message>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="+129"/>
        <source>Assign owner %1</source>
        <translation>Asignar responsable %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move &quot;%1&quot;</source>
        <translation>Mover «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Mover %n elemento</numerusform>
            <numerusform>Mover %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add domain</source>
        <translation>Añadir dominio</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapscene_containers.cpp" line="+19"/>
        <source>Grow domain</source>
        <translation>Ampliar dominio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit &quot;%1&quot; to contents</source>
        <translation>Ajustar «%1» al contenido</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="-7"/>
        <source>New domain</source>
        <translation>Nuevo dominio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New subdomain</source>
        <translation>Nuevo subdominio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add subdomain to &quot;%1&quot;</source>
        <translation>Añadir subdominio a «%1»</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/mapscene_gestures.cpp" line="+19"/>
        <source>New service</source>
        <translation>Nuevo servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New data product</source>
        <translation>Nuevo producto de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add service</source>
        <translation>Añadir servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add data product</source>
        <translation>Añadir producto de datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapValidator</name>
    <message>
        <location filename="../model/core/mapvalidator.cpp" line="+47"/>
        <source>a domain</source>
        <translation>un dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team</source>
        <translation>un equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an asset</source>
        <translation>un activo</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+83"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>id is %1 characters long (at most %2)</source>
        <translation>el id. tiene %1 caracteres (como máximo %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid id &quot;%1&quot;: use only the characters A-Z a-z 0-9 . _ : -</source>
        <translation>id. no válido «%1»: use solo los caracteres A-Z a-z 0-9 . _ : -</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>id. duplicado «%1» (usado por primera vez en %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>name is %1 characters long (at most %2)</source>
        <translation>el nombre tiene %1 caracteres (como máximo %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown domain &quot;%1&quot;</source>
        <translation>dominio desconocido «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown team &quot;%1&quot;</source>
        <translation>equipo desconocido «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown asset &quot;%1&quot;</source>
        <translation>activo desconocido «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is %2, not %3</source>
        <translation>«%1» es %2, no %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a domain cannot be its own parent</source>
        <translation>un dominio no puede ser su propio dominio superior</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid colour &quot;%1&quot;: use the form #rrggbb</source>
        <translation>color no válido «%1»: use el formato #rrggbb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is out of range (at most %2 either way)</source>
        <translation>%1 está fuera del intervalo (como máximo %2 en cualquier sentido)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be greater than 0, not %1</source>
        <translation>debe ser mayor que 0, no %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>only data products have ports; this asset is a service</source>
        <translation>solo los productos de datos tienen puertos; este activo es un servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only data products have a contract; this asset is a service</source>
        <translation>solo los productos de datos tienen contrato; este activo es un servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only data products have a classification; this asset is a service</source>
        <translation>solo los productos de datos tienen clasificación; este activo es un servicio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key &quot;%1&quot; does not start with x-</source>
        <translation>la clave «%1» no empieza por x-</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown %1 &quot;%2&quot; (one of %3)</source>
        <translation>%1: valor desconocido «%2» (valores posibles: %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a link cannot connect asset %1 to itself</source>
        <translation>un enlace no puede conectar el activo %1 consigo mismo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate link %1 -&gt; %2 (%3), first at %4</source>
        <translation>enlace duplicado %1 -&gt; %2 (%3), primera aparición en %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a team cannot interact with itself (%1)</source>
        <translation>un equipo no puede interactuar consigo mismo (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate interaction %1 -&gt; %2 (%3), first at %4</source>
        <translation>interacción duplicada %1 -&gt; %2 (%3), primera aparición en %4</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cycle in domain parents: %1</source>
        <translation>ciclo en los dominios superiores: %1</translation>
    </message>
    <message>
        <location filename="../model/json/jsonentities.cpp" line="-44"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+222"/>
        <source>team type</source>
        <translation>tipo de equipo</translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+134"/>
        <source>port type</source>
        <translation>tipo de puerto</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../model/storage/sqlitetables.cpp" line="-84"/>
        <source>asset kind</source>
        <translation>tipo de activo</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+10"/>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+99"/>
        <source>link kind</source>
        <translation>tipo de enlace</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../model/storage/sqlitetables.cpp" line="+26"/>
        <source>interaction mode</source>
        <translation>modo de interacción</translation>
    </message>
</context>
<context>
    <name>OrgMap::MapView</name>
    <message>
        <location filename="../widgets/canvas/mapview.cpp" line="+147"/>
        <source>1 to %1 characters; Enter to apply, Esc to cancel</source>
        <translation>De 1 a %1 caracteres; Intro para aplicar, Esc para cancelar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A name cannot be empty; the name was kept.</source>
        <translation>Un nombre no puede estar vacío; se ha conservado el nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; was not accepted as a name (1 to %2 characters).</source>
        <translation>«%1» no se aceptó como nombre (de 1 a %2 caracteres).</translation>
    </message>
</context>
<context>
    <name>OrgMap::MetricsPanel</name>
    <message>
        <location filename="../widgets/compare/metricspanel.cpp" line="+147"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+242"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team interactions</source>
        <translation>Interacciones entre equipos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain links</source>
        <translation>Enlaces entre dominios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-domain weight</source>
        <translation>Peso entre dominios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned assets</source>
        <translation>Activos huérfanos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unowned assets</source>
        <translation>Activos sin responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspots</source>
        <translation>Puntos críticos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain cycles</source>
        <translation>Ciclos de dominios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains on cycles</source>
        <translation>Dominios en ciclos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scattered teams</source>
        <translation>Equipos dispersos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infos</source>
        <translation>Avisos informativos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3 better, %4 worse</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3 mejor, %4 peor</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>▼ better</source>
        <translation>▼ mejor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▲ worse</source>
        <translation>▲ peor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= same</source>
        <translation>= igual</translation>
    </message>
    <message>
        <location line="+45"/>
        <source> (new)</source>
        <translation> (nuevo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (gone)</source>
        <translation> (desaparecido)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Instability of the %n domain(s) that changed most</source>
        <translation>
            <numerusform>Inestabilidad del dominio que más ha cambiado (%n)</numerusform>
            <numerusform>Inestabilidad de los %n dominios que más han cambiado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instability per domain (Ce / (Ca + Ce))</source>
        <translation>Inestabilidad por dominio (Ce / (Ca + Ce))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Domains per team</source>
        <translation>Dominios por equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domains a team owns assets in</source>
        <translation>dominios en los que un equipo tiene activos a su cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>teams</source>
        <translation>equipos</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Assets per team</source>
        <translation>Activos por equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assets a team owns</source>
        <translation>activos a cargo de un equipo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: cannot write PNG: %2</source>
        <translation>%1: no se puede escribir el PNG: %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::OdpsImport</name>
    <message>
        <location filename="../model/import/odpsimport.cpp" line="+70"/>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe tal archivo o carpeta</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: input port %2 (contract %3) is provided by no product imported</source>
        <translation>%1: el puerto de entrada %2 (contrato %3) no lo proporciona ningún producto importado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data products</source>
        <translation>Productos de datos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation>%1:%2:%3: YAML no válido: %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: not a data product descriptor</source>
        <translation>%1: no es un descriptor de producto de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: kind %2 is not a DataProduct</source>
        <translation>%1: el tipo %2 no es un DataProduct</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: data product without id</source>
        <translation>%1: producto de datos sin id</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2 replaces the one at %3</source>
        <translation>%1 en %2 sustituye al producto de %3</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: domain &quot;%2&quot; of %3, not in the map: created</source>
        <translation>%1: el dominio «%2» de %3 no está en el mapa: se ha creado</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: team &quot;%2&quot; of %3, not in the map: created</source>
        <translation>%1: el equipo «%2» de %3 no está en el mapa: se ha creado</translation>
    </message>
</context>
<context>
    <name>OrgMap::OutlineDock</name>
    <message>
        <location filename="../widgets/ui/outlinedock.cpp" line="+12"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
</context>
<context>
    <name>OrgMap::OutlineModel</name>
    <message>
        <location filename="../widgets/ui/outlinemodel.cpp" line="+353"/>
        <source>Domains (%1)</source>
        <translation>Dominios (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams (%1)</source>
        <translation>Equipos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unplaced assets (%1)</source>
        <translation>Activos sin dominio (%1)</translation>
    </message>
</context>
<context>
    <name>OrgMap::Palette</name>
    <message>
        <location filename="../widgets/canvas/palettemime.cpp" line="+28"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data product</source>
        <translation>Producto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream-aligned team</source>
        <translation>Equipo alineado al flujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform team</source>
        <translation>Equipo de plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabling team</source>
        <translation>Equipo habilitador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complicated-subsystem team</source>
        <translation>Equipo de subsistema complicado</translation>
    </message>
</context>
<context>
    <name>OrgMap::PaletteDock</name>
    <message>
        <location filename="../widgets/ui/palettedock.cpp" line="+48"/>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag onto the map, or click to add at the centre of the view</source>
        <translation>Arrastre al mapa o haga clic para añadir en el centro de la vista</translation>
    </message>
</context>
<context>
    <name>OrgMap::Parser</name>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+20"/>
        <source>This quote is not closed.</source>
        <translation>Estas comillas no están cerradas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a command, for example: service Payments in Billing.</source>
        <translation>Escriba una orden, por ejemplo: servicio Pagos en Facturación.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command “%1”: start with %2, or write A -&gt; B.</source>
        <translation>Orden desconocida «%1»: empiece por %2, o escriba A -&gt; B.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected %1 after “%2”.</source>
        <translation>Se esperaba %1 después de «%2».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A name cannot be empty.</source>
        <translation>Un nombre no puede estar vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Un nombre tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another %1 is named “%2”.</source>
        <translation>Ya hay otro %1 llamado «%2».</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+118"/>
        <location line="+98"/>
        <source>a name</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>“%1” is given twice.</source>
        <translation>«%1» se indica dos veces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <source>a domain name</source>
        <translation>un nombre de dominio</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+22"/>
        <location line="+147"/>
        <source>a team name</source>
        <translation>un nombre de equipo</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Expected an asset name before “-&gt;”.</source>
        <translation>Se esperaba un nombre de activo antes de «-&gt;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an asset name</source>
        <translation>un nombre de activo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown link kind “%1”: one of %2.</source>
        <translation>Tipo de enlace desconocido «%1»: uno de %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Expected “%1”: %2.</source>
        <translation>Se esperaba «%1»: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>move NAME to DOMAIN</source>
        <translation>mover NOMBRE a DOMINIO</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is inside “%2”; a domain cannot move into itself.</source>
        <translation>«%1» está dentro de «%2»; un dominio no puede moverse dentro de sí mismo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an asset or domain name</source>
        <translation>un nombre de activo o de dominio</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>rename NAME to NEW NAME</source>
        <translation>renombrar NOMBRE a NUEVO NOMBRE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new name</source>
        <translation>el nuevo nombre</translation>
    </message>
</context>
<context>
    <name>OrgMap::Policy</name>
    <message>
        <location filename="../model/analysis/policy.cpp" line="+81"/>
        <source>must be &quot;orgmap-policy&quot;, not &quot;%1&quot;</source>
        <translation>debe ser «orgmap-policy», no «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an integer, not %1</source>
        <translation>debe ser un entero, no %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is newer than this OrgMap supports (highest: %2)</source>
        <translation>la versión %1 es más reciente de lo que admite este OrgMap (como máximo: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 does not exist (supported: %2)</source>
        <translation>la versión %1 no existe (admitidas: %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown severity &quot;%1&quot; (one of %2)</source>
        <translation>gravedad desconocida «%1» (una de %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an integer of at least 1</source>
        <translation>un entero de al menos 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at most %1</source>
        <translation>debe ser como máximo %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown rule &quot;%1&quot; (one of %2)</source>
        <translation>regla desconocida «%1» (una de %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only hotspot and scattered-team have a threshold</source>
        <translation>solo hotspot y scattered-team tienen umbral</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the document must be a JSON object, not %1</source>
        <translation>el documento debe ser un objeto JSON, no %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>un valor único</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::PreferencesDialog</name>
    <message>
        <location filename="../widgets/ui/preferencesdialog.cpp" line="+24"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> cross-domain links</source>
        <translation> enlaces entre dominios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotspot threshold:</source>
        <translation>&amp;Umbral de punto crítico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;API links:</source>
        <translation>Peso de los enlaces de &amp;API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;data links:</source>
        <translation>Peso de los enlaces de &amp;datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of &amp;event links:</source>
        <translation>Peso de los enlaces de &amp;eventos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An asset is a hotspot when it has at least this many links across domain boundaries. The weights add up to its coupling score and to the domain coupling matrix.</source>
        <translation>Un activo es un punto crítico cuando tiene al menos este número de enlaces que cruzan los límites de los dominios. Los pesos se suman para dar su puntuación de acoplamiento y la matriz de acoplamiento de dominios.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light (bright rooms)</source>
        <translation>Claro (salas luminosas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark (dim rooms)</source>
        <translation>Oscuro (salas con poca luz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Projector theme:</source>
        <translation>&amp;Tema del proyector:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User interface:</source>
        <translation>&amp;Interfaz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when OrgMap is started again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie OrgMap.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beside the Map</source>
        <translation>&amp;Junto al mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the policy file found beside the map again</source>
        <translation>Volver a usar el archivo de política encontrado junto al mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Policy</source>
        <translation>Elegir política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrgMap policy (*.orgmap-policy.json);;JSON (*.json)</source>
        <translation>Política de OrgMap (*.orgmap-policy.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In force:</source>
        <translation>En vigor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy sets the severity of each rule, turns rules off or the FAIR rules on. OrgMap uses &lt;i&gt;map&lt;/i&gt;.orgmap-policy.json or orgmap-policy.json beside the map unless you choose one.</source>
        <translation>Una política fija la gravedad de cada regla, desactiva reglas o activa las reglas FAIR. OrgMap usa &lt;i&gt;mapa&lt;/i&gt;.orgmap-policy.json u orgmap-policy.json junto al mapa, salvo que elija otra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>OrgMap::Presentation</name>
    <message>
        <location filename="../widgets/ui/present/presentation.cpp" line="+169"/>
        <source>Spotlight: %1</source>
        <translation>Foco: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Finding %1 of %2: %3 (%4)</source>
        <translation>Hallazgo %1 de %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · paso %2 de %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 errors · %2 warnings · %3 infos</source>
        <translation>%1 errores · %2 advertencias · %3 avisos informativos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole map</source>
        <translation>Mapa completo</translation>
    </message>
</context>
<context>
    <name>OrgMap::PropertiesDock</name>
    <message>
        <location filename="../widgets/ui/propertiesdock.cpp" line="+17"/>
        <location line="+93"/>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties: %1</source>
        <translation>Propiedades: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::PropertyEditor</name>
    <message>
        <location filename="../widgets/ui/propertyeditor.cpp" line="+47"/>
        <source>1 to %1 characters</source>
        <translation>De 1 a %1 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name of 1 to %1 characters</source>
        <translation>Un nombre de 1 a %1 caracteres</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::QuickEntryBar</name>
    <message>
        <location filename="../widgets/ui/quickentrybar.cpp" line="+32"/>
        <source>service Payments in Billing owned by Core Platform · A -&gt; B · move A to D · Esc</source>
        <translation>servicio Pagos en Facturación a cargo de Core Platform · A -&gt; B · mover A a D · Esc</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::QuickEntryDetail</name>
    <message>
        <location filename="../model/document/quickentrynames.cpp" line="+48"/>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset or domain</source>
        <translation>activo o dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain, team or asset</source>
        <translation>dominio, equipo o activo</translation>
    </message>
</context>
<context>
    <name>OrgMap::Recovery</name>
    <message>
        <location filename="../widgets/ui/recoverystore.cpp" line="+70"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot lock a file in %1</source>
        <translation>no se puede bloquear un archivo en %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::ScenarioBar</name>
    <message>
        <location filename="../widgets/ui/scenariobar.cpp" line="+50"/>
        <source>Scenario &quot;%1&quot;: double-click to rename, drag to reorder</source>
        <translation>Escenario «%1»: doble clic para cambiar el nombre, arrastre para reordenar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Rename</source>
        <translation>Cambiar no&amp;mbre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Empty Scenario</source>
        <translation>&amp;Nuevo escenario vacío</translation>
    </message>
</context>
<context>
    <name>OrgMap::Scenarios</name>
    <message>
        <location filename="../model/core/scenario.cpp" line="+27"/>
        <source>a scenario needs a name</source>
        <translation>un escenario necesita un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scenario name must have 1 to %1 characters</source>
        <translation>el nombre de un escenario debe tener de 1 a %1 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is already a scenario called &quot;%1&quot;</source>
        <translation>ya hay un escenario llamado «%1»</translation>
    </message>
</context>
<context>
    <name>OrgMap::SelectionSummary</name>
    <message>
        <location filename="../widgets/ui/selectionsummary.cpp" line="+17"/>
        <source>Selected:</source>
        <translation>Seleccionado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner of all:</source>
        <translation>&amp;Responsable de todos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every selected asset and domain this owner</source>
        <translation>Asignar este responsable a todos los activos y dominios seleccionados</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interacción</numerusform>
            <numerusform>%n interacciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(several)</source>
        <translation>(varios)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Assign owner</source>
        <translation>Asignar responsable</translation>
    </message>
</context>
<context>
    <name>OrgMap::SqliteStore</name>
    <message>
        <location filename="../model/storage/mapcheck.cpp" line="+101"/>
        <source>table %1, row &quot;%2&quot;</source>
        <translation>tabla %1, fila «%2»</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>table %1, row (&quot;%2&quot;, %3)</source>
        <translation>tabla %1, fila («%2», %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>table %1</source>
        <translation>tabla %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table %1, row %2 -&gt; %3 (%4)</source>
        <translation>tabla %1, fila %2 -&gt; %3 (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>another row of table %1</source>
        <translation>otra fila de la tabla %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitetables.cpp" line="-366"/>
        <source>%1: not valid UTF-8 text (OrgMap does not change text it reads; fix the bytes in the database)</source>
        <translation>%1: no es texto UTF-8 válido (OrgMap no modifica el texto que lee; corrija los bytes en la base de datos)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>geometry: %1 is not a number</source>
        <translation>geometría: %1 no es un número</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>geometry_extensions without a geometry</source>
        <translation>geometry_extensions sin geometría</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>geometry: some coordinates are NULL</source>
        <translation>geometría: algunas coordenadas son NULL</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>table scenarios, row %1</source>
        <translation>tabla scenarios, fila %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>table scenarios</source>
        <translation>tabla scenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/storage/sqlitewriter.cpp" line="+511"/>
        <source>a document needs at least one scenario</source>
        <translation>un documento necesita al menos un escenario</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>must have exactly one row</source>
        <translation>debe tener exactamente una fila</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>asset: unknown asset &quot;%1&quot;</source>
        <translation>asset: activo desconocido «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>position: expected %1 (positions count 0, 1, 2...)</source>
        <translation>position: se esperaba %1 (las posiciones se cuentan 0, 1, 2…)</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+46"/>
        <source>PRAGMA %1 returned nothing</source>
        <translation>PRAGMA %1 no devolvió nada</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitemaster.cpp" line="+52"/>
        <source>it has a %1 &quot;%2&quot; that OrgMap does not write</source>
        <translation>tiene un %1 «%2» que OrgMap no escribe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a %2, not a table</source>
        <translation>«%1» es un %2, no una tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table &quot;%1&quot; is not defined as OrgMap defines it</source>
        <translation>la tabla «%1» no está definida como la define OrgMap</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table &quot;%1&quot; is missing</source>
        <translation>falta la tabla «%1»</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+59"/>
        <location filename="../model/storage/sqlitereader.cpp" line="+56"/>
        <location line="+13"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not an OrgMap document</source>
        <translation>%1 es una carpeta, no un documento de OrgMap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an OrgMap document (not a SQLite database)</source>
        <translation>%1 no es un documento de OrgMap (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has an unfinished change of another program (a hot journal, %1-journal): finish or undo it in that program, or remove the journal to discard the change</source>
        <translation>%1 tiene un cambio sin terminar de otro programa (un diario activo, %1-journal): termínelo o deshágalo en ese programa, o elimine el diario para descartar el cambio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1-wal does not belong to %1 (the document is not in WAL mode): it is a leftover of another program; remove it to open the document</source>
        <translation>%1-wal no pertenece a %1 (el documento no está en modo WAL): es un resto de otro programa; elimínelo para abrir el documento</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitereader.cpp" line="-40"/>
        <source>%1 was refused: reading it took longer than %2 s, which no OrgMap document needs (a hostile or damaged file?)</source>
        <translation>%1 se rechazó: leerlo tardó más de %2 s, algo que ningún documento de OrgMap necesita (¿un archivo malicioso o dañado?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>: scenario &quot;%1&quot;</source>
        <translation>: escenario «%1»</translation>
    </message>
    <message>
        <location filename="../model/storage/sqliteidentify.cpp" line="+16"/>
        <source>cannot open %1: it is in WAL mode, and SQLite must write beside it to read it, which the folder does not allow (%2)</source>
        <translation>no se puede abrir %1: está en modo WAL, y SQLite debe escribir junto a él para leerlo, cosa que la carpeta no permite (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a SQLite database but not an OrgMap document</source>
        <translation>%1 es una base de datos SQLite, pero no un documento de OrgMap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was saved by a newer OrgMap (document version %2; this OrgMap reads up to %3)</source>
        <translation>%1 se guardó con un OrgMap más reciente (versión de documento %2; este OrgMap lee hasta la %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document version %1 is not a version OrgMap ever wrote</source>
        <translation>OrgMap nunca ha escrito la versión de documento %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an OrgMap document (%2)</source>
        <translation>%1 no es un documento de OrgMap (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PRAGMA quick_check failed</source>
        <translation>PRAGMA quick_check ha fallado</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlitewriter.cpp" line="-54"/>
        <source>the SQLite driver gave no database handle</source>
        <translation>el controlador de SQLite no proporcionó ningún identificador de base de datos</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+26"/>
        <source>cannot save %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>escenario «%1»: %2</translation>
    </message>
</context>
<context>
    <name>OrgMap::StatusSummary</name>
    <message>
        <location filename="../widgets/insight/statussummary.cpp" line="+15"/>
        <source>Findings of the live analysis: click to show them</source>
        <translation>Hallazgos del análisis en vivo: haga clic para verlos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
</context>
<context>
    <name>OrgMap::TeamCouplingPanel</name>
    <message>
        <location filename="../widgets/insight/teamcouplingpanel.cpp" line="+22"/>
        <source>collaboration</source>
        <translation>colaboración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facilitating</source>
        <translation>facilitación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-as-a-service</source>
        <translation>X como servicio</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Team coupling: declared vs implied</source>
        <translation>Acoplamiento de equipos: declarado frente a implícito</translation>
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
        <translation>Congruencia = pares declarados / pares implícitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No team depends on another through the map</source>
        <translation>Según el mapa, ningún equipo depende de otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 team dependencies the map implies are declared</source>
        <translation>Están declaradas %1 de las %2 dependencias entre equipos que implica el mapa</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <source>%1 ↔ %2 · %n link(s)</source>
        <translation>
            <numerusform>%1 ↔ %2 · %n enlace</numerusform>
            <numerusform>%1 ↔ %2 · %n enlaces</numerusform>
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
        <translation>Dependencias no declaradas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions with no dependency: %1</source>
        <translation>Interacciones sin dependencia: %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::TeamEditor</name>
    <message>
        <location filename="../widgets/ui/teameditor.cpp" line="+17"/>
        <source>Id:</source>
        <translation>Id.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unspecified)</source>
        <translation>(sin especificar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream-aligned</source>
        <translation>Alineado al flujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling</source>
        <translation>Habilitador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicated subsystem</source>
        <translation>Subsistema complicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owns:</source>
        <translation>Responsable de:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename team</source>
        <translation>Cambiar el nombre del equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change team type</source>
        <translation>Cambiar tipo de equipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit team description</source>
        <translation>Editar descripción del equipo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 and %2</source>
        <comment>a team owns: assets, domains</comment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewEdits</name>
    <message>
        <location filename="../model/document/viewedits.cpp" line="+34"/>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add view &quot;%1&quot;</source>
        <translation>Añadir la vista «%1»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename view to &quot;%1&quot;</source>
        <translation>Cambiar el nombre de la vista a «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move view &quot;%1&quot;</source>
        <translation>Mover la vista «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update view &quot;%1&quot;</source>
        <translation>Actualizar la vista «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete view &quot;%1&quot;</source>
        <translation>Eliminar la vista «%1»</translation>
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
        <translation>un booleano</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+96"/>
        <location line="+22"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown key &quot;%1&quot; (extension keys must start with &quot;x-&quot;)</source>
        <translation>clave desconocida «%1» (las claves de extensión deben empezar por «x-»)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an id string</source>
        <translation>una cadena de id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid id (1 to %2 of A-Z a-z 0-9 . _ : -)</source>
        <translation>«%1» no es un id válido (de 1 a %2 de A-Z a-z 0-9 . _ : -)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an object {x, y, w, h}</source>
        <translation>un objeto {x, y, w, h}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (a camera has x, y, w and h)</source>
        <translation>falta (una cámara tiene x, y, w y h)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of range (at most %1 either way)</source>
        <translation>fuera del intervalo (como máximo %1 en cualquier sentido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a view object</source>
        <translation>un objeto de vista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (every view has a name)</source>
        <translation>falta (toda vista tiene un nombre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be 1 to %1 characters</source>
        <translation>debe tener de 1 a %1 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another view is called &quot;%1&quot; (view names are unique ignoring case)</source>
        <translation>otra vista se llama «%1» (los nombres de vista son únicos sin distinguir mayúsculas y minúsculas)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing (every view has a camera rectangle)</source>
        <translation>falta (toda vista tiene un rectángulo de cámara)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown highlight &quot;%1&quot; (one of %2)</source>
        <translation>resaltado desconocido «%1» (uno de %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an array of steps</source>
        <translation>un array de pasos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array of domain ids</source>
        <translation>un array de ids de dominio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a step reveals at least one domain</source>
        <translation>un paso revela al menos un dominio</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>an array of views</source>
        <translation>un array de vistas</translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewsDock</name>
    <message>
        <location filename="../widgets/ui/present/viewsdock.cpp" line="+16"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save what the canvas shows as a new view</source>
        <translation>Guardar lo que muestra el lienzo como una vista nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the selected view&apos;s picture with what the canvas shows</source>
        <translation>Sustituir la imagen de la vista seleccionada por lo que muestra el lienzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this view earlier</source>
        <translation>Presentar esta vista antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this view later</source>
        <translation>Presentar esta vista después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal steps: the selected domains one step at a time</source>
        <translation>Pasos de revelado: los dominios seleccionados, un paso cada vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Selected Domains as Next Step</source>
        <translation>Añadir los dominios seleccionados como paso siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Steps</source>
        <translation>Borrar los pasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected view</source>
        <translation>Eliminar la vista seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected view (Enter)</source>
        <translation>Mostrar la vista seleccionada (Intro)</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n reveal step(s)</source>
        <translation>
            <numerusform>%n paso de revelado</numerusform>
            <numerusform>%n pasos de revelado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>View %1</source>
        <translation>Vista %1</translation>
    </message>
</context>
<context>
    <name>OrgMap::ViewsPdf</name>
    <message>
        <location filename="../widgets/canvas/viewspdf.cpp" line="+76"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 errors, %3 warnings, %4 infos</source>
        <translation>%1: %2 errores, %3 advertencias, %4 avisos informativos</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: cannot draw PDF</source>
        <translation>%1: no se puede dibujar el PDF</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>rendering needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)</source>
        <translation>la generación de imágenes necesita una QGuiApplication (use QT_QPA_PLATFORM=offscreen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the map has no views (docs/views.md); leave out --views to draw the whole map</source>
        <translation>el mapa no tiene vistas (docs/views.md); omita --views para dibujar el mapa entero</translation>
    </message>
</context>
<context>
    <name>OrgMap::WelcomePage</name>
    <message>
        <location filename="../widgets/ui/welcomepage.cpp" line="+38"/>
        <source>&lt;h3&gt;Welcome to OrgMap&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bienvenido a OrgMap&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Map your business domains, the services and data products in them, and the teams that own them.</source>
        <translation>Represente sus dominios de negocio, los servicios y productos de datos que contienen y los equipos responsables de ellos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open the example map</source>
        <translation>Abrir el mapa de ejemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new map</source>
        <translation>Empezar un mapa nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a Backstage catalog…</source>
        <translation>Importar un catálogo de Backstage…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Archivos recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Three gestures&lt;/b&gt;&lt;br&gt;• Drag from the Palette onto the canvas (or into a domain) to add.&lt;br&gt;• Drag from a node&apos;s round edge handle to another node to connect.&lt;br&gt;• Drop an asset on a team to make it the owner.&lt;br&gt;Right-click anything for what applies there; Help &amp;gt; Getting Started for more.</source>
        <translation>&lt;b&gt;Tres gestos&lt;/b&gt;&lt;br&gt;• Arrastre desde la paleta al lienzo (o a un dominio) para añadir.&lt;br&gt;• Arrastre desde el asa redonda del borde de un nodo a otro nodo para conectar.&lt;br&gt;• Suelte un activo sobre un equipo para hacerlo responsable.&lt;br&gt;Haga clic con el botón derecho en cualquier cosa para ver lo que se puede hacer; Ayuda &amp;gt; Primeros pasos para más información.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No recent files yet.</source>
        <translation>Aún no hay archivos recientes.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard Shortcuts…</source>
        <translation>Atajos de teclado…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/ui/savepaths.cpp" line="+18"/>
        <source>map</source>
        <translation>mapa</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../model/document/quickentrywords.h" line="+18"/>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data product</source>
        <translation>producto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>mover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename</source>
        <translation>renombrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owned by</source>
        <translation>a cargo de</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stream-aligned</source>
        <translation>alineado al flujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabling</source>
        <translation>habilitador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complicated-subsystem</source>
        <translation>subsistema complicado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>api</source>
        <translation>api</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryparser.cpp" line="+37"/>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <location filename="../model/document/quickentryapply.cpp" line="+66"/>
        <source>Set team type</source>
        <translation>Asignar tipo de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team has that type.</source>
        <translation>El equipo ya tiene ese tipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That link is on the map.</source>
        <translation>Ese enlace ya está en el mapa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>It is there already.</source>
        <translation>Ya está ahí.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move asset</source>
        <translation>Mover activo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The map refuses that move.</source>
        <translation>El mapa no admite ese movimiento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It has that owner already.</source>
        <translation>Ya tiene ese responsable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has that name already.</source>
        <translation>Ya tiene ese nombre.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+98"/>
        <source>--spotlight: no entity &quot;%1&quot; on the map</source>
        <translation>--spotlight: no hay ninguna entidad «%1» en el mapa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--view: no view &quot;%1&quot; on the map (it has: %2)</source>
        <translation>--view: no hay ninguna vista «%1» en el mapa (tiene: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: could not write the image</source>
        <translation>%1: no se pudo escribir la imagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename Map</source>
        <translation>Cambiar el nombre del mapa</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Map an organisation&apos;s domains, teams and assets.</source>
        <translation>Mapear los dominios, equipos y activos de una organización.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the main window with FILE to OUT (PNG) and exit.</source>
        <translation>Guardar la ventana principal con ARCHIVO en OUT (PNG) y salir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Tamaño de la ventana para --screenshot (por omisión: 1400x900).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshot: bring PANEL forward first (dashboard or findings).</source>
        <translation>Con --screenshot: mostrar primero PANEL en primer plano (dashboard o findings).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With --screenshot: zoom to Z (1 = 100%) after fitting.</source>
        <translation>Con --screenshot: ampliar a Z (1 = 100 %) tras ajustar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --screenshot: compare FILE with OTHER (File &gt; Compare With); --show metrics brings the metrics forward.</source>
        <translation>Con --screenshot: comparar FILE con OTHER (Archivo &gt; Comparar con); --show metrics muestra las métricas en primer plano.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --screenshot: show presentation mode (F5).</source>
        <translation>Con --screenshot: mostrar el modo de presentación (F5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --present: spotlight the entity with this id.</source>
        <translation>Con --present: poner el foco en la entidad con este id.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --present: show step N of the findings tour.</source>
        <translation>Con --present: mostrar el paso N del recorrido por los hallazgos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --present: show the map&apos;s view called NAME.</source>
        <translation>Con --present: mostrar la vista del mapa llamada NAME.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the user interface: en, de, fr, es or zh_CN (default: Preferences, else the system&apos;s).</source>
        <translation>Idioma de la interfaz: en, de, fr, es o zh_CN (por omisión: el de las preferencias o, si no, el del sistema).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A map to open (.orgmap, .orgmap.json).</source>
        <translation>Mapa que se abrirá (.orgmap, .orgmap.json).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at most one FILE, got %1</source>
        <translation>como máximo un ARCHIVO, se recibieron %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--zoom: expected a number from %1 to %2 (1 = 100%), got &quot;%3&quot;</source>
        <translation>--zoom: se esperaba un número de %1 a %2 (1 = 100%), se recibió «%3»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size and --zoom need --screenshot</source>
        <translation>--size y --zoom necesitan --screenshot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--size: expected WxH between 200x150 and 10000x10000, got &quot;%1&quot;</source>
        <translation>--size: se esperaba AnxAl entre 200x150 y 10000x10000, se recibió «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>--show: expected dashboard or findings, got &quot;%1&quot;</source>
        <translation>--show: se esperaba dashboard o findings, se recibió «%1»</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>--finding: expected a step from 1, got &quot;%1&quot;</source>
        <translation>--finding: se esperaba un paso a partir de 1, se recibió «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--spotlight, --finding and --view need --present</source>
        <translation>--spotlight, --finding y --view necesitan --present</translation>
    </message>
</context>
</TS>
