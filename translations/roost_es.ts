<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>PublicKeys</name>
    <message>
        <source>&quot;%1&quot; is not a public key: paste an npub1… or 64 hex characters.</source>
        <translation>«%1» no es una clave pública: pega una npub1… o 64 caracteres hexadecimales.</translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Relay name</source>
        <translation>Nombre del relé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Icon URL</source>
        <translation>URL del icono</translation>
    </message>
    <message>
        <source>Admin public key</source>
        <translation>Clave pública del administrador</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <source>Ingester threads</source>
        <translation>Hilos de entrada</translation>
    </message>
    <message>
        <source>Query threads</source>
        <translation>Hilos de consulta</translation>
    </message>
    <message>
        <source>Flush every commit to disk</source>
        <translation>Escribir cada commit en disco</translation>
    </message>
    <message>
        <source>Max message size (bytes)</source>
        <translation>Tamaño máx. de mensaje (bytes)</translation>
    </message>
    <message>
        <source>Max subscriptions per connection</source>
        <translation>Máx. suscripciones por conexión</translation>
    </message>
    <message>
        <source>Max filters per request</source>
        <translation>Máx. filtros por petición</translation>
    </message>
    <message>
        <source>Max limit per filter</source>
        <translation>Límite máx. por filtro</translation>
    </message>
    <message>
        <source>Default limit</source>
        <translation>Límite predeterminado</translation>
    </message>
    <message>
        <source>Max subscription id length</source>
        <translation>Longitud máx. del id de suscripción</translation>
    </message>
    <message>
        <source>Max tags per event</source>
        <translation>Máx. etiquetas por evento</translation>
    </message>
    <message>
        <source>Max content size (bytes)</source>
        <translation>Tamaño máx. del contenido (bytes)</translation>
    </message>
    <message>
        <source>Oldest created_at (seconds back)</source>
        <translation>created_at más antiguo (segundos atrás)</translation>
    </message>
    <message>
        <source>Newest created_at (seconds ahead)</source>
        <translation>created_at más reciente (segundos adelante)</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Modo de mantenimiento</translation>
    </message>
    <message>
        <source>Max connections</source>
        <translation>Máx. conexiones</translation>
    </message>
    <message>
        <source>Max connections per address</source>
        <translation>Máx. conexiones por dirección</translation>
    </message>
    <message>
        <source>NIP-42 authentication</source>
        <translation>Autenticación NIP-42</translation>
    </message>
    <message>
        <source>Level to connect</source>
        <translation>Nivel para conectar</translation>
    </message>
    <message>
        <source>Level to publish</source>
        <translation>Nivel para publicar</translation>
    </message>
    <message>
        <source>Level to read</source>
        <translation>Nivel para leer</translation>
    </message>
    <message>
        <source>Level to count</source>
        <translation>Nivel para contar</translation>
    </message>
    <message>
        <source>Owner keys</source>
        <translation>Claves de los propietarios</translation>
    </message>
    <message>
        <source>Member keys</source>
        <translation>Claves de los miembros</translation>
    </message>
    <message>
        <source>Banned keys</source>
        <translation>Claves prohibidas</translation>
    </message>
    <message>
        <source>Web of trust depth</source>
        <translation>Profundidad de la red de confianza</translation>
    </message>
    <message>
        <source>NIP-43 invites and membership</source>
        <translation>Invitaciones y membresía NIP-43</translation>
    </message>
    <message>
        <source>Accept mail for the owner</source>
        <translation>Aceptar correo para el propietario</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Direcciones bloqueadas</translation>
    </message>
    <message>
        <source>Allowed kinds</source>
        <translation>Tipos permitidos</translation>
    </message>
    <message>
        <source>Refused kinds</source>
        <translation>Tipos rechazados</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Eventos por segundo</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Peticiones por segundo</translation>
    </message>
    <message>
        <source>Burst (seconds)</source>
        <translation>Ráfaga (segundos)</translation>
    </message>
    <message>
        <source>Addresses without limits</source>
        <translation>Direcciones sin límites</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relé</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Límites de velocidad</translation>
    </message>
    <message>
        <source>Banner URL</source>
        <translation>URL del banner</translation>
    </message>
    <message>
        <source>Posting policy URL</source>
        <translation>URL de la política de publicación</translation>
    </message>
    <message>
        <source>Terms of service URL</source>
        <translation>URL de las condiciones de servicio</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>URL de la política de privacidad</translation>
    </message>
    <message>
        <source>Invite code validity (seconds)</source>
        <translation>Validez de los códigos de invitación (segundos)</translation>
    </message>
    <message>
        <source>Single-use invite codes</source>
        <translation>Códigos de invitación de un solo uso</translation>
    </message>
    <message>
        <source>Invite codes issued before (Unix time) are revoked</source>
        <translation>Los códigos de invitación emitidos antes de (hora Unix) quedan revocados</translation>
    </message>
    <message>
        <source>Revoked invite codes</source>
        <translation>Códigos de invitación revocados</translation>
    </message>
    <message>
        <source>Used invite codes</source>
        <translation>Códigos de invitación usados</translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation>Copia de seguridad cada (horas)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias de seguridad que conservar</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Max queued reads per connection</source>
        <translation>Máx. lecturas en cola por conexión</translation>
    </message>
    <message>
        <source>Max filter items per connection</source>
        <translation>Máx. elementos de filtro por conexión</translation>
    </message>
    <message>
        <source>Max filter items in total</source>
        <translation>Máx. elementos de filtro en total</translation>
    </message>
</context>
<context>
    <name>roost::ui::AccessPage</name>
    <message>
        <source>Who may connect, read and publish, and how fast. Levels: Anonymous, Authenticated (NIP-42), Known (followed by an owner), Member, Owner. Changes apply at once, open connections included, and are saved to the config file.</source>
        <translation>Quién puede conectarse, leer y publicar, y a qué velocidad. Niveles: Anónimo, Autenticado (NIP-42), Conocido (seguido por un propietario), Miembro, Propietario. Los cambios se aplican al instante, también a las conexiones abiertas, y se guardan en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Share on the local &amp;network (other devices can connect; applies at the next start)</source>
        <translation>Compartir en la &amp;red local (otros dispositivos pueden conectarse; se aplica en el próximo inicio)</translation>
    </message>
    <message>
        <source>Listen on every network interface (0.0.0.0) instead of this computer only (127.0.0.1). Saved to the config file; takes effect when the relay starts again.</source>
        <translation>Escuchar en todas las interfaces de red (0.0.0.0) en lugar de solo en este equipo (127.0.0.1). Se guarda en el archivo de configuración y se aplica cuando el relé vuelve a iniciarse.</translation>
    </message>
    <message>
        <source>Roost</source>
        <translation>Roost</translation>
    </message>
    <message>
        <source>Cannot change the listen address: %1</source>
        <translation>No se puede cambiar la dirección de escucha: %1</translation>
    </message>
</context>
<context>
    <name>roost::ui::BackupNotesWizard</name>
    <message>
        <source>&amp;Keep these relays as sync peers</source>
        <translation>&amp;Mantener estos relés como pares de sincronización</translation>
    </message>
    <message>
        <source>Back up my notes</source>
        <translation>Hacer copia de mis notas</translation>
    </message>
    <message>
        <source>Whose notes?</source>
        <translation>¿De quién son las notas?</translation>
    </message>
    <message>
        <source>Roost looks up the relays this key writes to and brings everything it wrote from each of them into this relay.</source>
        <translation>Roost busca los relés en los que escribe esta clave y trae a este relé todo lo que escribió en cada uno de ellos.</translation>
    </message>
    <message>
        <source>npub1…</source>
        <translation>npub1…</translation>
    </message>
    <message>
        <source>Relays asked for the key&apos;s relay list (NIP-65), one ws:// or wss:// address a line.</source>
        <translation>Relés a los que se pide la lista de relés de la clave (NIP-65), una dirección ws:// o wss:// por línea.</translation>
    </message>
    <message>
        <source>Public &amp;key (npub or hex; your own by default):</source>
        <translation>Clave &amp;pública (npub o hex; por defecto, la tuya):</translation>
    </message>
    <message>
        <source>&amp;Where to look for the key&apos;s relay list:</source>
        <translation>&amp;Dónde buscar la lista de relés de la clave:</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia</translation>
    </message>
    <message>
        <source>%v of %m relays</source>
        <translation>%v de %m relés</translation>
    </message>
    <message>
        <source>Add each of these relays as a sync peer that brings this key&apos;s new notes here every hour.</source>
        <translation>Añadir cada uno de estos relés como par de sincronización que trae aquí cada hora las notas nuevas de esta clave.</translation>
    </message>
    <message>
        <source>Paste the npub whose notes to back up.</source>
        <translation>Pega la npub cuyas notas quieres copiar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ws:// or wss:// relay address.</source>
        <translation>«%1» no es una dirección de relé ws:// o wss://.</translation>
    </message>
    <message>
        <source>Give at least one relay to look up the key&apos;s relay list.</source>
        <translation>Indica al menos un relé donde buscar la lista de relés de la clave.</translation>
    </message>
    <message>
        <source>Looking for the key&apos;s relay list…</source>
        <translation>Buscando la lista de relés de la clave…</translation>
    </message>
    <message>
        <source>The backup did not start: %1</source>
        <translation>No se pudo iniciar la copia: %1</translation>
    </message>
    <message>
        <source>The key&apos;s relay list (%1) names no relays it writes to.</source>
        <translation>La lista de relés de la clave (%1) no indica ningún relé en el que escriba.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n relay(s) in the key&apos;s relay list (%1): %2</source>
        <translation>
            <numerusform>%n relé encontrado en la lista de relés de la clave (%1): %2</numerusform>
            <numerusform>%n relés encontrados en la lista de relés de la clave (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events found, %2 stored</source>
        <translation>%1 eventos encontrados, %2 guardados</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Done&lt;/b&gt; in %1 s: %2 new events stored from %n relay(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Listo&lt;/b&gt; en %1 s: %2 eventos nuevos guardados de %n relé.</numerusform>
            <numerusform>&lt;b&gt;Listo&lt;/b&gt; en %1 s: %2 eventos nuevos guardados de %n relés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The backup stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La copia se detuvo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>negentropy</source>
        <translation>negentropy</translation>
    </message>
    <message>
        <source>REQ</source>
        <translation>REQ</translation>
    </message>
    <message>
        <source>%1: %2 found, %3 stored, %4 already here (%5)</source>
        <translation>%1: %2 encontrados, %3 guardados, %4 ya presentes (%5)</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: falló: %2</translation>
    </message>
</context>
<context>
    <name>roost::ui::BackupPanel</name>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Write a compressed copy of the event store into the backup folder (backup/dir) now. The relay keeps running.</source>
        <translation>Escribir ahora una copia comprimida del almacén de eventos en la carpeta de copias de seguridad (backup/dir). El relé sigue en marcha.</translation>
    </message>
    <message>
        <source>Replace the event store with a backup file. The relay stops while restoring and starts again; the current store is kept as roost.db.before-restore.</source>
        <translation>Sustituir el almacén de eventos por un archivo de copia de seguridad. El relé se detiene durante la restauración y vuelve a iniciarse; el almacén actual se conserva como roost.db.before-restore.</translation>
    </message>
    <message>
        <source>Backing up: %1…</source>
        <translation>Copia de seguridad: %1…</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2)</source>
        <translation>Última copia de seguridad: %1 (%2)</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Última copia de seguridad: nunca</translation>
    </message>
    <message>
        <source>the last attempt failed: %1</source>
        <translation>el último intento falló: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Error en la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Roost backups (*.db.zst *.db);;All files (*)</source>
        <translation>Copias de seguridad de Roost (*.db.zst *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Replace the event store with %1?

The relay stops while the backup is checked and put in place, then starts again. The current store is kept as roost.db.before-restore in the data folder.</source>
        <translation>¿Sustituir el almacén de eventos por %1?

El relé se detiene mientras se comprueba y se coloca la copia de seguridad, y después vuelve a iniciarse. El almacén actual se conserva como roost.db.before-restore en la carpeta de datos.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restaurando %1…</translation>
    </message>
    <message>
        <source>Restoring: %1…</source>
        <translation>Restauración: %1…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n events</source>
        <translation>
            <numerusform>%n evento restaurado</numerusform>
            <numerusform>%n eventos restaurados</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Error en la restauración: %1</translation>
    </message>
</context>
<context>
    <name>roost::ui::ConfirmDialog</name>
    <message>
        <source>Roost</source>
        <translation>Roost</translation>
    </message>
</context>
<context>
    <name>roost::ui::ConnectionsModel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Autenticado</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocido</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>sin autenticar</translation>
    </message>
    <message numerus="yes">
        <source> (+%n)</source>
        <translation>
            <numerusform> (+%n)</numerusform>
            <numerusform> (+%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>Mensajes recibidos</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes recibidos</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes enviados</translation>
    </message>
</context>
<context>
    <name>roost::ui::ConnectionsPage</name>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Block address</source>
        <translation>&amp;Bloquear dirección</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>&amp;Copiar clave</translation>
    </message>
    <message>
        <source>Open connections. Click a header to sort; select rows to act on them.</source>
        <translation>Conexiones abiertas. Pulse un encabezado para ordenar; seleccione filas para actuar sobre ellas.</translation>
    </message>
    <message>
        <source>Filter by address, key or level</source>
        <translation>Filtrar por dirección, clave o nivel</translation>
    </message>
    <message>
        <source>Show only connections whose address, key or access level contains this text.</source>
        <translation>Mostrar solo las conexiones cuya dirección, clave o nivel de acceso contenga este texto.</translation>
    </message>
    <message>
        <source>Close the selected connections (the client may connect again).</source>
        <translation>Cerrar las conexiones seleccionadas (el cliente puede volver a conectarse).</translation>
    </message>
    <message>
        <source>Refuse the selected connections&apos; addresses from now on and close their connections. Saved in the config file; undo on the Access page.</source>
        <translation>Rechazar desde ahora las direcciones de las conexiones seleccionadas y cerrar sus conexiones. Se guarda en el archivo de configuración; se deshace en la página Acceso.</translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n conexión abierta</numerusform>
            <numerusform>%n conexiones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay is stopped.</source>
        <translation>El relé está detenido.</translation>
    </message>
    <message>
        <source>Blocked %1.</source>
        <translation>%1 bloqueada.</translation>
    </message>
    <message>
        <source>Could not block %1: %2</source>
        <translation>No se pudo bloquear %1: %2</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copiada.</translation>
    </message>
    <message>
        <source>Copy the authenticated public key (npub) of the selected connection; the context menu also copies it as hex.</source>
        <translation>Copia la clave pública autenticada (npub) de la conexión seleccionada; el menú contextual también la copia en hexadecimal.</translation>
    </message>
    <message>
        <source>Copy key as hex</source>
        <translation>Copiar la clave en hexadecimal</translation>
    </message>
</context>
<context>
    <name>roost::ui::DashboardPage</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Open WebSocket connections right now.</source>
        <translation>Conexiones WebSocket abiertas ahora mismo.</translation>
    </message>
    <message>
        <source>Events stored</source>
        <translation>Eventos guardados</translation>
    </message>
    <message>
        <source>Events in the store (recounted every 10 seconds).</source>
        <translation>Eventos en el almacén (recontados cada 10 segundos).</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Tamaño de la base de datos</translation>
    </message>
    <message>
        <source>Size of the database file and its write-ahead log.</source>
        <translation>Tamaño del archivo de la base de datos y de su registro de escritura anticipada.</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Time since the relay was started.</source>
        <translation>Tiempo desde que se inició el relé.</translation>
    </message>
    <message>
        <source>Messages in / out</source>
        <translation>Mensajes recibidos / enviados</translation>
    </message>
    <message>
        <source>Client messages received and relay messages sent since start.</source>
        <translation>Mensajes de clientes recibidos y mensajes del relé enviados desde el inicio.</translation>
    </message>
    <message>
        <source>Traffic in / out</source>
        <translation>Tráfico recibido / enviado</translation>
    </message>
    <message>
        <source>WebSocket bytes received and sent since start.</source>
        <translation>Bytes WebSocket recibidos y enviados desde el inicio.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abiertas</translation>
    </message>
    <message>
        <source>Open connections over the last 10 minutes.</source>
        <translation>Conexiones abiertas en los últimos 10 minutos.</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>in</source>
        <translation>recibidos</translation>
    </message>
    <message>
        <source>out</source>
        <translation>enviados</translation>
    </message>
    <message>
        <source>Client messages received and relay messages sent per second.</source>
        <translation>Mensajes de clientes recibidos y mensajes del relé enviados por segundo.</translation>
    </message>
    <message>
        <source>Stored events per kind (recounted every 10 seconds). Click a header to sort.</source>
        <translation>Eventos guardados por tipo (recontados cada 10 segundos). Pulse un encabezado para ordenar.</translation>
    </message>
    <message>
        <source>Events by kind</source>
        <translation>Eventos por tipo</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>KiB per second</source>
        <translation>KiB por segundo</translation>
    </message>
    <message>
        <source>WebSocket kibibytes received and sent per second.</source>
        <translation>Kibibytes WebSocket recibidos y enviados por segundo.</translation>
    </message>
    <message>
        <source>Sync KiB per second</source>
        <translation>KiB de sincronización por segundo</translation>
    </message>
    <message>
        <source>from peers</source>
        <translation>de los pares</translation>
    </message>
    <message>
        <source>to peers</source>
        <translation>a los pares</translation>
    </message>
    <message>
        <source>Kibibytes received from and sent to sync peers per second (the Sync page).</source>
        <translation>Kibibytes recibidos de los pares de sincronización y enviados a ellos por segundo (página Sincronización).</translation>
    </message>
</context>
<context>
    <name>roost::ui::EventDetailWidget</name>
    <message>
        <source>When the event says it was created (created_at), in local time.</source>
        <translation>Cuándo dice el evento que se creó (created_at), en hora local.</translation>
    </message>
    <message>
        <source>The event kind and what it is.</source>
        <translation>El tipo del evento y qué es.</translation>
    </message>
    <message>
        <source>The author&apos;s public key as npub (NIP-19) and hex.</source>
        <translation>La clave pública del autor como npub (NIP-19) y en hex.</translation>
    </message>
    <message>
        <source>The event id as note (NIP-19) and hex.</source>
        <translation>El id del evento como note (NIP-19) y en hex.</translation>
    </message>
    <message>
        <source>The event&apos;s tags, one per line.</source>
        <translation>Las etiquetas del evento, una por línea.</translation>
    </message>
    <message>
        <source>Select an event to see its JSON.</source>
        <translation>Seleccione un evento para ver su JSON.</translation>
    </message>
    <message>
        <source>The selected event as stored (NIP-01 JSON).</source>
        <translation>El evento seleccionado tal como está guardado (JSON NIP-01).</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>roost::ui::EventsFilterForm</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>e.g. 1, 7</source>
        <translation>p. ej. 1, 7</translation>
    </message>
    <message>
        <source>Only events of these kinds (numbers, comma-separated). Empty: every kind.</source>
        <translation>Solo eventos de estos tipos (números separados por comas). Vacío: todos los tipos.</translation>
    </message>
    <message>
        <source>hex public keys or npub</source>
        <translation>claves públicas (hex) o npub</translation>
    </message>
    <message>
        <source>Only events by these authors: 64 hex characters or npub1… (NIP-19), comma-separated.</source>
        <translation>Solo eventos de estos autores: 64 caracteres hex o npub1… (NIP-19), separados por comas.</translation>
    </message>
    <message>
        <source>hex event ids or note</source>
        <translation>ids de eventos (hex) o note</translation>
    </message>
    <message>
        <source>Only these events: 64 hex characters or note1… (NIP-19), comma-separated.</source>
        <translation>Solo estos eventos: 64 caracteres hex o note1… (NIP-19), separados por comas.</translation>
    </message>
    <message>
        <source>e.g. t=nostr, bitcoin</source>
        <translation>p. ej. t=nostr, bitcoin</translation>
    </message>
    <message>
        <source>Only events with one of these tag values: a tag letter, &quot;=&quot;, comma-separated values (e.g. t=nostr, bitcoin or #p=npub1…). Separate several tags with &quot;;&quot; (all must match).</source>
        <translation>Solo eventos con uno de estos valores de etiqueta: una letra de etiqueta, «=», valores separados por comas (p. ej. t=nostr, bitcoin o #p=npub1…). Separe varias etiquetas con «;» (deben cumplirse todas).</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Only events created in this period. Custom range: choose Since and Until.</source>
        <translation>Solo eventos creados en este periodo. Intervalo personalizado: elija Desde y Hasta.</translation>
    </message>
    <message>
        <source>Custom range: only events created at or after this local date and time.</source>
        <translation>Intervalo personalizado: solo eventos creados en esta fecha y hora local o después.</translation>
    </message>
    <message>
        <source>Custom range: only events created at or before this local date and time.</source>
        <translation>Intervalo personalizado: solo eventos creados en esta fecha y hora local o antes.</translation>
    </message>
    <message>
        <source>Events per page (newest first).</source>
        <translation>Eventos por página (los más recientes primero).</translation>
    </message>
    <message>
        <source>Run the filter on the store and count the matches (Enter).</source>
        <translation>Aplicar el filtro al almacén y contar las coincidencias (Intro).</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>&amp;Tipos</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>A&amp;utores</translation>
    </message>
    <message>
        <source>&amp;Ids</source>
        <translation>&amp;Ids</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>Si&amp;nce</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Unti&amp;l</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Page si&amp;ze</source>
        <translation>&amp;Tamaño de página</translation>
    </message>
    <message>
        <source>Kinds: &quot;%1&quot; is not a kind number.</source>
        <translation>Tipos: «%1» no es un número de tipo.</translation>
    </message>
    <message>
        <source>Authors: &quot;%1&quot; is neither 64 hex characters nor an npub.</source>
        <translation>Autores: «%1» no es ni 64 caracteres hex ni un npub.</translation>
    </message>
    <message>
        <source>Ids: &quot;%1&quot; is neither 64 hex characters nor a note id.</source>
        <translation>Ids: «%1» no es ni 64 caracteres hex ni un id note.</translation>
    </message>
    <message>
        <source>Tag: write one letter, &quot;=&quot; and values, e.g. t=nostr, bitcoin.</source>
        <translation>Etiqueta: escriba una letra, «=» y valores, p. ej. t=nostr, bitcoin.</translation>
    </message>
    <message>
        <source>Tag: no value after &quot;%1=&quot;.</source>
        <translation>Etiqueta: no hay ningún valor después de «%1=».</translation>
    </message>
    <message>
        <source>Since is after Until.</source>
        <translation>Desde es posterior a Hasta.</translation>
    </message>
</context>
<context>
    <name>roost::ui::EventsModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>roost::ui::EventsPage</name>
    <message>
        <source>Load &amp;older</source>
        <translation>Cargar más &amp;antiguos</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Ban event</source>
        <translation>&amp;Prohibir evento</translation>
    </message>
    <message>
        <source>Ban &amp;author</source>
        <translation>Prohibir a&amp;utor</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>Copiar &amp;JSON</translation>
    </message>
    <message>
        <source>Filter shown events by text</source>
        <translation>Filtrar por texto los eventos mostrados</translation>
    </message>
    <message>
        <source>Show only loaded events whose author or content contains this text.</source>
        <translation>Mostrar solo los eventos cargados cuyo autor o contenido contenga este texto.</translation>
    </message>
    <message>
        <source>Load the next page: events older than the oldest shown.</source>
        <translation>Cargar la página siguiente: eventos más antiguos que el más antiguo mostrado.</translation>
    </message>
    <message>
        <source>Delete the selected events from the store (they may be published again).</source>
        <translation>Borrar del almacén los eventos seleccionados (se pueden volver a publicar).</translation>
    </message>
    <message>
        <source>Delete the selected events and refuse them from now on (NIP-86 banevent).</source>
        <translation>Borrar los eventos seleccionados y rechazarlos desde ahora (NIP-86 banevent).</translation>
    </message>
    <message>
        <source>Copy the selected events as JSON lines.</source>
        <translation>Copiar los eventos seleccionados como líneas JSON.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 of %2 matching events shown</source>
        <translation>%1 de %2 eventos coincidentes mostrados</translation>
    </message>
    <message numerus="yes">
        <source>%n events selected</source>
        <translation>
            <numerusform>%n evento seleccionado</numerusform>
            <numerusform>%n eventos seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) from the store?</source>
        <translation>
            <numerusform>¿Borrar %n evento del almacén?</numerusform>
            <numerusform>¿Borrar %n eventos del almacén?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted</source>
        <translation>
            <numerusform>%n evento borrado</numerusform>
            <numerusform>%n eventos borrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) and refuse them from now on?</source>
        <translation>
            <numerusform>¿Borrar %n evento y rechazarlo desde ahora?</numerusform>
            <numerusform>¿Borrar %n eventos y rechazarlos desde ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>banned in the Roost window</source>
        <translation>prohibido en la ventana de Roost</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) banned</source>
        <translation>
            <numerusform>%n evento prohibido</numerusform>
            <numerusform>%n eventos prohibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author(s) banned</source>
        <translation>
            <numerusform>%n autor prohibido</numerusform>
            <numerusform>%n autores prohibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) copied</source>
        <translation>
            <numerusform>%n evento copiado</numerusform>
            <numerusform>%n eventos copiados</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Delete &amp;matching…</source>
        <translation>Borrar &amp;coincidentes…</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>Líneas JSON (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Refuse all events from the selected events&apos; authors from now on (saved in the config file) and delete their stored events.</source>
        <translation>Rechazar desde ahora todos los eventos de los autores de los eventos seleccionados (se guarda en el archivo de configuración) y borrar sus eventos guardados.</translation>
    </message>
    <message>
        <source>Save the selected events to a file, one JSON event per line (JSONL).</source>
        <translation>Guardar los eventos seleccionados en un archivo, un evento JSON por línea (JSONL).</translation>
    </message>
    <message>
        <source>Count every stored event matching the filter above, then delete them all after you confirm the number.</source>
        <translation>Contar todos los eventos guardados que coinciden con el filtro de arriba y borrarlos todos cuando confirme el número.</translation>
    </message>
    <message>
        <source>Events in the store. Select one to see its fields and JSON.</source>
        <translation>Eventos del almacén. Seleccione uno para ver sus campos y su JSON.</translation>
    </message>
    <message numerus="yes">
        <source>Refuse every event from %n author(s) from now on and delete their stored events?</source>
        <translation>
            <numerusform>¿Rechazar desde ahora todos los eventos de %n autor y borrar sus eventos guardados?</numerusform>
            <numerusform>¿Rechazar desde ahora todos los eventos de %n autores y borrar sus eventos guardados?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1</source>
        <translation>
            <numerusform>%n evento exportado a %1</numerusform>
            <numerusform>%n eventos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No event matches this filter.</source>
        <translation>Ningún evento coincide con este filtro.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) matching this filter?</source>
        <translation>
            <numerusform>¿Borrar %n evento que coincide con este filtro?</numerusform>
            <numerusform>¿Borrar %n eventos que coinciden con este filtro?</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter is empty: this is every stored event.</source>
        <translation>El filtro está vacío: son todos los eventos guardados.</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>No se ha borrado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted.</source>
        <translation>
            <numerusform>%n evento borrado.</numerusform>
            <numerusform>%n eventos borrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, delete every stored event</source>
        <translation>Sí, borrar todos los eventos guardados</translation>
    </message>
</context>
<context>
    <name>roost::ui::KindsModel</name>
    <message>
        <source>Profile metadata</source>
        <translation>Metadatos del perfil</translation>
    </message>
    <message>
        <source>Short text note</source>
        <translation>Nota de texto corta</translation>
    </message>
    <message>
        <source>Follow list</source>
        <translation>Lista de seguidos</translation>
    </message>
    <message>
        <source>Encrypted direct message</source>
        <translation>Mensaje directo cifrado</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Solicitud de borrado</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Republicación</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Mensaje de chat</translation>
    </message>
    <message>
        <source>Generic repost</source>
        <translation>Republicación genérica</translation>
    </message>
    <message>
        <source>Gift wrap</source>
        <translation>Envoltorio (gift wrap)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Denuncia</translation>
    </message>
    <message>
        <source>Zap request</source>
        <translation>Solicitud de zap</translation>
    </message>
    <message>
        <source>Zap</source>
        <translation>Zap</translation>
    </message>
    <message>
        <source>Mute list</source>
        <translation>Lista de silenciados</translation>
    </message>
    <message>
        <source>Relay list</source>
        <translation>Lista de relés</translation>
    </message>
    <message>
        <source>DM relay list</source>
        <translation>Lista de relés para mensajes directos</translation>
    </message>
    <message>
        <source>Relay members</source>
        <translation>Miembros del relé</translation>
    </message>
    <message>
        <source>Long-form article</source>
        <translation>Artículo largo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Relay recommendation (deprecated)</source>
        <translation>Recomendación de relay (obsoleta)</translation>
    </message>
    <message>
        <source>Badge award</source>
        <translation>Concesión de insignia</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>Vídeo corto</translation>
    </message>
    <message>
        <source>Channel creation</source>
        <translation>Creación de canal</translation>
    </message>
    <message>
        <source>Channel metadata</source>
        <translation>Metadatos del canal</translation>
    </message>
    <message>
        <source>Channel message</source>
        <translation>Mensaje de canal</translation>
    </message>
    <message>
        <source>OpenTimestamps attestation</source>
        <translation>Certificación OpenTimestamps</translation>
    </message>
    <message>
        <source>File metadata</source>
        <translation>Metadatos de archivo</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Live chat message</source>
        <translation>Mensaje de chat en directo</translation>
    </message>
    <message>
        <source>Git patch</source>
        <translation>Parche de Git</translation>
    </message>
    <message>
        <source>Git issue</source>
        <translation>Incidencia de Git</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Content discovery request</source>
        <translation>Solicitud de descubrimiento de contenido</translation>
    </message>
    <message>
        <source>Content discovery result</source>
        <translation>Resultado de descubrimiento de contenido</translation>
    </message>
    <message>
        <source>Job feedback</source>
        <translation>Respuesta de trabajo</translation>
    </message>
    <message>
        <source>Zap goal</source>
        <translation>Meta de zaps</translation>
    </message>
    <message>
        <source>Nutzap</source>
        <translation>Nutzap</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Destacado</translation>
    </message>
    <message>
        <source>Pin list</source>
        <translation>Lista de fijados</translation>
    </message>
    <message>
        <source>Bookmark list</source>
        <translation>Lista de marcadores</translation>
    </message>
    <message>
        <source>Interests list</source>
        <translation>Lista de intereses</translation>
    </message>
    <message>
        <source>Emoji list</source>
        <translation>Lista de emojis</translation>
    </message>
    <message>
        <source>Wallet info</source>
        <translation>Información del monedero</translation>
    </message>
    <message>
        <source>Relay authentication</source>
        <translation>Autenticación en el relay</translation>
    </message>
    <message>
        <source>Wallet request</source>
        <translation>Solicitud al monedero</translation>
    </message>
    <message>
        <source>Wallet response</source>
        <translation>Respuesta del monedero</translation>
    </message>
    <message>
        <source>Nostr Connect</source>
        <translation>Nostr Connect</translation>
    </message>
    <message>
        <source>HTTP authentication</source>
        <translation>Autenticación HTTP</translation>
    </message>
    <message>
        <source>Follow set</source>
        <translation>Conjunto de seguidos</translation>
    </message>
    <message>
        <source>Relay set</source>
        <translation>Conjunto de relays</translation>
    </message>
    <message>
        <source>Bookmark set</source>
        <translation>Conjunto de marcadores</translation>
    </message>
    <message>
        <source>Profile badges</source>
        <translation>Insignias del perfil</translation>
    </message>
    <message>
        <source>Badge definition</source>
        <translation>Definición de insignia</translation>
    </message>
    <message>
        <source>Marketplace stall</source>
        <translation>Puesto de mercado</translation>
    </message>
    <message>
        <source>Marketplace product</source>
        <translation>Producto de mercado</translation>
    </message>
    <message>
        <source>Draft long-form article</source>
        <translation>Borrador de artículo largo</translation>
    </message>
    <message>
        <source>Emoji set</source>
        <translation>Conjunto de emojis</translation>
    </message>
    <message>
        <source>App data</source>
        <translation>Datos de aplicación</translation>
    </message>
    <message>
        <source>Live event</source>
        <translation>Evento en directo</translation>
    </message>
    <message>
        <source>User status</source>
        <translation>Estado del usuario</translation>
    </message>
    <message>
        <source>Classified listing</source>
        <translation>Anuncio clasificado</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Repositorio de Git</translation>
    </message>
    <message>
        <source>Wiki article</source>
        <translation>Artículo de wiki</translation>
    </message>
    <message>
        <source>Calendar event (date)</source>
        <translation>Evento de calendario (fecha)</translation>
    </message>
    <message>
        <source>Calendar event (time)</source>
        <translation>Evento de calendario (hora)</translation>
    </message>
    <message>
        <source>App recommendation</source>
        <translation>Recomendación de aplicación</translation>
    </message>
    <message>
        <source>App handler</source>
        <translation>Gestor de aplicación</translation>
    </message>
    <message>
        <source>Video (addressable)</source>
        <translation>Vídeo (direccionable)</translation>
    </message>
    <message>
        <source>Short video (addressable)</source>
        <translation>Vídeo corto (direccionable)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Job request (kind %1)</source>
        <translation>Solicitud de trabajo (tipo %1)</translation>
    </message>
    <message>
        <source>Job result (kind %1)</source>
        <translation>Resultado de trabajo (tipo %1)</translation>
    </message>
    <message>
        <source>Addressable event (kind %1)</source>
        <translation>Evento direccionable (tipo %1)</translation>
    </message>
    <message>
        <source>Ephemeral event (kind %1)</source>
        <translation>Evento efímero (tipo %1)</translation>
    </message>
    <message>
        <source>Replaceable event (kind %1)</source>
        <translation>Evento reemplazable (tipo %1)</translation>
    </message>
</context>
<context>
    <name>roost::ui::ListEditWidget</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Select entries and press Delete or Remove to take them off the list.</source>
        <translation>Seleccione entradas y pulse Supr o Quitar para sacarlas de la lista.</translation>
    </message>
    <message>
        <source>Add the entry typed on the left to the list.</source>
        <translation>Añadir a la lista la entrada escrita a la izquierda.</translation>
    </message>
    <message>
        <source>Remove the selected entries from the list.</source>
        <translation>Quitar de la lista las entradas seleccionadas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid here.</source>
        <translation>«%1» no es válido aquí.</translation>
    </message>
</context>
<context>
    <name>roost::ui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>roost::ui::LogPage</name>
    <message>
        <source>Show lines of this level and above.</source>
        <translation>Mostrar las líneas de este nivel y superiores.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Copy the shown lines to the clipboard.</source>
        <translation>Copiar las líneas mostradas al portapapeles.</translation>
    </message>
    <message>
        <source>Recent messages from Roost, oldest first.</source>
        <translation>Mensajes recientes de Roost, los más antiguos primero.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
</context>
<context>
    <name>roost::ui::MainWindow</name>
    <message>
        <source>Roost</source>
        <translation>Roost</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Live traffic, storage and kinds</source>
        <translation>Tráfico en vivo, almacenamiento y tipos</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Who is connected; disconnect or block</source>
        <translation>Quién está conectado; desconectar o bloquear</translation>
    </message>
    <message>
        <source>Access &amp; limits</source>
        <translation>Acceso y límites</translation>
    </message>
    <message>
        <source>Access levels, keys, lists and rate limits</source>
        <translation>Niveles de acceso, claves, listas y límites de velocidad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Address, data folder, relay information</source>
        <translation>Dirección, carpeta de datos, información del relé</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Mensajes recientes</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>maintenance mode</source>
        <translation>modo de mantenimiento</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n connection(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n conexión</numerusform>
            <numerusform>%1 — %2 — %n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Browse, delete and ban stored events</source>
        <translation>Explorar, borrar y prohibir eventos guardados</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Your relay&apos;s address, your key and who may use the relay</source>
        <translation>La dirección de tu relay, tu clave y quién puede usarlo</translation>
    </message>
    <message>
        <source>This desktop has no system tray for Roost to wait in. Keep the relay running with this window minimized (click Roost in the taskbar to come back), or quit Roost and stop the relay?</source>
        <translation>Este escritorio no tiene bandeja del sistema donde Roost pueda esperar. ¿Mantener el relay en marcha con esta ventana minimizada (haz clic en Roost en la barra de tareas para volver) o salir de Roost y detener el relay?</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Seguir en marcha</translation>
    </message>
    <message>
        <source>&amp;Quit Roost</source>
        <translation>Sa&amp;lir de Roost</translation>
    </message>
    <message>
        <source>The relay keeps running; this window was minimized. Ctrl+Q quits.</source>
        <translation>El relay sigue en marcha; esta ventana se ha minimizado. Ctrl+Q sale.</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 to Ctrl+7)</source>
        <translation>Páginas (Ctrl+1 a Ctrl+7)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Relays kept in step with this one; back up your notes</source>
        <translation>Relés sincronizados con este; copia de tus notas</translation>
    </message>
</context>
<context>
    <name>roost::ui::ReportsWidget</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ban event</source>
        <translation>Prohibir evento</translation>
    </message>
    <message>
        <source>Ban author</source>
        <translation>Prohibir autor</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Denunciado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Denuncias</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Denunciado por</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Última denuncia</translation>
    </message>
    <message>
        <source>NIP-56 reports (kind 1984) about events and keys on this relay, most reported first.</source>
        <translation>Denuncias NIP-56 (tipo 1984) sobre eventos y claves de este relay, las más denunciadas primero.</translation>
    </message>
    <message>
        <source>Delete the reported events and refuse them from now on.</source>
        <translation>Borrar los eventos denunciados y rechazarlos a partir de ahora.</translation>
    </message>
    <message>
        <source>Refuse every event of the reported key, or of the reported event&apos;s author.</source>
        <translation>Rechazar todos los eventos de la clave denunciada o del autor del evento denunciado.</translation>
    </message>
    <message>
        <source>Remove these reports from the queue; nothing else changes.</source>
        <translation>Quitar estas denuncias de la cola; nada más cambia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Denuncias&lt;/b&gt;</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>evento %1</translation>
    </message>
    <message>
        <source>public key %1</source>
        <translation>clave pública %1</translation>
    </message>
    <message>
        <source>no reports</source>
        <translation>sin denuncias</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting</source>
        <translation>
            <numerusform>%n denuncia pendiente</numerusform>
            <numerusform>%n denuncias pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>reported, banned in the Roost window</source>
        <translation>denunciado, prohibido en la ventana de Roost</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s) banned</source>
        <translation>
            <numerusform>%n autor prohibido</numerusform>
            <numerusform>%n autores prohibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) dismissed</source>
        <translation>
            <numerusform>%n denuncia descartada</numerusform>
            <numerusform>%n denuncias descartadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Publish the selected events held for review: they are stored and sent to subscribers.</source>
        <translation>Publicar los eventos seleccionados retenidos para revisión: se guardan y se envían a los suscriptores.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) published</source>
        <translation>
            <numerusform>%n evento publicado</numerusform>
            <numerusform>%n eventos publicados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roost::ui::SettingsFormWidget</name>
    <message>
        <source>Applies when Roost is started again.</source>
        <translation>Se aplica cuando Roost se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>kind number, e.g. 1</source>
        <translation>número de tipo, p. ej. 1</translation>
    </message>
    <message>
        <source>IP address, e.g. 192.0.2.7</source>
        <translation>dirección IP, p. ej. 192.0.2.7</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>npub1… or 64 hex characters</source>
        <translation>npub1… o 64 caracteres hexadecimales</translation>
    </message>
    <message>
        <source>Copy key as hex</source>
        <translation>Copiar la clave en hexadecimal</translation>
    </message>
    <message>
        <source>public key: npub1… or 64 hex characters</source>
        <translation>clave pública: npub1… o 64 caracteres hexadecimales</translation>
    </message>
    <message>
        <source>Copy npub</source>
        <translation>Copiar npub</translation>
    </message>
    <message>
        <source>Copy hex</source>
        <translation>Copiar hexadecimal</translation>
    </message>
    <message>
        <source>Set by %1 on the command line (or its environment variable) for this run; it overrides the config file.</source>
        <translation>Fijado con %1 en la línea de órdenes (o su variable de entorno) para esta ejecución; tiene prioridad sobre el archivo de configuración.</translation>
    </message>
</context>
<context>
    <name>roost::ui::SettingsPage</name>
    <message>
        <source>Start Roost when I log in</source>
        <translation>Iniciar Roost al iniciar sesión</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>The address Nostr clients on this machine connect to.</source>
        <translation>La dirección a la que se conectan los clientes Nostr de este equipo.</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>URL del relé</translation>
    </message>
    <message>
        <source>Adds Roost to your desktop&apos;s autostart programs (%1).</source>
        <translation>Añade Roost a los programas de inicio automático de su escritorio (%1).</translation>
    </message>
    <message>
        <source>* applies when Roost is started again.</source>
        <translation>* se aplica cuando Roost se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The INI file holding these settings: changes made here are written to it, and Roost re-reads it when it changes on disk.</source>
        <translation>El archivo INI con estos ajustes: los cambios hechos aquí se escriben en él, y Roost lo vuelve a leer cuando cambia en el disco.</translation>
    </message>
</context>
<context>
    <name>roost::ui::SyncPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Sync a&amp;ll</source>
        <translation>Sincronizar &amp;todos</translation>
    </message>
    <message>
        <source>&amp;Back up my notes…</source>
        <translation>Hacer &amp;copia de mis notas…</translation>
    </message>
    <message>
        <source>The relays this one keeps in step with. Click a header to sort; double-click a peer to edit it.</source>
        <translation>Los relés con los que este se mantiene sincronizado. Pulsa un encabezado para ordenar; haz doble clic en un par para editarlo.</translation>
    </message>
    <message>
        <source>Add a relay to keep in step with this one.</source>
        <translation>Añadir un relé que se mantenga sincronizado con este.</translation>
    </message>
    <message>
        <source>Change the selected peer: address, direction, schedule or which events.</source>
        <translation>Cambiar el par seleccionado: dirección, sentido, programación o qué eventos.</translation>
    </message>
    <message>
        <source>Stop syncing with the selected peers (their events stay here).</source>
        <translation>Dejar de sincronizar con los pares seleccionados (sus eventos se quedan aquí).</translation>
    </message>
    <message>
        <source>Sync the selected peers now, whatever their schedule.</source>
        <translation>Sincronizar ahora los pares seleccionados, sea cual sea su programación.</translation>
    </message>
    <message>
        <source>Sync every enabled peer now.</source>
        <translation>Sincronizar ahora todos los pares activados.</translation>
    </message>
    <message>
        <source>Bring everything a key wrote here from the relays it writes to.</source>
        <translation>Traer aquí todo lo que escribió una clave desde los relés en los que escribe.</translation>
    </message>
    <message>
        <source>No sync peers yet. &lt;b&gt;Add…&lt;/b&gt; another relay to keep it in step with this one, or &lt;b&gt;Back up my notes…&lt;/b&gt; to bring everything you wrote here from your relays.</source>
        <translation>Aún no hay pares de sincronización. Usa &lt;b&gt;Añadir…&lt;/b&gt; para mantener otro relé sincronizado con este, o &lt;b&gt;Hacer copia de mis notas…&lt;/b&gt; para traer aquí todo lo que escribiste desde tus relés.</translation>
    </message>
    <message>
        <source>This peer comes from your relay list (NIP-65); change the list to change it.</source>
        <translation>Este par procede de tu lista de relés (NIP-65); cambia la lista para cambiarlo.</translation>
    </message>
    <message>
        <source>%1 is already a sync peer.</source>
        <translation>%1 ya es un par de sincronización.</translation>
    </message>
    <message>
        <source>%1 is no longer a sync peer.</source>
        <translation>%1 ya no es un par de sincronización.</translation>
    </message>
    <message>
        <source>The peer was not added: %1</source>
        <translation>No se añadió el par: %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>The peer was not changed: %1</source>
        <translation>No se cambió el par: %1</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Stop syncing with %n peer(s)? Events already brought here stay.</source>
        <translation>
            <numerusform>¿Dejar de sincronizar con %n par? Los eventos ya traídos se quedan aquí.</numerusform>
            <numerusform>¿Dejar de sincronizar con %n pares? Los eventos ya traídos se quedan aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se quitó: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>Sync started: %1.</source>
        <translation>Sincronización iniciada: %1.</translation>
    </message>
    <message>
        <source>Sync of every enabled peer started.</source>
        <translation>Sincronización de todos los pares activados iniciada.</translation>
    </message>
</context>
<context>
    <name>roost::ui::SyncPeerDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vado</translation>
    </message>
    <message>
        <source>Add sync peer</source>
        <translation>Añadir par de sincronización</translation>
    </message>
    <message>
        <source>wss://relay.example.org</source>
        <translation>wss://relay.example.org</translation>
    </message>
    <message>
        <source>The other relay&apos;s address: ws:// or wss:// and a host name.</source>
        <translation>La dirección del otro relé: ws:// o wss:// y un nombre de host.</translation>
    </message>
    <message>
        <source>Down: bring their events here</source>
        <translation>Recibir: traer sus eventos aquí</translation>
    </message>
    <message>
        <source>Up: send our events to them</source>
        <translation>Enviar: mandar nuestros eventos al otro relé</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>En ambos sentidos</translation>
    </message>
    <message>
        <source>Which way events travel between this relay and the peer.</source>
        <translation>En qué sentido viajan los eventos entre este relé y el par.</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>Periódico</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Periodic: a full sync every few minutes. Live: sync once, then keep a subscription open and pass new events on as they arrive.</source>
        <translation>Periódico: una sincronización completa cada pocos minutos. En directo: sincronizar una vez y después mantener abierta una suscripción y reenviar los eventos nuevos según llegan.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Periodic mode: minutes between two syncs (1 minute to 1 year).</source>
        <translation>Modo periódico: minutos entre dos sincronizaciones (de 1 minuto a 1 año).</translation>
    </message>
    <message>
        <source>A disabled peer stays in the list but is not synced.</source>
        <translation>Un par desactivado sigue en la lista, pero no se sincroniza.</translation>
    </message>
    <message>
        <source>The NIP-01 filter the form builds; you may also type it (e.g. to add &quot;since&quot;). {} syncs every event.</source>
        <translation>El filtro NIP-01 que genera el formulario; también puedes escribirlo (p. ej. para añadir «since»). {} sincroniza todos los eventos.</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <source>&amp;Relay URL</source>
        <translation>URL del &amp;relé</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>Se&amp;ntido</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modo</translation>
    </message>
    <message>
        <source>Which events (empty fields: all of them)</source>
        <translation>Qué eventos (campos vacíos: todos)</translation>
    </message>
    <message>
        <source>Filter as &amp;JSON</source>
        <translation>Filtro como &amp;JSON</translation>
    </message>
    <message>
        <source>Edit sync peer</source>
        <translation>Editar par de sincronización</translation>
    </message>
    <message>
        <source>The form cannot show this filter; edit it as JSON (clear the JSON field to use the form again).</source>
        <translation>El formulario no puede mostrar este filtro; edítalo como JSON (vacía el campo JSON para volver a usar el formulario).</translation>
    </message>
    <message>
        <source>Type the relay&apos;s address (ws:// or wss://).</source>
        <translation>Escribe la dirección del relé (ws:// o wss://).</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a space.</source>
        <translation>La dirección «%1» contiene un espacio.</translation>
    </message>
    <message>
        <source>Filter: &quot;%1&quot; is not a JSON object.</source>
        <translation>Filtro: «%1» no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>%1 is already a sync peer.</source>
        <translation>%1 ya es un par de sincronización.</translation>
    </message>
</context>
<context>
    <name>roost::ui::SyncPeersModel</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>en %n s</numerusform>
            <numerusform>en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>kinds %1</source>
        <translation>tipos %1</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n autor</numerusform>
            <numerusform>%n autores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>aún sin ejecutar</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>reconciling</source>
        <translation>conciliando</translation>
    </message>
    <message>
        <source>transferring</source>
        <translation>transfiriendo</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en directo</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>backing off</source>
        <translation>esperando para reintentar</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>con errores</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Live: synced, then kept open for new events.</source>
        <translation>En directo: se sincroniza y luego queda abierto para eventos nuevos.</translation>
    </message>
    <message numerus="yes">
        <source>Periodic: synced every %n minute(s).</source>
        <translation>
            <numerusform>Periódico: se sincroniza cada %n minuto.</numerusform>
            <numerusform>Periódico: se sincroniza cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Found in your relay list (NIP-65); change it there.</source>
        <translation>%1
Encontrado en tu lista de relés (NIP-65); cámbialo allí.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row</source>
        <translation>
            <numerusform>%n fallo seguido</numerusform>
            <numerusform>%n fallos seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The peer has no negentropy (NIP-77): synced by REQ.</source>
        <translation>El par no admite negentropy (NIP-77): se sincroniza con REQ.</translation>
    </message>
    <message>
        <source>%1 received, %2 sent over this peer&apos;s connections</source>
        <translation>%1 recibidos, %2 enviados por las conexiones de este par</translation>
    </message>
    <message>
        <source>%1: %2 differing ids learned, %3 events moved</source>
        <translation>%1: %2 ids distintos detectados, %3 eventos transferidos</translation>
    </message>
    <message>
        <source>↑ up</source>
        <translation>↑ enviar</translation>
    </message>
    <message>
        <source>⇅ both</source>
        <translation>⇅ ambos</translation>
    </message>
    <message>
        <source>↓ down</source>
        <translation>↓ recibir</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Events stored here from the peer (all runs).</source>
        <translation>Eventos del par guardados aquí (todas las ejecuciones).</translation>
    </message>
    <message>
        <source>Events the peer accepted from us (all runs).</source>
        <translation>Eventos que el par nos ha aceptado (todas las ejecuciones).</translation>
    </message>
    <message>
        <source>When the peer is synced next (after a failure: the next retry).</source>
        <translation>Cuándo se sincroniza el par la próxima vez (tras un fallo: el próximo reintento).</translation>
    </message>
    <message>
        <source>The running sync: events moved of the ids that differ.</source>
        <translation>La sincronización en curso: eventos transferidos de los ids que difieren.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relé</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Próxima sincronización</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>roost::ui::TrayIcon</name>
    <message>
        <source>Open Roost</source>
        <translation>Abrir Roost</translation>
    </message>
    <message>
        <source>Show the Roost window.</source>
        <translation>Mostrar la ventana de Roost.</translation>
    </message>
    <message>
        <source>Copy relay URL</source>
        <translation>Copiar URL del relé</translation>
    </message>
    <message>
        <source>Copy the address clients on this machine use.</source>
        <translation>Copiar la dirección que usan los clientes de este equipo.</translation>
    </message>
    <message>
        <source>Copy LAN URL</source>
        <translation>Copiar URL de la red local</translation>
    </message>
    <message>
        <source>Copy the address other devices on your network use.</source>
        <translation>Copiar la dirección que usan otros dispositivos de su red.</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Modo de mantenimiento</translation>
    </message>
    <message>
        <source>Refuse new connections and writes; connected readers stay.</source>
        <translation>Rechazar nuevas conexiones y escrituras; los lectores conectados se quedan.</translation>
    </message>
    <message>
        <source>Stop relay</source>
        <translation>Detener el relé</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stop the relay and quit Roost.</source>
        <translation>Detener el relé y salir de Roost.</translation>
    </message>
    <message>
        <source>Start relay</source>
        <translation>Iniciar el relé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>maintenance mode</source>
        <translation>modo de mantenimiento</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message numerus="yes">
        <source>Roost — %1
%2
%n connection(s)</source>
        <translation>
            <numerusform>Roost — %1
%2
%n conexión</numerusform>
            <numerusform>Roost — %1
%2
%n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>About Roost</source>
        <translation>Acerca de Roost</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roost&lt;/b&gt; %1&lt;br&gt;A personal Nostr relay.</source>
        <translation>&lt;b&gt;Roost&lt;/b&gt; %1&lt;br&gt;Un relay de Nostr personal.</translation>
    </message>
    <message>
        <source>Show the version of Roost.</source>
        <translation>Mostrar la versión de Roost.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync with every enabled sync peer now.</source>
        <translation>Sincronizar ahora con todos los pares de sincronización activados.</translation>
    </message>
</context>
<context>
    <name>roost::ui::WelcomePage</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Welcome to Roost</source>
        <translation>Bienvenido a Roost</translation>
    </message>
    <message>
        <source>Your own Nostr relay runs on this computer. Give its address to your Nostr app, tell Roost who you are, and choose who may use it.</source>
        <translation>Tu propio relay de Nostr funciona en este ordenador. Da su dirección a tu app de Nostr, dile a Roost quién eres y elige quién puede usarlo.</translation>
    </message>
    <message>
        <source>1. Your relay&apos;s address</source>
        <translation>1. La dirección de tu relay</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the address; add it as a relay in your Nostr app on this computer.</source>
        <translation>Copia la dirección; añádela como relay en tu app de Nostr en este ordenador.</translation>
    </message>
    <message>
        <source>Copy the address other devices on your network use.</source>
        <translation>Copia la dirección que usan otros dispositivos de tu red.</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>En este ordenador:</translation>
    </message>
    <message>
        <source>On your network:</source>
        <translation>En tu red:</translation>
    </message>
    <message>
        <source>2. Your public key</source>
        <translation>2. Tu clave pública</translation>
    </message>
    <message>
        <source>Paste your public key (npub1…, shown in your Nostr app&apos;s profile or settings). It makes you this relay&apos;s owner. Never paste your nsec: Roost does not need it.</source>
        <translation>Pega tu clave pública (npub1…, aparece en el perfil o los ajustes de tu app de Nostr). Te convierte en propietario de este relay. Nunca pegues tu nsec: Roost no lo necesita.</translation>
    </message>
    <message>
        <source>npub1…</source>
        <translation>npub1…</translation>
    </message>
    <message>
        <source>&amp;Set as owner</source>
        <translation>&amp;Fijar como propietario</translation>
    </message>
    <message>
        <source>3. Who may use your relay</source>
        <translation>3. Quién puede usar tu relay</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privado</translation>
    </message>
    <message>
        <source>Only you read and write: your notes stay with you.</source>
        <translation>Solo tú lees y escribes: tus notas se quedan contigo.</translation>
    </message>
    <message>
        <source>&amp;Me and people I follow</source>
        <translation>&amp;Yo y la gente que sigo</translation>
    </message>
    <message>
        <source>You and the people you follow write; everyone may read what is stored here.</source>
        <translation>Tú y la gente que sigues escribís; cualquiera puede leer lo que se guarda aquí.</translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation>P&amp;úblico</translation>
    </message>
    <message>
        <source>Anyone may read and write, like a public relay.</source>
        <translation>Cualquiera puede leer y escribir, como en un relay público.</translation>
    </message>
    <message>
        <source>Each choice sets the access level for connecting, reading and publishing; &lt;a href=&quot;access&quot;&gt;Access &amp;amp; limits&lt;/a&gt; shows and changes them one by one.</source>
        <translation>Cada opción fija el nivel de acceso para conectar, leer y publicar; &lt;a href=&quot;access&quot;&gt;Acceso y límites&lt;/a&gt; los muestra y cambia uno a uno.</translation>
    </message>
    <message>
        <source>&amp;Go to the dashboard</source>
        <translation>&amp;Ir al panel</translation>
    </message>
    <message>
        <source>Paste your npub first.</source>
        <translation>Pega primero tu npub.</translation>
    </message>
    <message>
        <source>(the relay is stopped)</source>
        <translation>(el relay está detenido)</translation>
    </message>
    <message>
        <source>No owner yet.</source>
        <translation>Aún no hay propietario.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Propietario: %1</translation>
    </message>
    <message>
        <source>The current levels are none of these (they were set one by one).</source>
        <translation>Los niveles actuales no son ninguno de estos (se fijaron uno a uno).</translation>
    </message>
    <message>
        <source>Already on Nostr? &lt;a href=&quot;backup&quot;&gt;Back up my notes&lt;/a&gt;: bring everything you wrote here from the relays you write to.</source>
        <translation>¿Ya estás en Nostr? &lt;a href=&quot;backup&quot;&gt;Hacer copia de mis notas&lt;/a&gt;: trae aquí todo lo que escribiste desde los relés en los que escribes.</translation>
    </message>
    <message>
        <source>Opens the Sync page&apos;s &quot;Back up my notes&quot; wizard.</source>
        <translation>Abre el asistente «Hacer copia de mis notas» de la página Sincronización.</translation>
    </message>
</context>
</TS>
