<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>No se pudo eliminar %1: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The vault file to open (default: the one opened last, else ~/.local/share/tessera/vault.tessera).</source>
        <translation>El archivo de bóveda que abrir (predeterminado: el último que se abrió o, si no, ~/.local/share/tessera/vault.tessera).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>--vault needs the path of a vault file.</source>
        <translation>--vault necesita la ruta de un archivo de bóveda.</translation>
    </message>
</context>
<context>
    <name>ImageQrReader</name>
    <message>
        <source>Cannot open “%1”: the file does not exist.</source>
        <translation>No se puede abrir «%1»: el archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not an image.</source>
        <translation>No se puede abrir «%1»: es una carpeta, no una imagen.</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels, too large to scan. Crop it to the part with the QR code and try again.</source>
        <translation>«%1» mide %2 × %3 píxeles: es demasiado grande para escanearla. Recorte la imagen a la parte del código QR y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot read “%1” as an image (%2). Try a PNG or JPEG file.</source>
        <translation>No se puede leer «%1» como imagen (%2). Pruebe con un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation>La imagen pegada está vacía.</translation>
    </message>
    <message>
        <source>There is no image to scan. Copy an image of a QR code, or drop an image file on the window.</source>
        <translation>No hay ninguna imagen que escanear. Copie una imagen de un código QR o arrastre un archivo de imagen a la ventana.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Delete the Image?</source>
        <translation>¿Eliminar la imagen?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>The account is in Tessera now. Anyone who finds this image can copy the account, so it is safer to delete it.</source>
        <translation>La cuenta ya está en Tessera. Cualquiera que encuentre esta imagen puede copiar la cuenta, así que es más seguro eliminarla.</translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Eliminar archivo</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Cannot delete “%1”: %2. Delete it yourself.</source>
        <translation>No se puede eliminar «%1»: %2. Elimínelo manualmente.</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>Open the quick search of the running Tessera: type a few letters, press Enter, and the code is copied.</source>
        <translation>Abre la búsqueda rápida de la instancia de Tessera en ejecución: escriba unas letras, pulse Intro y el código se copiará.</translation>
    </message>
    <message>
        <source>An otpauth:// link to add as a new account.</source>
        <translation>Un enlace otpauth:// que añadir como cuenta nueva.</translation>
    </message>
    <message>
        <source>Give one otpauth:// link at a time.</source>
        <translation>Indique un solo enlace otpauth:// cada vez.</translation>
    </message>
    <message>
        <source>Give either --quick-search or an otpauth:// link, not both.</source>
        <translation>Indique --quick-search o un enlace otpauth://, pero no ambos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an otpauth:// link. Tessera opens links that start with otpauth://.</source>
        <translation>«%1» no es un enlace otpauth://. Tessera abre enlaces que empiezan por otpauth://.</translation>
    </message>
</context>
<context>
    <name>PeerApp</name>
    <message>
        <source>Google Authenticator</source>
        <translation>Google Authenticator</translation>
    </message>
    <message>
        <source>Aegis</source>
        <translation>Aegis</translation>
    </message>
    <message>
        <source>2FAS</source>
        <translation>2FAS</translation>
    </message>
    <message>
        <source>Microsoft Authenticator</source>
        <translation>Microsoft Authenticator</translation>
    </message>
    <message>
        <source>Twilio Authy</source>
        <translation>Twilio Authy</translation>
    </message>
    <message>
        <source>Another app</source>
        <translation>Otra aplicación</translation>
    </message>
    <message>
        <source>In Google Authenticator, open the menu and choose Transfer accounts, then Export accounts. Select the accounts and tap Next: the phone shows one QR code, or several (&quot;1 of 3&quot;). Scan each one below, in any order. Do not use the &quot;+&quot; button: it adds accounts, it does not export them.</source>
        <translation>En Google Authenticator, abra el menú y elija Transferir cuentas y después Exportar cuentas. Seleccione las cuentas y toque Siguiente: el teléfono muestra un código QR o varios («1 de 3»). Escanee cada uno abajo, en cualquier orden. No use el botón «+»: sirve para añadir cuentas, no para exportarlas.</translation>
    </message>
    <message>
        <source>In Aegis, open Settings, Import &amp; Export, Export. Choose the Aegis format, keep encryption on, and save the file; move it to this computer (a cable, or a cloud folder), then open it below. Tessera asks for the Aegis password.</source>
        <translation>En Aegis, abra Ajustes, Importar y exportar, Exportar. Elija el formato Aegis, mantenga el cifrado activado y guarde el archivo; páselo a este equipo (con un cable o una carpeta en la nube) y ábralo abajo. Tessera le pedirá la contraseña de Aegis.</translation>
    </message>
    <message>
        <source>In 2FAS, open Settings, 2FAS Backup, Export to file. Set a password, save the .2fas file, move it to this computer and open it below.</source>
        <translation>En 2FAS, abra Ajustes, Copia de seguridad de 2FAS, Exportar a archivo. Establezca una contraseña, guarde el archivo .2fas, páselo a este equipo y ábralo abajo.</translation>
    </message>
    <message>
        <source>Microsoft Authenticator cannot export its accounts. Each account has to be set up again: sign in to the provider, replace the authenticator app, and scan the new QR code into Tessera. The next page keeps a checklist.</source>
        <translation>Microsoft Authenticator no puede exportar sus cuentas. Hay que configurar de nuevo cada cuenta: inicie sesión en el proveedor, sustituya la aplicación de autenticación y escanee el nuevo código QR con Tessera. La página siguiente incluye una lista de comprobación.</translation>
    </message>
    <message>
        <source>Authy cannot export its accounts. Each account has to be set up again: sign in to the provider, replace the authenticator app, and scan the new QR code into Tessera. The next page keeps a checklist.</source>
        <translation>Authy no puede exportar sus cuentas. Hay que configurar de nuevo cada cuenta: inicie sesión en el proveedor, sustituya la aplicación de autenticación y escanee el nuevo código QR con Tessera. La página siguiente incluye una lista de comprobación.</translation>
    </message>
    <message>
        <source>Look in the app&apos;s settings for Export, Backup or Transfer. Tessera reads exports from Aegis, 2FAS, andOTP, FreeOTP+, Bitwarden, Ente Auth, Authenticator Pro and lists of otpauth:// links, and any QR code the app shows for an account.</source>
        <translation>Busque en los ajustes de la aplicación las opciones Exportar, Copia de seguridad o Transferir. Tessera lee exportaciones de Aegis, 2FAS, andOTP, FreeOTP+, Bitwarden, Ente Auth, Authenticator Pro y listas de enlaces otpauth://, además de cualquier código QR que la aplicación muestre para una cuenta.</translation>
    </message>
    <message>
        <source>In Google Authenticator on the new phone, open the menu and choose Transfer accounts, then Import accounts, and scan the codes Tessera shows, one after the other.</source>
        <translation>En Google Authenticator, en el teléfono nuevo, abra el menú, elija Transferir cuentas y después Importar cuentas, y escanee los códigos que muestra Tessera, uno tras otro.</translation>
    </message>
    <message>
        <source>Tessera writes an encrypted Aegis file. Move it to the new phone; in Aegis open Settings, Import &amp; Export, Import from file, choose Aegis and the file, and type its password.</source>
        <translation>Tessera crea un archivo de Aegis cifrado. Páselo al teléfono nuevo; en Aegis, abra Ajustes, Importar y exportar, Importar desde archivo, elija Aegis y el archivo, y escriba su contraseña.</translation>
    </message>
    <message>
        <source>In 2FAS on the new phone, choose Settings, Import, Google Authenticator, and scan the codes Tessera shows, one after the other.</source>
        <translation>En 2FAS, en el teléfono nuevo, elija Ajustes, Importar, Google Authenticator, y escanee los códigos que muestra Tessera, uno tras otro.</translation>
    </message>
    <message>
        <source>Tessera shows each account&apos;s QR code in turn. In the app on the new phone, add an account by scanning a QR code, once for each.</source>
        <translation>Tessera muestra por turnos el código QR de cada cuenta. En la aplicación del teléfono nuevo, añada una cuenta escaneando un código QR, una vez por cada una.</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Mensaje de texto (SMS)</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <source>Trusted device</source>
        <translation>Dispositivo de confianza</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Llave de seguridad</translation>
    </message>
    <message>
        <source>Another registered MFA device</source>
        <translation>Otro dispositivo MFA registrado</translation>
    </message>
    <message>
        <source>Recovery contact</source>
        <translation>Contacto de recuperación</translation>
    </message>
    <message>
        <source>SSH key or access token</source>
        <translation>Clave SSH o token de acceso</translation>
    </message>
    <message>
        <source>Request to the provider&apos;s support</source>
        <translation>Solicitud al soporte del proveedor</translation>
    </message>
    <message>
        <source>Reset from one of your trusted devices, a family member&apos;s device or a device at an Apple Store.</source>
        <translation>Restablezca el acceso desde uno de sus dispositivos de confianza, desde el dispositivo de un familiar o desde un dispositivo de una Apple Store.</translation>
    </message>
    <message>
        <source>Ask your recovery contact to help you get back into your account.</source>
        <translation>Pida a su contacto de recuperación que le ayude a recuperar el acceso a su cuenta.</translation>
    </message>
    <message>
        <source>With a recovery key set up, standard account recovery is off: use your 28-character recovery key or a trusted device.</source>
        <translation>Con una clave de recuperación configurada, la recuperación estándar de la cuenta está desactivada: use su clave de recuperación de 28 caracteres o un dispositivo de confianza.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Start account recovery at iforgot.apple.com or in Settings. This is not possible when a recovery key is set up.</source>
        <translation>Inicie la recuperación de la cuenta en iforgot.apple.com o en Ajustes. No es posible si hay una clave de recuperación configurada.</translation>
    </message>
    <message>
        <source>Wait for account recovery to finish: it can take several days or longer.</source>
        <translation>Espere a que termine la recuperación de la cuenta: puede tardar varios días o más.</translation>
    </message>
    <message>
        <source>Account recovery</source>
        <translation>Recuperación de la cuenta</translation>
    </message>
    <message>
        <source>Several days or longer.</source>
        <translation>Varios días o más.</translation>
    </message>
    <message>
        <source>Your trusted phone number.</source>
        <translation>Su número de teléfono de confianza.</translation>
    </message>
    <message>
        <source>A trusted device, or access to a family member&apos;s device or an Apple Store device.</source>
        <translation>Un dispositivo de confianza, o acceso al dispositivo de un familiar o a un dispositivo de una Apple Store.</translation>
    </message>
    <message>
        <source>Your recovery contact, if you set one up.</source>
        <translation>Su contacto de recuperación, si configuró uno.</translation>
    </message>
    <message>
        <source>Your 28-character recovery key, if you set one up.</source>
        <translation>Su clave de recuperación de 28 caracteres, si configuró una.</translation>
    </message>
    <message>
        <source>Set up a recovery contact.</source>
        <translation>Configure un contacto de recuperación.</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <source>Reset from a trusted device or with a recovery contact; otherwise start account recovery. With a recovery key, only the key or a trusted device gets you back in.</source>
        <translation>Restablezca el acceso desde un dispositivo de confianza o con un contacto de recuperación; si no, inicie la recuperación de la cuenta. Con una clave de recuperación, solo la clave o un dispositivo de confianza le devuelven el acceso.</translation>
    </message>
    <message>
        <source>Apple Account</source>
        <translation>Cuenta de Apple</translation>
    </message>
    <message>
        <source>Immediate from a trusted device or with a recovery contact. Account recovery can take several days or longer.</source>
        <translation>Inmediato desde un dispositivo de confianza o con un contacto de recuperación. La recuperación de la cuenta puede tardar varios días o más.</translation>
    </message>
    <message>
        <source>Sign in with the second MFA device registered for your user.</source>
        <translation>Inicie sesión con el segundo dispositivo MFA registrado para su usuario.</translation>
    </message>
    <message>
        <source>Sign in with another registered MFA device</source>
        <translation>Iniciar sesión con otro dispositivo MFA registrado</translation>
    </message>
    <message>
        <source>Ask an administrator to deactivate your MFA device (IAM, Users, your user, Security credentials).</source>
        <translation>Pida a un administrador que desactive su dispositivo MFA en IAM, Usuarios (Users), su usuario, Credenciales de seguridad (Security credentials).</translation>
    </message>
    <message>
        <source>Sign in with your password once the device is deactivated.</source>
        <translation>Inicie sesión con su contraseña una vez desactivado el dispositivo.</translation>
    </message>
    <message>
        <source>Ask an administrator</source>
        <translation>Acudir a un administrador</translation>
    </message>
    <message>
        <source>How to reach an administrator of the AWS account.</source>
        <translation>Cómo contactar con un administrador de la cuenta de AWS.</translation>
    </message>
    <message>
        <source>A second MFA device registered for your user, if you have one.</source>
        <translation>Un segundo dispositivo MFA registrado para su usuario, si lo tiene.</translation>
    </message>
    <message>
        <source>Register a second MFA device as a backup: AWS allows up to 8.</source>
        <translation>Registre un segundo dispositivo MFA como respaldo: AWS permite hasta 8.</translation>
    </message>
    <message>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <source>Enable a new MFA device for your user and scan its QR code into Tessera.</source>
        <translation>Active un nuevo dispositivo MFA para su usuario y escanee su código QR con Tessera.</translation>
    </message>
    <message>
        <source>An IAM user cannot recover MFA alone: an administrator deactivates the lost device, then you enable a new one.</source>
        <translation>Un usuario de IAM no puede recuperar el MFA por sí solo: un administrador desactiva el dispositivo perdido y después usted activa uno nuevo.</translation>
    </message>
    <message>
        <source>AWS IAM user</source>
        <translation>Usuario de IAM de AWS</translation>
    </message>
    <message>
        <source>Depends on how soon an administrator answers.</source>
        <translation>Depende de lo pronto que responda un administrador.</translation>
    </message>
    <message>
        <source>Sign in as the root user and, at the MFA prompt, choose Troubleshoot MFA (&quot;Having problems with your authentication device?&quot;).</source>
        <translation>Inicie sesión como usuario raíz y, cuando se le pida el MFA, elija «Solucionar problemas de MFA» (Troubleshoot MFA), junto a «¿Tiene problemas con su dispositivo de autenticación?» (Having problems with your authentication device?).</translation>
    </message>
    <message>
        <source>Choose Sign in using alternative factors, then Send verification email.</source>
        <translation>Elija «Iniciar sesión con factores alternativos» (Sign in using alternative factors) y después «Enviar correo electrónico de verificación» (Send verification email).</translation>
    </message>
    <message>
        <source>Open the email from no-reply-aws@amazon.com and follow its verification link.</source>
        <translation>Abra el correo de no-reply-aws@amazon.com y siga su enlace de verificación.</translation>
    </message>
    <message>
        <source>The phone number on file is wrong, for example stored without its + country code.</source>
        <translation>El número de teléfono registrado es incorrecto; por ejemplo, se guardó sin el + y el código de país.</translation>
    </message>
    <message>
        <source>Ask an IAM user with permission to edit the account&apos;s contact information to correct the primary contact phone number (Account, Contact information) in international format, then try the call again.</source>
        <translation>Pida a un usuario de IAM con permiso para editar la información de contacto de la cuenta que corrija en formato internacional el número de teléfono del contacto principal, en Cuenta, Información de contacto (Account, Contact information); después, vuelva a intentar la llamada.</translation>
    </message>
    <message>
        <source>No such IAM user: ask AWS Support through the MFA support form.</source>
        <translation>No hay ningún usuario de IAM así: recurra al soporte de AWS mediante el formulario de soporte de MFA.</translation>
    </message>
    <message>
        <source>Phone verification could not be completed</source>
        <translation>No se pudo completar la verificación telefónica</translation>
    </message>
    <message>
        <source>The call did not reach the primary contact phone.</source>
        <translation>La llamada no llegó al teléfono del contacto principal.</translation>
    </message>
    <message>
        <source>Start over from the verification email.</source>
        <translation>Vuelva a empezar desde el correo de verificación.</translation>
    </message>
    <message>
        <source>Ask AWS Support through the MFA support form.</source>
        <translation>Recurra al soporte de AWS mediante el formulario de soporte de MFA.</translation>
    </message>
    <message>
        <source>No call received</source>
        <translation>No se recibió ninguna llamada</translation>
    </message>
    <message>
        <source>Choose Call me now, answer the call on the primary contact phone and key in the 6-digit number shown on the AWS page.</source>
        <translation>Elija «Llamarme ahora» (Call me now), conteste la llamada en el teléfono del contacto principal y teclee el número de 6 dígitos que muestra la página de AWS.</translation>
    </message>
    <message>
        <source>Choose Sign in to the console.</source>
        <translation>Elija «Iniciar sesión en la consola» (Sign in to the console).</translation>
    </message>
    <message>
        <source>Sign in using alternative factors</source>
        <translation>Iniciar sesión con factores alternativos</translation>
    </message>
    <message>
        <source>Fill in the AWS MFA support form and follow AWS Support&apos;s instructions until it restores access.</source>
        <translation>Rellene el formulario de soporte de MFA de AWS y siga las instrucciones del soporte de AWS hasta que le devuelvan el acceso.</translation>
    </message>
    <message>
        <source>AWS MFA support form</source>
        <translation>Soporte de MFA de AWS</translation>
    </message>
    <message>
        <source>Access to the root user&apos;s email account.</source>
        <translation>Acceso a la cuenta de correo del usuario raíz.</translation>
    </message>
    <message>
        <source>The phone whose number is the account&apos;s primary contact phone.</source>
        <translation>El teléfono cuyo número es el teléfono del contacto principal de la cuenta.</translation>
    </message>
    <message>
        <source>The primary contact phone number in international format: + and the country code, no leading zeros and no additional spaces (a UK number 07911 123456 is +447911123456).</source>
        <translation>El número de teléfono del contacto principal en formato internacional: + y el código de país, sin ceros iniciales ni espacios adicionales (el número británico 07911 123456 es +447911123456).</translation>
    </message>
    <message>
        <source>If the phone number on file may be wrong: an IAM user with permission to edit the account&apos;s contact information.</source>
        <translation>Si el número de teléfono registrado puede ser incorrecto: un usuario de IAM con permiso para editar la información de contacto de la cuenta.</translation>
    </message>
    <message>
        <source>Keep the primary contact phone number in international format (+ and the country code) under Account, Contact information.</source>
        <translation>Mantenga el número de teléfono del contacto principal en formato internacional (+ y el código de país) en Cuenta, Información de contacto (Account, Contact information).</translation>
    </message>
    <message>
        <source>Delete the old virtual MFA device in Security credentials and register a new one; scan its QR code into Tessera.</source>
        <translation>Elimine el antiguo dispositivo MFA virtual en Credenciales de seguridad (Security credentials) y registre uno nuevo; escanee su código QR con Tessera.</translation>
    </message>
    <message>
        <source>If the device was stolen, change the root user&apos;s password.</source>
        <translation>Si le robaron el dispositivo, cambie la contraseña del usuario raíz.</translation>
    </message>
    <message>
        <source>If the seed still works but its codes are rejected: on the Troubleshoot MFA page choose Re-sync with our servers and enter two consecutive codes. Submit them at once: a late request leaves the device out of sync.</source>
        <translation>Si la clave secreta sigue funcionando pero sus códigos se rechazan: en la página «Solucionar problemas de MFA» (Troubleshoot MFA), elija «Resincronizar con nuestros servidores» (Re-sync with our servers) e introduzca dos códigos consecutivos. Envíelos enseguida: una solicitud tardía deja el dispositivo desincronizado.</translation>
    </message>
    <message>
        <source>Sign in with the root user&apos;s email and primary contact phone instead of the lost MFA device, then register a new device.</source>
        <translation>Inicie sesión con el correo electrónico y el teléfono del contacto principal del usuario raíz en lugar del dispositivo MFA perdido y, después, registre un dispositivo nuevo.</translation>
    </message>
    <message>
        <source>AWS root user</source>
        <translation>Usuario raíz de AWS</translation>
    </message>
    <message>
        <source>Minutes when both the email and the phone call work; otherwise a request to AWS Support through its MFA support form.</source>
        <translation>Minutos si funcionan tanto el correo electrónico como la llamada; si no, una solicitud al soporte de AWS mediante su formulario de soporte de MFA.</translation>
    </message>
    <message>
        <source>At the two-factor prompt, look for another way to sign in and enter one of your recovery codes.</source>
        <translation>Cuando se le pida el segundo factor, busque otra forma de iniciar sesión e introduzca uno de sus códigos de recuperación.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Use another factor registered with the account: a backup phone number, a security key or a trusted device.</source>
        <translation>Use otro factor registrado en la cuenta: un número de teléfono de respaldo, una llave de seguridad o un dispositivo de confianza.</translation>
    </message>
    <message>
        <source>Another registered factor</source>
        <translation>Otro factor registrado</translation>
    </message>
    <message>
        <source>Use the provider&apos;s account recovery or support form, and expect to wait.</source>
        <translation>Use la recuperación de cuentas o el formulario de soporte del proveedor, y prepárese para esperar.</translation>
    </message>
    <message>
        <source>Any recovery or backup codes you saved when you turned on two-factor authentication.</source>
        <translation>Los códigos de recuperación o de respaldo que guardó al activar la autenticación de dos factores.</translation>
    </message>
    <message>
        <source>Access to the account&apos;s email address.</source>
        <translation>Acceso a la dirección de correo electrónico de la cuenta.</translation>
    </message>
    <message>
        <source>The phone whose number is registered with the account.</source>
        <translation>El teléfono cuyo número está registrado en la cuenta.</translation>
    </message>
    <message>
        <source>Register a second factor with the provider, such as a second device or a security key.</source>
        <translation>Registre un segundo factor en el proveedor, como un segundo dispositivo o una llave de seguridad.</translation>
    </message>
    <message>
        <source>Save the provider&apos;s recovery codes somewhere safe.</source>
        <translation>Guarde los códigos de recuperación del proveedor en un lugar seguro.</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Cualquier proveedor</translation>
    </message>
    <message>
        <source>What the large providers have in common: a recovery code or another registered factor first, the provider&apos;s account recovery last.</source>
        <translation>Lo que tienen en común los grandes proveedores: primero, un código de recuperación u otro factor registrado; como último recurso, la recuperación de cuentas del proveedor.</translation>
    </message>
    <message>
        <source>Another provider</source>
        <translation>Otro proveedor</translation>
    </message>
    <message>
        <source>Immediate with a recovery code or another factor. Account recovery often takes days: Google may hold the account for days, GitHub takes 3 to 5 business days, Microsoft 30 days after security info is replaced.</source>
        <translation>Inmediato con un código de recuperación u otro factor. La recuperación de la cuenta suele tardar días: Google puede retener la cuenta durante días, GitHub tarda de 3 a 5 días laborables y Microsoft, 30 días después de sustituir la información de seguridad.</translation>
    </message>
    <message>
        <source>At the two-factor prompt, enter one of your recovery codes from github-recovery-codes.txt.</source>
        <translation>Cuando se le pida el segundo factor, introduzca uno de sus códigos de recuperación de github-recovery-codes.txt.</translation>
    </message>
    <message>
        <source>Get a code by text message on the fallback number you registered.</source>
        <translation>Reciba un código por mensaje de texto en el número alternativo que registró.</translation>
    </message>
    <message>
        <source>Fallback number</source>
        <translation>Número alternativo</translation>
    </message>
    <message>
        <source>Use a security key registered with the account.</source>
        <translation>Use una llave de seguridad registrada en la cuenta.</translation>
    </message>
    <message>
        <source>At the two-factor prompt choose the link that begins Can&apos;t access your two factor device.</source>
        <translation>Cuando se le pida el segundo factor, elija el enlace que empieza por «¿No puede acceder a su dispositivo de dos factores?» (Can&apos;t access your two factor device).</translation>
    </message>
    <message>
        <source>Have a one-time password sent to your verified email addresses and enter it.</source>
        <translation>Pida que se envíe una contraseña de un solo uso a sus direcciones de correo verificadas e introdúzcala.</translation>
    </message>
    <message>
        <source>Verify your identity with a device you signed in from, an SSH key or a personal access token.</source>
        <translation>Verifique su identidad con un dispositivo desde el que haya iniciado sesión, una clave SSH o un token de acceso personal.</translation>
    </message>
    <message>
        <source>Wait for GitHub Support to review the request.</source>
        <translation>Espere a que el soporte de GitHub revise la solicitud.</translation>
    </message>
    <message>
        <source>Recovery request</source>
        <translation>Solicitud de recuperación</translation>
    </message>
    <message>
        <source>3 to 5 business days; GitHub Support may not be able to restore access.</source>
        <translation>De 3 a 5 días laborables; es posible que el soporte de GitHub no pueda restablecer el acceso.</translation>
    </message>
    <message>
        <source>Your password: every way back needs it.</source>
        <translation>Su contraseña: todas las vías de recuperación la necesitan.</translation>
    </message>
    <message>
        <source>Your recovery codes (the file github-recovery-codes.txt).</source>
        <translation>Sus códigos de recuperación (el archivo github-recovery-codes.txt).</translation>
    </message>
    <message>
        <source>Access to a verified email address of the account.</source>
        <translation>Acceso a una dirección de correo verificada de la cuenta.</translation>
    </message>
    <message>
        <source>A device you signed in from, an SSH key or a personal access token registered with the account.</source>
        <translation>Un dispositivo desde el que haya iniciado sesión, una clave SSH o un token de acceso personal registrados en la cuenta.</translation>
    </message>
    <message>
        <source>Keep your recovery codes (github-recovery-codes.txt) somewhere safe.</source>
        <translation>Guarde sus códigos de recuperación (github-recovery-codes.txt) en un lugar seguro.</translation>
    </message>
    <message>
        <source>Register a security key or a fallback number as another way in.</source>
        <translation>Registre una llave de seguridad o un número alternativo como otra vía de acceso.</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Sign in with a recovery code, your fallback number or a security key; otherwise request recovery, which GitHub Support reviews.</source>
        <translation>Inicie sesión con un código de recuperación, su número alternativo o una llave de seguridad; si no, solicite la recuperación, que revisa el soporte de GitHub.</translation>
    </message>
    <message>
        <source>Immediate with a recovery code, fallback number or security key. A recovery request takes 3 to 5 business days, and GitHub Support may not be able to restore access.</source>
        <translation>Inmediato con un código de recuperación, el número alternativo o una llave de seguridad. Una solicitud de recuperación tarda de 3 a 5 días laborables, y es posible que el soporte de GitHub no pueda restablecer el acceso.</translation>
    </message>
    <message>
        <source>Choose Try another way and confirm the sign-in on another phone where you are signed in to your Google Account.</source>
        <translation>Elija «Probar otra manera» (Try another way) y confirme el inicio de sesión en otro teléfono en el que tenga iniciada la sesión de su cuenta de Google.</translation>
    </message>
    <message>
        <source>Another phone where you are signed in</source>
        <translation>Otro teléfono con la sesión iniciada</translation>
    </message>
    <message>
        <source>Sign in on a computer where you chose Don&apos;t ask again on this computer: it does not ask for the second step.</source>
        <translation>Inicie sesión en un equipo en el que eligió «No volver a preguntar en este ordenador» (Don&apos;t ask again on this computer): ahí no se pide el segundo paso.</translation>
    </message>
    <message>
        <source>A trusted computer</source>
        <translation>Un equipo de confianza</translation>
    </message>
    <message>
        <source>The codes go to the phone number, not to the lost phone.</source>
        <translation>Los códigos van al número de teléfono, no al teléfono perdido.</translation>
    </message>
    <message>
        <source>Ask your mobile carrier to move your number to a new SIM card, then get the code again.</source>
        <translation>Pida a su operador de telefonía móvil que traslade su número a una tarjeta SIM nueva y vuelva a solicitar el código.</translation>
    </message>
    <message>
        <source>Use account recovery instead.</source>
        <translation>Use en su lugar la recuperación de la cuenta.</translation>
    </message>
    <message>
        <source>The phone with that number was lost</source>
        <translation>Se perdió el teléfono con ese número</translation>
    </message>
    <message>
        <source>Choose Try another way and get a code sent to your backup phone number.</source>
        <translation>Elija «Probar otra manera» (Try another way) y reciba un código en su número de teléfono de respaldo.</translation>
    </message>
    <message>
        <source>Backup phone number</source>
        <translation>Teléfono de respaldo</translation>
    </message>
    <message>
        <source>Choose Try another way and enter one of your backup codes. Each code works once.</source>
        <translation>Elija «Probar otra manera» (Try another way) e introduzca uno de sus códigos de respaldo. Cada código funciona una sola vez.</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Código de respaldo</translation>
    </message>
    <message>
        <source>Choose Try another way and use your security key.</source>
        <translation>Elija «Probar otra manera» (Try another way) y use su llave de seguridad.</translation>
    </message>
    <message>
        <source>When no other factor is left, follow the account recovery steps at g.co/recover, if you can from a device and a location you usually sign in from.</source>
        <translation>Cuando no le quede ningún otro factor, siga los pasos de recuperación de la cuenta en g.co/recover, a ser posible desde un dispositivo y una ubicación desde los que suela iniciar sesión.</translation>
    </message>
    <message>
        <source>Wait for the security hold to end, then sign in.</source>
        <translation>Espere a que termine la retención de seguridad y, después, inicie sesión.</translation>
    </message>
    <message>
        <source>A security hold of a few hours or a number of days, longer with 2-Step Verification on.</source>
        <translation>Una retención de seguridad de unas horas o varios días, más larga con la verificación en dos pasos activada.</translation>
    </message>
    <message>
        <source>Your backup codes, if you printed them.</source>
        <translation>Sus códigos de respaldo, si los imprimió.</translation>
    </message>
    <message>
        <source>Your recovery email address and recovery phone.</source>
        <translation>Su dirección de correo de recuperación y su teléfono de recuperación.</translation>
    </message>
    <message>
        <source>Another second factor you set up: a phone where you are signed in, a backup phone number or a security key.</source>
        <translation>Otro segundo factor que haya configurado: un teléfono con la sesión iniciada, un número de teléfono de respaldo o una llave de seguridad.</translation>
    </message>
    <message>
        <source>A device and a location you usually sign in from.</source>
        <translation>Un dispositivo y una ubicación desde los que suela iniciar sesión.</translation>
    </message>
    <message>
        <source>Print a set of backup codes and keep it safe.</source>
        <translation>Imprima un juego de códigos de respaldo y guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Add a recovery email address and a recovery phone.</source>
        <translation>Añada una dirección de correo de recuperación y un teléfono de recuperación.</translation>
    </message>
    <message>
        <source>Add another second factor: a backup phone number or a security key.</source>
        <translation>Añada otro segundo factor: un número de teléfono de respaldo o una llave de seguridad.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>At the 2-Step Verification prompt choose Try another way and use any other factor you set up; account recovery is the last resort.</source>
        <translation>Cuando se le pida la verificación en dos pasos, elija «Probar otra manera» (Try another way) y use cualquier otro factor que haya configurado; la recuperación de la cuenta es el último recurso.</translation>
    </message>
    <message>
        <source>Google Account</source>
        <translation>Cuenta de Google</translation>
    </message>
    <message>
        <source>Immediate with another factor. Account recovery may put a security hold on the account for a few hours or a number of days, longer with 2-Step Verification on.</source>
        <translation>Inmediato con otro factor. La recuperación de la cuenta puede someter la cuenta a una retención de seguridad de unas horas o varios días, más larga con la verificación en dos pasos activada.</translation>
    </message>
    <message>
        <source>With two-step verification on, sign in on a trusted device.</source>
        <translation>Con la verificación en dos pasos activada, inicie sesión en un dispositivo de confianza.</translation>
    </message>
    <message>
        <source>Enter your 25-character recovery code.</source>
        <translation>Introduzca su código de recuperación de 25 caracteres.</translation>
    </message>
    <message>
        <source>Sign in and choose I don&apos;t have any of these.</source>
        <translation>Inicie sesión y elija «No tengo ninguno de estos» (I don&apos;t have any of these).</translation>
    </message>
    <message>
        <source>Replace your security info with an email address or phone number you can use.</source>
        <translation>Sustituya su información de seguridad por una dirección de correo o un número de teléfono que pueda usar.</translation>
    </message>
    <message>
        <source>Wait 30 days for the new security info to take effect.</source>
        <translation>Espere 30 días a que la nueva información de seguridad entre en vigor.</translation>
    </message>
    <message>
        <source>Replace your security info</source>
        <translation>Sustituir la información de seguridad</translation>
    </message>
    <message>
        <source>30 days after you replace all your security info.</source>
        <translation>30 días después de sustituir toda su información de seguridad.</translation>
    </message>
    <message>
        <source>As a last resort, fill in the Microsoft account recovery form.</source>
        <translation>Como último recurso, rellene el formulario de recuperación de cuentas de Microsoft.</translation>
    </message>
    <message>
        <source>Recovery form</source>
        <translation>Formulario de recuperación</translation>
    </message>
    <message>
        <source>The form is answered in about 24 hours.</source>
        <translation>El formulario se responde en unas 24 horas.</translation>
    </message>
    <message>
        <source>Your 25-character recovery code.</source>
        <translation>Su código de recuperación de 25 caracteres.</translation>
    </message>
    <message>
        <source>An alternate email address or phone number of the account.</source>
        <translation>Una dirección de correo o un número de teléfono alternativos de la cuenta.</translation>
    </message>
    <message>
        <source>A trusted device.</source>
        <translation>Un dispositivo de confianza.</translation>
    </message>
    <message>
        <source>Keep your 25-character recovery code somewhere safe.</source>
        <translation>Guarde su código de recuperación de 25 caracteres en un lugar seguro.</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Use a trusted device or your 25-character recovery code; without them, replace your security info and wait 30 days, or use the recovery form.</source>
        <translation>Use un dispositivo de confianza o su código de recuperación de 25 caracteres; sin ellos, sustituya su información de seguridad y espere 30 días, o use el formulario de recuperación.</translation>
    </message>
    <message>
        <source>Microsoft account (personal)</source>
        <translation>Cuenta Microsoft (personal)</translation>
    </message>
    <message>
        <source>Immediate with a trusted device or the recovery code. Replacing all your security info takes 30 days; the recovery form is answered in about 24 hours.</source>
        <translation>Inmediato con un dispositivo de confianza o el código de recuperación. Sustituir toda la información de seguridad tarda 30 días; el formulario de recuperación se responde en unas 24 horas.</translation>
    </message>
    <message>
        <source>Ask your administrator to require you to re-register multifactor authentication, or to reset your authentication methods.</source>
        <translation>Pida a su administrador que le exija volver a registrar la autenticación multifactor o que restablezca sus métodos de autenticación.</translation>
    </message>
    <message>
        <source>Sign in: you are asked to register your authentication methods again.</source>
        <translation>Inicie sesión: se le pedirá que registre de nuevo sus métodos de autenticación.</translation>
    </message>
    <message>
        <source>Ask your administrator</source>
        <translation>Acudir a su administrador</translation>
    </message>
    <message>
        <source>How to reach your organisation&apos;s administrator.</source>
        <translation>Cómo contactar con el administrador de su organización.</translation>
    </message>
    <message>
        <source>Register the authenticator again and scan its QR code into Tessera.</source>
        <translation>Vuelva a registrar la aplicación de autenticación y escanee su código QR con Tessera.</translation>
    </message>
    <message>
        <source>Work and school accounts (Microsoft Entra) are recovered by an administrator, who makes you register your sign-in methods again.</source>
        <translation>Las cuentas profesionales y educativas (Microsoft Entra) las recupera un administrador, que le hace registrar de nuevo sus métodos de inicio de sesión.</translation>
    </message>
    <message>
        <source>Microsoft work or school account</source>
        <translation>Cuenta profesional o educativa de Microsoft</translation>
    </message>
    <message>
        <source>Depends on how soon your administrator answers.</source>
        <translation>Depende de lo pronto que responda su administrador.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Tessera could not create its lock file in %1. Check that the folder exists and is writable.</source>
        <translation>Tessera no pudo crear su archivo de bloqueo en %1. Compruebe que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Tessera could not listen for other windows being opened (%1). Starting it again may open a second window.</source>
        <translation>Tessera no puede detectar la apertura de otras ventanas (%1). Si lo inicia de nuevo, puede que se abra una segunda ventana.</translation>
    </message>
    <message>
        <source>Tessera is already running but did not answer. Close it (or end it from a task manager) and start it again.</source>
        <translation>Tessera ya se está ejecutando, pero no responde. Ciérrelo (o finalícelo desde un administrador de tareas) y vuelva a iniciarlo.</translation>
    </message>
</context>
<context>
    <name>TesseraApplication</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Tessera Cannot Start</source>
        <translation>Tessera no puede iniciarse</translation>
    </message>
    <message>
        <source>The encryption library failed its start-up check, so Tessera will not open your vault. Reinstall Tessera and its libraries (libsodium), then try again.

Details: %1</source>
        <translation>La biblioteca de cifrado no superó su comprobación inicial, así que Tessera no abrirá su bóveda. Reinstale Tessera y sus bibliotecas (libsodium) y vuelva a intentarlo.

Detalles: %1</translation>
    </message>
    <message>
        <source>Two-factor codes for your accounts, in an encrypted vault.</source>
        <translation>Códigos de dos factores para sus cuentas, en una bóveda cifrada.</translation>
    </message>
</context>
<context>
    <name>tessera::AccountCodec</name>
    <message>
        <source>The account record cannot be decoded (%1).</source>
        <translation>No se puede descodificar el registro de la cuenta (%1).</translation>
    </message>
    <message>
        <source>The account record has a field &apos;%1&apos; this version of Tessera does not know: it was written by a newer version.</source>
        <translation>El registro de la cuenta tiene un campo «%1» que esta versión de Tessera no conoce: lo escribió una versión más reciente.</translation>
    </message>
    <message>
        <source>%1 is not a map</source>
        <translation>%1 no es un mapa</translation>
    </message>
    <message>
        <source>%1 has a key that is not text</source>
        <translation>%1 tiene una clave que no es texto</translation>
    </message>
    <message>
        <source>%1 repeats &apos;%2&apos;</source>
        <translation>%1 repite «%2»</translation>
    </message>
    <message>
        <source>%1 is truncated</source>
        <translation>%1 está truncado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the wrong type</source>
        <translation>«%1» tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>&apos;codes&apos; is not a list</source>
        <translation>«codes» no es una lista</translation>
    </message>
    <message>
        <source>a recovery code</source>
        <translation>un código de recuperación</translation>
    </message>
    <message>
        <source>a recovery code has no &apos;code&apos;</source>
        <translation>un código de recuperación no tiene «code»</translation>
    </message>
    <message>
        <source>&apos;codes&apos; is truncated</source>
        <translation>«codes» está truncado</translation>
    </message>
    <message>
        <source>&apos;recovery&apos;</source>
        <translation>«recovery»</translation>
    </message>
    <message>
        <source>&apos;phone_checked_on&apos; is not a date</source>
        <translation>«phone_checked_on» no es una fecha</translation>
    </message>
    <message>
        <source>&apos;second_factor&apos; is not a known value</source>
        <translation>«second_factor» no tiene un valor conocido</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>el registro</translation>
    </message>
    <message>
        <source>&apos;type&apos; is not a known value</source>
        <translation>«type» no tiene un valor conocido</translation>
    </message>
    <message>
        <source>&apos;algorithm&apos; is not a known value</source>
        <translation>«algorithm» no tiene un valor conocido</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range</source>
        <translation>«%1» está fuera de rango</translation>
    </message>
    <message>
        <source>&apos;secret&apos; has the wrong type</source>
        <translation>«secret» tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>&apos;note&apos; has the wrong type</source>
        <translation>«note» tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>&apos;tags&apos; is not a list</source>
        <translation>«tags» no es una lista</translation>
    </message>
    <message>
        <source>a tag is not text</source>
        <translation>una etiqueta no es texto</translation>
    </message>
    <message>
        <source>&apos;tags&apos; is truncated</source>
        <translation>«tags» está truncado</translation>
    </message>
    <message>
        <source>&apos;recovery&apos; is not a map</source>
        <translation>«recovery» no es un mapa</translation>
    </message>
    <message>
        <source>&apos;recovery&apos; is truncated</source>
        <translation>«recovery» está truncado</translation>
    </message>
    <message>
        <source>bytes follow the record</source>
        <translation>hay bytes después del registro</translation>
    </message>
    <message>
        <source>an OTP parameter is missing</source>
        <translation>falta un parámetro OTP</translation>
    </message>
</context>
<context>
    <name>tessera::AccountJson</name>
    <message>
        <source>the field &apos;%1&apos; is not a date and time (ISO 8601).</source>
        <translation>el campo «%1» no es una fecha y hora (ISO 8601).</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; should hold only text.</source>
        <translation>el campo «%1» solo debería contener texto.</translation>
    </message>
    <message>
        <source>the field &apos;phoneCheckedOn&apos; is not a date.</source>
        <translation>el campo «phoneCheckedOn» no es una fecha.</translation>
    </message>
    <message>
        <source>the field &apos;secondFactor&apos; has the unknown value &apos;%1&apos;.</source>
        <translation>el campo «secondFactor» tiene el valor desconocido «%1».</translation>
    </message>
    <message>
        <source>the field &apos;otp&apos; is missing or not an object.</source>
        <translation>el campo «otp» falta o no es un objeto.</translation>
    </message>
    <message>
        <source>it has the unknown type &apos;%1&apos;.</source>
        <translation>tiene el tipo desconocido «%1».</translation>
    </message>
    <message>
        <source>it has the unknown algorithm &apos;%1&apos;.</source>
        <translation>tiene el algoritmo desconocido «%1».</translation>
    </message>
    <message>
        <source>the field &apos;counter&apos; is not a whole number.</source>
        <translation>el campo «counter» no es un número entero.</translation>
    </message>
    <message>
        <source>its digits or period are out of range.</source>
        <translation>sus dígitos o su periodo están fuera de rango.</translation>
    </message>
</context>
<context>
    <name>tessera::Aead</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The key has the wrong length.</source>
        <translation>La clave tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated.</source>
        <translation>Los datos cifrados están truncados.</translation>
    </message>
    <message>
        <source>The encrypted data failed its authenticity check (wrong key, or the data was changed).</source>
        <translation>Los datos cifrados no superaron la comprobación de autenticidad (clave incorrecta o datos modificados).</translation>
    </message>
</context>
<context>
    <name>tessera::AegisFormat</name>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>el archivo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>a password slot has invalid scrypt parameters.</source>
        <translation>una ranura de contraseña tiene parámetros de scrypt no válidos.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; of a password slot is not valid.</source>
        <translation>el campo «%1» de una ranura de contraseña no es válido.</translation>
    </message>
    <message>
        <source>It is an mOTP account, which Tessera does not support.</source>
        <translation>Es una cuenta mOTP, que Tessera no admite.</translation>
    </message>
    <message>
        <source>It is a Yandex account, which Tessera does not support.</source>
        <translation>Es una cuenta de Yandex, que Tessera no admite.</translation>
    </message>
    <message>
        <source>It has the unknown type &apos;%1&apos;.</source>
        <translation>Tiene el tipo desconocido «%1».</translation>
    </message>
    <message>
        <source>the field &apos;info&apos; is missing.</source>
        <translation>falta el campo «info».</translation>
    </message>
    <message>
        <source>%1 is marked MD5 in the Aegis file; like Aegis, Tessera computes its codes with SHA-1.</source>
        <translation>%1 figura como MD5 en el archivo de Aegis; al igual que Aegis, Tessera calcula sus códigos con SHA-1.</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>Una cuenta</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Usa el algoritmo «%1», que Tessera no admite.</translation>
    </message>
    <message>
        <source>the field &apos;version&apos; is missing.</source>
        <translation>falta el campo «version».</translation>
    </message>
    <message>
        <source>This Aegis file has version %1, newer than Tessera reads (%2). Export it again from Aegis, or update Tessera.</source>
        <translation>Este archivo de Aegis tiene la versión %1, más reciente que la que lee Tessera (%2). Vuelva a exportarlo desde Aegis o actualice Tessera.</translation>
    </message>
    <message>
        <source>the field &apos;header&apos; is missing or not an object.</source>
        <translation>el campo «header» falta o no es un objeto.</translation>
    </message>
    <message>
        <source>the header has key slots without encryption parameters or the other way round.</source>
        <translation>la cabecera tiene ranuras de clave sin parámetros de cifrado, o al revés.</translation>
    </message>
    <message>
        <source>the field &apos;db&apos; is missing or not an object.</source>
        <translation>el campo «db» falta o no es un objeto.</translation>
    </message>
    <message>
        <source>the decrypted vault is not a JSON object.</source>
        <translation>la bóveda descifrada no es un objeto JSON.</translation>
    </message>
    <message>
        <source>the header&apos;s &apos;slots&apos; should be a list and &apos;params&apos; an object.</source>
        <translation>en la cabecera, «slots» debería ser una lista y «params» un objeto.</translation>
    </message>
    <message>
        <source>the encrypted vault (&apos;db&apos;) should be base64 text.</source>
        <translation>la bóveda cifrada («db») debería ser texto en base64.</translation>
    </message>
    <message>
        <source>the vault&apos;s nonce or tag is missing or not valid hexadecimal.</source>
        <translation>el nonce o la etiqueta de la bóveda faltan o no son hexadecimales válidos.</translation>
    </message>
    <message>
        <source>the encrypted vault (&apos;db&apos;) is not valid base64.</source>
        <translation>la bóveda cifrada («db») no es base64 válido.</translation>
    </message>
    <message>
        <source>This Aegis file can only be opened with a fingerprint or a raw key, not a password. Export it from Aegis with a password.</source>
        <translation>Este archivo de Aegis solo se puede abrir con una huella digital o una clave sin procesar, no con una contraseña. Expórtelo desde Aegis con una contraseña.</translation>
    </message>
    <message>
        <source>The password is right, but the Aegis vault in this file is damaged (it fails its authenticity check).</source>
        <translation>La contraseña es correcta, pero la bóveda de Aegis de este archivo está dañada (no supera la comprobación de autenticidad).</translation>
    </message>
    <message>
        <source>the vault&apos;s content has no valid &apos;version&apos;.</source>
        <translation>el contenido de la bóveda no tiene un campo «version» válido.</translation>
    </message>
    <message>
        <source>This Aegis file&apos;s content has version %1, newer than Tessera reads (%2). Update Tessera, or export a plain list of links (otpauth://) from Aegis.</source>
        <translation>El contenido de este archivo de Aegis tiene la versión %1, más reciente que la que lee Tessera (%2). Actualice Tessera o exporte desde Aegis una lista simple de enlaces (otpauth://).</translation>
    </message>
    <message>
        <source>the field &apos;entries&apos; is missing or not a list.</source>
        <translation>el campo «entries» falta o no es una lista.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Está en la papelera.</translation>
    </message>
    <message numerus="yes">
        <source>Aegis files cannot hold recovery information (recovery codes, email, phone): %n account(s) lose it in this export.</source>
        <translation>
            <numerusform>Los archivos de Aegis no pueden contener información de recuperación (códigos de recuperación, correo, teléfono): %n cuenta la pierde en esta exportación.</numerusform>
            <numerusform>Los archivos de Aegis no pueden contener información de recuperación (códigos de recuperación, correo, teléfono): %n cuentas la pierden en esta exportación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::AndOtpFormat</name>
    <message>
        <source>It is an mOTP account, which Tessera does not support.</source>
        <translation>Es una cuenta mOTP, que Tessera no admite.</translation>
    </message>
    <message>
        <source>It has the unknown type &apos;%1&apos;.</source>
        <translation>Tiene el tipo desconocido «%1».</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Usa el algoritmo «%1», que Tessera no admite.</translation>
    </message>
    <message>
        <source>the file is not a JSON list.</source>
        <translation>el archivo no es una lista JSON.</translation>
    </message>
    <message>
        <source>it is neither an andOTP list (JSON) nor an encrypted andOTP backup.</source>
        <translation>no es ni una lista de andOTP (JSON) ni una copia de seguridad cifrada de andOTP.</translation>
    </message>
    <message>
        <source>it is too short to be an encrypted andOTP backup (%1 bytes).</source>
        <translation>es demasiado corto para ser una copia de seguridad cifrada de andOTP (%1 bytes).</translation>
    </message>
    <message>
        <source>the decrypted backup is not a JSON list.</source>
        <translation>la copia de seguridad descifrada no es una lista JSON.</translation>
    </message>
    <message>
        <source>The password does not open this andOTP backup (or the file is damaged). Check the password and try again.</source>
        <translation>La contraseña no abre esta copia de seguridad de andOTP (o el archivo está dañado). Compruebe la contraseña y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>tessera::AutomaticBackup</name>
    <message>
        <source>The disk is full: creating %1 failed.</source>
        <translation>El disco está lleno: no se pudo crear %1.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: creating it is not possible.</source>
        <translation>%1 está en un sistema de archivos de solo lectura: no es posible crearlo.</translation>
    </message>
    <message>
        <source>Permission denied: creating %1 is not allowed.</source>
        <translation>Permiso denegado: no está permitido crear %1.</translation>
    </message>
    <message>
        <source>creating %1 failed: %2.</source>
        <translation>no se pudo crear %1: %2.</translation>
    </message>
    <message>
        <source>The disk is full: setting the permissions of %1 failed.</source>
        <translation>El disco está lleno: no se pudieron establecer los permisos de %1.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: setting the permissions of it is not possible.</source>
        <translation>%1 está en un sistema de archivos de solo lectura: no es posible establecer sus permisos.</translation>
    </message>
    <message>
        <source>Permission denied: setting the permissions of %1 is not allowed.</source>
        <translation>Permiso denegado: no está permitido establecer los permisos de %1.</translation>
    </message>
    <message>
        <source>setting the permissions of %1 failed: %2.</source>
        <translation>no se pudieron establecer los permisos de %1: %2.</translation>
    </message>
    <message>
        <source>The disk is full: writing %1 failed.</source>
        <translation>El disco está lleno: no se pudo escribir %1.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: writing it is not possible.</source>
        <translation>%1 está en un sistema de archivos de solo lectura: no es posible escribirlo.</translation>
    </message>
    <message>
        <source>Permission denied: writing %1 is not allowed.</source>
        <translation>Permiso denegado: no está permitido escribir %1.</translation>
    </message>
    <message>
        <source>writing %1 failed: %2.</source>
        <translation>no se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>The disk is full: naming the backup %1 failed.</source>
        <translation>El disco está lleno: no se pudo dar nombre a la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: naming the backup is not possible.</source>
        <translation>%1 está en un sistema de archivos de solo lectura: no es posible dar nombre a la copia de seguridad.</translation>
    </message>
    <message>
        <source>Permission denied: naming the backup %1 is not allowed.</source>
        <translation>Permiso denegado: no está permitido dar nombre a la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>naming the backup %1 failed: %2.</source>
        <translation>no se pudo dar nombre a la copia de seguridad %1: %2.</translation>
    </message>
    <message>
        <source>The disk is full: removing the old backup %1 failed.</source>
        <translation>El disco está lleno: no se pudo eliminar la copia de seguridad antigua %1.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: removing the old backup is not possible.</source>
        <translation>%1 está en un sistema de archivos de solo lectura: no es posible eliminar la copia de seguridad antigua.</translation>
    </message>
    <message>
        <source>Permission denied: removing the old backup %1 is not allowed.</source>
        <translation>Permiso denegado: no está permitido eliminar la copia de seguridad antigua %1.</translation>
    </message>
    <message>
        <source>removing the old backup %1 failed: %2.</source>
        <translation>no se pudo eliminar la copia de seguridad antigua %1: %2.</translation>
    </message>
    <message>
        <source>The vault is locked: no automatic backup was written.</source>
        <translation>La bóveda está bloqueada: no se hizo ninguna copia de seguridad automática.</translation>
    </message>
    <message>
        <source>The vault has integrity problems, so no automatic backup was written (the copies already in %1 are kept). Repair the vault or restore a backup first.</source>
        <translation>La bóveda tiene problemas de integridad, así que no se hizo ninguna copia de seguridad automática (se conservan las copias que ya hay en %1). Primero repare la bóveda o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (is its drive connected?): no automatic backup was written.</source>
        <translation>La carpeta de copias de seguridad %1 no existe (¿está conectada su unidad?): no se hizo ninguna copia de seguridad automática.</translation>
    </message>
    <message>
        <source>No free file name for a backup in %1.</source>
        <translation>No hay ningún nombre de archivo libre para una copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>Writing an automatic backup</source>
        <translation>Al escribir una copia de seguridad automática</translation>
    </message>
    <message>
        <source>The automatic backup failed its check after writing and was removed: %1</source>
        <translation>La copia de seguridad automática no superó la comprobación tras escribirse y se eliminó: %1</translation>
    </message>
    <message>
        <source>The automatic backup %1 was written and checked, but recording it in the vault failed: %2</source>
        <translation>La copia de seguridad automática %1 se escribió y se comprobó, pero no se pudo registrar en la bóveda: %2</translation>
    </message>
    <message>
        <source>The vault is locked: old backups were not thinned out.</source>
        <translation>La bóveda está bloqueada: no se depuraron las copias de seguridad antiguas.</translation>
    </message>
</context>
<context>
    <name>tessera::BackupFolder</name>
    <message>
        <source>The backup folder %1 does not exist or is not a folder (is its drive connected?).</source>
        <translation>La carpeta de copias de seguridad %1 no existe o no es una carpeta (¿está conectada su unidad?).</translation>
    </message>
</context>
<context>
    <name>tessera::BackupLog</name>
    <message>
        <source>A backup record in the vault is damaged or was changed outside Tessera.</source>
        <translation>Un registro de copia de seguridad de la bóveda está dañado o se modificó fuera de Tessera.</translation>
    </message>
    <message>
        <source>A backup record was written by a newer version of Tessera.</source>
        <translation>Un registro de copia de seguridad se escribió con una versión más reciente de Tessera.</translation>
    </message>
</context>
<context>
    <name>tessera::BackupRecord</name>
    <message>
        <source>an automatic copy of the vault</source>
        <translation>una copia automática de la bóveda</translation>
    </message>
    <message>
        <source>a Tessera backup file</source>
        <translation>un archivo de copia de seguridad de Tessera</translation>
    </message>
    <message>
        <source>an Aegis export (encrypted)</source>
        <translation>una exportación de Aegis (cifrada)</translation>
    </message>
    <message>
        <source>an Aegis export (not encrypted)</source>
        <translation>una exportación de Aegis (sin cifrar)</translation>
    </message>
    <message>
        <source>a list of otpauth:// links</source>
        <translation>una lista de enlaces otpauth://</translation>
    </message>
    <message>
        <source>Google Authenticator transfer codes</source>
        <translation>códigos de transferencia de Google Authenticator</translation>
    </message>
    <message>
        <source>a PDF of the accounts</source>
        <translation>un PDF de las cuentas</translation>
    </message>
    <message>
        <source>a backup of a kind this version of Tessera does not know</source>
        <translation>una copia de seguridad de un tipo que esta versión de Tessera no conoce</translation>
    </message>
</context>
<context>
    <name>tessera::BackupRestore</name>
    <message>
        <source>Unlock the backup copy first.</source>
        <translation>Primero desbloquee la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>tessera::Base32</name>
    <message>
        <source>The padding &apos;=&apos; at position %1 is followed by more characters; &apos;=&apos; may only appear at the end.</source>
        <translation>El relleno «=» de la posición %1 va seguido de más caracteres; «=» solo puede aparecer al final.</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not valid base32 (base32 uses the letters A to Z and the digits 2 to 7).</source>
        <translation>El carácter %1 de la posición %2 no es base32 válido (base32 usa las letras de la A a la Z y los dígitos del 2 al 7).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>La clave secreta está vacía.</translation>
    </message>
    <message>
        <source>The secret has %1 base32 characters, which cannot be a whole number of bytes; a character is probably missing or extra.</source>
        <translation>La clave secreta tiene %1 caracteres base32, que no pueden formar un número entero de bytes; probablemente falta o sobra un carácter.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <extracomment>A character quoted in a message; use your language&apos;s quotation marks.</extracomment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>tessera::BitwardenFormat</name>
    <message>
        <source>Its authenticator key is neither an otpauth:// link nor a base32 secret.</source>
        <translation>Su clave de autenticador no es ni un enlace otpauth:// ni una clave secreta en base32.</translation>
    </message>
    <message>
        <source>The authentication code does not match.</source>
        <translation>El código de autenticación no coincide.</translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>el archivo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>This Bitwarden export is encrypted with your Bitwarden account key, which only Bitwarden has. Export again choosing &quot;Password protected&quot; or an unencrypted format.</source>
        <translation>Esta exportación de Bitwarden está cifrada con la clave de su cuenta de Bitwarden, que solo tiene Bitwarden. Vuelva a exportar eligiendo «Protegido con contraseña» (Password protected) o un formato sin cifrar.</translation>
    </message>
    <message>
        <source>the decrypted data is not a JSON object.</source>
        <translation>los datos descifrados no son un objeto JSON.</translation>
    </message>
    <message>
        <source>the field &apos;salt&apos; is missing.</source>
        <translation>falta el campo «salt».</translation>
    </message>
    <message>
        <source>the encrypted fields are not in Bitwarden&apos;s &quot;2.iv|data|mac&quot; form.</source>
        <translation>los campos cifrados no tienen la forma «2.iv|data|mac» de Bitwarden.</translation>
    </message>
    <message>
        <source>This Bitwarden export uses an unknown key derivation (type %1).</source>
        <translation>Esta exportación de Bitwarden usa una derivación de claves desconocida (tipo %1).</translation>
    </message>
    <message>
        <source>The password is right, but the data in this Bitwarden export is damaged.</source>
        <translation>La contraseña es correcta, pero los datos de esta exportación de Bitwarden están dañados.</translation>
    </message>
    <message>
        <source>the field &apos;items&apos; is missing or not a list.</source>
        <translation>el campo «items» falta o no es una lista.</translation>
    </message>
    <message>
        <source>it is neither JSON nor CSV text.</source>
        <translation>no es ni JSON ni texto CSV.</translation>
    </message>
    <message>
        <source>it has no header row.</source>
        <translation>no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>it has no &apos;login_totp&apos; column.</source>
        <translation>no tiene la columna «login_totp».</translation>
    </message>
</context>
<context>
    <name>tessera::ClockCheck</name>
    <message>
        <source>There is no system D-Bus, so Tessera cannot ask whether the clock is synchronised; check the clock with a time server instead.</source>
        <translation>No hay D-Bus del sistema, así que Tessera no puede preguntar si el reloj está sincronizado; compruebe el reloj con un servidor de hora.</translation>
    </message>
    <message>
        <source>timedated is not available (%1), so Tessera cannot tell whether the clock is synchronised; check it with a time server instead.</source>
        <translation>timedated no está disponible (%1), así que Tessera no puede saber si el reloj está sincronizado; compruébelo con un servidor de hora.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>timedated does not say whether the clock is synchronised; check it with a time server instead.</source>
        <translation>timedated no indica si el reloj está sincronizado; compruébelo con un servidor de hora.</translation>
    </message>
    <message>
        <source>The system clock is synchronised with a time server.</source>
        <translation>El reloj del sistema está sincronizado con un servidor de hora.</translation>
    </message>
    <message>
        <source>The system clock is not synchronised yet: codes may be rejected until it is. Check the network connection, or check the clock with a time server.</source>
        <translation>El reloj del sistema aún no está sincronizado: los códigos pueden rechazarse hasta que lo esté. Compruebe la conexión de red o compruebe el reloj con un servidor de hora.</translation>
    </message>
    <message>
        <source>Network time is switched off, so the system clock is not synchronised: turn on automatic date and time in the system settings.</source>
        <translation>La hora de red está desactivada, así que el reloj del sistema no está sincronizado: active la fecha y hora automáticas en los ajustes del sistema.</translation>
    </message>
    <message>
        <source>The time server %1 did not answer within %2 s. Check the network connection, or choose another server.</source>
        <translation>El servidor de hora %1 no respondió en %2 s. Compruebe la conexión de red o elija otro servidor.</translation>
    </message>
    <message>
        <source>The time server %1 was not found. Check its name and the network connection.</source>
        <translation>No se encontró el servidor de hora %1. Compruebe su nombre y la conexión de red.</translation>
    </message>
    <message>
        <source>Nothing answers NTP at %1: the port is closed or the host cannot be reached. Check the server and port.</source>
        <translation>Ningún servicio responde a NTP en %1: el puerto está cerrado o no se puede llegar al host. Compruebe el servidor y el puerto.</translation>
    </message>
    <message>
        <source>The time server %1 could not be reached: %2.</source>
        <translation>No se pudo contactar con el servidor de hora %1: %2.</translation>
    </message>
    <message>
        <source>Tessera could not send the request to %1: %2.</source>
        <translation>Tessera no pudo enviar la solicitud a %1: %2.</translation>
    </message>
    <message>
        <source>The clock check was cancelled.</source>
        <translation>Se canceló la comprobación del reloj.</translation>
    </message>
    <message>
        <source>The clock is %1 s off: that is a wrong date or time zone, not drift. Fix the system clock (date, time and time zone); Tessera corrects codes by at most 5 minutes.</source>
        <translation>El reloj está desviado %1 s: eso es una fecha o una zona horaria incorrecta, no una deriva. Corrija el reloj del sistema (fecha, hora y zona horaria); Tessera corrige los códigos como máximo en 5 minutos.</translation>
    </message>
    <message>
        <source>Your clock is right (within 0.05 s).</source>
        <translation>Su reloj está en hora (con un margen de 0,05 s).</translation>
    </message>
    <message>
        <source>Your clock is %1 s slow.</source>
        <translation>Su reloj va %1 s atrasado.</translation>
    </message>
    <message>
        <source>Your clock is %1 s fast.</source>
        <translation>Su reloj va %1 s adelantado.</translation>
    </message>
</context>
<context>
    <name>tessera::CryptoSelfTest</name>
    <message>
        <source>The cryptography self-test failed (%1). Tessera will not open vaults with a broken crypto library; reinstall libsodium.</source>
        <translation>Falló la autocomprobación criptográfica (%1). Tessera no abrirá bóvedas con una biblioteca criptográfica defectuosa; reinstale libsodium.</translation>
    </message>
</context>
<context>
    <name>tessera::CsvReader</name>
    <message>
        <source>the file has more than %1 rows.</source>
        <translation>el archivo tiene más de %1 filas.</translation>
    </message>
    <message>
        <source>line %1 has a quote in the middle of a field.</source>
        <translation>la línea %1 tiene unas comillas en mitad de un campo.</translation>
    </message>
    <message>
        <source>line %1 has text after a closing quote.</source>
        <translation>la línea %1 tiene texto después de unas comillas de cierre.</translation>
    </message>
    <message>
        <source>a quoted field is not closed (the file is cut off).</source>
        <translation>un campo entre comillas no está cerrado (el archivo está cortado).</translation>
    </message>
</context>
<context>
    <name>tessera::EnteFormat</name>
    <message>
        <source>The Ente display settings of %1 could not be read; the account is imported without its tags.</source>
        <translation>No se pudieron leer los ajustes de visualización de Ente de %1; la cuenta se importa sin sus etiquetas.</translation>
    </message>
    <message>
        <source>%1 was in Ente&apos;s trash; it is imported as a normal account.</source>
        <translation>%1 estaba en la papelera de Ente; se importa como una cuenta normal.</translation>
    </message>
</context>
<context>
    <name>tessera::Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ForeignCrypto</name>
    <message>
        <source>The encrypted data failed its authenticity check (wrong password, or the file was changed).</source>
        <translation>Los datos cifrados no superaron la comprobación de autenticidad (contraseña incorrecta o archivo modificado).</translation>
    </message>
    <message>
        <source>The cryptography library could not compute %1 (out of memory?). Close other programs and try again.</source>
        <translation>La biblioteca criptográfica no pudo calcular %1 (¿falta de memoria?). Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The cryptography library could not start %1 (out of memory?). Close other programs and try again.</source>
        <translation>La biblioteca criptográfica no pudo iniciar %1 (¿falta de memoria?). Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The cryptography library could not run %1 (out of memory?). Close other programs and try again.</source>
        <translation>La biblioteca criptográfica no pudo ejecutar %1 (¿falta de memoria?). Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The cryptography library could not finish %1 (out of memory?). Close other programs and try again.</source>
        <translation>La biblioteca criptográfica no pudo terminar %1 (¿falta de memoria?). Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unsupported derived key length.</source>
        <translation>Longitud de clave derivada no admitida.</translation>
    </message>
    <message>
        <source>The file asks for scrypt with N = %1; Tessera accepts powers of two up to %2, so the file is damaged or hostile.</source>
        <translation>El archivo pide scrypt con N = %1; Tessera acepta potencias de dos hasta %2, así que el archivo está dañado o es malicioso.</translation>
    </message>
    <message>
        <source>The file asks for scrypt with r = %1; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>El archivo pide scrypt con r = %1; Tessera acepta de 1 a %2, así que el archivo está dañado o es malicioso.</translation>
    </message>
    <message>
        <source>The file asks for scrypt with p = %1; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>El archivo pide scrypt con p = %1; Tessera acepta de 1 a %2, así que el archivo está dañado o es malicioso.</translation>
    </message>
    <message>
        <source>The file asks for scrypt parameters (N = %1, r = %2, p = %3) that would need %4 MiB of memory or take minutes; Tessera refuses them.</source>
        <translation>El archivo pide parámetros de scrypt (N = %1, r = %2, p = %3) que necesitarían %4 MiB de memoria o tardarían minutos; Tessera los rechaza.</translation>
    </message>
    <message>
        <source>The file asks for %1 PBKDF2 iterations; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>El archivo pide %1 iteraciones de PBKDF2; Tessera acepta de 1 a %2, así que el archivo está dañado o es malicioso.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 with %1 passes; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>El archivo pide Argon2 con %1 pasadas; Tessera acepta de 1 a %2, así que el archivo está dañado o es malicioso.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 with %1 lanes; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>El archivo pide Argon2 con %1 carriles; Tessera acepta de 1 a %2, así que el archivo está dañado o es malicioso.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 with %1 KiB of memory; Tessera accepts %2 KiB to 1 GiB, so the file is damaged or hostile.</source>
        <translation>El archivo pide Argon2 con %1 KiB de memoria; Tessera acepta de %2 KiB a 1 GiB, así que el archivo está dañado o es malicioso.</translation>
    </message>
    <message>
        <source>The password or salt is too long.</source>
        <translation>La contraseña o la sal son demasiado largas.</translation>
    </message>
    <message>
        <source>The Argon2 salt is %1 bytes long; at least %2 are needed.</source>
        <translation>La sal de Argon2 tiene %1 bytes; se necesitan al menos %2.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key (%1 MiB are needed). Close other programs and try again.</source>
        <translation>No hay memoria suficiente para derivar la clave (se necesitan %1 MiB). Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Argon2 refused the file&apos;s parameters: %1.</source>
        <translation>Argon2 rechazó los parámetros del archivo: %1.</translation>
    </message>
    <message>
        <source>Unsupported HKDF parameters.</source>
        <translation>Parámetros de HKDF no admitidos.</translation>
    </message>
    <message>
        <source>The key has the wrong length.</source>
        <translation>La clave tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <source>The encryption nonce or tag has the wrong length.</source>
        <translation>El nonce o la etiqueta de cifrado tienen una longitud incorrecta.</translation>
    </message>
    <message>
        <source>The encrypted data is too large.</source>
        <translation>Los datos cifrados son demasiado grandes.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated.</source>
        <translation>Los datos cifrados están truncados.</translation>
    </message>
    <message>
        <source>The key or nonce has the wrong length.</source>
        <translation>La clave o el nonce tienen una longitud incorrecta.</translation>
    </message>
    <message>
        <source>The data is too large to encrypt.</source>
        <translation>Los datos son demasiado grandes para cifrarlos.</translation>
    </message>
    <message>
        <source>The key or IV has the wrong length.</source>
        <translation>La clave o el IV tienen una longitud incorrecta.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated (not a whole number of AES blocks).</source>
        <translation>Los datos cifrados están truncados (no son un número entero de bloques AES).</translation>
    </message>
    <message>
        <source>The decrypted data has invalid padding (wrong password, or the file was changed).</source>
        <translation>Los datos descifrados tienen un relleno no válido (contraseña incorrecta o archivo modificado).</translation>
    </message>
</context>
<context>
    <name>tessera::ForeignEntry</name>
    <message>
        <source>It has no secret.</source>
        <translation>No tiene clave secreta.</translation>
    </message>
    <message>
        <source>It has %1-digit codes; Tessera supports %2 to %3 digits.</source>
        <translation>Tiene códigos de %1 dígitos; Tessera admite de %2 a %3 dígitos.</translation>
    </message>
    <message>
        <source>Its codes change every %1 seconds; Tessera supports 1 second to 24 hours.</source>
        <translation>Sus códigos cambian cada %1 segundos; Tessera admite de 1 segundo a 24 horas.</translation>
    </message>
    <message>
        <source>Its counter is %1; a counter cannot be negative.</source>
        <translation>Su contador es %1; un contador no puede ser negativo.</translation>
    </message>
    <message>
        <source>Its secret is not valid base32: %1</source>
        <translation>Su clave secreta no es base32 válido: %1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
</context>
<context>
    <name>tessera::Format</name>
    <message>
        <source>Tessera cannot export to %1 files.</source>
        <translation>Tessera no puede exportar a archivos de %1.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <source>it is %1 MiB, larger than any %2 export Tessera accepts (%3 MiB).</source>
        <translation>ocupa %1 MiB, más de lo que Tessera acepta en un archivo de %2 (%3 MiB).</translation>
    </message>
    <message>
        <source>This %1 file is encrypted; enter its password.</source>
        <translation>Este archivo de %1 está cifrado; introduzca su contraseña.</translation>
    </message>
    <message>
        <source>The password does not open this %1 file. Check the password and try again.</source>
        <translation>La contraseña no abre este archivo de %1. Compruebe la contraseña y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This %1 file cannot be read: %2</source>
        <translation>No se puede leer este archivo de %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::FormatDetector</name>
    <message>
        <source>Tessera reads Tessera backups, Aegis, 2FAS, andOTP, FreeOTP+ (JSON), Bitwarden (JSON and CSV), Ente Auth (plain text), Stratum/Authenticator Pro, Google Authenticator export links and lists of otpauth:// links.</source>
        <translation>Tessera lee copias de seguridad de Tessera, Aegis, 2FAS, andOTP, FreeOTP+ (JSON), Bitwarden (JSON y CSV), Ente Auth (texto sin formato), Stratum/Authenticator Pro, enlaces de exportación de Google Authenticator y listas de enlaces otpauth://.</translation>
    </message>
    <message>
        <source>This looks like %1, which Tessera cannot read. %2</source>
        <translation>Parece %1, que Tessera no puede leer. %2</translation>
    </message>
    <message>
        <source>a FreeOTP 2 backup</source>
        <translation>una copia de seguridad de FreeOTP 2</translation>
    </message>
    <message>
        <source>Move the accounts to an app Tessera reads (for example by scanning them into Aegis), or re-enrol them.</source>
        <translation>Pase las cuentas a una aplicación que Tessera pueda leer (por ejemplo, escaneándolas con Aegis) o vuelva a registrarlas.</translation>
    </message>
    <message>
        <source>a ZIP archive (Authenticator Plus or Raivo export)</source>
        <translation>un archivo ZIP (exportación de Authenticator Plus o Raivo)</translation>
    </message>
    <message>
        <source>Unpack it with its password and import the list of otpauth:// links inside.</source>
        <translation>Descomprímalo con su contraseña e importe la lista de enlaces otpauth:// que contiene.</translation>
    </message>
    <message>
        <source>an app&apos;s internal database (Google Authenticator, Microsoft Authenticator or Stratum)</source>
        <translation>la base de datos interna de una aplicación (Google Authenticator, Microsoft Authenticator o Stratum)</translation>
    </message>
    <message>
        <source>Use the app&apos;s own export instead (Google Authenticator: Transfer accounts; Stratum: Backup).</source>
        <translation>Use en su lugar la exportación de la propia aplicación (Google Authenticator: Transferir cuentas; Stratum: Copia de seguridad).</translation>
    </message>
    <message>
        <source>Android app data (FreeOTP, Authy, TOTP Authenticator or Battle.net)</source>
        <translation>un archivo de datos de una aplicación de Android (FreeOTP, Authy, TOTP Authenticator o Battle.net)</translation>
    </message>
    <message>
        <source>Use the app&apos;s own export, or move the accounts through an app Tessera reads.</source>
        <translation>Use la exportación de la propia aplicación o pase las cuentas a través de una aplicación que Tessera pueda leer.</translation>
    </message>
    <message>
        <source>an encrypted Ente Auth export</source>
        <translation>una exportación cifrada de Ente Auth</translation>
    </message>
    <message>
        <source>In Ente Auth, export as plain text instead and import that file.</source>
        <translation>En Ente Auth, exporte en texto sin formato e importe ese archivo.</translation>
    </message>
    <message>
        <source>a Proton Authenticator export</source>
        <translation>una exportación de Proton Authenticator</translation>
    </message>
    <message>
        <source>Export the accounts from Proton Authenticator as otpauth:// links or QR codes.</source>
        <translation>Exporte las cuentas desde Proton Authenticator como enlaces otpauth:// o códigos QR.</translation>
    </message>
    <message>
        <source>Steam Guard app data</source>
        <translation>un archivo de datos de la aplicación Steam Guard</translation>
    </message>
    <message>
        <source>Add the Steam account with its otpauth:// or steam:// link instead.</source>
        <translation>Añada la cuenta de Steam con su enlace otpauth:// o steam://.</translation>
    </message>
    <message>
        <source>Duo Mobile app data</source>
        <translation>un archivo de datos de la aplicación Duo Mobile</translation>
    </message>
    <message>
        <source>Re-enrol the accounts in Tessera.</source>
        <translation>Vuelva a registrar las cuentas en Tessera.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is %1 MiB, larger than any export Tessera reads (%2 MiB).</source>
        <translation>El archivo ocupa %1 MiB, más que cualquier exportación que Tessera lea (%2 MiB).</translation>
    </message>
    <message>
        <source>The file looks like JSON but is damaged or cut off: %1</source>
        <translation>El archivo parece JSON, pero está dañado o cortado: %1</translation>
    </message>
    <message>
        <source>Tessera does not recognise this file. %1</source>
        <translation>Tessera no reconoce este archivo. %1</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;. Known formats: %2.</source>
        <translation>Formato desconocido: «%1». Formatos conocidos: %2.</translation>
    </message>
</context>
<context>
    <name>tessera::FreeOtpPlusFormat</name>
    <message>
        <source>the field &apos;secret&apos; should be a list of numbers, not %1.</source>
        <translation>el campo «secret» debería ser una lista de números, no %1.</translation>
    </message>
    <message>
        <source>its secret has %1 bytes; Tessera accepts at most %2.</source>
        <translation>su clave secreta tiene %1 bytes; Tessera acepta como máximo %2.</translation>
    </message>
    <message>
        <source>its secret contains a value that is not a byte (-128 to 255).</source>
        <translation>su clave secreta contiene un valor que no es un byte (de -128 a 255).</translation>
    </message>
    <message>
        <source>It has the unknown type &apos;%1&apos;.</source>
        <translation>Tiene el tipo desconocido «%1».</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Usa el algoritmo «%1», que Tessera no admite.</translation>
    </message>
    <message>
        <source>the field &apos;tokens&apos; is missing or not a list.</source>
        <translation>el campo «tokens» falta o no es una lista.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigration</name>
    <message>
        <source>It uses the MD5 algorithm, which Tessera does not support.</source>
        <translation>Usa el algoritmo MD5, que Tessera no admite.</translation>
    </message>
    <message>
        <source>It uses an unknown algorithm (value %1).</source>
        <translation>Usa un algoritmo desconocido (valor %1).</translation>
    </message>
    <message>
        <source>It has an unknown number of digits (value %1).</source>
        <translation>Tiene un número de dígitos desconocido (valor %1).</translation>
    </message>
    <message>
        <source>It has an unknown type (value %1).</source>
        <translation>Tiene un tipo desconocido (valor %1).</translation>
    </message>
    <message>
        <source>The Google Authenticator code is too large (over %1 characters).</source>
        <translation>El código de Google Authenticator es demasiado grande (más de %1 caracteres).</translation>
    </message>
    <message>
        <source>This is not a Google Authenticator export (otpauth-migration://) link.</source>
        <translation>Esto no es un enlace de exportación de Google Authenticator (otpauth-migration://).</translation>
    </message>
    <message>
        <source>The Google Authenticator link is malformed: it should start with otpauth-migration://offline?data=</source>
        <translation>El enlace de Google Authenticator está mal formado: debería empezar por otpauth-migration://offline?data=</translation>
    </message>
    <message>
        <source>The Google Authenticator link has no data.</source>
        <translation>El enlace de Google Authenticator no tiene datos.</translation>
    </message>
    <message>
        <source>The data of the Google Authenticator link is not valid base64; part of it may be missing.</source>
        <translation>Los datos del enlace de Google Authenticator no son base64 válido; puede que falte una parte.</translation>
    </message>
    <message>
        <source>The Google Authenticator code holds %1 bytes; Tessera accepts at most %2.</source>
        <translation>El código de Google Authenticator contiene %1 bytes; Tessera acepta como máximo %2.</translation>
    </message>
    <message>
        <source>The Google Authenticator code is damaged or incomplete: its data is not a valid transfer payload.</source>
        <translation>El código de Google Authenticator está dañado o incompleto: sus datos no son una carga de transferencia válida.</translation>
    </message>
    <message>
        <source>The Google Authenticator code holds %1 accounts; Tessera accepts at most %2 per code.</source>
        <translation>El código de Google Authenticator contiene %1 cuentas; Tessera acepta como máximo %2 por código.</translation>
    </message>
    <message>
        <source>The Google Authenticator code claims to be one of %1 codes; an export has at most %2.</source>
        <translation>El código de Google Authenticator dice ser uno de %1 códigos; una exportación tiene como máximo %2.</translation>
    </message>
    <message>
        <source>The Google Authenticator code claims to be code %1 of %2, which cannot be.</source>
        <translation>El código de Google Authenticator dice ser el código %1 de %2, lo cual es imposible.</translation>
    </message>
    <message>
        <source>Google Authenticator cannot hold Steam Guard codes.</source>
        <translation>Google Authenticator no admite códigos de Steam Guard.</translation>
    </message>
    <message>
        <source>It has %1-digit codes; a Google Authenticator transfer code can carry only 6 or 8 digits.</source>
        <translation>Tiene códigos de %1 dígitos; un código de transferencia de Google Authenticator solo admite 6 u 8 dígitos.</translation>
    </message>
    <message>
        <source>Its codes change every %1 seconds; a Google Authenticator transfer code can carry only 30 seconds.</source>
        <translation>Sus códigos cambian cada %1 segundos; un código de transferencia de Google Authenticator solo admite 30 segundos.</translation>
    </message>
    <message>
        <source>Its counter is too large for a Google Authenticator transfer code.</source>
        <translation>Su contador es demasiado grande para un código de transferencia de Google Authenticator.</translation>
    </message>
    <message>
        <source>%1 uses %2; some versions of Google Authenticator ignore that and show wrong codes. Check a code after the transfer.</source>
        <translation>%1 usa %2; algunas versiones de Google Authenticator lo ignoran y muestran códigos incorrectos. Compruebe un código después de la transferencia.</translation>
    </message>
    <message>
        <source>%1 has 8-digit codes; some versions of Google Authenticator show only 6. Check a code after the transfer.</source>
        <translation>%1 tiene códigos de 8 dígitos; algunas versiones de Google Authenticator solo muestran 6. Compruebe un código después de la transferencia.</translation>
    </message>
    <message>
        <source>Its secret is too long to fit in a QR code.</source>
        <translation>Su clave secreta es demasiado larga para caber en un código QR.</translation>
    </message>
    <message>
        <source>There are no accounts to export.</source>
        <translation>No hay cuentas que exportar.</translation>
    </message>
    <message>
        <source>None of the accounts can be carried by Google Authenticator transfer codes.</source>
        <translation>Ninguna de las cuentas se puede transferir con códigos de transferencia de Google Authenticator.</translation>
    </message>
    <message>
        <source>That would need %1 transfer codes; Google Authenticator accepts at most %2. Export fewer accounts at a time.</source>
        <translation>Harían falta %1 códigos de transferencia; Google Authenticator acepta como máximo %2. Exporte menos cuentas cada vez.</translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigrationFormat</name>
    <message>
        <source>Google Authenticator export</source>
        <translation>exportación de Google Authenticator</translation>
    </message>
    <message>
        <source>it is not text (it contains binary data).</source>
        <translation>no es texto (contiene datos binarios).</translation>
    </message>
    <message>
        <source>code on line %1</source>
        <translation>código de la línea %1</translation>
    </message>
    <message>
        <source>it contains no otpauth-migration:// link.</source>
        <translation>no contiene ningún enlace otpauth-migration://.</translation>
    </message>
    <message numerus="yes">
        <source>Line(s) %1 hold otpauth:// links, which are not part of a Google Authenticator export; import the file as an otpauth:// list to include them.</source>
        <extracomment>%1 is a list of line numbers; their count selects the plural form.</extracomment>
        <translation>
            <numerusform>La línea %1 contiene un enlace otpauth://, que no forma parte de una exportación de Google Authenticator; importe el archivo como lista otpauth:// para incluirlo.</numerusform>
            <numerusform>Las líneas %1 contienen enlaces otpauth://, que no forman parte de una exportación de Google Authenticator; importe el archivo como lista otpauth:// para incluirlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Está en la papelera.</translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigrationImport</name>
    <message>
        <source>Two different codes claim to be code %1 of %2 of the same Google Authenticator export; only the first one was read.</source>
        <translation>Dos códigos distintos dicen ser el código %1 de %2 de la misma exportación de Google Authenticator; solo se leyó el primero.</translation>
    </message>
    <message>
        <source>Code %1 of %2 is missing (export %3). Scan it too to import its accounts; the accounts of the other codes can be imported now.</source>
        <translation>Falta el código %1 de %2 (exportación %3). Escanéelo también para importar sus cuentas; las cuentas de los demás códigos ya se pueden importar.</translation>
    </message>
    <message>
        <source>Code %1 of %2 is missing. Scan it too to import its accounts; the accounts of the other codes can be imported now.</source>
        <translation>Falta el código %1 de %2. Escanéelo también para importar sus cuentas; las cuentas de los demás códigos ya se pueden importar.</translation>
    </message>
    <message numerus="yes">
        <source>%n more codes are missing; scan them too to import their accounts.</source>
        <translation>
            <numerusform>Falta %n código más; escanéelo también para importar sus cuentas.</numerusform>
            <numerusform>Faltan %n códigos más; escanéelos también para importar sus cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Google Authenticator export holds no accounts: there is nothing to import.</source>
        <translation>La exportación de Google Authenticator no contiene cuentas: no hay nada que importar.</translation>
    </message>
    <message>
        <source>Code %1 of %2 is missing.</source>
        <translation>Falta el código %1 de %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportPlan</name>
    <message>
        <source>There is no such entry in the import.</source>
        <translation>Esa entrada no existe en la importación.</translation>
    </message>
    <message>
        <source>It has the same secret and settings as %1, which is in the trash.</source>
        <translation>Tiene la misma clave secreta y los mismos ajustes que %1, que está en la papelera.</translation>
    </message>
    <message>
        <source>It has the same secret and settings as %1.</source>
        <translation>Tiene la misma clave secreta y los mismos ajustes que %1.</translation>
    </message>
    <message>
        <source>It has the same secret and settings as %1, earlier in this import.</source>
        <translation>Tiene la misma clave secreta y los mismos ajustes que %1, que aparece antes en esta importación.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <source>An unreadable entry cannot be renamed.</source>
        <translation>No se puede cambiar el nombre de una entrada ilegible.</translation>
    </message>
    <message>
        <source>Give the account an issuer or a name.</source>
        <translation>Indique un emisor o un nombre para la cuenta.</translation>
    </message>
</context>
<context>
    <name>tessera::IntegrityIssue</name>
    <message>
        <source>(unreadable id)</source>
        <translation>(id ilegible)</translation>
    </message>
    <message>
        <source>Account %1 is missing from the vault file: its row was deleted outside Tessera. Restore a backup to get it back.</source>
        <translation>Falta la cuenta %1 en el archivo de la bóveda: su fila se eliminó fuera de Tessera. Restaure una copia de seguridad para recuperarla.</translation>
    </message>
    <message>
        <source>Account %1 was replaced by an older copy of itself outside Tessera (revision %2 instead of %3). Its latest changes are not in the file.</source>
        <translation>La cuenta %1 se sustituyó fuera de Tessera por una copia anterior de sí misma (revisión %2 en lugar de %3). Sus últimos cambios no están en el archivo.</translation>
    </message>
    <message>
        <source>Account %1 has revision %2 where the vault expects %3: the file was changed outside Tessera.</source>
        <translation>La cuenta %1 tiene la revisión %2 donde la bóveda espera la %3: el archivo se modificó fuera de Tessera.</translation>
    </message>
    <message>
        <source>Account %1 is in the vault file but not in its list of accounts: it was deleted and put back, or added outside Tessera. It is not shown.</source>
        <translation>La cuenta %1 está en el archivo de la bóveda, pero no en su lista de cuentas: se eliminó y se volvió a poner, o se añadió fuera de Tessera. No se muestra.</translation>
    </message>
    <message>
        <source>Account %1 is damaged: its encrypted record failed the authenticity check or cannot be decoded. Restore a backup to get it back.</source>
        <translation>La cuenta %1 está dañada: su registro cifrado no superó la comprobación de autenticidad o no se puede descodificar. Restaure una copia de seguridad para recuperarla.</translation>
    </message>
    <message>
        <source>Account %1 was written by a newer version of Tessera and cannot be read by this one. Update Tessera.</source>
        <translation>La cuenta %1 se escribió con una versión más reciente de Tessera y esta versión no puede leerla. Actualice Tessera.</translation>
    </message>
    <message>
        <source>The vault&apos;s list of accounts is damaged, so deleted or replaced accounts cannot be detected. The accounts that could be read are shown.</source>
        <translation>La lista de cuentas de la bóveda está dañada, así que no se pueden detectar las cuentas eliminadas o sustituidas. Se muestran las cuentas que se pudieron leer.</translation>
    </message>
</context>
<context>
    <name>tessera::JsonFields</name>
    <message>
        <source>the field &apos;%1&apos; should be %2, not %3.</source>
        <translation>el campo «%1» debería ser %2, no %3.</translation>
    </message>
    <message>
        <source>the JSON is malformed at byte %1 (%2).</source>
        <translation>el JSON está mal formado en el byte %1 (%2).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; should be a whole number, not %2.</source>
        <translation>el campo «%1» debería ser un número entero, no %2.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing.</source>
        <translation>falta el campo «%1».</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>tessera::KeySlot</name>
    <message>
        <source>The vault&apos;s recovery key slot is damaged (bytes of the file were changed). Unlock with the password and make a new recovery key, or restore a backup.</source>
        <translation>La ranura de la clave de recuperación de la bóveda está dañada (se modificaron bytes del archivo). Desbloquee con la contraseña y genere una clave de recuperación nueva, o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s password slot is damaged (bytes of the file were changed). Unlock with the recovery key and set a new password, or restore a backup.</source>
        <translation>La ranura de la contraseña de la bóveda está dañada (se modificaron bytes del archivo). Desbloquee con la clave de recuperación y establezca una contraseña nueva, o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 slot was written by a newer version of Tessera. Update Tessera to open it.</source>
        <translation>La ranura de la %1 de la bóveda se escribió con una versión más reciente de Tessera. Actualice Tessera para abrirla.</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 slot uses a key derivation this version of Tessera does not know. Update Tessera to open it.</source>
        <translation>La ranura de la %1 de la bóveda usa una derivación de claves que esta versión de Tessera no conoce. Actualice Tessera para abrirla.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>La clave de recuperación no abre esta bóveda.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>La contraseña es incorrecta.</translation>
    </message>
</context>
<context>
    <name>tessera::Manifest</name>
    <message>
        <source>The vault&apos;s list of accounts (its manifest) is damaged: bytes of the file were changed.</source>
        <translation>La lista de cuentas de la bóveda (su manifiesto) está dañada: se modificaron bytes del archivo.</translation>
    </message>
    <message>
        <source>The vault&apos;s list of accounts was written by a newer version of Tessera. Update Tessera to open it.</source>
        <translation>La lista de cuentas de la bóveda se escribió con una versión más reciente de Tessera. Actualice Tessera para abrir la bóveda.</translation>
    </message>
</context>
<context>
    <name>tessera::OtpParameters</name>
    <message>
        <source>The secret is empty.</source>
        <translation>La clave secreta está vacía.</translation>
    </message>
    <message>
        <source>The secret is %1 bytes long; Tessera accepts at most %2 bytes.</source>
        <translation>La clave secreta tiene %1 bytes; Tessera acepta como máximo %2 bytes.</translation>
    </message>
    <message>
        <source>A code must have between %1 and %2 digits, not %3.</source>
        <translation>Un código debe tener entre %1 y %2 dígitos, no %3.</translation>
    </message>
    <message>
        <source>The period must be between %1 second and %2 seconds (24 hours), not %3.</source>
        <translation>El periodo debe estar entre %1 segundo y %2 segundos (24 horas), no %3.</translation>
    </message>
</context>
<context>
    <name>tessera::OtpUri</name>
    <message>
        <source>The parameter &apos;%1&apos; appears twice with different values; the link is ambiguous.</source>
        <translation>El parámetro «%1» aparece dos veces con valores distintos; el enlace es ambiguo.</translation>
    </message>
    <message>
        <source>The Steam secret is not valid: %1</source>
        <translation>La clave secreta de Steam no es válida: %1</translation>
    </message>
    <message>
        <source>The link is %1 characters long, too long to be an otpauth:// link.</source>
        <translation>El enlace tiene %1 caracteres, demasiados para ser un enlace otpauth://.</translation>
    </message>
    <message>
        <source>This is a Google Authenticator export (otpauth-migration://), not a single account; import it instead.</source>
        <translation>Esto es una exportación de Google Authenticator (otpauth-migration://), no una cuenta individual; impórtela en lugar de añadirla.</translation>
    </message>
    <message>
        <source>This is not an otpauth:// link.</source>
        <translation>Esto no es un enlace otpauth://.</translation>
    </message>
    <message>
        <source>%1 codes are not supported by Tessera.</source>
        <translation>Tessera no admite códigos %1.</translation>
    </message>
    <message>
        <source>The link does not say whether it is totp or hotp.</source>
        <translation>El enlace no indica si es totp o hotp.</translation>
    </message>
    <message>
        <source>Unknown code type &apos;%1&apos; (Tessera reads totp, hotp and steam).</source>
        <translation>Tipo de código desconocido: «%1» (Tessera lee totp, hotp y steam).</translation>
    </message>
    <message>
        <source>The link has no secret.</source>
        <translation>El enlace no tiene clave secreta.</translation>
    </message>
    <message>
        <source>The secret is not valid: %1</source>
        <translation>La clave secreta no es válida: %1</translation>
    </message>
    <message>
        <source>Unknown algorithm &apos;%1&apos; (Tessera supports SHA1, SHA256 and SHA512).</source>
        <translation>Algoritmo desconocido: «%1» (Tessera admite SHA1, SHA256 y SHA512).</translation>
    </message>
    <message>
        <source>A code must have between %1 and %2 digits, not &apos;%3&apos;.</source>
        <translation>Un código debe tener entre %1 y %2 dígitos, no «%3».</translation>
    </message>
    <message>
        <source>The period must be between %1 and %2 seconds, not &apos;%3&apos;.</source>
        <translation>El periodo debe estar entre %1 y %2 segundos, no «%3».</translation>
    </message>
    <message>
        <source>A HOTP link must include a counter.</source>
        <translation>Un enlace HOTP debe incluir un contador.</translation>
    </message>
    <message>
        <source>The counter &apos;%1&apos; is not a whole number of 0 or more.</source>
        <translation>El contador «%1» no es un número entero igual o mayor que 0.</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordKdf</name>
    <message>
        <source>The key derivation asks for %1 passes; Tessera accepts %2 to %3, so the file is damaged or was not written by Tessera.</source>
        <translation>La derivación de claves pide %1 pasadas; Tessera acepta de %2 a %3, así que el archivo está dañado o no lo escribió Tessera.</translation>
    </message>
    <message>
        <source>The key derivation asks for %1 MiB of memory; Tessera accepts %2 MiB to %3 MiB, so the file is damaged or was not written by Tessera.</source>
        <translation>La derivación de claves pide %1 MiB de memoria; Tessera acepta de %2 MiB a %3 MiB, así que el archivo está dañado o no lo escribió Tessera.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The key derivation salt is %1 bytes long instead of %2.</source>
        <translation>La sal de la derivación de claves tiene %1 bytes en lugar de %2.</translation>
    </message>
    <message>
        <source>Unsupported derived key length.</source>
        <translation>Longitud de clave derivada no admitida.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key (%1 MiB are needed). Close other programs and try again.</source>
        <translation>No hay memoria suficiente para derivar la clave (se necesitan %1 MiB). Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tessera::PdfExporter</name>
    <message>
        <source>HOTP, %1, %2 digits, counter %3</source>
        <translation>HOTP, %1, %2 dígitos, contador %3</translation>
    </message>
    <message>
        <source>TOTP, %1, %2 digits, %3 s</source>
        <translation>TOTP, %1, %2 dígitos, %3 s</translation>
    </message>
    <message>
        <source>The PDF export needs fonts, which are only available in a graphical session (a QGuiApplication).</source>
        <translation>La exportación a PDF necesita fuentes, que solo están disponibles en una sesión gráfica (una QGuiApplication).</translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Está en la papelera.</translation>
    </message>
    <message>
        <source>There are no accounts to print.</source>
        <translation>No hay cuentas que imprimir.</translation>
    </message>
    <message>
        <source>Tessera accounts</source>
        <translation>Cuentas de Tessera</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo crear el PDF.</translation>
    </message>
    <message>
        <source>Tessera accounts, printed %1</source>
        <translation>Cuentas de Tessera, impresas el %1</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place: anyone who has it can generate your sign-in codes.</source>
        <translation>Guarde esta hoja en un lugar seguro: cualquiera que la tenga puede generar sus códigos de inicio de sesión.</translation>
    </message>
    <message>
        <source>(no issuer)</source>
        <translation>(sin emisor)</translation>
    </message>
    <message>
        <source>(no account name)</source>
        <translation>(sin nombre de cuenta)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>tessera::PhoneNumber</name>
    <message>
        <source>&apos;%1&apos; does not start with a country calling code that exists; check the digits after the &apos;+&apos;.</source>
        <translation>«%1» no empieza por un prefijo telefónico de país que exista; compruebe los dígitos que siguen al «+».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code: write it with &apos;+&apos; and the country code (for example +44 7911 123456), or choose its country.</source>
        <translation>«%1» no tiene código de país: escríbalo con «+» y el código de país (por ejemplo, +34 612 345 678) o elija su país.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too short to be a phone number.</source>
        <translation>«%1» es demasiado corto para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long: a phone number has at most 15 digits, country code included.</source>
        <translation>«%1» es demasiado largo: un número de teléfono tiene como máximo 15 dígitos, incluido el código de país.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>The number is too short for a +%1 number; check that no digit is missing.</source>
        <translation>El número es demasiado corto para un número +%1; compruebe que no falta ningún dígito.</translation>
    </message>
    <message>
        <source>The number is too long for a +%1 number; check for extra digits.</source>
        <translation>El número es demasiado largo para un número +%1; compruebe si sobra algún dígito.</translation>
    </message>
    <message>
        <source>This is a local number without its area code; write the whole number.</source>
        <translation>Es un número local sin su prefijo de zona; escriba el número completo.</translation>
    </message>
    <message>
        <source>No +%1 number has this many digits; check the number.</source>
        <translation>Ningún número +%1 tiene tantos dígitos; compruebe el número.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>El número de teléfono está vacío.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, &apos;+&apos;, &apos;-&apos;, &apos;(&apos;, &apos;)&apos;, &apos;.&apos; and &apos;/&apos;; &apos;%1&apos; at position %2 is not one of them.</source>
        <translation>Un número de teléfono solo contiene dígitos, espacios, «+», «-», «(», «)», «.» y «/»; «%1», en la posición %2, no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country Tessera knows; use a two-letter code such as GB or US.</source>
        <translation>«%1» no es un país que Tessera conozca; use un código de dos letras, como ES o MX.</translation>
    </message>
    <message>
        <source>The number starts with an international dialling prefix instead of &apos;+&apos;. Providers need &apos;+&apos; and the country code: %1</source>
        <translation>El número empieza por un prefijo de marcación internacional en lugar de «+». Los proveedores necesitan el «+» y el código de país: %1</translation>
    </message>
    <message>
        <source>The country code is there but the &apos;+&apos; is missing. Providers need &apos;+&apos; and the country code: %1</source>
        <translation>El código de país está, pero falta el «+». Los proveedores necesitan el «+» y el código de país: %1</translation>
    </message>
    <message>
        <source>The number has no country code (+%1 for %2 was assumed). Providers that call you, such as AWS, need &apos;+&apos; and the country code: %3</source>
        <translation>El número no tiene código de país (se supuso +%1, de %2). Los proveedores que le llaman, como AWS, necesitan el «+» y el código de país: %3</translation>
    </message>
    <message>
        <source>The 0 after the country code does not belong in the international form (no leading zeros after the country code): %1</source>
        <translation>El 0 tras el código de país no va en el formato internacional (sin ceros iniciales tras el código de país): %1</translation>
    </message>
    <message>
        <source>Paste it without spaces or punctuation: %1</source>
        <translation>Péguelo sin espacios ni signos de puntuación: %1</translation>
    </message>
    <message>
        <source>Tessera&apos;s phone number data (from 2022) does not know this number range. Check the number; if it is right (newer ranges are missing), you can keep it.</source>
        <translation>Los datos telefónicos de Tessera (de 2022) no conocen este rango de números. Compruebe el número; si es correcto (faltan los rangos más recientes), puede conservarlo.</translation>
    </message>
    <message>
        <source>This looks like a %1 number, not a mobile or landline: an automated verification call or text may not reach it.</source>
        <translation>Parece un número %1, no un móvil ni un fijo: puede que no le llegue una llamada o un SMS de verificación automáticos.</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>fijo o móvil</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>de tarificación adicional</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>de coste compartido</translation>
    </message>
    <message>
        <source>personal forwarding</source>
        <translation>de desvío personal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>de buscapersonas</translation>
    </message>
    <message>
        <source>company-wide (UAN)</source>
        <translation>corporativo (UAN)</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>de buzón de voz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>tessera::Playbook</name>
    <message>
        <source>There is no recovery playbook &quot;%1&quot;.</source>
        <translation>No existe la guía de recuperación «%1».</translation>
    </message>
    <message>
        <source>No recovery playbooks are built into Tessera.</source>
        <translation>Tessera no incluye ninguna guía de recuperación.</translation>
    </message>
</context>
<context>
    <name>tessera::QrDecoder</name>
    <message>
        <source>The image is empty or could not be read.</source>
        <translation>La imagen está vacía o no se pudo leer.</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels, larger than the %3 megapixels Tessera scans; crop it to the part with the QR code.</source>
        <translation>La imagen mide %1 x %2 píxeles, más que los %3 megapíxeles que escanea Tessera; recórtela a la parte del código QR.</translation>
    </message>
    <message>
        <source>There was not enough memory to scan the image.</source>
        <translation>No había memoria suficiente para escanear la imagen.</translation>
    </message>
</context>
<context>
    <name>tessera::QrEncoder</name>
    <message>
        <source>There is no text to put in a QR code.</source>
        <translation>No hay texto que poner en un código QR.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes); at this error-correction level a code holds at most %2 bytes.</source>
        <translation>El texto es demasiado largo para un código QR (%1 bytes); con este nivel de corrección de errores, un código contiene como máximo %2 bytes.</translation>
    </message>
    <message>
        <source>There was not enough memory to make the QR code.</source>
        <translation>No había memoria suficiente para generar el código QR.</translation>
    </message>
    <message>
        <source>The text could not be encoded as a QR code.</source>
        <translation>No se pudo codificar el texto como código QR.</translation>
    </message>
    <message>
        <source>A QR module must be 1 to %1 pixels wide, not %2.</source>
        <translation>Un módulo QR debe medir de 1 a %1 píxeles de ancho, no %2.</translation>
    </message>
    <message>
        <source>There was not enough memory for a %1 x %1 image.</source>
        <translation>No había memoria suficiente para una imagen de %1 x %1.</translation>
    </message>
    <message>
        <source>A QR module must be 1 to %1 units wide, not %2.</source>
        <translation>Un módulo QR debe medir de 1 a %1 unidades de ancho, no %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ReadinessAudit</name>
    <message>
        <source>This account</source>
        <translation>esta cuenta</translation>
    </message>
    <message>
        <source>Make a backup now, and keep it on another disk or device.</source>
        <translation>Haga ahora una copia de seguridad y guárdela en otro disco o dispositivo.</translation>
    </message>
    <message>
        <source>%1 is in no backup: if the vault is lost, this seed is lost with it.</source>
        <translation>Ninguna copia de seguridad contiene %1: si se pierde la bóveda, esta clave secreta se pierde con ella.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup with %1 is %n days old (%2): anything changed since is in no backup.</source>
        <translation>
            <numerusform>La copia de seguridad más reciente con %1 tiene %n día de antigüedad (%2): lo que haya cambiado desde entonces no está en ninguna copia de seguridad.</numerusform>
            <numerusform>La copia de seguridad más reciente con %1 tiene %n días de antigüedad (%2): lo que haya cambiado desde entonces no está en ninguna copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed after its newest backup (%2), which holds the older version.</source>
        <translation>Se modificó %1 después de su copia de seguridad más reciente (%2), que contiene la versión anterior.</translation>
    </message>
    <message>
        <source>Create recovery codes in the provider&apos;s security settings and store them with this account.</source>
        <translation>Cree códigos de recuperación en los ajustes de seguridad del proveedor y guárdelos con esta cuenta.</translation>
    </message>
    <message>
        <source>No recovery codes are stored for %1. The provider&apos;s recovery accepts them: they are the quickest way back in without the authenticator.</source>
        <translation>No hay códigos de recuperación guardados para %1. La recuperación del proveedor los acepta: son la forma más rápida de recuperar el acceso sin el autenticador.</translation>
    </message>
    <message>
        <source>No recovery codes are stored for %1. If the provider offers them, they are the quickest way back in without the authenticator.</source>
        <translation>No hay códigos de recuperación guardados para %1. Si el proveedor los ofrece, son la forma más rápida de recuperar el acceso sin el autenticador.</translation>
    </message>
    <message numerus="yes">
        <source>All %n recovery codes stored for %1 have been used: none is left to sign in with.</source>
        <translation>
            <numerusform>El único código de recuperación guardado para %1 ya se ha usado: no queda ninguno para iniciar sesión.</numerusform>
            <numerusform>Ya se han usado los %n códigos de recuperación guardados para %1: no queda ninguno para iniciar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new set of recovery codes in the provider&apos;s security settings and store it with this account.</source>
        <translation>Cree un juego nuevo de códigos de recuperación en los ajustes de seguridad del proveedor y guárdelo con esta cuenta.</translation>
    </message>
    <message>
        <source>AWS allows up to 8 MFA devices per user: registering a second one is the cheapest prevention.</source>
        <translation>AWS permite hasta 8 dispositivos MFA por usuario: registrar un segundo es la prevención más barata.</translation>
    </message>
    <message>
        <source>Registering a second authenticator or a security key is the cheapest prevention.</source>
        <translation>Registrar un segundo autenticador o una llave de seguridad es la prevención más barata.</translation>
    </message>
    <message>
        <source>Register another authenticator or a security key with the provider, then record it for this account.</source>
        <translation>Registre otro autenticador o una llave de seguridad en el proveedor y después anótelo en esta cuenta.</translation>
    </message>
    <message>
        <source>%1 has no other second factor registered with the provider: losing this seed locks you out. %2</source>
        <translation>No hay otro segundo factor registrado en el proveedor para %1: si pierde esta clave secreta, se quedará sin acceso. %2</translation>
    </message>
    <message>
        <source>It is not recorded whether %1 has another second factor registered with the provider. %2</source>
        <translation>No consta si %1 tiene otro segundo factor registrado en el proveedor. %2</translation>
    </message>
    <message>
        <source>No email address is stored for %1, and the provider&apos;s recovery starts with an email to it.</source>
        <translation>No hay ninguna dirección de correo guardada para %1, y la recuperación del proveedor empieza con un correo a esa dirección.</translation>
    </message>
    <message>
        <source>No email address is stored for %1; account recovery usually needs access to it.</source>
        <translation>No hay ninguna dirección de correo guardada para %1; la recuperación de la cuenta suele requerir acceso a ella.</translation>
    </message>
    <message>
        <source>Add the account&apos;s email address exactly as the provider has it.</source>
        <translation>Añada la dirección de correo de la cuenta exactamente como la tiene el proveedor.</translation>
    </message>
    <message>
        <source>Add the phone number exactly as the provider shows it in its contact settings.</source>
        <translation>Añada el número de teléfono exactamente como lo muestra el proveedor en sus ajustes de contacto.</translation>
    </message>
    <message>
        <source>No phone number is stored for %1, and the provider&apos;s recovery calls or texts it.</source>
        <translation>No hay ningún número de teléfono guardado para %1, y la recuperación del proveedor llama o envía un SMS a ese número.</translation>
    </message>
    <message>
        <source>No phone number is stored for %1; account recovery may call or text it.</source>
        <translation>No hay ningún número de teléfono guardado para %1; la recuperación de la cuenta puede llamar o enviar un SMS a ese número.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, has no &apos;+&apos; country code. A provider that calls or texts it for recovery (as AWS does) needs the international form, and a call to this number can fail.</source>
        <translation>El número de teléfono guardado para %1, %2, no tiene el «+» con el código de país. Un proveedor que llama o envía un SMS a ese número para la recuperación (como hace AWS) necesita el formato internacional, y una llamada a este número puede fallar.</translation>
    </message>
    <message>
        <source>Write the number as &apos;+&apos;, the country code and the number without its leading 0 or spaces (a UK 07911 123456 is +447911123456), correct it in the provider&apos;s contact settings, and store it here the same way.</source>
        <translation>Escriba el número como «+», el código de país y el número sin el 0 inicial ni espacios (el número británico 07911 123456 es +447911123456), corríjalo en los ajustes de contacto del proveedor y guárdelo aquí de la misma forma.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, is not a usable phone number: %3</source>
        <translation>El número de teléfono guardado para %1, %2, no es un número de teléfono utilizable: %3</translation>
    </message>
    <message>
        <source>Compare it with the provider&apos;s contact settings and correct it there and here.</source>
        <translation>Compárelo con los ajustes de contacto del proveedor y corríjalo allí y aquí.</translation>
    </message>
    <message>
        <source>Make sure the provider&apos;s contact settings have %1 (check there, and correct it if needed), and store it here the same way.</source>
        <translation>Asegúrese de que los ajustes de contacto del proveedor tienen %1 (compruébelo allí y corríjalo si hace falta) y guárdelo aquí de la misma forma.</translation>
    </message>
    <message>
        <source>The phone number stored for %1 is %2, without the &apos;+&apos; country code a provider needs to call or text it for recovery, so such a call can fail. %3</source>
        <translation>El número de teléfono guardado para %1 es %2, sin el «+» con el código de país que un proveedor necesita para llamar o enviar un SMS para la recuperación, así que esa llamada puede fallar. %3</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, keeps the leading 0 after the country code; the E.164 form is %3.</source>
        <translation>El número de teléfono guardado para %1, %2, conserva el 0 inicial tras el código de país; el formato E.164 es %3.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, has spaces or punctuation; the E.164 form providers accept everywhere is %3.</source>
        <translation>El número de teléfono guardado para %1, %2, tiene espacios o signos de puntuación; el formato E.164, que los proveedores aceptan en todas partes, es %3.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, cannot be right: %3</source>
        <translation>El número de teléfono guardado para %1, %2, no puede ser correcto: %3</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, is not in a known number range: %3</source>
        <translation>El número de teléfono guardado para %1, %2, no está en un rango de números conocido: %3</translation>
    </message>
    <message>
        <source>Compare it with the provider&apos;s contact settings; if it is right, record that you checked it.</source>
        <translation>Compárelo con los ajustes de contacto del proveedor; si es correcto, anote que lo ha comprobado.</translation>
    </message>
    <message>
        <source>The phone number stored for %1: %2</source>
        <translation>El número de teléfono guardado para %1: %2</translation>
    </message>
    <message>
        <source>Make sure the provider can reach this number with a call or a text message.</source>
        <translation>Asegúrese de que el proveedor puede contactar con este número mediante una llamada o un SMS.</translation>
    </message>
    <message>
        <source>The phone number for %1 was last compared with the provider&apos;s records on %2, more than a year ago; numbers change.</source>
        <translation>El número de teléfono de %1 se comparó por última vez con los datos del proveedor el %2, hace más de un año; los números cambian.</translation>
    </message>
    <message>
        <source>The phone number for %1 has never been compared with the provider&apos;s records.</source>
        <translation>El número de teléfono de %1 nunca se ha comparado con los datos del proveedor.</translation>
    </message>
    <message>
        <source>Open the provider&apos;s contact settings, compare the number, and record that you checked it.</source>
        <translation>Abra los ajustes de contacto del proveedor, compare el número y anote que lo ha comprobado.</translation>
    </message>
    <message>
        <source>No code of %1 has been confirmed with the provider since it was added: a seed imported wrongly shows only when you need it.</source>
        <translation>Ningún código de %1 se ha confirmado con el proveedor desde que se añadió: una clave secreta mal importada solo se descubre cuando se necesita.</translation>
    </message>
    <message>
        <source>Sign in to the provider with a code from Tessera (or compare the code with another device), then mark the account as verified.</source>
        <translation>Inicie sesión en el proveedor con un código de Tessera (o compare el código con otro dispositivo) y después marque la cuenta como verificada.</translation>
    </message>
    <message>
        <source>No backup of the vault is recorded: if this computer&apos;s disk fails or the vault file is lost, every seed in it is gone.</source>
        <translation>No consta ninguna copia de seguridad de la bóveda: si falla el disco de este equipo o se pierde el archivo de la bóveda, se perderán todas las claves secretas que contiene.</translation>
    </message>
    <message>
        <source>Automatic backups are off: accounts added or changed are safe only after you remember to make a backup.</source>
        <translation>Las copias de seguridad automáticas están desactivadas: las cuentas añadidas o modificadas solo están a salvo cuando usted se acuerda de hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>Turn on automatic backups to a folder on another disk or a synchronised folder.</source>
        <translation>Active las copias de seguridad automáticas en una carpeta de otro disco o en una carpeta sincronizada.</translation>
    </message>
    <message>
        <source>The vault&apos;s recovery key was never confirmed: if the password is forgotten and the key was not kept, nothing opens the vault.</source>
        <translation>La clave de recuperación de la bóveda nunca se confirmó: si se olvida la contraseña y no se guardó la clave, nada podrá abrir la bóveda.</translation>
    </message>
    <message>
        <source>Confirm the recovery key you wrote down when the vault was created, or make a new one and keep it somewhere safe.</source>
        <translation>Confirme la clave de recuperación que anotó al crear la bóveda, o genere una nueva y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sin hallazgos.</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 hallazgo</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 critical, %3, %4 info.</source>
        <extracomment>%1 is &quot;N findings&quot;, %2 the number of critical findings, %3 &quot;N warnings&quot;, %4 the number of the others.</extracomment>
        <translation>%1 (críticos: %2; %3; informativos: %4).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <extracomment>A stored value (a phone number) quoted in a finding; use your language&apos;s quotation marks.</extracomment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryFlow</name>
    <message>
        <source>The saved recovery progress cannot be used (%1). Start the recovery again.</source>
        <translation>No se puede usar el progreso guardado de la recuperación (%1). Vuelva a empezar la recuperación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>«%1» no es una lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a bad or repeated entry</source>
        <translation>«%1» tiene una entrada incorrecta o repetida</translation>
    </message>
    <message>
        <source>choose the account</source>
        <translation>elegir la cuenta</translation>
    </message>
    <message>
        <source>Name the account to recover (for an account not in Tessera, its issuer and name).</source>
        <translation>Indique la cuenta que quiere recuperar (si no está en Tessera, su emisor y su nombre).</translation>
    </message>
    <message>
        <source>record where the seed is</source>
        <translation>anotar dónde está la clave secreta</translation>
    </message>
    <message>
        <source>record the clock check</source>
        <translation>anotar la comprobación del reloj</translation>
    </message>
    <message>
        <source>record the re-sync</source>
        <translation>anotar la resincronización</translation>
    </message>
    <message>
        <source>finish troubleshooting</source>
        <translation>terminar el diagnóstico</translation>
    </message>
    <message>
        <source>Troubleshooting has not solved the problem yet: the seed was not found and no re-sync succeeded. Go on with the alternative factors.</source>
        <translation>El diagnóstico aún no ha resuelto el problema: no se encontró la clave secreta y ninguna resincronización tuvo éxito. Continúe con los factores alternativos.</translation>
    </message>
    <message>
        <source>go to the alternative factors</source>
        <translation>pasar a los factores alternativos</translation>
    </message>
    <message>
        <source>choose a way back in</source>
        <translation>elegir una vía de acceso</translation>
    </message>
    <message>
        <source>First choose what to do about &quot;%1&quot;.</source>
        <translation>Primero elija qué hacer con «%1».</translation>
    </message>
    <message>
        <source>The %1 playbook has no way back in called &quot;%2&quot;.</source>
        <translation>La guía «%1» no tiene ninguna vía de acceso llamada «%2».</translation>
    </message>
    <message>
        <source>complete a step</source>
        <translation>completar un paso</translation>
    </message>
    <message>
        <source>Choose a way back in first.</source>
        <translation>Primero elija una vía de acceso.</translation>
    </message>
    <message>
        <source>Every step of this way back in is done.</source>
        <translation>Todos los pasos de esta vía de acceso están hechos.</translation>
    </message>
    <message>
        <source>Do the steps in order: the next one is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Haga los pasos en orden: el siguiente es «%1», no «%2».</translation>
    </message>
    <message>
        <source>report a failure</source>
        <translation>informar de un fallo</translation>
    </message>
    <message>
        <source>There is no step in progress that could have failed.</source>
        <translation>No hay ningún paso en curso que pueda haber fallado.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has no known failure &quot;%2&quot;.</source>
        <translation>El paso «%1» no tiene ningún fallo conocido «%2».</translation>
    </message>
    <message>
        <source>choose what to do about a failure</source>
        <translation>elegir qué hacer ante un fallo</translation>
    </message>
    <message>
        <source>No failure is waiting for a decision.</source>
        <translation>No hay ningún fallo pendiente de decisión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for &quot;%2&quot;.</source>
        <translation>«%1» no es una de las opciones de «%2».</translation>
    </message>
    <message>
        <source>re-enrol</source>
        <translation>volver a registrar la cuenta</translation>
    </message>
    <message>
        <source>Choose a way back in and complete its steps first.</source>
        <translation>Primero elija una vía de acceso y complete sus pasos.</translation>
    </message>
    <message>
        <source>Complete the remaining steps first; the next one is &quot;%1&quot;.</source>
        <translation>Primero complete los pasos que faltan; el siguiente es «%1».</translation>
    </message>
    <message>
        <source>go to prevention</source>
        <translation>pasar a la prevención</translation>
    </message>
    <message>
        <source>Re-enrolment is not finished: &quot;%1&quot; is still to do.</source>
        <translation>El nuevo registro no ha terminado: aún falta «%1».</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>terminar</translation>
    </message>
    <message>
        <source>This is the first step; there is nothing before it.</source>
        <translation>Este es el primer paso; no hay nada antes.</translation>
    </message>
    <message>
        <source>This recovery is finished; start a new one instead.</source>
        <translation>Esta recuperación ha terminado; empiece una nueva.</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>versión de formato desconocida</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>paso desconocido «%1»</translation>
    </message>
    <message>
        <source>the playbook &quot;%1&quot; no longer exists</source>
        <translation>la guía «%1» ya no existe</translation>
    </message>
    <message>
        <source>the playbook is not named</source>
        <translation>no se indica la guía</translation>
    </message>
    <message>
        <source>the account or the playbook is missing</source>
        <translation>falta la cuenta o la guía</translation>
    </message>
    <message>
        <source>unknown troubleshooting result</source>
        <translation>resultado de diagnóstico desconocido</translation>
    </message>
    <message>
        <source>bad clock offset</source>
        <translation>desfase del reloj no válido</translation>
    </message>
    <message>
        <source>marked as solved by troubleshooting without a reason</source>
        <translation>marcada como resuelta en el diagnóstico sin motivo</translation>
    </message>
    <message>
        <source>unknown way back in &quot;%1&quot;</source>
        <translation>vía de acceso desconocida «%1»</translation>
    </message>
    <message>
        <source>bad way back in</source>
        <translation>vía de acceso no válida</translation>
    </message>
    <message>
        <source>steps done without a way back in</source>
        <translation>pasos hechos sin vía de acceso</translation>
    </message>
    <message>
        <source>the steps done do not match the playbook</source>
        <translation>los pasos hechos no coinciden con la guía</translation>
    </message>
    <message>
        <source>the failure waiting for a decision does not match the playbook</source>
        <translation>el fallo pendiente de decisión no coincide con la guía</translation>
    </message>
    <message>
        <source>bad pending failure</source>
        <translation>fallo pendiente no válido</translation>
    </message>
    <message>
        <source>a recorded branch does not match the playbook</source>
        <translation>una rama registrada no coincide con la guía</translation>
    </message>
    <message>
        <source>unknown re-enrolment item &quot;%1&quot;</source>
        <translation>elemento de nuevo registro desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown prevention item &quot;%1&quot;</source>
        <translation>elemento de prevención desconocido «%1»</translation>
    </message>
    <message>
        <source>re-enrolment reached without completing a way back in</source>
        <translation>se llegó al nuevo registro sin completar una vía de acceso</translation>
    </message>
    <message>
        <source>prevention reached without finishing re-enrolment</source>
        <translation>se llegó a la prevención sin terminar el nuevo registro</translation>
    </message>
    <message>
        <source>solved by troubleshooting, but not at prevention</source>
        <translation>resuelta en el diagnóstico, pero no está en la prevención</translation>
    </message>
    <message>
        <source>Which Account?</source>
        <translation>¿Qué cuenta?</translation>
    </message>
    <message>
        <source>Troubleshoot First</source>
        <translation>Primero, diagnosticar el problema</translation>
    </message>
    <message>
        <source>The Provider&apos;s Recovery</source>
        <translation>La recuperación del proveedor</translation>
    </message>
    <message>
        <source>Set Up a New Authenticator</source>
        <translation>Configurar un autenticador nuevo</translation>
    </message>
    <message>
        <source>So It Does Not Happen Again</source>
        <translation>Para que no vuelva a pasar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Cannot %1 now: the recovery is at the step “%2”, not “%3”.</source>
        <extracomment>%1 is an action such as &quot;choose the account&quot;; %2 and %3 are step titles such as &quot;Troubleshoot First&quot;.</extracomment>
        <translation>Ahora no se puede %1: la recuperación está en el paso «%2», no en «%3».</translation>
    </message>
    <message>
        <source>There is no checklist at the step “%1”.</source>
        <translation>El paso «%1» no tiene lista de comprobación.</translation>
    </message>
    <message>
        <source>The checklist of the step “%1” has no item “%2”.</source>
        <translation>La lista de comprobación del paso «%1» no tiene el elemento «%2».</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryKey</name>
    <message>
        <source>The recovery key contains &apos;%1&apos;, which never appears in a recovery key (letters A to Z and digits 2 to 7 only).</source>
        <translation>La clave de recuperación contiene «%1», que nunca aparece en una clave de recuperación (solo letras de la A a la Z y dígitos del 2 al 7).</translation>
    </message>
    <message>
        <source>The recovery key has %1 characters instead of %2: check that all %3 groups of %4 were copied.</source>
        <translation>La clave de recuperación tiene %1 caracteres en lugar de %2: compruebe que se copiaron los %3 grupos de %4.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: its last group does not match the others. Compare each group with the recovery kit.</source>
        <translation>La clave de recuperación tiene una errata: su último grupo no concuerda con los demás. Compare cada grupo con el kit de recuperación.</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryKit</name>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>none: this seed is the only one</source>
        <translation>ninguno: esta clave secreta es la única</translation>
    </message>
    <message>
        <source>another authenticator device or app</source>
        <translation>otro dispositivo o aplicación de autenticación</translation>
    </message>
    <message>
        <source>a security key</source>
        <translation>una llave de seguridad</translation>
    </message>
    <message>
        <source>Not usable as it is: %1</source>
        <translation>No se puede usar tal como está: %1</translation>
    </message>
    <message>
        <source>(stored as %1)</source>
        <translation>(guardado como %1)</translation>
    </message>
    <message>
        <source>Stored without its &apos;+&apos; country code: make sure the provider has %1.</source>
        <translation>Guardado sin el «+» con el código de país: asegúrese de que el proveedor tiene %1.</translation>
    </message>
    <message>
        <source>Unused recovery codes</source>
        <translation>Códigos de recuperación sin usar</translation>
    </message>
    <message>
        <source>None stored. If the provider offers recovery codes, create them and add them to this account in Tessera, then print this kit again.</source>
        <translation>No hay ninguno guardado. Si el proveedor ofrece códigos de recuperación, créelos, añádalos a esta cuenta en Tessera y vuelva a imprimir este kit.</translation>
    </message>
    <message>
        <source>All stored codes have been used. Create a new set at the provider and print this kit again.</source>
        <translation>Se han usado todos los códigos guardados. Cree un juego nuevo en el proveedor y vuelva a imprimir este kit.</translation>
    </message>
    <message>
        <source>Each code works once. Cross a code out when you use it.</source>
        <translation>Cada código funciona una sola vez. Táchelo cuando lo use.</translation>
    </message>
    <message>
        <source>If you lose the authenticator: %1</source>
        <translation>Si pierde el autenticador: %1</translation>
    </message>
    <message>
        <source>Typical wait:</source>
        <translation>Espera habitual:</translation>
    </message>
    <message>
        <source>Have ready:</source>
        <translation>Tenga a mano:</translation>
    </message>
    <message>
        <source>Ways back in:</source>
        <translation>Vías de acceso:</translation>
    </message>
    <message>
        <source>The provider&apos;s re-sync:</source>
        <translation>Resincronización del proveedor:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Its recovery codes and contact details are what the provider asks for when the authenticator is lost.</source>
        <translation>Contiene los códigos de recuperación y los datos de contacto que pide el proveedor cuando se pierde el autenticador.</translation>
    </message>
    <message>
        <source>Its QR code holds the secret key that makes your codes, and its recovery codes replace the authenticator.</source>
        <translation>El código QR de esta hoja contiene la clave secreta que genera sus códigos, y los códigos de recuperación sustituyen al autenticador.</translation>
    </message>
    <message>
        <source>Keep it somewhere private and safe, such as a locked drawer; do not photograph, scan or share it. Destroy it when you print a new one.</source>
        <translation>Guárdela en un lugar privado y seguro, como un cajón con llave; no la fotografíe, escanee ni comparta. Destrúyala cuando imprima una nueva.</translation>
    </message>
    <message>
        <source>Recovery kit: %1</source>
        <translation>Kit de recuperación: %1</translation>
    </message>
    <message>
        <source>Printed by Tessera on %1.</source>
        <translation>Impreso por Tessera el %1.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Teléfono (E.164)</translation>
    </message>
    <message>
        <source>Other second factor</source>
        <translation>Otro segundo factor</translation>
    </message>
    <message>
        <source>Recovery page</source>
        <translation>Página de recuperación</translation>
    </message>
    <message>
        <source>The issuer alone does not tell which kind of account this is: each recovery that may apply follows.</source>
        <translation>El emisor por sí solo no indica qué tipo de cuenta es: a continuación figuran todas las recuperaciones que pueden aplicarse.</translation>
    </message>
    <message>
        <source>QR code of the seed</source>
        <translation>Código QR de la clave secreta</translation>
    </message>
    <message>
        <source>Scan it with an authenticator app to restore this account&apos;s codes.</source>
        <translation>Escanéelo con una aplicación de autenticación para recuperar los códigos de esta cuenta.</translation>
    </message>
    <message>
        <source>Could not make %1 readable by you only, so the recovery kit was not written there. Choose another file.</source>
        <translation>No se pudo hacer que solo usted pueda leer %1, así que el kit de recuperación no se escribió ahí. Elija otro archivo.</translation>
    </message>
    <message>
        <source>Could not create the recovery kit %1: %2.</source>
        <translation>No se pudo crear el kit de recuperación %1: %2.</translation>
    </message>
    <message>
        <source>Could not write the recovery kit to %1: %2.</source>
        <translation>No se pudo escribir el kit de recuperación en %1: %2.</translation>
    </message>
    <message>
        <source>Tessera recovery kit</source>
        <translation>Kit de recuperación de Tessera</translation>
    </message>
    <message>
        <source>The recovery kit could not be made: printing it needs fonts, which this program has not loaded. Print it from Tessera&apos;s window instead.</source>
        <translation>No se pudo generar el kit de recuperación: para imprimirlo se necesitan fuentes, y este programa no las ha cargado. Imprímalo desde la ventana de Tessera.</translation>
    </message>
    <message>
        <source>There is no account to put in the recovery kit.</source>
        <translation>No hay ninguna cuenta que incluir en el kit de recuperación.</translation>
    </message>
    <message>
        <source>The QR code of %1 for the recovery kit</source>
        <translation>El código QR de %1 para el kit de recuperación</translation>
    </message>
    <message>
        <source>Anyone with this sheet can sign in as you</source>
        <translation>Cualquiera que tenga esta hoja puede iniciar sesión en su nombre</translation>
    </message>
</context>
<context>
    <name>tessera::Resync</name>
    <message>
        <source>Enter the code you see on the other device.</source>
        <translation>Introduzca el código que ve en el otro dispositivo.</translation>
    </message>
    <message>
        <source>Enter one code, or two consecutive codes; %1 were given.</source>
        <translation>Introduzca un código o dos códigos consecutivos; se han indicado %1.</translation>
    </message>
    <message>
        <source>A Steam code has %1 characters; &apos;%2&apos; has %3.</source>
        <translation>Un código de Steam tiene %1 caracteres; «%2» tiene %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot appear in a Steam code such as &apos;%2&apos;.</source>
        <translation>«%1» no puede aparecer en un código de Steam como «%2».</translation>
    </message>
    <message>
        <source>A code has digits only; &apos;%1&apos; in &apos;%2&apos; is not a digit.</source>
        <translation>Un código solo tiene dígitos; «%1» en «%2» no es un dígito.</translation>
    </message>
    <message>
        <source>A code has %1 to %2 digits; &apos;%3&apos; has %4.</source>
        <translation>Un código tiene de %1 a %2 dígitos; «%3» tiene %4.</translation>
    </message>
    <message>
        <source>The two codes have different lengths; enter two codes from the same account.</source>
        <translation>Los dos códigos tienen longitudes distintas; introduzca dos códigos de la misma cuenta.</translation>
    </message>
    <message>
        <source>The code matches this account 1 period ahead (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>El código coincide con esta cuenta 1 periodo por delante (unos %1 s). El reloj de uno de los dos dispositivos está desajustado: compruebe el reloj.</translation>
    </message>
    <message numerus="yes">
        <source>The code matches this account %n periods ahead (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>
            <numerusform>El código coincide con esta cuenta %n periodo por delante (unos %1 s). El reloj de uno de los dos dispositivos está desajustado: compruebe el reloj.</numerusform>
            <numerusform>El código coincide con esta cuenta %n periodos por delante (unos %1 s). El reloj de uno de los dos dispositivos está desajustado: compruebe el reloj.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code matches this account 1 period behind (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>El código coincide con esta cuenta 1 periodo por detrás (unos %1 s). El reloj de uno de los dos dispositivos está desajustado: compruebe el reloj.</translation>
    </message>
    <message numerus="yes">
        <source>The code matches this account %n periods behind (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>
            <numerusform>El código coincide con esta cuenta %n periodo por detrás (unos %1 s). El reloj de uno de los dos dispositivos está desajustado: compruebe el reloj.</numerusform>
            <numerusform>El código coincide con esta cuenta %n periodos por detrás (unos %1 s). El reloj de uno de los dos dispositivos está desajustado: compruebe el reloj.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code matches this account now: the seed and the clock agree.</source>
        <translation>El código coincide con esta cuenta ahora: la clave secreta y el reloj concuerdan.</translation>
    </message>
    <message>
        <source>The code matches with %1, %2 digits and a %3-second period, not with this account&apos;s settings. Correct the account to these settings.</source>
        <translation>El código coincide con %1, %2 dígitos y un periodo de %3 segundos, no con los ajustes de esta cuenta. Corrija la cuenta con estos ajustes.</translation>
    </message>
    <message>
        <source>Confirm with two consecutive codes first: one code can match by chance.</source>
        <translation>Confírmelo antes con dos códigos consecutivos: un solo código puede coincidir por casualidad.</translation>
    </message>
    <message numerus="yes">
        <source>No code within %n periods either side of now matches, with these or common other settings. The seed is probably not the one the provider has.</source>
        <translation>
            <numerusform>Ningún código coincide en un margen de %n periodo antes o después del momento actual, ni con estos ajustes ni con otros habituales. Probablemente la clave secreta no es la que tiene el proveedor.</numerusform>
            <numerusform>Ningún código coincide en un margen de %n periodos antes o después del momento actual, ni con estos ajustes ni con otros habituales. Probablemente la clave secreta no es la que tiene el proveedor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No counter from %1 to %2 gives these codes. The seed is probably not the one the provider has, or the counter is further ahead.</source>
        <translation>Ningún contador de %1 a %2 genera estos códigos. Probablemente la clave secreta no es la que tiene el proveedor, o el contador va más adelantado.</translation>
    </message>
    <message>
        <source>The codes match counter %1. Set the counter to %2 so that the next code is the one the provider expects.</source>
        <translation>Los códigos coinciden con el contador %1. Ponga el contador en %2 para que el siguiente código sea el que espera el proveedor.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) account: search for its counter instead.</source>
        <translation>Esta es una cuenta por contador (HOTP): busque su contador.</translation>
    </message>
    <message>
        <source>The search window must be 0 to %1 periods, not %2.</source>
        <translation>El margen de búsqueda debe ser de 0 a %1 periodos, no %2.</translation>
    </message>
    <message>
        <source>This is a time-based account: search for the period offset instead.</source>
        <translation>Esta es una cuenta basada en el tiempo: busque el desfase de periodos.</translation>
    </message>
    <message>
        <source>The look-ahead window must be 1 to %1 counter values, not %2.</source>
        <translation>El margen de anticipación debe ser de 1 a %1 valores del contador, no %2.</translation>
    </message>
    <message>
        <source>This account&apos;s codes have %1 digits; &apos;%2&apos; has %3.</source>
        <translation>Los códigos de esta cuenta tienen %1 dígitos; «%2» tiene %3.</translation>
    </message>
</context>
<context>
    <name>tessera::SntpPacket</name>
    <message>
        <source>The time server sent %1 bytes, too few for an NTP reply (%2); it is probably not an NTP server.</source>
        <translation>El servidor de hora envió %1 bytes, demasiado pocos para una respuesta NTP (%2); probablemente no es un servidor NTP.</translation>
    </message>
    <message>
        <source>The reply does not answer Tessera&apos;s request (its originate timestamp differs): it may be forged or stale. Try again.</source>
        <translation>La respuesta no corresponde a la solicitud de Tessera (su marca de tiempo de origen es distinta): puede ser falsa o antigua. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The reply is not from an NTP server (mode %1, expected %2); it is probably not an NTP server.</source>
        <translation>La respuesta no procede de un servidor NTP (modo %1; se esperaba %2); probablemente no es un servidor NTP.</translation>
    </message>
    <message>
        <source>The reply uses NTP version %1, which Tessera does not understand; it is probably not an NTP server.</source>
        <translation>La respuesta usa la versión %1 de NTP, que Tessera no entiende; probablemente no es un servidor NTP.</translation>
    </message>
    <message>
        <source>The time server asks clients to slow down (kiss-o&apos;-death RATE). Wait a while, or choose another server.</source>
        <translation>El servidor de hora pide a los clientes que reduzcan la frecuencia (kiss-o&apos;-death RATE). Espere un rato o elija otro servidor.</translation>
    </message>
    <message>
        <source>The time server refuses to answer Tessera (kiss-o&apos;-death %1). Choose another server.</source>
        <translation>El servidor de hora se niega a responder a Tessera (kiss-o&apos;-death %1). Elija otro servidor.</translation>
    </message>
    <message>
        <source>The time server sent a kiss-o&apos;-death (%1) instead of the time. Choose another server.</source>
        <translation>El servidor de hora envió un kiss-o&apos;-death (%1) en lugar de la hora. Elija otro servidor.</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <source>The time server&apos;s own clock is not synchronised (leap indicator %1, stratum %2). Choose another server.</source>
        <translation>El propio reloj del servidor de hora no está sincronizado (indicador de salto %1, estrato %2). Elija otro servidor.</translation>
    </message>
    <message>
        <source>The time server&apos;s reply has no time in it; choose another server.</source>
        <translation>La respuesta del servidor de hora no contiene la hora; elija otro servidor.</translation>
    </message>
    <message>
        <source>The time server&apos;s reply is inconsistent (sent before it was received); choose another server.</source>
        <translation>La respuesta del servidor de hora es incoherente (dice haberse enviado antes de recibir la solicitud); elija otro servidor.</translation>
    </message>
</context>
<context>
    <name>tessera::SntpServer</name>
    <message>
        <source>&apos;%1&apos; is not a time server: %2 Write HOST or HOST:PORT, for example pool.ntp.org:123.</source>
        <translation>«%1» no es un servidor de hora: %2 Escriba HOST o HOST:PUERTO, por ejemplo pool.ntp.org:123.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <source>the &apos;[&apos; has no matching &apos;]&apos;.</source>
        <translation>el «[» no tiene su «]» correspondiente.</translation>
    </message>
    <message>
        <source>only &apos;:PORT&apos; may follow the address.</source>
        <translation>tras la dirección solo puede ir «:PUERTO».</translation>
    </message>
    <message>
        <source>the part in brackets is not an IPv6 address.</source>
        <translation>la parte entre corchetes no es una dirección IPv6.</translation>
    </message>
    <message>
        <source>it is neither a host name nor an address.</source>
        <translation>no es ni un nombre de host ni una dirección.</translation>
    </message>
    <message>
        <source>the host name has characters a host name cannot have.</source>
        <translation>el nombre de host tiene caracteres que un nombre de host no puede tener.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>el puerto debe ser un número del 1 al 65535.</translation>
    </message>
</context>
<context>
    <name>tessera::StratumFormat</name>
    <message>
        <source>It is an mOTP account, which Tessera does not support.</source>
        <translation>Es una cuenta mOTP, que Tessera no admite.</translation>
    </message>
    <message>
        <source>It is a Yandex account, which Tessera does not support.</source>
        <translation>Es una cuenta de Yandex, que Tessera no admite.</translation>
    </message>
    <message>
        <source>It has an unknown type (%1).</source>
        <translation>Tiene un tipo desconocido (%1).</translation>
    </message>
    <message>
        <source>It uses an unknown algorithm (%1), which Tessera does not support.</source>
        <translation>Usa un algoritmo desconocido (%1), que Tessera no admite.</translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>el archivo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>it is cut off (%1 bytes).</source>
        <translation>está cortado (%1 bytes).</translation>
    </message>
    <message>
        <source>the decrypted backup is not a JSON object.</source>
        <translation>la copia de seguridad descifrada no es un objeto JSON.</translation>
    </message>
    <message>
        <source>the field &apos;Authenticators&apos; is missing or not a list.</source>
        <translation>el campo «Authenticators» falta o no es una lista.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>tessera::TesseraBackupFormat</name>
    <message>
        <source>Tessera backup</source>
        <translation>copia de seguridad de Tessera</translation>
    </message>
    <message>
        <source>This Tessera backup cannot be read: %1</source>
        <translation>No se puede leer esta copia de seguridad de Tessera: %1</translation>
    </message>
    <message>
        <source>its line ends were changed in transfer (copy it as a binary file).</source>
        <translation>sus finales de línea cambiaron durante la transferencia (cópiela como archivo binario).</translation>
    </message>
    <message>
        <source>it does not start with the Tessera backup header.</source>
        <translation>no empieza por la cabecera de copia de seguridad de Tessera.</translation>
    </message>
    <message>
        <source>it is cut off (%1 bytes).</source>
        <translation>está cortada (%1 bytes).</translation>
    </message>
    <message>
        <source>This Tessera backup has format version %1; this Tessera reads version %2. Update Tessera to open it.</source>
        <translation>Esta copia de seguridad de Tessera tiene la versión de formato %1; esta versión de Tessera lee la versión %2. Actualice Tessera para abrirla.</translation>
    </message>
    <message>
        <source>This Tessera backup uses a key derivation or cipher this Tessera does not know.</source>
        <translation>Esta copia de seguridad de Tessera usa una derivación de claves o un cifrado que esta versión de Tessera no conoce.</translation>
    </message>
    <message>
        <source>its content is not a JSON object.</source>
        <translation>su contenido no es un objeto JSON.</translation>
    </message>
    <message>
        <source>its content is not marked as a Tessera backup.</source>
        <translation>su contenido no está marcado como copia de seguridad de Tessera.</translation>
    </message>
    <message>
        <source>This Tessera backup&apos;s content has version %1; this Tessera reads version %2. Update Tessera to open it.</source>
        <translation>El contenido de esta copia de seguridad de Tessera tiene la versión %1; esta versión de Tessera lee la versión %2. Actualice Tessera para abrirla.</translation>
    </message>
    <message>
        <source>the field &apos;accounts&apos; is missing or not a list.</source>
        <translation>el campo «accounts» falta o no es una lista.</translation>
    </message>
    <message>
        <source>A Tessera backup needs a password.</source>
        <translation>Una copia de seguridad de Tessera necesita una contraseña.</translation>
    </message>
</context>
<context>
    <name>tessera::TwoFasFormat</name>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>el archivo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>It has the unknown token type &apos;%1&apos;.</source>
        <translation>Tiene el tipo de token desconocido «%1».</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Usa el algoritmo «%1», que Tessera no admite.</translation>
    </message>
    <message>
        <source>the field &apos;schemaVersion&apos; is missing.</source>
        <translation>falta el campo «schemaVersion».</translation>
    </message>
    <message>
        <source>This 2FAS backup has schema version %1, newer than Tessera reads (%2). Update Tessera.</source>
        <translation>Esta copia de seguridad de 2FAS tiene la versión de esquema %1, más reciente que la que lee Tessera (%2). Actualice Tessera.</translation>
    </message>
    <message>
        <source>the field &apos;services&apos; is missing or not a list.</source>
        <translation>el campo «services» falta o no es una lista.</translation>
    </message>
    <message>
        <source>the decrypted services are not a JSON list.</source>
        <translation>los servicios descifrados no son una lista JSON.</translation>
    </message>
    <message>
        <source>the encrypted services are not in the form ciphertext:salt:iv.</source>
        <translation>los servicios cifrados no tienen la forma ciphertext:salt:iv.</translation>
    </message>
    <message>
        <source>the password check (&apos;reference&apos;) is not in the form ciphertext:salt:iv.</source>
        <translation>la comprobación de contraseña («reference») no tiene la forma ciphertext:salt:iv.</translation>
    </message>
    <message>
        <source>The password is right, but the accounts in this 2FAS backup are damaged (they fail their authenticity check).</source>
        <translation>La contraseña es correcta, pero las cuentas de esta copia de seguridad de 2FAS están dañadas (no superan la comprobación de autenticidad).</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>tessera::UriListFormat</name>
    <message>
        <source>otpauth:// list</source>
        <translation>lista otpauth://</translation>
    </message>
    <message>
        <source>it is not text (it contains binary data).</source>
        <translation>no es texto (contiene datos binarios).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>It is not an otpauth:// link.</source>
        <translation>No es un enlace otpauth://.</translation>
    </message>
    <message>
        <source>it contains no otpauth:// links.</source>
        <translation>no contiene enlaces otpauth://.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Está en la papelera.</translation>
    </message>
    <message numerus="yes">
        <source>otpauth:// links cannot hold recovery information (recovery codes, email, phone), notes or tags: %n account(s) lose recovery information in this export.</source>
        <translation>
            <numerusform>Los enlaces otpauth:// no pueden contener información de recuperación (códigos de recuperación, correo, teléfono), notas ni etiquetas: %n cuenta pierde información de recuperación en esta exportación.</numerusform>
            <numerusform>Los enlaces otpauth:// no pueden contener información de recuperación (códigos de recuperación, correo, teléfono), notas ni etiquetas: %n cuentas pierden información de recuperación en esta exportación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Vault</name>
    <message>
        <source>There is no account %1 in the vault.</source>
        <translation>No hay ninguna cuenta %1 en la bóveda.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>La bóveda está bloqueada. Desbloquéela primero.</translation>
    </message>
    <message>
        <source>%1 was opened read-only (a backup copy): nothing in it can be changed. Bring accounts back into your vault instead.</source>
        <translation>%1 se abrió en modo de solo lectura (es una copia de seguridad): no se puede cambiar nada en ella. Restaure las cuentas en su bóveda.</translation>
    </message>
    <message>
        <source>The vault has integrity problems, so Tessera will not change it: %1 Repair the vault or restore a backup first.</source>
        <translation>La bóveda tiene problemas de integridad, así que Tessera no la modificará: %1 Primero repare la bóveda o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>The vault has no %1 slot: the file is damaged. Restore it from a backup.</source>
        <translation>Falta la ranura de la %1 de la bóveda: el archivo está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>A new vault needs a password key.</source>
        <translation>Una bóveda nueva necesita una clave de tipo contraseña.</translation>
    </message>
    <message>
        <source>Creating the vault %1</source>
        <translation>Al crear la bóveda %1</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 slot belongs to another vault: the file was tampered with. Restore it from a backup.</source>
        <translation>La ranura de la %1 de la bóveda pertenece a otra bóveda: el archivo se ha manipulado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 was changed by another program meanwhile. Try again.</source>
        <translation>Otro programa ha cambiado entretanto la %1 de la bóveda. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A new password needs a password key.</source>
        <translation>Una contraseña nueva necesita una clave de tipo contraseña.</translation>
    </message>
    <message>
        <source>The vault file was replaced by a different vault. Unlock it again.</source>
        <translation>El archivo de la bóveda se sustituyó por otra bóveda. Vuelva a desbloquearla.</translation>
    </message>
    <message>
        <source>The vault file now holds a different vault. Unlock it again.</source>
        <translation>El archivo de la bóveda contiene ahora otra bóveda. Vuelva a desbloquearla.</translation>
    </message>
    <message>
        <source>An account with the id %1 is already in the vault.</source>
        <translation>Ya hay una cuenta con el id %1 en la bóveda.</translation>
    </message>
    <message>
        <source>%1 is not a counter-based (HOTP) account.</source>
        <translation>%1 no es una cuenta por contador (HOTP).</translation>
    </message>
    <message>
        <source>The counter of %1 cannot go any higher.</source>
        <translation>El contador de %1 no puede subir más.</translation>
    </message>
    <message>
        <source>Account %1 appears twice in the new order.</source>
        <translation>La cuenta %1 aparece dos veces en el nuevo orden.</translation>
    </message>
    <message>
        <source>Unknown kind of backup (%1).</source>
        <translation>Tipo de copia de seguridad desconocido (%1).</translation>
    </message>
    <message>
        <source>A backup record needs every account&apos;s id and a revision of at least 1.</source>
        <translation>Un registro de copia de seguridad necesita el id de cada cuenta y una revisión de 1 como mínimo.</translation>
    </message>
    <message>
        <source>A backup with the id %1 is already recorded.</source>
        <translation>Ya hay registrada una copia de seguridad con el id %1.</translation>
    </message>
    <message>
        <source>Copying the vault to %1</source>
        <translation>Al copiar la bóveda en %1</translation>
    </message>
    <message>
        <source>The copy %1 is not usable: %2</source>
        <translation>La copia %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>Checking the copy %1</source>
        <translation>Al comprobar la copia %1</translation>
    </message>
    <message>
        <source>%1 is a copy of another vault, not of this one.</source>
        <translation>%1 es una copia de otra bóveda, no de esta.</translation>
    </message>
    <message>
        <source>its %1 slot is missing.</source>
        <translation>falta su ranura de la %1.</translation>
    </message>
    <message>
        <source>its %1 slot cannot be read.</source>
        <translation>no se puede leer su ranura de la %1.</translation>
    </message>
    <message>
        <source>its list of accounts is missing.</source>
        <translation>falta su lista de cuentas.</translation>
    </message>
    <message>
        <source>its list of accounts does not open with this vault&apos;s key.</source>
        <translation>su lista de cuentas no se abre con la clave de esta bóveda.</translation>
    </message>
    <message>
        <source>an account row is damaged.</source>
        <translation>una fila de cuenta está dañada.</translation>
    </message>
    <message>
        <source>account %1 does not decrypt with this vault&apos;s key.</source>
        <translation>la cuenta %1 no se descifra con la clave de esta bóveda.</translation>
    </message>
    <message>
        <source>account %1 cannot be read.</source>
        <translation>no se puede leer la cuenta %1.</translation>
    </message>
    <message>
        <source>its accounts do not match its authenticated list of accounts.</source>
        <translation>sus cuentas no coinciden con su lista autenticada de cuentas.</translation>
    </message>
</context>
<context>
    <name>tessera::VaultAudit</name>
    <message>
        <source>%1 was left out of the audit: %2</source>
        <translation>%1 quedó fuera de la revisión: %2</translation>
    </message>
    <message>
        <source>The vault&apos;s backup records could not be read, so none are counted: %1</source>
        <translation>No se pudieron leer los registros de copias de seguridad de la bóveda, así que no se cuenta ninguno: %1</translation>
    </message>
</context>
<context>
    <name>tessera::VaultFile</name>
    <message>
        <source>The disk is full: creating the folder %1 failed. Free some space and try again.</source>
        <translation>El disco está lleno: no se pudo crear la carpeta %1. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so creating the folder is not possible.</source>
        <translation>%1 está en un sistema de archivos de solo lectura, así que no es posible crear la carpeta.</translation>
    </message>
    <message>
        <source>Permission denied: creating the folder %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Permiso denegado: no está permitido crear la carpeta %1. Compruebe los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <source>creating the folder %1 failed: %2.</source>
        <translation>no se pudo crear la carpeta %1: %2.</translation>
    </message>
    <message>
        <source>The disk is full: setting the permissions of %1 failed. Free some space and try again.</source>
        <translation>El disco está lleno: no se pudieron establecer los permisos de %1. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so setting its permissions is not possible.</source>
        <translation>%1 está en un sistema de archivos de solo lectura, así que no es posible establecer sus permisos.</translation>
    </message>
    <message>
        <source>Permission denied: setting the permissions of %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Permiso denegado: no está permitido establecer los permisos de %1. Compruebe los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <source>setting the permissions of %1 failed: %2.</source>
        <translation>no se pudieron establecer los permisos de %1: %2.</translation>
    </message>
    <message>
        <source>The disk is full: reading %1 failed. Free some space and try again.</source>
        <translation>El disco está lleno: no se pudo leer %1. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so reading is not possible.</source>
        <translation>%1 está en un sistema de archivos de solo lectura, así que no es posible leerlo.</translation>
    </message>
    <message>
        <source>Permission denied: reading %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Permiso denegado: no está permitido leer %1. Compruebe los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <source>reading %1 failed: %2.</source>
        <translation>no se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>The disk is full: creating %1 failed. Free some space and try again.</source>
        <translation>El disco está lleno: no se pudo crear %1. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so creating is not possible.</source>
        <translation>%1 está en un sistema de archivos de solo lectura, así que no es posible crearlo.</translation>
    </message>
    <message>
        <source>Permission denied: creating %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Permiso denegado: no está permitido crear %1. Compruebe los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <source>creating %1 failed: %2.</source>
        <translation>no se pudo crear %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a file, so the vault&apos;s folder cannot be created inside it.</source>
        <translation>%1 es un archivo, así que no se puede crear dentro la carpeta de la bóveda.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>No hay ninguna bóveda en %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault file.</source>
        <translation>%1 es una carpeta, no un archivo de bóveda.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The vault file %1 is truncated (%2 bytes): part of it is missing. Restore it from a backup.</source>
        <translation>El archivo de la bóveda %1 está truncado (%2 bytes): falta una parte. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault file %1 is empty: it was truncated. Restore it from a backup.</source>
        <translation>El archivo de la bóveda %1 está vacío: se truncó. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault.</source>
        <translation>%1 no es una bóveda de Tessera.</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault (it is a database of another program).</source>
        <translation>%1 no es una bóveda de Tessera (es una base de datos de otro programa).</translation>
    </message>
    <message>
        <source>The vault file %1 is damaged (its header is invalid). Restore it from a backup.</source>
        <translation>El archivo de la bóveda %1 está dañado (su cabecera no es válida). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 already exists; Tessera never overwrites a vault.</source>
        <translation>%1 ya existe; Tessera nunca sobrescribe una bóveda.</translation>
    </message>
    <message>
        <source>The vault file %1 was moved or deleted while it was open.</source>
        <translation>El archivo de la bóveda %1 se movió o se eliminó mientras estaba abierto.</translation>
    </message>
</context>
<context>
    <name>tessera::VaultStore</name>
    <message>
        <source>The disk is full: %1 failed and nothing was changed. Free some space and try again.</source>
        <translation>El disco está lleno: no se pudo %1 y no se ha cambiado nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The vault is read-only (the file, its folder or the disk does not allow writing): %1 failed and nothing was changed.</source>
        <translation>La bóveda es de solo lectura (el archivo, su carpeta o el disco no permiten escribir): no se pudo %1 y no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The vault file or its folder cannot be opened for %1 (check that the folder exists and is writable): nothing was changed.</source>
        <translation>No se puede abrir el archivo de la bóveda o su carpeta para %1 (compruebe que la carpeta existe y que se puede escribir en ella): no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The vault is busy: another program kept it locked, so %1 did not happen. Try again.</source>
        <translation>La bóveda está ocupada: otro programa la mantuvo bloqueada, así que no se pudo %1. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Reading or writing the vault file failed (%1): %2. Nothing was changed.</source>
        <translation>Falló la lectura o escritura del archivo de la bóveda (al %1): %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>There is not enough memory for %1.</source>
        <translation>No hay memoria suficiente para %1.</translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore it from a backup.</source>
        <translation>El archivo de la bóveda está dañado (%1). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault file is damaged or was changed outside Tessera (%1 failed: %2). Restore it from a backup.</source>
        <translation>El archivo de la bóveda está dañado o se modificó fuera de Tessera (no se pudo %1: %2). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Falta el controlador SQLite de Qt; instale el paquete libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>opening the vault</source>
        <translation>abrir la bóveda</translation>
    </message>
    <message>
        <source>creating the vault</source>
        <translation>crear la bóveda</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault.</source>
        <translation>%1 no es una bóveda de Tessera.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Tessera (vault format %1; this version reads up to %2). Update Tessera to open it; the file was not changed.</source>
        <translation>Esta bóveda se escribió con una versión más reciente de Tessera (formato de bóveda %1; esta versión lee hasta el %2). Actualice Tessera para abrirla; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The vault file %1 is incomplete: it was never fully created. Restore it from a backup.</source>
        <translation>El archivo de la bóveda %1 está incompleto: nunca se terminó de crear. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>reading the vault</source>
        <translation>leer la bóveda</translation>
    </message>
    <message>
        <source>reading the vault&apos;s version</source>
        <translation>leer la versión de la bóveda</translation>
    </message>
    <message>
        <source>The vault file is damaged: its version record is invalid. Restore it from a backup.</source>
        <translation>El archivo de la bóveda está dañado: su registro de versión no es válido. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>checking the vault for changes</source>
        <translation>comprobar si la bóveda ha cambiado</translation>
    </message>
    <message>
        <source>checking the vault file</source>
        <translation>comprobar el archivo de la bóveda</translation>
    </message>
    <message>
        <source>The vault file is damaged (SQLite reports: %1). Restore it from a backup.</source>
        <translation>El archivo de la bóveda está dañado (SQLite informa: %1). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>A vault change is in progress; copy the vault later.</source>
        <translation>Hay un cambio de la bóveda en curso; copie la bóveda más tarde.</translation>
    </message>
    <message>
        <source>copying the vault</source>
        <translation>copiar la bóveda</translation>
    </message>
    <message>
        <source>A vault change is already in progress.</source>
        <translation>Ya hay un cambio de la bóveda en curso.</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>iniciar un cambio</translation>
    </message>
    <message>
        <source>There is no vault change to save.</source>
        <translation>No hay ningún cambio de la bóveda que guardar.</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>guardar el cambio</translation>
    </message>
    <message>
        <source>create the vault schema (version 1)</source>
        <translation>crear el esquema de la bóveda (versión 1)</translation>
    </message>
    <message>
        <source>add the backup bookkeeping (version 2)</source>
        <translation>añadir el registro de copias de seguridad (versión 2)</translation>
    </message>
    <message>
        <source>There is no way to update the vault from format %1 to %2.</source>
        <translation>No hay forma de actualizar la bóveda del formato %1 al %2.</translation>
    </message>
    <message>
        <source>updating the vault (%1)</source>
        <translation>actualizar la bóveda (%1)</translation>
    </message>
    <message>
        <source>updating the vault&apos;s version</source>
        <translation>actualizar la versión de la bóveda</translation>
    </message>
    <message>
        <source>The vault file is damaged: its identifier is missing or invalid. Restore it from a backup.</source>
        <translation>El archivo de la bóveda está dañado: su identificador falta o no es válido. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>reading the vault&apos;s key slots</source>
        <translation>leer las ranuras de clave de la bóveda</translation>
    </message>
    <message>
        <source>The vault file is damaged: a key slot appears twice. Restore it from a backup.</source>
        <translation>El archivo de la bóveda está dañado: una ranura de clave aparece dos veces. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>reading the vault&apos;s list of accounts</source>
        <translation>leer la lista de cuentas de la bóveda</translation>
    </message>
    <message>
        <source>The vault&apos;s list of accounts (its manifest) is missing or damaged.</source>
        <translation>La lista de cuentas de la bóveda (su manifiesto) falta o está dañada.</translation>
    </message>
    <message>
        <source>reading the vault&apos;s accounts</source>
        <translation>leer las cuentas de la bóveda</translation>
    </message>
    <message>
        <source>reading the vault&apos;s list of backups</source>
        <translation>leer la lista de copias de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>writing the vault&apos;s identifier</source>
        <translation>escribir el identificador de la bóveda</translation>
    </message>
    <message>
        <source>saving the %1 slot</source>
        <translation>guardar la ranura de la %1</translation>
    </message>
    <message>
        <source>saving the list of accounts</source>
        <translation>guardar la lista de cuentas</translation>
    </message>
    <message>
        <source>saving an account</source>
        <translation>guardar una cuenta</translation>
    </message>
    <message>
        <source>deleting an account</source>
        <translation>eliminar una cuenta</translation>
    </message>
    <message>
        <source>setting a damaged account aside</source>
        <translation>apartar una cuenta dañada</translation>
    </message>
    <message>
        <source>recording the backup</source>
        <translation>registrar la copia de seguridad</translation>
    </message>
    <message>
        <source>forgetting a backup</source>
        <translation>olvidar una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountListModel</name>
    <message>
        <source>Counter-based code: press Next to generate one</source>
        <translation>Código por contador: pulse Siguiente para generar uno</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <source>Code hidden: click to show</source>
        <translation>Código oculto: haga clic para mostrarlo</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountQrSlideshow</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation>No hay cuentas que mostrar.</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 de %3</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountRowDelegate</name>
    <message>
        <source>%1s</source>
        <comment>seconds until the code changes</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>next</source>
        <comment>label before the next code</comment>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>button that generates the next code of a counter-based account</comment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Copied · clears in %1 s</source>
        <translation>Copiado · se borra en %1 s</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Generate the next code</source>
        <translation>Generar el código siguiente</translation>
    </message>
    <message>
        <source>Press Next to generate a code</source>
        <translation>Pulse Siguiente para generar un código</translation>
    </message>
    <message>
        <source>Click to show the code</source>
        <translation>Haga clic para mostrar el código</translation>
    </message>
    <message numerus="yes">
        <source>The code changes in %n second(s)</source>
        <translation>
            <numerusform>El código cambia en %n segundo</numerusform>
            <numerusform>El código cambia en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountsPage</name>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Show &amp;QR Code…</source>
        <translation>Mostrar código &amp;QR…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorito</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation>Buscar cuentas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Type part of an issuer, account name, tag or note. Enter copies the code of the selected account.</source>
        <translation>Escriba parte de un emisor, nombre de cuenta, etiqueta o nota. Intro copia el código de la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Menú principal</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparar…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Enter or double-click copies the code; Delete moves the account to the trash; Alt+Up and Alt+Down change the order.</source>
        <translation>Intro o doble clic copia el código; Supr mueve la cuenta a la papelera; Alt+Arriba y Alt+Abajo cambian el orden.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>«%1» se movió a la papelera.</translation>
    </message>
    <message>
        <source>Clear the search to change the order.</source>
        <translation>Borre la búsqueda para cambiar el orden.</translation>
    </message>
    <message>
        <source>No account matches “%1”.
Press Esc to clear the search.</source>
        <translation>Ninguna cuenta coincide con «%1».
Pulse Esc para borrar la búsqueda.</translation>
    </message>
    <message>
        <source>No accounts yet — add one with Ctrl+N, or import a backup or another app&apos;s export with Ctrl+I.</source>
        <translation>Aún no hay cuentas: añada una con Ctrl+N, o importe una copia de seguridad o la exportación de otra aplicación con Ctrl+I.</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 cuenta</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 cuentas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source> · Auto-lock off</source>
        <translation> · Sin bloqueo automático</translation>
    </message>
    <message>
        <source> · Locked in %1</source>
        <translation> · Bloqueo en %1</translation>
    </message>
    <message>
        <source> · Read-only</source>
        <translation> · Solo lectura</translation>
    </message>
    <message>
        <source>This vault has a problem and is read-only until it is repaired.</source>
        <translation>Esta bóveda tiene un problema y es de solo lectura hasta que se repare.</translation>
    </message>
    <message>
        <source>This vault has %1 problems and is read-only until it is repaired.</source>
        <translation>Esta bóveda tiene %1 problemas y es de solo lectura hasta que se repare.</translation>
    </message>
    <message>
        <source>Vault Problems</source>
        <translation>Problemas de la bóveda</translation>
    </message>
    <message>
        <source>Tessera found records in the vault file that it did not write. Every healthy account can be read and copied; nothing is changed until you repair the vault or restore a backup.</source>
        <translation>Tessera encontró en el archivo de la bóveda registros que no escribió él mismo. Todas las cuentas en buen estado se pueden leer y copiar; no se cambia nada hasta que repare la bóveda o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>Repair the Vault</source>
        <translation>Reparar la bóveda</translation>
    </message>
    <message>
        <source>Repairing sets aside the records that cannot be trusted (they are kept, not deleted) and makes the vault writable again. If you have a recent backup, restoring it may be better. Repair now?</source>
        <translation>Al reparar, se apartan los registros que no son de fiar (se conservan, no se eliminan) y la bóveda vuelve a admitir cambios. Si tiene una copia de seguridad reciente, puede que sea mejor restaurarla. ¿Reparar ahora?</translation>
    </message>
    <message>
        <source>The vault was repaired.</source>
        <translation>Se reparó la bóveda.</translation>
    </message>
    <message>
        <source>The list is in alphabetical order. Choose “My order” in Settings to arrange it yourself.</source>
        <translation>La lista está en orden alfabético. Elija «Mi orden» en Ajustes para ordenarla usted mismo.</translation>
    </message>
    <message numerus="yes">
        <source> · Locked in %n min</source>
        <comment>auto-lock countdown</comment>
        <translation>
            <numerusform> · Bloqueo en %n min</numerusform>
            <numerusform> · Bloqueo en %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation>otpauth://totp/…</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>Enlace de configuración</translation>
    </message>
    <message>
        <source>Optional. Paste an otpauth:// link here to fill in the fields below.</source>
        <translation>Opcional. Pegue aquí un enlace otpauth:// para rellenar los campos de abajo.</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>The provider or website, for example GitHub.</source>
        <translation>El proveedor o sitio web, por ejemplo GitHub.</translation>
    </message>
    <message>
        <source>alice@example.com</source>
        <translation>ana@example.com</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de cuenta</translation>
    </message>
    <message>
        <source>Your user name or email address at the provider.</source>
        <translation>Su nombre de usuario o dirección de correo en el proveedor.</translation>
    </message>
    <message>
        <source>JBSW Y3DP EHPK 3PXP</source>
        <translation>JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Ajustes avanzados</translation>
    </message>
    <message>
        <source>Shows the code type, algorithm, number of digits, period and counter. Most accounts use the defaults.</source>
        <translation>Muestra el tipo de código, el algoritmo, el número de dígitos, el periodo y el contador. La mayoría de las cuentas usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Por tiempo (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Por contador (HOTP)</translation>
    </message>
    <message>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
    <message>
        <source>Code type</source>
        <translation>Tipo de código</translation>
    </message>
    <message>
        <source>Time-based codes change every period; counter-based codes change each time you ask for one.</source>
        <translation>Los códigos por tiempo cambian cada periodo; los códigos por contador cambian cada vez que pide uno.</translation>
    </message>
    <message>
        <source>SHA-1 (most common)</source>
        <translation>SHA-1 (el más común)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>The hash the codes are made with. Almost always SHA-1; use another only when the provider says so.</source>
        <translation>El hash con el que se generan los códigos. Casi siempre SHA-1; use otro solo si el proveedor lo indica.</translation>
    </message>
    <message>
        <source>Number of digits</source>
        <translation>Número de dígitos</translation>
    </message>
    <message>
        <source>How many digits each code has, usually 6.</source>
        <translation>Cuántos dígitos tiene cada código; normalmente 6.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation>Periodo en segundos</translation>
    </message>
    <message>
        <source>How long each code lasts. Almost always 30 seconds.</source>
        <translation>Cuánto dura cada código. Casi siempre 30 segundos.</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>For counter-based codes: the counter value of the next code, as the provider states it. Usually 0.</source>
        <translation>Para códigos por contador: el valor del contador del siguiente código, tal como lo indica el proveedor. Normalmente 0.</translation>
    </message>
    <message>
        <source>Code preview</source>
        <translation>Vista previa del código</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Adds the account to the vault.</source>
        <translation>Añade la cuenta a la bóveda.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Al&amp;gorithm:</source>
        <translation>Al&amp;goritmo:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Dígitos:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Cou&amp;nter:</source>
        <translation>Co&amp;ntador:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>E&amp;misor:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>C&amp;lave secreta:</translation>
    </message>
    <message>
        <source>Filled in from the link. Check the fields, then press Add.</source>
        <translation>Rellenado a partir del enlace. Revise los campos y pulse Añadir.</translation>
    </message>
    <message>
        <source>A counter-based code changes only when you ask for the next one.</source>
        <translation>Un código por contador solo cambia cuando pide el siguiente.</translation>
    </message>
    <message>
        <source>Steam Guard codes always have five characters, use SHA-1 and change every 30 seconds.</source>
        <translation>Los códigos de Steam Guard siempre tienen cinco caracteres, usan SHA-1 y cambian cada 30 segundos.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Introduzca la clave secreta.</translation>
    </message>
    <message>
        <source>The counter must be a whole number from 0 to %1.</source>
        <translation>El contador debe ser un número entero de 0 a %1.</translation>
    </message>
    <message>
        <source>The secret key (or “setup key”) is the text the provider shows with the QR code: letters A to Z and digits 2 to 7.</source>
        <translation>La clave secreta (o «clave de configuración») es el texto que el proveedor muestra junto al código QR: letras de la A a la Z y dígitos del 2 al 7.</translation>
    </message>
    <message>
        <source>This secret is only %1 characters long, shorter than providers use. Check that you copied all of it.</source>
        <translation>Esta clave secreta solo tiene %1 caracteres, menos de los que usan los proveedores. Compruebe que la ha copiado entera.</translation>
    </message>
    <message>
        <source>The secret key is valid.</source>
        <translation>La clave secreta es válida.</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name, so you can tell this code from others.</source>
        <translation>Introduzca el emisor o el nombre de cuenta para poder distinguir este código de otros.</translation>
    </message>
    <message>
        <source>“%1” is in the trash. Adding it again keeps both; restore it from the trash instead if its key still works.</source>
        <translation>«%1» está en la papelera. Si la añade de nuevo, se conservan ambas; si su clave aún funciona, restáurela desde la papelera.</translation>
    </message>
    <message>
        <source>You already have “%1”. Adding it again keeps both: move the old one to the trash once the new code works.</source>
        <translation>Ya tiene «%1». Si la añade de nuevo, se conservan ambas: mueva la antigua a la papelera cuando funcione el código nuevo.</translation>
    </message>
    <message>
        <source>Current code: %1 (changes in %2 s). Compare it with the provider before you rely on it.</source>
        <translation>Código actual: %1 (cambia en %2 s). Compárelo con el del proveedor antes de confiar en él.</translation>
    </message>
    <message>
        <source>Code for counter %1: %2</source>
        <translation>Código para el contador %1: %2</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name.</source>
        <translation>Introduzca el emisor o el nombre de cuenta.</translation>
    </message>
    <message>
        <source>The account was not added. %1</source>
        <translation>No se añadió la cuenta. %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AppController</name>
    <message>
        <source>Locked after a minute without activity.</source>
        <translation>Bloqueado tras un minuto de inactividad.</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without activity.</source>
        <translation>Bloqueado tras %1 minutos de inactividad.</translation>
    </message>
    <message>
        <source>Locked with the screen.</source>
        <translation>Bloqueado junto con la pantalla.</translation>
    </message>
    <message>
        <source>Locked before the computer went to sleep.</source>
        <translation>Bloqueado antes de que el equipo entrara en suspensión.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AssistantLauncher</name>
    <message>
        <source>Phone S&amp;wap Assistant…</source>
        <translation>Asistente de cambio de &amp;teléfono…</translation>
    </message>
    <message>
        <source>Re&amp;cover an Account…</source>
        <translation>Recuperar una c&amp;uenta…</translation>
    </message>
    <message>
        <source>I Can&apos;t Sign &amp;In with This Account…</source>
        <translation>No puedo &amp;iniciar sesión con esta cuenta…</translation>
    </message>
    <message>
        <source>I &amp;lost a seed</source>
        <translation>He &amp;perdido una clave secreta</translation>
    </message>
    <message>
        <source>An authenticator was deleted or stayed on an old phone: Tessera walks you through the provider&apos;s recovery, step by step.</source>
        <translation>Se eliminó una aplicación de autenticación o se quedó en un teléfono antiguo: Tessera le guía paso a paso por la recuperación del proveedor.</translation>
    </message>
    <message>
        <source>Recovery readiness</source>
        <translation>Preparación para la recuperación</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Continue the Recovery?</source>
        <translation>¿Continuar la recuperación?</translation>
    </message>
    <message>
        <source>A recovery was left unfinished. Continue where you left off?</source>
        <translation>Quedó una recuperación sin terminar. ¿Continuar donde la dejó?</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) brought back.</source>
        <translation>
            <numerusform>%n cuenta restaurada.</numerusform>
            <numerusform>%n cuentas restauradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this vault yet. If this computer fails, every account goes with it.</source>
        <translation>Aún no hay ninguna copia de seguridad de esta bóveda. Si este equipo falla, se perderán todas las cuentas.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are not in a recent backup.</source>
        <translation>
            <numerusform>%n cuenta no está en una copia de seguridad reciente.</numerusform>
            <numerusform>%n cuentas no están en una copia de seguridad reciente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a Code</source>
        <translation>Comprobar un código</translation>
    </message>
    <message>
        <source>Type the code the provider accepted just now, or the one another device shows for %1:</source>
        <translation>Escriba el código que el proveedor acaba de aceptar, o el que otro dispositivo muestra para %1:</translation>
    </message>
    <message>
        <source>Different Code</source>
        <translation>Código distinto</translation>
    </message>
    <message>
        <source>Recovery Rea&amp;diness…</source>
        <translation>Preparació&amp;n para la recuperación…</translation>
    </message>
    <message numerus="yes">
        <source>%n critical finding(s): as things stand, an account could not be recovered. Click to see the findings.</source>
        <translation>
            <numerusform>%n hallazgo crítico: tal como están las cosas, una cuenta no podría recuperarse. Haga clic para ver los hallazgos.</numerusform>
            <numerusform>%n hallazgos críticos: tal como están las cosas, una cuenta no podría recuperarse. Haga clic para ver los hallazgos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the code Tessera has for %1 now. If the provider accepts the other device&apos;s code, re-sync the account from the recovery wizard (Recover an Account).</source>
        <translation>Ese no es el código que Tessera tiene ahora para %1. Si el proveedor acepta el código del otro dispositivo, resincronice la cuenta desde el asistente de recuperación (Recuperar una cuenta).</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AutomaticBackupService</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Falló la copia de seguridad automática: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::BackupSettingsPage</name>
    <message>
        <source>Make &amp;automatic backups</source>
        <translation>Hacer copias de seguridad &amp;automáticas</translation>
    </message>
    <message>
        <source>C&amp;hoose Folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Restore from an Automatic Backup…</source>
        <translation>&amp;Restaurar desde una copia automática…</translation>
    </message>
    <message>
        <source>A copy of the vault is written a couple of minutes after each change, and when Tessera locks. The copies are encrypted like the vault and open with the password (or recovery key) you had when they were written, so a synced or removable folder is a good place. Tessera keeps every copy of the last two days, then one a day for a month and one a week for six months.</source>
        <translation>Se guarda una copia de la bóveda un par de minutos después de cada cambio y cuando Tessera se bloquea. Las copias están cifradas como la bóveda y se abren con la contraseña (o la clave de recuperación) que tenía cuando se escribieron, así que una carpeta sincronizada o extraíble es un buen lugar. Tessera conserva todas las copias de los dos últimos días, después una al día durante un mes y una a la semana durante seis meses.</translation>
    </message>
    <message>
        <source>Automatic Backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation>Carpeta para las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Off: no folder chosen.</source>
        <translation>Desactivadas: no se ha elegido ninguna carpeta.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::Banner</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>tessera::gui::CameraScanDialog</name>
    <message>
        <source>Scan with Camera</source>
        <translation>Escanear con la cámara</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>Hold the QR code up to %1. Tessera reads it as soon as it is sharp.</source>
        <translation>Acerque el código QR a %1. Tessera lo lee en cuanto se ve nítido.</translation>
    </message>
    <message>
        <source>No camera was found. Connect one and try again, or scan the code on the screen or from an image file instead.</source>
        <translation>No se encontró ninguna cámara. Conecte una y vuelva a intentarlo, o escanee el código en la pantalla o desde un archivo de imagen.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Close other apps that use it and try again, or scan the code on the screen instead.</source>
        <translation>No se puede usar la cámara: %1. Cierre otras aplicaciones que la estén usando y vuelva a intentarlo, o escanee el código en la pantalla.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>The new password replaces the current one at once. Your recovery key keeps working.</source>
        <translation>La nueva contraseña sustituye a la actual de inmediato. Su clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>The password you unlock the vault with now.</source>
        <translation>La contraseña con la que desbloquea ahora la bóveda.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters. A strength estimate appears below as you type.</source>
        <translation>Al menos %1 caracteres. Mientras escribe, aparece abajo una estimación de su robustez.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>Type the new password again to rule out a typo.</source>
        <translation>Vuelva a escribir la nueva contraseña para descartar errores.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Checking the current password and protecting the vault with the new one. This takes a few seconds.</source>
        <translation>Comprobando la contraseña actual y protegiendo la bóveda con la nueva. Tarda unos segundos.</translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation>Cam&amp;biar contraseña</translation>
    </message>
    <message>
        <source>Checks the current password, then sets the new one.</source>
        <translation>Comprueba la contraseña actual y después establece la nueva.</translation>
    </message>
    <message>
        <source>Keeps the current password.</source>
        <translation>Mantiene la contraseña actual.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña ac&amp;tual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repetir nueva contraseña:</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>La nueva contraseña es igual que la actual.</translation>
    </message>
    <message>
        <source>The two new passwords are different. Type the new password again.</source>
        <translation>Las dos contraseñas nuevas no coinciden. Vuelva a escribir la nueva contraseña.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it, then change the password.</source>
        <translation>La bóveda está bloqueada. Desbloquéela y después cambie la contraseña.</translation>
    </message>
    <message>
        <source>The current password is not right. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>La contraseña actual no es correcta. Compruebe Bloq Mayús y la distribución del teclado, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::CodeCopier</name>
    <message>
        <source>That account is no longer in the list.</source>
        <translation>Esa cuenta ya no está en la lista.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::CreateVaultPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>C&amp;reate Vault</source>
        <translation>C&amp;rear bóveda</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <source>This password opens the vault. Nobody can reset it, but the recovery key you get next opens the vault if you ever forget it.</source>
        <translation>Esta contraseña abre la bóveda. Nadie puede restablecerla, pero la clave de recuperación que recibirá a continuación abre la bóveda si alguna vez la olvida.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>Opciones avanzadas</translation>
    </message>
    <message>
        <source>Shows how hard the password is made to guess</source>
        <translation>Muestra lo difícil que se hace adivinar la contraseña</translation>
    </message>
    <message>
        <source>Opening the vault does deliberately slow work, so that guessing the password takes attackers years. Stronger means slower to open.</source>
        <translation>Abrir la bóveda conlleva un trabajo lento a propósito, para que a un atacante le cueste años adivinar la contraseña. Cuanto más robusto, más tarda en abrirse.</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Rápido</translation>
    </message>
    <message>
        <source>64 MiB of memory: for older or small computers.</source>
        <translation>64 MiB de memoria: para equipos antiguos o pequeños.</translation>
    </message>
    <message>
        <source>&amp;Standard (recommended)</source>
        <translation>&amp;Estándar (recomendado)</translation>
    </message>
    <message>
        <source>256 MiB of memory, about half a second to open.</source>
        <translation>256 MiB de memoria; tarda alrededor de medio segundo en abrirse.</translation>
    </message>
    <message>
        <source>S&amp;trong</source>
        <translation>R&amp;obusto</translation>
    </message>
    <message>
        <source>1 GiB of memory, a few seconds to open.</source>
        <translation>1 GiB de memoria; tarda unos segundos en abrirse.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
    <message>
        <source>Creates the encrypted vault file with this password</source>
        <translation>Crea el archivo cifrado de la bóveda con esta contraseña</translation>
    </message>
    <message>
        <source>A vault already exists at %1. Go back and open it instead.</source>
        <translation>Ya existe una bóveda en %1. Vuelva atrás y ábrala.</translation>
    </message>
    <message>
        <source>Creating the vault was interrupted. Please try again.</source>
        <translation>Se interrumpió la creación de la bóveda. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::DialogLauncher</name>
    <message>
        <source>Cannot Add This Link</source>
        <translation>No se puede añadir este enlace</translation>
    </message>
    <message>
        <source>The otpauth:// link cannot be read: %1</source>
        <translation>No se puede leer el enlace otpauth://: %1</translation>
    </message>
    <message>
        <source>Cannot Show the QR Code</source>
        <translation>No se puede mostrar el código QR</translation>
    </message>
</context>
<context>
    <name>tessera::gui::EditAccountDialog</name>
    <message>
        <source>&amp;Favourite: list it first</source>
        <translation>&amp;Favorito: mostrarla primero</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Recovery</source>
        <translation>&amp;Recuperación</translation>
    </message>
    <message>
        <source>Recovery C&amp;odes</source>
        <translation>Códigos de rec&amp;uperación</translation>
    </message>
    <message>
        <source>Saves the changes to the vault.</source>
        <translation>Guarda los cambios en la bóveda.</translation>
    </message>
    <message>
        <source>This account could not be opened. %1</source>
        <translation>No se pudo abrir esta cuenta. %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>The provider or website, for example GitHub.</source>
        <translation>El proveedor o sitio web, por ejemplo GitHub.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de cuenta</translation>
    </message>
    <message>
        <source>Your user name or email address at the provider.</source>
        <translation>Su nombre de usuario o dirección de correo en el proveedor.</translation>
    </message>
    <message>
        <source>Favourites come first in the list.</source>
        <translation>Los favoritos aparecen primero en la lista.</translation>
    </message>
    <message>
        <source>work, personal</source>
        <translation>trabajo, personal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Words to find the account by, separated by commas.</source>
        <translation>Palabras para encontrar la cuenta, separadas por comas.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything you want to remember about this account.</source>
        <translation>Cualquier cosa que quiera recordar sobre esta cuenta.</translation>
    </message>
    <message>
        <source>Code settings</source>
        <translation>Ajustes del código</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>E&amp;misor:</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nombre de cuenta:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>Códigos:</translation>
    </message>
    <message>
        <source>The secret key and code settings cannot be changed. If the provider gave you a new QR code, add it as a new account, then move this one to the trash.</source>
        <translation>La clave secreta y los ajustes del código no se pueden cambiar. Si el proveedor le dio un código QR nuevo, añádalo como cuenta nueva y después mueva esta a la papelera.</translation>
    </message>
    <message>
        <source>alice@example.com</source>
        <translation>ana@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>The email address the provider has for this account; recovery usually starts with a message to it.</source>
        <translation>La dirección de correo que tiene el proveedor para esta cuenta; la recuperación suele empezar con un mensaje a esa dirección.</translation>
    </message>
    <message>
        <source>Look at the phone number in the provider&apos;s account settings; if it is the same, press this to record today&apos;s date.</source>
        <translation>Consulte el número de teléfono en los ajustes de la cuenta del proveedor; si es el mismo, pulse aquí para registrar la fecha de hoy.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>None: only this authenticator</source>
        <translation>Ninguno: solo este autenticador</translation>
    </message>
    <message>
        <source>Another authenticator device or app</source>
        <translation>Otra aplicación o dispositivo autenticador</translation>
    </message>
    <message>
        <source>A security key</source>
        <translation>Una llave de seguridad</translation>
    </message>
    <message>
        <source>Other second factor registered</source>
        <translation>Otro segundo factor registrado</translation>
    </message>
    <message>
        <source>Whether the provider has another second factor for this account. A second one is the cheapest protection against a lost seed.</source>
        <translation>Indica si el proveedor tiene otro segundo factor para esta cuenta. Tener un segundo factor es la protección más barata contra la pérdida de una clave secreta.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Recovery page</source>
        <translation>Página de recuperación</translation>
    </message>
    <message>
        <source>The address of the provider&apos;s account recovery page.</source>
        <translation>La dirección de la página de recuperación de cuentas del proveedor.</translation>
    </message>
    <message>
        <source>Recovery notes</source>
        <translation>Notas de recuperación</translation>
    </message>
    <message>
        <source>Anything else the provider&apos;s recovery may ask for.</source>
        <translation>Cualquier otra cosa que pueda pedir la recuperación del proveedor.</translation>
    </message>
    <message>
        <source>What the provider&apos;s account recovery asks for. Tessera keeps it encrypted with the account.</source>
        <translation>Lo que pide la recuperación de cuentas del proveedor. Tessera lo guarda cifrado junto con la cuenta.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Comprobado:</translation>
    </message>
    <message>
        <source>&amp;Second factor:</source>
        <translation>&amp;Segundo factor:</translation>
    </message>
    <message>
        <source>Recovery pa&amp;ge:</source>
        <translation>Pá&amp;gina de recuperación:</translation>
    </message>
    <message>
        <source>Recovery &amp;notes:</source>
        <translation>&amp;Notas de recuperación:</translation>
    </message>
    <message>
        <source>Time-based (TOTP), %1, %2 digits, a new code every %3 seconds.</source>
        <translation>Por tiempo (TOTP), %1, %2 dígitos, un código nuevo cada %3 segundos.</translation>
    </message>
    <message>
        <source>Counter-based (HOTP), %1, %2 digits; the next code is number %3.</source>
        <translation>Por contador (HOTP), %1, %2 dígitos; el siguiente código es el número %3.</translation>
    </message>
    <message>
        <source>Steam Guard: five characters, a new code every 30 seconds.</source>
        <translation>Steam Guard: cinco caracteres, un código nuevo cada 30 segundos.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Enter the phone number first.</source>
        <translation>Introduzca primero el número de teléfono.</translation>
    </message>
    <message>
        <source>Compared with the provider&apos;s records on %1.</source>
        <translation>Comparado con los datos del proveedor el %1.</translation>
    </message>
    <message>
        <source>Not yet compared with the provider&apos;s records.</source>
        <translation>Aún no se ha comparado con los datos del proveedor.</translation>
    </message>
    <message>
        <source>Phone number checked</source>
        <translation>Número de teléfono comprobado</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Esto no parece una dirección de correo (nombre@example.com).</translation>
    </message>
    <message>
        <source>Enter the page&apos;s full address, starting with https://.</source>
        <translation>Introduzca la dirección completa de la página, empezando por https://.</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name, so you can tell this code from others.</source>
        <translation>Introduzca el emisor o el nombre de cuenta para poder distinguir este código de otros.</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Número de teléfono: %1</translation>
    </message>
    <message>
        <source>The code was copied but could not be marked used. %1</source>
        <translation>Se copió el código, pero no se pudo marcar como usado. %1</translation>
    </message>
    <message>
        <source>Copied and marked used. The clipboard is cleared in %1 seconds.</source>
        <translation>Copiado y marcado como usado. El portapapeles se borra en %1 segundos.</translation>
    </message>
    <message>
        <source>Copied and marked used. The clipboard is cleared when Tessera locks or quits.</source>
        <translation>Copiado y marcado como usado. El portapapeles se borra cuando Tessera se bloquea o se cierra.</translation>
    </message>
    <message>
        <source>The changes were not saved. %1</source>
        <translation>No se guardaron los cambios. %1</translation>
    </message>
    <message>
        <source>I Checked It Toda&amp;y</source>
        <translation>Lo he comprobado &amp;hoy</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ExportDialog</name>
    <message>
        <source>Tessera backups (*.tessera-backup)</source>
        <translation>Copias de seguridad de Tessera (*.tessera-backup)</translation>
    </message>
    <message>
        <source>Aegis files (*.json)</source>
        <translation>Archivos de Aegis (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exportar cuentas</translation>
    </message>
    <message>
        <source>Choose what to make. An export is a copy outside the vault: keep it somewhere safe.</source>
        <translation>Elija qué crear. Una exportación es una copia fuera de la bóveda: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;Tessera backup (recommended)</source>
        <translation>Copia de seguridad de &amp;Tessera (recomendada)</translation>
    </message>
    <message>
        <source>Everything, with recovery information and the trash, encrypted with a password of its own. Tessera opens it on any computer.</source>
        <translation>Todo, con la información de recuperación y la papelera, cifrado con una contraseña propia. Tessera la abre en cualquier equipo.</translation>
    </message>
    <message>
        <source>&amp;Aegis, encrypted</source>
        <translation>&amp;Aegis, cifrado</translation>
    </message>
    <message>
        <source>For the Aegis app on Android, encrypted with a password of its own.</source>
        <translation>Para la aplicación Aegis de Android, cifrado con una contraseña propia.</translation>
    </message>
    <message>
        <source>Aegis, &amp;not encrypted</source>
        <translation>Aegis, &amp;sin cifrar</translation>
    </message>
    <message>
        <source>For Aegis and the apps that read its files.</source>
        <translation>Para Aegis y las aplicaciones que leen sus archivos.</translation>
    </message>
    <message>
        <source>&amp;List of otpauth:// links</source>
        <translation>&amp;Lista de enlaces otpauth://</translation>
    </message>
    <message>
        <source>A text file, one link per account, that most authenticator apps import.</source>
        <translation>Un archivo de texto, con un enlace por cuenta, que importan la mayoría de las aplicaciones de autenticación.</translation>
    </message>
    <message>
        <source>&amp;Google Authenticator transfer codes</source>
        <translation>Códigos de transferencia de &amp;Google Authenticator</translation>
    </message>
    <message>
        <source>QR codes to scan with Google Authenticator on a phone, shown one after another.</source>
        <translation>Códigos QR para escanear con Google Authenticator en un teléfono, mostrados uno tras otro.</translation>
    </message>
    <message>
        <source>Printable s&amp;heet (PDF)</source>
        <translation>&amp;Hoja imprimible (PDF)</translation>
    </message>
    <message>
        <source>Each account&apos;s QR code and key, to print and keep in a safe place.</source>
        <translation>El código QR y la clave de cada cuenta, para imprimir y guardar en un lugar seguro.</translation>
    </message>
    <message>
        <source>A password for this export. It need not be the vault&apos;s password, but without it the file cannot be opened.</source>
        <translation>Una contraseña para esta exportación. No tiene por qué ser la de la bóveda, pero sin ella no se puede abrir el archivo.</translation>
    </message>
    <message>
        <source>Password for the export</source>
        <translation>Contraseña de la exportación</translation>
    </message>
    <message>
        <source>Repeat the password for the export</source>
        <translation>Repita la contraseña de la exportación</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Encrypting the export…</source>
        <translation>Cifrando la exportación…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy every account.</source>
        <translation>Cualquiera que vea estos códigos puede copiar todas las cuentas.</translation>
    </message>
    <message>
        <source>Show them only to your own phone, where no one else can see the screen, and not while sharing the screen or recording it.</source>
        <translation>Muéstrelos solo a su propio teléfono, donde nadie más pueda ver la pantalla, y no mientras comparte o graba la pantalla.</translation>
    </message>
    <message>
        <source>Show Codes</source>
        <translation>Mostrar códigos</translation>
    </message>
    <message>
        <source>Anyone who gets this file can copy every account.</source>
        <translation>Cualquiera que obtenga este archivo puede copiar todas las cuentas.</translation>
    </message>
    <message>
        <source>The sheet shows every secret key in clear. Print it, keep the paper somewhere safe, and delete the file.</source>
        <translation>La hoja muestra todas las claves secretas en claro. Imprímala, guarde el papel en un lugar seguro y elimine el archivo.</translation>
    </message>
    <message>
        <source>Export Unencrypted</source>
        <translation>Exportar sin cifrar</translation>
    </message>
    <message>
        <source>It holds every secret key in clear. Keep it out of shared and synchronised folders, and delete it when you no longer need it.</source>
        <translation>Contiene todas las claves secretas en claro. Manténgalo fuera de carpetas compartidas y sincronizadas, y elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>Every account is in the trash, and only a Tessera backup keeps the trash. Restore the accounts to export them.</source>
        <translation>Todas las cuentas están en la papelera, y solo una copia de seguridad de Tessera conserva la papelera. Restaure las cuentas para exportarlas.</translation>
    </message>
    <message>
        <source>The vault has no accounts to export yet.</source>
        <translation>La bóveda aún no tiene cuentas que exportar.</translation>
    </message>
    <message>
        <source>The export was interrupted. Try again.</source>
        <translation>Se interrumpió la exportación. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>Exported 1 account to %1.</source>
        <translation>Se exportó 1 cuenta a %1.</translation>
    </message>
    <message>
        <source>Exported %1 accounts to %2.</source>
        <translation>Se exportaron %1 cuentas a %2.</translation>
    </message>
    <message>
        <source>It is not encrypted: delete it when you are done.</source>
        <translation>No está cifrado: elimínelo cuando termine.</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>Se omitió %1: %2</translation>
    </message>
    <message>
        <source>It could not be noted as a backup: %1</source>
        <translation>No se pudo registrar como copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who gets this file can copy every account.</source>
        <translation>Sin cifrar: cualquiera que obtenga este archivo puede copiar todas las cuentas.</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy every account. Accounts Google Authenticator cannot hold are left out and listed.</source>
        <translation>Cualquiera que vea estos códigos puede copiar todas las cuentas. Las cuentas que Google Authenticator no admite se omiten y se indican.</translation>
    </message>
    <message>
        <source>&amp;Show Codes…</source>
        <translation>&amp;Mostrar códigos…</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ImportFileReader</name>
    <message>
        <source>Import Accounts from a File</source>
        <translation>Importar cuentas desde un archivo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backups and exports (*.tessera-backup *.json *.2fas *.txt *.csv *.bin *.aes *.authpro)</source>
        <translation>Copias de seguridad y exportaciones (*.tessera-backup *.json *.2fas *.txt *.csv *.bin *.aes *.authpro)</translation>
    </message>
    <message>
        <source>Tessera cannot open “%1”: %2. Check that the file is still there and that you may read it.</source>
        <translation>Tessera no puede abrir «%1»: %2. Compruebe que el archivo sigue ahí y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>“%1” is %2 MiB, larger than any export Tessera reads (%3 MiB). Choose the export file itself.</source>
        <translation>«%1» ocupa %2 MiB, más que cualquier exportación que lea Tessera (%3 MiB). Elija el propio archivo de exportación.</translation>
    </message>
    <message>
        <source>Tessera cannot read “%1”: %2. Copy the file to this computer and try again.</source>
        <translation>Tessera no puede leer «%1»: %2. Copie el archivo a este equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There are no accounts in “%1”, so nothing was imported. If the app that made it shows accounts, export them again.</source>
        <translation>No hay cuentas en «%1», así que no se importó nada. Si la aplicación que lo creó muestra cuentas, vuelva a exportarlas.</translation>
    </message>
    <message>
        <source>It may be damaged or incomplete: export the accounts again and import the new file.</source>
        <translation>Puede estar dañado o incompleto: vuelva a exportar las cuentas e importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>The file seems damaged: export the accounts again and import the new file.</source>
        <translation>El archivo parece dañado: vuelva a exportar las cuentas e importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>A newer version of Tessera may read it; or export the accounts again in another format.</source>
        <translation>Puede que una versión más reciente de Tessera lo lea; si no, vuelva a exportar las cuentas en otro formato.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. %2</source>
        <translation>«%1» no se puede importar. %2</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ImportPasswordDialog</name>
    <message>
        <source>Encrypted File</source>
        <translation>Archivo cifrado</translation>
    </message>
    <message>
        <source>“%1” is an encrypted %2 file. Enter the password it was saved with.</source>
        <translation>«%1» es un archivo de %2 cifrado. Introduzca la contraseña con la que se guardó.</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <source>The password chosen when the export or backup was made</source>
        <translation>La contraseña elegida al crear la exportación o la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Abriendo el archivo</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Abriendo el archivo…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>Reading the file was interrupted. Try again.</source>
        <translation>Se interrumpió la lectura del archivo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This password does not open the file. Check it, and Caps Lock, and try again.</source>
        <translation>Esta contraseña no abre el archivo. Compruébela, y también Bloq Mayús, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ImportReviewDialog</name>
    <message>
        <source>Also import accounts that are already in the vault</source>
        <translation>Importar también las cuentas que ya están en la bóveda</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importar cuentas</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found. Tick the accounts to add to the vault.</source>
        <translation>
            <numerusform>Se encontró %n entrada. Marque las cuentas que quiera añadir a la bóveda.</numerusform>
            <numerusform>Se encontraron %n entradas. Marque las cuentas que quiera añadir a la bóveda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found in %1. Tick the accounts to add to the vault.</source>
        <translation>
            <numerusform>Se encontró %n entrada en %1. Marque las cuentas que quiera añadir a la bóveda.</numerusform>
            <numerusform>Se encontraron %n entradas en %1. Marque las cuentas que quiera añadir a la bóveda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Repeats an earlier entry of this import</source>
        <translation>Repite una entrada anterior de esta importación</translation>
    </message>
    <message>
        <source>Already in the vault as %1</source>
        <translation>Ya está en la bóveda como %1</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>Import 1 Account</source>
        <translation>Importar 1 cuenta</translation>
    </message>
    <message>
        <source>Import %1 Accounts</source>
        <translation>Importar %1 cuentas</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Entries found</source>
        <translation>Entradas encontradas</translation>
    </message>
    <message>
        <source>Ticked entries are imported. Space ticks or unticks the selected one.</source>
        <translation>Se importan las entradas marcadas. La barra espaciadora marca o desmarca la seleccionada.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::InlineMessage</name>
    <message>
        <source>Message icon</source>
        <translation>Icono del mensaje</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>tessera::gui::MainWindow</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>1 account imported.</source>
        <translation>Se importó 1 cuenta.</translation>
    </message>
    <message>
        <source>%1 accounts imported.</source>
        <translation>Se importaron %1 cuentas.</translation>
    </message>
    <message>
        <source>No Account Added</source>
        <translation>No se añadió ninguna cuenta</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Se cambió la contraseña.</translation>
    </message>
    <message>
        <source>The vault has a new recovery key; the old one no longer works.</source>
        <translation>La bóveda tiene una nueva clave de recuperación; la anterior ya no funciona.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>Add an account (Ctrl+N)</source>
        <translation>Añadir una cuenta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Scan QR Code on &amp;Screen</source>
        <translation>Escanear código QR en &amp;pantalla</translation>
    </message>
    <message>
        <source>Scan QR Code in a Screen &amp;Region…</source>
        <translation>Escanear código QR en una &amp;región de pantalla…</translation>
    </message>
    <message>
        <source>Read QR Code from &amp;Image File…</source>
        <translation>Leer código QR de un arch&amp;ivo de imagen…</translation>
    </message>
    <message>
        <source>Scan QR Code with &amp;Camera…</source>
        <translation>Escanear código QR con la &amp;cámara…</translation>
    </message>
    <message>
        <source>&amp;Paste QR Code Image or Link</source>
        <translation>Pe&amp;gar imagen de código QR o enlace</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Recovery Key…</source>
        <translation>Clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation>&amp;Importar desde archivo…</translation>
    </message>
    <message>
        <source>Import accounts from a backup or another app&apos;s export (Ctrl+I)</source>
        <translation>Importar cuentas desde una copia de seguridad o la exportación de otra aplicación (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the accounts: a backup, another app&apos;s format, a printout (Ctrl+Shift+E)</source>
        <translation>Exportar las cuentas: una copia de seguridad, el formato de otra aplicación, una versión impresa (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Cannot Open This File</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <source>The clipboard holds no QR code image and no otpauth:// link.</source>
        <translation>El portapapeles no contiene ninguna imagen de código QR ni ningún enlace otpauth://.</translation>
    </message>
    <message>
        <source>Then the account found in “%1” is imported.</source>
        <translation>Después se importará la cuenta encontrada en «%1».</translation>
    </message>
    <message>
        <source>Then the %1 accounts found in “%2” are imported; you choose which.</source>
        <translation>Después se importarán las %1 cuentas encontradas en «%2»; usted elige cuáles.</translation>
    </message>
    <message>
        <source>Cannot Import This File</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <source>No vault was created.</source>
        <translation>No se creó ninguna bóveda.</translation>
    </message>
    <message>
        <source>Nothing was added to the vault.</source>
        <translation>No se añadió nada a la bóveda.</translation>
    </message>
    <message>
        <source>The image file was deleted.</source>
        <translation>Se eliminó el archivo de imagen.</translation>
    </message>
    <message>
        <source>Not an Authenticator Code</source>
        <translation>No es un código de autenticación</translation>
    </message>
</context>
<context>
    <name>tessera::gui::NewPasswordForm</name>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos %1 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PasswordEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Hide password (%1)</source>
        <translation>Ocultar contraseña (%1)</translation>
    </message>
    <message>
        <source>Show password (%1)</source>
        <translation>Mostrar contraseña (%1)</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Robustez de la contraseña</translation>
    </message>
    <message>
        <source>Password strength hint</source>
        <translation>Indicación sobre la robustez de la contraseña</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PayloadRouter</name>
    <message>
        <source>This QR code is not an authenticator code, so nothing was added. It says: %1</source>
        <translation>Este código QR no es un código de autenticación, así que no se añadió nada. Su contenido: %1</translation>
    </message>
    <message>
        <source>No QR code was found.</source>
        <translation>No se encontró ningún código QR.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>No se encontró ningún código QR en %1.</translation>
    </message>
    <message>
        <source>This QR code looks like an authenticator code but cannot be read: %1</source>
        <translation>Este código QR parece un código de autenticación, pero no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PhoneNumberEditor</name>
    <message>
        <source>The number is right: &amp;keep it anyway</source>
        <translation>El número es correcto: &amp;conservarlo igualmente</translation>
    </message>
    <message>
        <source>+44 7911 123456</source>
        <translation>+34 612 345 678</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>The phone number registered with the provider, exactly as the provider shows it. Tessera checks it as you type.</source>
        <translation>El número de teléfono registrado en el proveedor, exactamente como lo muestra el proveedor. Tessera lo comprueba mientras escribe.</translation>
    </message>
    <message>
        <source>No default country</source>
        <translation>Sin país predeterminado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Country for numbers without a country code</source>
        <translation>País para números sin código de país</translation>
    </message>
    <message>
        <source>Used to read a number typed without &apos;+&apos; and a country code.</source>
        <translation>Se usa para interpretar un número escrito sin «+» ni código de país.</translation>
    </message>
    <message>
        <source>The number in E.164 form</source>
        <translation>El número en formato E.164</translation>
    </message>
    <message>
        <source>Replaces the number with its E.164 form. Do this once the provider&apos;s records have the same form.</source>
        <translation>Sustituye el número por su formato E.164. Hágalo cuando los datos del proveedor tengan el mismo formato.</translation>
    </message>
    <message>
        <source>Tessera&apos;s phone data (from 2022) may not know newer number ranges. Tick this to save a number it calls not valid.</source>
        <translation>Los datos telefónicos de Tessera (de 2022) pueden no conocer rangos de números más recientes. Marque esta casilla para guardar un número que Tessera considera no válido.</translation>
    </message>
    <message>
        <source>Tessera does not know this phone number range. Check the number, or tick &quot;keep it anyway&quot; if it is right.</source>
        <translation>Tessera no conoce este rango de números de teléfono. Compruebe el número o marque «conservarlo igualmente» si es correcto.</translation>
    </message>
    <message>
        <source>E.164 form: %1</source>
        <translation>Formato E.164: %1</translation>
    </message>
    <message>
        <source>E.164 form: %1 (%2)</source>
        <translation>Formato E.164: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Use This Form</source>
        <translation>&amp;Usar este formato</translation>
    </message>
    <message>
        <source>Use the E.164 form %1</source>
        <translation>Usar el formato E.164 %1</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PhoneSwapWizard</name>
    <message>
        <source>Phone Swap Assistant</source>
        <translation>Asistente de cambio de teléfono</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PortalScreenshot</name>
    <message>
        <source>The screenshot could not be read (%1).</source>
        <translation>No se pudo leer la captura de pantalla (%1).</translation>
    </message>
    <message>
        <source>Tessera cannot see the screen: the desktop&apos;s screenshot service (xdg-desktop-portal) is not available. Take a screenshot yourself and open it with “Read QR Code from Image File”.</source>
        <translation>Tessera no puede ver la pantalla: el servicio de capturas de pantalla del escritorio (xdg-desktop-portal) no está disponible. Haga usted mismo una captura de pantalla y ábrala con «Leer código QR de un archivo de imagen».</translation>
    </message>
    <message>
        <source>The screenshot could not be taken. Try again, or open a saved screenshot with “Read QR Code from Image File”.</source>
        <translation>No se pudo hacer la captura de pantalla. Vuelva a intentarlo o abra una captura guardada con «Leer código QR de un archivo de imagen».</translation>
    </message>
    <message>
        <source>The desktop gave the screenshot in a form Tessera cannot read. Open a saved screenshot with “Read QR Code from Image File”.</source>
        <translation>El escritorio entregó la captura en un formato que Tessera no puede leer. Abra una captura guardada con «Leer código QR de un archivo de imagen».</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PrivateFile</name>
    <message>
        <source>Cannot save “%1”: %2. Choose another folder.</source>
        <translation>No se puede guardar «%1»: %2. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>tessera::gui::QrIntake</name>
    <message>
        <source>the screen</source>
        <translation>la pantalla</translation>
    </message>
    <message>
        <source>Read a QR Code from an Image</source>
        <translation>Leer un código QR de una imagen</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>la imagen pegada</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>el portapapeles</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>la cámara</translation>
    </message>
    <message>
        <source>This Google Authenticator export code cannot be read: %1</source>
        <translation>No se puede leer este código de exportación de Google Authenticator: %1</translation>
    </message>
    <message>
        <source>A code could not be read and was left out: %1</source>
        <translation>No se pudo leer un código y se omitió: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::QuickSearchPopup</name>
    <message>
        <source>Tessera Quick Search</source>
        <translation>Búsqueda rápida de Tessera</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Búsqueda rápida</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>Cuentas coincidentes</translation>
    </message>
    <message>
        <source>Type to search, Enter to copy</source>
        <translation>Escriba para buscar, Intro para copiar</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Enter copies the code of the selected account and closes; Escape closes.</source>
        <translation>Intro copia el código de la cuenta seleccionada y cierra; Esc cierra.</translation>
    </message>
    <message>
        <source>Tessera is locked. Enter the password to search.</source>
        <translation>Tessera está bloqueado. Introduzca la contraseña para buscar.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>The password is wrong. Check Caps Lock and try again.</source>
        <translation>La contraseña es incorrecta. Compruebe Bloq Mayús y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Ninguna cuenta coincide con «%1».</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Aún no hay cuentas.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ReadinessDialog</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>Hallazgos de la revisión</translation>
    </message>
    <message>
        <source>Make a Backup…</source>
        <translation>Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>Turn On Automatic Backups…</source>
        <translation>Activar copias automáticas…</translation>
    </message>
    <message>
        <source>Check the Recovery Key…</source>
        <translation>Comprobar clave de recuperación…</translation>
    </message>
    <message>
        <source>Add Recovery Codes…</source>
        <translation>Añadir códigos de recuperación…</translation>
    </message>
    <message>
        <source>Record a Second Factor…</source>
        <translation>Registrar un segundo factor…</translation>
    </message>
    <message>
        <source>Add the Email…</source>
        <translation>Añadir el correo…</translation>
    </message>
    <message>
        <source>Add the Phone Number…</source>
        <translation>Añadir el teléfono…</translation>
    </message>
    <message>
        <source>Correct the Phone Number…</source>
        <translation>Corregir el teléfono…</translation>
    </message>
    <message>
        <source>Check the Phone Number…</source>
        <translation>Comprobar el teléfono…</translation>
    </message>
    <message>
        <source>Check a Code…</source>
        <translation>Comprobar un código…</translation>
    </message>
    <message>
        <source>Nothing to fix: every account could be recovered as things stand.</source>
        <translation>Nada que corregir: todas las cuentas podrían recuperarse tal como están las cosas.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>La bóveda</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recovery Readiness</source>
        <translation>Preparación para la recuperación</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryAccountPage</name>
    <message>
        <source>Which Account?</source>
        <translation>¿Qué cuenta?</translation>
    </message>
    <message>
        <source>Tessera walks you through the provider&apos;s own recovery, step by step. Nothing here changes your account at the provider.</source>
        <translation>Tessera le guía paso a paso por la recuperación propia del proveedor. Nada de lo que haga aquí cambia su cuenta en el proveedor.</translation>
    </message>
    <message>
        <source>e.g. AWS root user for billing@example.com</source>
        <translation>p. ej., usuario raíz de AWS de facturacion@example.com</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in the trash</source>
        <translation>%1, en la papelera</translation>
    </message>
    <message>
        <source>An account that is not in Tessera</source>
        <translation>Una cuenta que no está en Tessera</translation>
    </message>
    <message>
        <source>Cannot Start</source>
        <translation>No se puede empezar</translation>
    </message>
    <message>
        <source>Typical waiting time: %1</source>
        <translation>Tiempo de espera habitual: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryChecklist</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryCodesEditor</name>
    <message>
        <source>Remove &amp;used codes</source>
        <translation>Quitar códigos &amp;usados</translation>
    </message>
    <message>
        <source>Remove a&amp;ll codes</source>
        <translation>Quitar &amp;todos los códigos</translation>
    </message>
    <message>
        <source>A&amp;dd these codes</source>
        <translation>Aña&amp;dir estos códigos</translation>
    </message>
    <message>
        <source>Stored recovery codes</source>
        <translation>Códigos de recuperación guardados</translation>
    </message>
    <message>
        <source>Removes the codes marked used from the list.</source>
        <translation>Quita de la lista los códigos marcados como usados.</translation>
    </message>
    <message>
        <source>Removes every code, for example before pasting a new set. Nothing is saved until you press Save.</source>
        <translation>Quita todos los códigos, por ejemplo antes de pegar un juego nuevo. No se guarda nada hasta que pulse Guardar.</translation>
    </message>
    <message>
        <source>&amp;New codes, one per line:</source>
        <translation>&amp;Nuevos códigos, uno por línea:</translation>
    </message>
    <message>
        <source>Paste the codes the provider gave you</source>
        <translation>Pegue los códigos que le dio el proveedor</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nuevos códigos de recuperación</translation>
    </message>
    <message>
        <source>Paste the block of recovery codes from the provider, one code per line, then press Add these codes.</source>
        <translation>Pegue el bloque de códigos de recuperación del proveedor, un código por línea, y pulse Añadir estos códigos.</translation>
    </message>
    <message>
        <source>Adds the pasted codes to the list; codes already stored are skipped.</source>
        <translation>Añade los códigos pegados a la lista; se omiten los que ya están guardados.</translation>
    </message>
    <message>
        <source>No recovery codes stored yet.</source>
        <translation>Aún no hay códigos de recuperación guardados.</translation>
    </message>
    <message>
        <source>Recovery code %1</source>
        <translation>Código de recuperación %1</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>Recovery code %1 used</source>
        <translation>Código de recuperación %1 usado</translation>
    </message>
    <message>
        <source>Marked used on %1.</source>
        <translation>Marcado como usado el %1.</translation>
    </message>
    <message>
        <source>Tick once the code has been used; each code works only once.</source>
        <translation>Marque la casilla cuando haya usado el código; cada código funciona una sola vez.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy recovery code %1</source>
        <translation>Copiar el código de recuperación %1</translation>
    </message>
    <message>
        <source>Copies the code to the clipboard and marks it used.</source>
        <translation>Copia el código al portapapeles y lo marca como usado.</translation>
    </message>
    <message>
        <source>Paste the recovery codes the provider gave you when you set up two-factor sign-in. Each works once, when the authenticator is lost.</source>
        <translation>Pegue los códigos de recuperación que le dio el proveedor cuando configuró el inicio de sesión con dos factores. Cada uno funciona una vez, cuando se pierde el autenticador.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n code(s).</source>
        <translation>
            <numerusform>Se añadió %n código.</numerusform>
            <numerusform>Se añadieron %n códigos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already stored or repeated.</source>
        <translation>
            <numerusform>%n línea ya estaba guardada o repetida.</numerusform>
            <numerusform>%n líneas ya estaban guardadas o repetidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) stored, %1 not used yet. Copying a code marks it used.</source>
        <translation>
            <numerusform>%n código guardado, %1 sin usar aún. Al copiar un código, se marca como usado.</numerusform>
            <numerusform>%n códigos guardados, %1 sin usar aún. Al copiar un código, se marca como usado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryFactorsPage</name>
    <message>
        <source>&amp;Done, Next Step</source>
        <translation>&amp;Hecho, siguiente paso</translation>
    </message>
    <message>
        <source>It &amp;Failed</source>
        <translation>Ha &amp;fallado</translation>
    </message>
    <message>
        <source>The phone number on file</source>
        <translation>El número de teléfono registrado</translation>
    </message>
    <message>
        <source>Your unused recovery codes</source>
        <translation>Sus códigos de recuperación sin usar</translation>
    </message>
    <message>
        <source>The Provider&apos;s Recovery</source>
        <translation>La recuperación del proveedor</translation>
    </message>
    <message>
        <source>Follow the provider&apos;s pages; tick each step here as you complete it. You can close Tessera while you wait: the assistant resumes where you left off.</source>
        <translation>Siga las páginas del proveedor y marque aquí cada paso a medida que lo complete. Puede cerrar Tessera mientras espera: el asistente se reanuda donde lo dejó.</translation>
    </message>
    <message>
        <source>Steps of the recovery</source>
        <translation>Pasos de la recuperación</translation>
    </message>
    <message>
        <source>The number exactly as the provider shows it</source>
        <translation>El número exactamente como lo muestra el proveedor</translation>
    </message>
    <message>
        <source>Phone number on file</source>
        <translation>Número de teléfono registrado</translation>
    </message>
    <message>
        <source>An automated call fails when the number lacks its + and country code. Copy the number from the provider&apos;s contact settings here before the call.</source>
        <translation>Una llamada automática falla cuando al número le faltan el + y el código de país. Copie aquí el número desde los ajustes de contacto del proveedor antes de la llamada.</translation>
    </message>
    <message>
        <source>&amp;Way in:</source>
        <translation>&amp;Vía de acceso:</translation>
    </message>
    <message>
        <source>Typical waiting: %1</source>
        <translation>Espera habitual: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Every step is done: you are back in. Next, set up a new authenticator.</source>
        <translation>Todos los pasos están hechos: ha recuperado el acceso. Ahora, configure un autenticador nuevo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is in E.164 form, as the provider needs it.</source>
        <translation>%1 está en formato E.164, como lo necesita el proveedor.</translation>
    </message>
    <message>
        <source>Put it in the provider&apos;s contact settings exactly as %1.</source>
        <translation>Póngalo en los ajustes de contacto del proveedor exactamente como %1.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy recovery code %1 and mark it used</source>
        <translation>Copiar el código de recuperación %1 y marcarlo como usado</translation>
    </message>
    <message>
        <source>Copy in E.164 F&amp;orm</source>
        <translation>Copiar en f&amp;ormato E.164</translation>
    </message>
    <message>
        <source>Then Try the Step Again</source>
        <translation>Después, reintentar el paso</translation>
    </message>
    <message>
        <source>Then Carry On</source>
        <translation>Después, continuar</translation>
    </message>
    <message>
        <source>Then Start This Way Over</source>
        <translation>Después, empezar de nuevo esta vía</translation>
    </message>
    <message>
        <source>Switch to: %1</source>
        <translation>Cambiar a: %1</translation>
    </message>
    <message>
        <source>Take Another Way In</source>
        <translation>Tomar otra vía de acceso</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryKeyDialog</name>
    <message>
        <source>&amp;Make a New Recovery Key…</source>
        <translation>Crear una &amp;nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>&amp;Make the New Key</source>
        <translation>&amp;Crear la nueva clave</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Recovery Key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key opens your vault when the password is forgotten. It is a second key, made of 14 groups of four letters and digits.</source>
        <translation>La clave de recuperación abre su bóveda cuando se olvida la contraseña. Es una segunda clave, formada por 14 grupos de cuatro letras y dígitos.</translation>
    </message>
    <message>
        <source>Tessera showed it once, when the vault was created, and cannot show it again: only a protected form of it is stored. If you have lost it, or someone else may have seen it, make a new one. The old key then stops working.</source>
        <translation>Tessera la mostró una vez, al crear la bóveda, y no puede volver a mostrarla: solo se guarda una forma protegida de ella. Si la ha perdido, o si alguien más puede haberla visto, cree una nueva. La antigua dejará de funcionar.</translation>
    </message>
    <message>
        <source>Asks for confirmation, then replaces the recovery key.</source>
        <translation>Pide confirmación y después sustituye la clave de recuperación.</translation>
    </message>
    <message>
        <source>Your current recovery key will stop working the moment the new one is made. Saved or printed copies of it become useless.</source>
        <translation>Su clave de recuperación actual dejará de funcionar en el momento en que se cree la nueva. Las copias guardadas o impresas de ella dejarán de servir.</translation>
    </message>
    <message>
        <source>The new key is shown once, on the next screen. Have a safe place ready: a password manager, a USB stick kept in a drawer, or paper.</source>
        <translation>La nueva clave se muestra una sola vez, en la pantalla siguiente. Tenga preparado un lugar seguro: un gestor de contraseñas, una memoria USB guardada en un cajón o papel.</translation>
    </message>
    <message>
        <source>Replaces the recovery key now; the old one stops working.</source>
        <translation>Sustituye ahora la clave de recuperación; la antigua deja de funcionar.</translation>
    </message>
    <message>
        <source>Keeps the current recovery key.</source>
        <translation>Mantiene la clave de recuperación actual.</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: copy it into a password manager, save it, print it or write it down, and keep it away from this computer.</source>
        <translation>Esta es su nueva clave de recuperación. Solo se muestra ahora: cópiela en un gestor de contraseñas, guárdela, imprímala o anótela, y manténgala lejos de este equipo.</translation>
    </message>
    <message>
        <source>Closes the window; the recovery key stays as it is.</source>
        <translation>Cierra la ventana; la clave de recuperación no cambia.</translation>
    </message>
    <message>
        <source>Closes the window. The key cannot be shown again.</source>
        <translation>Cierra la ventana. La clave no se podrá volver a mostrar.</translation>
    </message>
    <message>
        <source>The recovery key was not changed: %1</source>
        <translation>No se cambió la clave de recuperación: %1</translation>
    </message>
    <message>
        <source>Close Without Keeping the Key?</source>
        <translation>¿Cerrar sin guardar la clave?</translation>
    </message>
    <message>
        <source>The new recovery key cannot be shown again, and the old one no longer works.</source>
        <translation>La nueva clave de recuperación no se puede volver a mostrar, y la anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Without it, only your password opens the vault.</source>
        <translation>Sin ella, solo su contraseña abre la bóveda.</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryKeyPage</name>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>If you forget your password, this key is the only way back into your vault. It is shown only now: print it or save it somewhere safe, away from this computer.</source>
        <translation>Si olvida su contraseña, esta clave es la única forma de volver a entrar en su bóveda. Solo se muestra ahora: imprímala o guárdela en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <source>To check, type the key&apos;s &amp;last group:</source>
        <translation>Para comprobarla, escriba el ú&amp;ltimo grupo de la clave:</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Último grupo de la clave de recuperación</translation>
    </message>
    <message>
        <source>The %1 characters at the end of the recovery key</source>
        <translation>Los %1 caracteres del final de la clave de recuperación</translation>
    </message>
    <message>
        <source>Opens your new, empty vault</source>
        <translation>Abre su bóveda nueva y vacía</translation>
    </message>
    <message>
        <source>That is not the last group. It is the group at the end of the key.</source>
        <translation>Ese no es el último grupo. Es el grupo del final de la clave.</translation>
    </message>
    <message>
        <source>Tick the box above once the key is kept somewhere safe.</source>
        <translation>Marque la casilla de arriba cuando haya guardado la clave en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryKeyView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>I have &amp;kept this key somewhere safe, away from this computer</source>
        <translation>He guardado esta clave en un lugar &amp;seguro, lejos de este equipo</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Copies the key to the clipboard; it is cleared from there after a short time.</source>
        <translation>Copia la clave al portapapeles; se borra de ahí al poco tiempo.</translation>
    </message>
    <message>
        <source>Saves the key in a text file only you can read. Move that file off this computer, for example to a USB stick.</source>
        <translation>Guarda la clave en un archivo de texto que solo usted puede leer. Saque ese archivo de este equipo, por ejemplo a una memoria USB.</translation>
    </message>
    <message>
        <source>Prints the key to keep on paper.</source>
        <translation>Imprime la clave para conservarla en papel.</translation>
    </message>
    <message>
        <source>Tick once the key is saved, printed or written down: it cannot be shown again.</source>
        <translation>Marque la casilla cuando haya guardado, impreso o anotado la clave: no se puede volver a mostrar.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds: paste it into your password manager now.</source>
        <translation>Copiada. El portapapeles se borra en %1 segundos: péguela ahora en su gestor de contraseñas.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Tessera locks or quits.</source>
        <translation>Copiada. El portapapeles se borra cuando Tessera se bloquea o se cierra.</translation>
    </message>
    <message>
        <source>Save the Recovery Key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>tessera-recovery-key.txt</source>
        <translation>tessera-clave-recuperacion.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved to %1, readable only by you. Move it off this computer, for example to a USB stick kept in a drawer.</source>
        <translation>Se guardó en %1, legible solo por usted. Sáquelo de este equipo, por ejemplo a una memoria USB guardada en un cajón.</translation>
    </message>
    <message>
        <source>There is no recovery key to save.</source>
        <translation>No hay ninguna clave de recuperación que guardar.</translation>
    </message>
    <message>
        <source>Could not make %1 private: %2. Choose another file.</source>
        <translation>No se pudo restringir el acceso a %1: %2. Elija otro archivo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>%1 would be readable by other users, so it was removed. Choose a folder in your home folder.</source>
        <translation>%1 sería legible por otros usuarios, así que se eliminó. Elija una carpeta dentro de su carpeta personal.</translation>
    </message>
    <message>
        <source>Tessera recovery key</source>
        <translation>Clave de recuperación de Tessera</translation>
    </message>
    <message>
        <source>Print the Recovery Key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the page somewhere safe.</source>
        <translation>Se envió a la impresora. Guarde la hoja en un lugar seguro.</translation>
    </message>
    <message>
        <source>Tessera recovery key

Vault: %1
Made on: %2

%3

This key opens the vault if its password is forgotten: choose &quot;Use recovery key&quot; when unlocking. Keep it private and away from the computer: anyone with this key and the vault file can read your accounts. Making a new recovery key in Tessera&apos;s settings makes this one stop working.
</source>
        <translation>Clave de recuperación de Tessera

Bóveda: %1
Creada el: %2

%3

Esta clave abre la bóveda si se olvida su contraseña: elija «Usar clave de recuperación» al desbloquear. Manténgala en privado y lejos del equipo: cualquiera que tenga esta clave y el archivo de la bóveda puede leer sus cuentas. Si crea una nueva clave de recuperación en los ajustes de Tessera, esta dejará de funcionar.
</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryPreventPage</name>
    <message>
        <source>Make a &amp;Backup Now…</source>
        <translation>Hacer una &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Save the Recovery &amp;Kit (PDF)…</source>
        <translation>Guardar el &amp;kit de recuperación (PDF)…</translation>
    </message>
    <message>
        <source>Record a Second &amp;Factor…</source>
        <translation>Registrar un segundo &amp;factor…</translation>
    </message>
    <message>
        <source>Turn On &amp;Automatic Backups…</source>
        <translation>Activar copias de seguridad &amp;automáticas…</translation>
    </message>
    <message>
        <source>So It Does Not Happen Again</source>
        <translation>Para que no vuelva a pasar</translation>
    </message>
    <message>
        <source>A few minutes now save days later.</source>
        <translation>Unos minutos ahora ahorran días más adelante.</translation>
    </message>
    <message>
        <source>The kit lists the account&apos;s email, phone number in E.164 form, unused recovery codes and the provider&apos;s recovery steps: print it and keep it with your papers. A second authenticator registered with the provider (AWS allows up to eight) is the cheapest way never to need this again.</source>
        <translation>El kit recoge el correo de la cuenta, el número de teléfono en formato E.164, los códigos de recuperación sin usar y los pasos de recuperación del proveedor: imprímalo y guárdelo con sus papeles. Un segundo autenticador registrado en el proveedor (AWS permite hasta ocho) es la forma más barata de no volver a necesitar esto nunca.</translation>
    </message>
    <message>
        <source>Save the Recovery Kit</source>
        <translation>Guardar el kit de recuperación</translation>
    </message>
    <message>
        <source>recovery-kit.pdf</source>
        <translation>kit-recuperacion.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1. Anyone with this sheet can sign in as you: print it, keep it safe, and delete the file.</source>
        <translation>Se guardó %1. Cualquiera que tenga esta hoja puede iniciar sesión en su nombre: imprímala, guárdela en un lugar seguro y elimine el archivo.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryReEnrolPage</name>
    <message>
        <source>Move the Old Entry to the &amp;Trash</source>
        <translation>Mover la entrada antigua a la &amp;papelera</translation>
    </message>
    <message>
        <source>Store the New &amp;Recovery Codes…</source>
        <translation>Guardar los nuevos códigos de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Set Up a New Authenticator</source>
        <translation>Configurar un autenticador nuevo</translation>
    </message>
    <message>
        <source>In the provider&apos;s security settings, add or replace the authenticator app: it shows a new QR code. Read it into Tessera, then type the codes below into the provider&apos;s form.</source>
        <translation>En los ajustes de seguridad del proveedor, añada o sustituya la aplicación de autenticación: mostrará un código QR nuevo. Léalo con Tessera y después escriba los códigos de abajo en el formulario del proveedor.</translation>
    </message>
    <message>
        <source>Scan the &amp;Screen</source>
        <translation>Escanear la &amp;pantalla</translation>
    </message>
    <message>
        <source>Read an &amp;Image File…</source>
        <translation>Leer un arch&amp;ivo de imagen…</translation>
    </message>
    <message>
        <source>Scan with &amp;Camera…</source>
        <translation>Escanear con la &amp;cámara…</translation>
    </message>
    <message>
        <source>Waiting for the new QR code.</source>
        <translation>Esperando el nuevo código QR.</translation>
    </message>
    <message>
        <source>New: %1. If the provider asks for two codes in a row, type the first, then the second.</source>
        <translation>Nueva cuenta: %1. Si el proveedor pide dos códigos seguidos, escriba el primero y después el segundo.</translation>
    </message>
    <message>
        <source> (%1 s left)</source>
        <translation> (quedan %1 s)</translation>
    </message>
    <message>
        <source>%1%2   then   %3</source>
        <translation>%1%2   luego   %3</translation>
    </message>
    <message>
        <source>The old entry is in the trash; it can be restored for a while.</source>
        <translation>La entrada antigua está en la papelera; se puede restaurar durante un tiempo.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryTroubleshootPage</name>
    <message>
        <source>&amp;Restore from the Trash</source>
        <translation>&amp;Restaurar desde la papelera</translation>
    </message>
    <message>
        <source>Search a &amp;Backup File…</source>
        <translation>Buscar en una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Check the &amp;Clock</source>
        <translation>Comprobar el re&amp;loj</translation>
    </message>
    <message>
        <source>The Codes &amp;Work Again</source>
        <translation>Los códigos &amp;vuelven a funcionar</translation>
    </message>
    <message>
        <source>Troubleshoot First</source>
        <translation>Primero, diagnosticar el problema</translation>
    </message>
    <message>
        <source>Often the seed is not lost at all, or the codes are only out of step.</source>
        <translation>A menudo la clave secreta no se ha perdido en absoluto, o los códigos solo están desfasados.</translation>
    </message>
    <message>
        <source>Where is the seed?</source>
        <translation>¿Dónde está la clave secreta?</translation>
    </message>
    <message>
        <source>Is this computer&apos;s clock right?</source>
        <translation>¿Es correcta la hora de este equipo?</translation>
    </message>
    <message>
        <source>Codes depend on the time: a clock a minute off gives codes the provider refuses. The check asks %1 once.</source>
        <translation>Los códigos dependen de la hora: un reloj desviado un minuto genera códigos que el proveedor rechaza. La comprobación consulta %1 una sola vez.</translation>
    </message>
    <message>
        <source>Re-sync</source>
        <translation>Resincronizar</translation>
    </message>
    <message>
        <source>The code the provider accepted, or two in a row</source>
        <translation>El código que aceptó el proveedor, o dos seguidos</translation>
    </message>
    <message>
        <source>Codes for re-sync</source>
        <translation>Códigos para resincronizar</translation>
    </message>
    <message>
        <source>Type a code another device shows for this account, or the codes the provider accepted; Tessera finds how far out of step it is, or which setting is wrong.</source>
        <translation>Escriba un código que otro dispositivo muestre para esta cuenta, o los códigos que aceptó el proveedor; Tessera averigua cuánto se ha desfasado o qué ajuste es incorrecto.</translation>
    </message>
    <message>
        <source>Still locked out? Next goes through the provider&apos;s recovery.</source>
        <translation>¿Sigue sin poder entrar? Con «Siguiente» pasará a la recuperación del proveedor.</translation>
    </message>
    <message>
        <source>Cannot Read the Backup</source>
        <translation>No se puede leer la copia de seguridad</translation>
    </message>
    <message>
        <source>%1 is not in Tessera. If you ever made a backup or exported from a phone, search that file: the seed may be in it.</source>
        <translation>%1 no está en Tessera. Si alguna vez hizo una copia de seguridad o exportó desde un teléfono, busque en ese archivo: puede que la clave secreta esté ahí.</translation>
    </message>
    <message>
        <source>The seed is in Tessera&apos;s trash. Restore it, and its codes work again.</source>
        <translation>La clave secreta está en la papelera de Tessera. Restáurela y sus códigos volverán a funcionar.</translation>
    </message>
    <message>
        <source>The seed is in Tessera. If the provider refuses its codes, check the clock and re-sync below.</source>
        <translation>La clave secreta está en Tessera. Si el proveedor rechaza sus códigos, compruebe el reloj y resincronice abajo.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restored: the account is back in the list with its codes.</source>
        <translation>Restaurada: la cuenta vuelve a estar en la lista con sus códigos.</translation>
    </message>
    <message>
        <source>Not in This Backup</source>
        <translation>No está en esta copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n account(s), none of them %2.</source>
        <translation>
            <numerusform>%1 contiene %n cuenta, que no es %2.</numerusform>
            <numerusform>%1 contiene %n cuentas, pero ninguna es %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in %2. Create a vault (or open yours) and import that file to have its codes again.</source>
        <translation>%1 está en %2. Cree una bóveda (o abra la suya) e importe ese archivo para volver a tener sus códigos.</translation>
    </message>
    <message numerus="yes">
        <source>Found in the backup and added to Tessera (%n account(s)).</source>
        <translation>
            <numerusform>Se encontró en la copia de seguridad y se añadió a Tessera (%n cuenta).</numerusform>
            <numerusform>Se encontró en la copia de seguridad y se añadió a Tessera (%n cuentas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>The clock check did not finish.</source>
        <translation>La comprobación del reloj no terminó.</translation>
    </message>
    <message>
        <source>&amp;Fix the Account&apos;s Settings</source>
        <translation>&amp;Corregir los ajustes de la cuenta</translation>
    </message>
    <message>
        <source>Fixed: the account now gives the codes you typed.</source>
        <translation>Corregido: la cuenta ya da los códigos que escribió.</translation>
    </message>
    <message>
        <source>&amp;Set the Counter to %1</source>
        <translation>&amp;Poner el contador en %1</translation>
    </message>
    <message>
        <source>The counter was set: the next code is the one the provider expects.</source>
        <translation>Se ajustó el contador: el siguiente código es el que espera el proveedor.</translation>
    </message>
    <message>
        <source>Not Yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Cannot Go On</source>
        <translation>No se puede continuar</translation>
    </message>
    <message>
        <source>Re-s&amp;ync</source>
        <translation>Resincroni&amp;zar</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryWizard</name>
    <message>
        <source>Recover an Account</source>
        <translation>Recuperar una cuenta</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RegionSelector</name>
    <message>
        <source>Select the QR Code</source>
        <translation>Seleccione el código QR</translation>
    </message>
    <message>
        <source>Drag around the QR code. Enter scans the whole screen, Esc cancels.</source>
        <translation>Arrastre alrededor del código QR. Intro escanea toda la pantalla; Esc cancela.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Open Copy</source>
        <translation>&amp;Abrir copia</translation>
    </message>
    <message>
        <source>&amp;Bring Back</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore from an Automatic Backup</source>
        <translation>Restaurar desde una copia de seguridad automática</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Choose a copy, and type the password the vault had when the copy was written.</source>
        <translation>Elija una copia y escriba la contraseña que tenía la bóveda cuando se escribió la copia.</translation>
    </message>
    <message>
        <source>Tick the accounts to bring back. An account changed since then comes back beside the current one; nothing is overwritten.</source>
        <translation>Marque las cuentas que quiera restaurar. Una cuenta modificada desde entonces vuelve junto a la actual; no se sobrescribe nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s)</source>
        <translation>
            <numerusform>%1: %n cuenta</numerusform>
            <numerusform>%1: %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There are no automatic backups in %1 yet.</source>
        <translation>Aún no hay copias de seguridad automáticas en %1.</translation>
    </message>
    <message>
        <source>This copy cannot be opened.</source>
        <translation>Esta copia no se puede abrir.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation>En la bóveda</translation>
    </message>
    <message>
        <source>Tick at least one account.</source>
        <translation>Marque al menos una cuenta.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se restauró nada: %1</translation>
    </message>
    <message>
        <source>Password of the copy</source>
        <translation>Contraseña de la copia</translation>
    </message>
    <message>
        <source>Accounts in the copy</source>
        <translation>Cuentas de la copia</translation>
    </message>
    <message>
        <source>Ticked accounts are brought back. Space ticks or unticks the selected one.</source>
        <translation>Se restauran las cuentas marcadas. La barra espaciadora marca o desmarca la seleccionada.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ScreenScanner</name>
    <message>
        <source>No QR code found on the screen. Make sure the whole code is visible, or select the region around it.</source>
        <translation>No se encontró ningún código QR en la pantalla. Asegúrese de que el código se ve entero, o seleccione la región que lo rodea.</translation>
    </message>
    <message>
        <source>Tessera cannot capture the screen on this desktop. Take a screenshot yourself and open it with “Read QR Code from Image File”, or paste it with Ctrl+V.</source>
        <translation>Tessera no puede capturar la pantalla en este escritorio. Haga usted mismo una captura de pantalla y ábrala con «Leer código QR de un archivo de imagen», o péguela con Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SettingsDialog</name>
    <message>
        <source>Loc&amp;k when the screen locks or the computer sleeps</source>
        <translation>&amp;Bloquear cuando se bloquee la pantalla o el equipo entre en suspensión</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>Show or Regenerate &amp;Recovery Key…</source>
        <translation>Mostrar o regenerar la clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Mostrar un icono en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Tessera running in the tray</source>
        <translation>Al &amp;cerrar la ventana, Tessera sigue en la bandeja</translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation>Iniciar &amp;minimizado</translation>
    </message>
    <message>
        <source>Show the &amp;next code below the current one</source>
        <translation>Mostrar el código siguie&amp;nte debajo del actual</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark colours, or the desktop&apos;s choice.</source>
        <translation>Colores claros u oscuros, o los que elija el escritorio.</translation>
    </message>
    <message>
        <source>Each row also shows the code that comes after the current one, for sites that ask for two codes.</source>
        <translation>Cada fila muestra también el código que viene después del actual, para los sitios que piden dos códigos.</translation>
    </message>
    <message>
        <source>Always show codes</source>
        <translation>Mostrar siempre los códigos</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>Ocultar códigos hasta hacer clic</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Mostrar códigos</translation>
    </message>
    <message>
        <source>Hidden codes show as dots until you click or select the row, for when others can see your screen.</source>
        <translation>Los códigos ocultos se muestran como puntos hasta que hace clic o selecciona la fila; útil cuando otras personas pueden ver su pantalla.</translation>
    </message>
    <message>
        <source>My order (drag to rearrange)</source>
        <translation>Mi orden (arrastrar para ordenar)</translation>
    </message>
    <message>
        <source>Alphabetical</source>
        <translation>Alfabético</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Orden de la lista</translation>
    </message>
    <message>
        <source>Favourites always come first.</source>
        <translation>Los favoritos siempre van primero.</translation>
    </message>
    <message>
        <source>An icon beside the clock with Show, Quick search, Lock and Quit, where the desktop has a tray.</source>
        <translation>Un icono junto al reloj con Mostrar, Búsqueda rápida, Bloquear y Salir, donde el escritorio tenga bandeja del sistema.</translation>
    </message>
    <message>
        <source>When on, closing the window hides it and Tessera keeps running; quit from the tray icon or with Ctrl+Q.</source>
        <translation>Si está activado, al cerrar la ventana esta se oculta y Tessera sigue ejecutándose; salga desde el icono de la bandeja o con Ctrl+Q.</translation>
    </message>
    <message>
        <source>Tessera starts without showing its window: in the tray where there is one, otherwise minimised.</source>
        <translation>Tessera se inicia sin mostrar su ventana: en la bandeja, si la hay; si no, minimizado.</translation>
    </message>
    <message>
        <source>Account List</source>
        <translation>Lista de cuentas</translation>
    </message>
    <message>
        <source>Cod&amp;es:</source>
        <translation>Cód&amp;igos:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>O&amp;rden:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Window and Tray</source>
        <translation>Ventana y bandeja</translation>
    </message>
    <message>
        <source>This desktop has no system tray right now. These settings take effect where there is one.</source>
        <translation>Este escritorio no tiene bandeja del sistema en este momento. Estos ajustes surten efecto donde la haya.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>Tessera locks after this many minutes without use. 0 means never.</source>
        <translation>Tessera se bloquea tras este número de minutos sin uso. 0 significa nunca.</translation>
    </message>
    <message>
        <source>Locks Tessera when the desktop locks the screen and before the computer suspends.</source>
        <translation>Bloquea Tessera cuando el escritorio bloquea la pantalla y antes de que el equipo entre en suspensión.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Only on lock or quit</source>
        <translation>Solo al bloquear o salir</translation>
    </message>
    <message>
        <source>Clear copied codes after seconds</source>
        <translation>Borrar códigos copiados tras segundos</translation>
    </message>
    <message>
        <source>A copied code is removed from the clipboard after this many seconds, if it is still there. 0 keeps it until Tessera locks or quits.</source>
        <translation>Un código copiado se quita del portapapeles tras este número de segundos, si sigue ahí. 0 lo mantiene hasta que Tessera se bloquee o se cierre.</translation>
    </message>
    <message>
        <source>Opens a window to change the vault&apos;s password.</source>
        <translation>Abre una ventana para cambiar la contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>Explains the recovery key and lets you replace it with a new one.</source>
        <translation>Explica la clave de recuperación y le permite sustituirla por una nueva.</translation>
    </message>
    <message>
        <source>Unlock the vault to change its password or recovery key.</source>
        <translation>Desbloquee la bóveda para cambiar su contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Bloqueo por &amp;inactividad:</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Clear copied &amp;codes after:</source>
        <translation>Borrar códigos co&amp;piados tras:</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>C&amp;opias de seguridad</translation>
    </message>
    <message>
        <source>Changes are already saved.</source>
        <translation>Los cambios ya están guardados.</translation>
    </message>
    <message>
        <source>Start Tessera when you log &amp;in</source>
        <translation>Iniciar &amp;Tessera al iniciar sesión</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Takes effect when Tessera restarts.</source>
        <translation>Se aplica al reiniciar Tessera.</translation>
    </message>
    <message>
        <source>The language of Tessera&apos;s windows; the system default follows the desktop&apos;s language.</source>
        <translation>El idioma de las ventanas de Tessera; «Idioma del sistema» sigue el idioma del escritorio.</translation>
    </message>
    <message>
        <source>Adds Tessera to the programs your desktop starts when you log in. With &quot;Start minimised&quot; it waits in the tray.</source>
        <translation>Añade Tessera a los programas que el escritorio inicia al iniciar sesión. Con «Iniciar minimizado», espera en la bandeja.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ShowQrDialog</name>
    <message>
        <source>QR Code of %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <source>Anyone who sees this code can copy your account. Show it?</source>
        <translation>Cualquiera que vea este código puede copiar su cuenta. ¿Mostrarlo?</translation>
    </message>
    <message>
        <source>Show it only to add %1 to your own phone, where no one else can see the screen.</source>
        <translation>Muéstrelo solo para añadir %1 a su propio teléfono, donde nadie más pueda ver la pantalla.</translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation>Mostrar código QR</translation>
    </message>
    <message>
        <source>Scan it with your phone&apos;s authenticator app, then close this window.</source>
        <translation>Escanéelo con la aplicación de autenticación de su teléfono y después cierre esta ventana.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Cannot save the QR code as a PNG image.</source>
        <translation>No se puede guardar el código QR como imagen PNG.</translation>
    </message>
    <message>
        <source>Cannot print: the printer is not ready. Check it and try again.</source>
        <translation>No se puede imprimir: la impresora no está lista. Compruébela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 QR code.png</source>
        <translation>Código QR de %1.png</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Guardar código QR</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Print QR Code</source>
        <translation>Imprimir código QR</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapAppsPage</name>
    <message>
        <source>App on the &amp;old phone:</source>
        <translation>Aplicación del teléfono &amp;antiguo:</translation>
    </message>
    <message>
        <source>App on the &amp;new phone:</source>
        <translation>Aplicación del teléfono &amp;nuevo:</translation>
    </message>
    <message>
        <source>Which Apps?</source>
        <translation>¿Qué aplicaciones?</translation>
    </message>
    <message>
        <source>Each app moves accounts its own way.</source>
        <translation>Cada aplicación traslada las cuentas a su manera.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapDirectionPage</name>
    <message>
        <source>From my old phone to Tessera</source>
        <translation>Del teléfono antiguo a Tessera</translation>
    </message>
    <message>
        <source>From Tessera to my new phone</source>
        <translation>De Tessera al teléfono nuevo</translation>
    </message>
    <message>
        <source>Both: from the old phone to Tessera, then to the new phone</source>
        <translation>Ambos: del teléfono antiguo a Tessera y después al nuevo</translation>
    </message>
    <message>
        <source>Before You Swap Phones</source>
        <translation>Antes de cambiar de teléfono</translation>
    </message>
    <message>
        <source>Move every account before the old phone is wiped or handed in. An account left behind can only be recovered through its provider, which can take days.</source>
        <translation>Traslade todas las cuentas antes de borrar o entregar el teléfono antiguo. Una cuenta que se quede atrás solo se puede recuperar a través de su proveedor, y eso puede tardar días.</translation>
    </message>
    <message>
        <source>Keep the old phone working until the last step: it is how you check that every account arrived.</source>
        <translation>Mantenga el teléfono antiguo en funcionamiento hasta el último paso: es la forma de comprobar que han llegado todas las cuentas.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapDonePage</name>
    <message>
        <source>Make a &amp;Backup Now…</source>
        <translation>Hacer una &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>¿Terminado?</translation>
    </message>
    <message>
        <source>Every account was checked. You can remove them from the old phone now; sign in once with each new code before you wipe it, to be sure.</source>
        <translation>Se comprobaron todas las cuentas. Ya puede quitarlas del teléfono antiguo; para asegurarse, inicie sesión una vez con cada código nuevo antes de borrarlo.</translation>
    </message>
    <message>
        <source>Some accounts were not checked. Keep them on the old phone until you have: go back and type their codes, or sign in with them once.</source>
        <translation>Algunas cuentas no se comprobaron. Manténgalas en el teléfono antiguo hasta comprobarlas: vuelva atrás y escriba sus códigos, o inicie sesión con ellas una vez.</translation>
    </message>
    <message>
        <source>A backup made now holds every account as it is today.</source>
        <translation>Una copia de seguridad hecha ahora contiene todas las cuentas tal como están hoy.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) from the old phone checked in Tessera.</source>
        <translation>
            <numerusform>%1 de %n cuenta del teléfono antiguo comprobada en Tessera.</numerusform>
            <numerusform>%1 de %n cuentas del teléfono antiguo comprobadas en Tessera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) checked on the new phone.</source>
        <translation>
            <numerusform>%1 de %n cuenta comprobada en el teléfono nuevo.</numerusform>
            <numerusform>%1 de %n cuentas comprobadas en el teléfono nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapGivePage</name>
    <message>
        <source>Give the Accounts to the New Phone</source>
        <translation>Pasar las cuentas al teléfono nuevo</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy your accounts: show them only where nobody else can see the screen, and not during a screen share or a recording.</source>
        <translation>Cualquiera que vea estos códigos puede copiar sus cuentas: muéstrelos solo donde nadie más pueda ver la pantalla, y no mientras comparte la pantalla o graba.</translation>
    </message>
    <message>
        <source>Show the &amp;Transfer Codes…</source>
        <translation>Mostrar los códigos de &amp;transferencia…</translation>
    </message>
    <message>
        <source>&amp;Write an Aegis File…</source>
        <translation>&amp;Crear un archivo de Aegis…</translation>
    </message>
    <message>
        <source>&amp;Show the QR Codes</source>
        <translation>&amp;Mostrar los códigos QR</translation>
    </message>
    <message>
        <source>Show the QR Codes?</source>
        <translation>¿Mostrar los códigos QR?</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy your accounts. Show them?</source>
        <translation>Cualquiera que vea estos códigos puede copiar sus cuentas. ¿Mostrarlos?</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapReEnrolPage</name>
    <message>
        <source>&amp;Add to List</source>
        <translation>Añadir a la &amp;lista</translation>
    </message>
    <message>
        <source>Scan the &amp;Screen</source>
        <translation>Escanear la &amp;pantalla</translation>
    </message>
    <message>
        <source>Scan with &amp;Camera…</source>
        <translation>Escanear con la &amp;cámara…</translation>
    </message>
    <message>
        <source>Set Each Account Up Again</source>
        <translation>Configurar de nuevo cada cuenta</translation>
    </message>
    <message>
        <source>List every account the old phone shows. Then, for each: sign in to the provider&apos;s website, open its security settings, choose to change or replace the authenticator app, and scan the new QR code into Tessera with the buttons below. Type the code Tessera shows to finish there. The old phone keeps working until you do, so go one account at a time.</source>
        <translation>Añada a la lista todas las cuentas que muestra el teléfono antiguo. Después, para cada una: inicie sesión en el sitio web del proveedor, abra sus ajustes de seguridad, elija cambiar o sustituir la aplicación de autenticación y escanee el nuevo código QR con Tessera usando los botones de abajo. Escriba allí el código que muestra Tessera para terminar. El teléfono antiguo sigue funcionando hasta que lo haga, así que vaya cuenta por cuenta.</translation>
    </message>
    <message>
        <source>Account as the phone names it, e.g. GitHub</source>
        <translation>Cuenta tal como la llama el teléfono, p. ej., GitHub</translation>
    </message>
    <message>
        <source>Account to set up again</source>
        <translation>Cuenta que configurar de nuevo</translation>
    </message>
    <message>
        <source>Account on the old phone</source>
        <translation>Cuenta en el teléfono antiguo</translation>
    </message>
    <message>
        <source>In Tessera</source>
        <translation>En Tessera</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Tessera has no help page for %1: search its website for &quot;two-step verification&quot; or &quot;authenticator app&quot;.</source>
        <translation>Tessera no tiene página de ayuda para %1: busque en su sitio web «verificación en dos pasos» o «aplicación de autenticación».</translation>
    </message>
    <message>
        <source>%1&apos;s help: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>Ayuda de %1: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Accounts to set up again</source>
        <translation>Cuentas que configurar de nuevo</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapReceivePage</name>
    <message>
        <source>Scan with &amp;Camera…</source>
        <translation>Escanear con la &amp;cámara…</translation>
    </message>
    <message>
        <source>Scan the &amp;Screen</source>
        <translation>Escanear la &amp;pantalla</translation>
    </message>
    <message>
        <source>Open an &amp;Export File…</source>
        <translation>Abrir un archivo de &amp;exportación…</translation>
    </message>
    <message>
        <source>&amp;Paste Image or Link</source>
        <translation>Pe&amp;gar imagen o enlace</translation>
    </message>
    <message>
        <source>Bring the Accounts to Tessera</source>
        <translation>Traer las cuentas a Tessera</translation>
    </message>
    <message>
        <source>Reads the codes shown on this computer&apos;s screen, for example a phone mirrored to it or a screenshot opened in a viewer.</source>
        <translation>Lee los códigos que se muestran en la pantalla de este equipo, por ejemplo, un teléfono duplicado en ella o una captura abierta en un visor.</translation>
    </message>
    <message>
        <source>Accounts received</source>
        <translation>Cuentas recibidas</translation>
    </message>
    <message>
        <source>No account has arrived yet.</source>
        <translation>Aún no ha llegado ninguna cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) arrived. Add the rest the same way, then continue.</source>
        <translation>
            <numerusform>Ha llegado %n cuenta. Añada el resto de la misma forma y después continúe.</numerusform>
            <numerusform>Han llegado %n cuentas. Añada el resto de la misma forma y después continúe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapVerifyPage</name>
    <message>
        <source>Check Against the Old Phone</source>
        <translation>Comprobar con el teléfono antiguo</translation>
    </message>
    <message>
        <source>Check the New Phone</source>
        <translation>Comprobar el teléfono nuevo</translation>
    </message>
    <message>
        <source>For each account, type the code the old phone shows now. A match proves Tessera has the same secret. Check every account you cannot afford to lose.</source>
        <translation>Para cada cuenta, escriba el código que muestra ahora el teléfono antiguo. Si coincide, Tessera tiene la misma clave secreta. Compruebe todas las cuentas que no pueda permitirse perder.</translation>
    </message>
    <message>
        <source>For each account, type the code the new phone shows now. A match proves the phone has the right secret. Check every account before you wipe the old phone.</source>
        <translation>Para cada cuenta, escriba el código que muestra ahora el teléfono nuevo. Si coincide, el teléfono tiene la clave secreta correcta. Compruebe todas las cuentas antes de borrar el teléfono antiguo.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Code on the phone</source>
        <translation>Código en el teléfono</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <translation>Código de %1</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>✓ Matches</source>
        <translation>✓ Coincide</translation>
    </message>
    <message>
        <source>✓ Matches (not saved: %1)</source>
        <translation>✓ Coincide (sin guardar: %1)</translation>
    </message>
    <message>
        <source>✗ Different: check it is the same account, or wait for the next code</source>
        <translation>✗ Distinto: compruebe que es la misma cuenta o espere al siguiente código</translation>
    </message>
    <message>
        <source>There are no accounts to check.</source>
        <translation>No hay cuentas que comprobar.</translation>
    </message>
    <message>
        <source>Codes from the old phone</source>
        <translation>Códigos del teléfono antiguo</translation>
    </message>
    <message>
        <source>Codes from the new phone</source>
        <translation>Códigos del teléfono nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) checked.</source>
        <translation>
            <numerusform>%1 de %n cuenta comprobada.</numerusform>
            <numerusform>%1 de %n cuentas comprobadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TransferCodesDialog</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Save as PNG Files…</source>
        <translation>&amp;Guardar como archivos PNG…</translation>
    </message>
    <message>
        <source>Transfer to Google Authenticator</source>
        <translation>Transferir a Google Authenticator</translation>
    </message>
    <message>
        <source>The previous code (Left arrow)</source>
        <translation>El código anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>The next code (Right arrow)</source>
        <translation>El código siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>On the phone, open Google Authenticator, choose Transfer accounts, then Import accounts, and scan the codes in order. Anyone who sees them can copy your accounts: close this window when the phone has them all.</source>
        <translation>En el teléfono, abra Google Authenticator, elija Transferir cuentas y después Importar cuentas, y escanee los códigos en orden. Cualquiera que los vea puede copiar sus cuentas: cierre esta ventana cuando el teléfono los tenga todos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Omitidas:</translation>
    </message>
    <message>
        <source>Save every code as an image, to scan later or on another device</source>
        <translation>Guardar cada código como imagen, para escanearlo más tarde o en otro dispositivo</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>Código %1 de %2</translation>
    </message>
    <message>
        <source>Cannot save the transfer codes as PNG images.</source>
        <translation>No se pueden guardar los códigos de transferencia como imágenes PNG.</translation>
    </message>
    <message>
        <source>Save the Transfer Codes in a Folder</source>
        <translation>Guardar los códigos de transferencia en una carpeta</translation>
    </message>
    <message>
        <source>Saved %1 in %2. They are not encrypted: delete them when the phone has the accounts.</source>
        <translation>Guardado en %2: %1. Las imágenes no están cifradas: elimínelas cuando el teléfono tenga las cuentas.</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 imagen</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 imágenes</translation>
    </message>
    <message>
        <source>The folder also holds codes of an earlier export (%1): delete them so they are not scanned with these.</source>
        <translation>La carpeta también contiene códigos de una exportación anterior (%1): elimínelos para que no se escaneen junto con estos.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrashListModel</name>
    <message>
        <source>Deleted today</source>
        <translation>Eliminada hoy</translation>
    </message>
    <message>
        <source>Deleted yesterday</source>
        <translation>Eliminada ayer</translation>
    </message>
    <message>
        <source>removed for good within a day</source>
        <translation>se borrará definitivamente en menos de un día</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) ago</source>
        <translation>
            <numerusform>Eliminada hace %n día</numerusform>
            <numerusform>Eliminada hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed for good in %n day(s)</source>
        <translation>
            <numerusform>se borrará definitivamente en %n día</numerusform>
            <numerusform>se borrará definitivamente en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrashPage</name>
    <message>
        <source>&amp;Back to Accounts</source>
        <translation>&amp;Volver a las cuentas</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Returns to the list of accounts</source>
        <translation>Vuelve a la lista de cuentas</translation>
    </message>
    <message>
        <source>Accounts in the trash</source>
        <translation>Cuentas en la papelera</translation>
    </message>
    <message>
        <source>Enter restores the selected account; Shift+Delete deletes it for good.</source>
        <translation>Intro restaura la cuenta seleccionada; Mayús+Supr la elimina definitivamente.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Puts the selected account back into the list</source>
        <translation>Devuelve la cuenta seleccionada a la lista</translation>
    </message>
    <message>
        <source>Deletes the selected account and its secret for good</source>
        <translation>Elimina definitivamente la cuenta seleccionada y su clave secreta</translation>
    </message>
    <message>
        <source>“%1” is back in the list.</source>
        <translation>«%1» vuelve a estar en la lista.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Delete “%1” for good? Its secret is erased from the vault and you will not be able to get codes for this account again unless you have a backup.</source>
        <translation>¿Eliminar «%1» definitivamente? Su clave secreta se borra de la bóveda y no podrá volver a obtener códigos para esta cuenta, salvo que tenga una copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>&amp;Eliminar definitivamente</translation>
    </message>
    <message>
        <source>“%1” was deleted permanently.</source>
        <translation>«%1» se eliminó definitivamente.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted accounts stay here for %n day(s), then they are removed for good.</source>
        <translation>
            <numerusform>Las cuentas eliminadas permanecen aquí %n día y después se borran definitivamente.</numerusform>
            <numerusform>Las cuentas eliminadas permanecen aquí %n días y después se borran definitivamente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrayIcon</name>
    <message>
        <source>&amp;Show Tessera</source>
        <translation>&amp;Mostrar Tessera</translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation>&amp;Búsqueda rápida…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Tessera (locked)</source>
        <translation>Tessera (bloqueado)</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::gui::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Puts the account back into the list</source>
        <translation>Devuelve la cuenta a la lista</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::UnlockPage</name>
    <message>
        <source>Tessera is locked</source>
        <translation>Tessera está bloqueado</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>Use Recovery &amp;Key…</source>
        <translation>Usar clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>U&amp;nlock and Set Password</source>
        <translation>Desbloquear y es&amp;tablecer contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password of the vault</source>
        <translation>La contraseña de la bóveda</translation>
    </message>
    <message>
        <source>Warning: Caps Lock is on</source>
        <translation>Advertencia: Bloq Mayús está activado</translation>
    </message>
    <message>
        <source>Open the vault with the recovery key and choose a new password</source>
        <translation>Abrir la bóveda con la clave de recuperación y elegir una nueva contraseña</translation>
    </message>
    <message>
        <source>Type the recovery key you kept when you created the vault (14 groups of 4 characters), then choose a new password.</source>
        <translation>Escriba la clave de recuperación que guardó al crear la bóveda (14 grupos de 4 caracteres) y después elija una nueva contraseña.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Clave de recu&amp;peración:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Vault file %1</source>
        <translation>Archivo de bóveda %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Unlocking with the recovery key…</source>
        <translation>Desbloqueando con la clave de recuperación…</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Estableciendo la nueva contraseña…</translation>
    </message>
    <message>
        <source>The vault was locked before the new password was set. Unlock it again with the recovery key.</source>
        <translation>La bóveda se bloqueó antes de establecer la nueva contraseña. Desbloquéela de nuevo con la clave de recuperación.</translation>
    </message>
    <message>
        <source>The vault is open, but the new password could not be set: %1 Set it in Settings.</source>
        <translation>La bóveda está abierta, pero no se pudo establecer la nueva contraseña: %1 Establézcala en Ajustes.</translation>
    </message>
    <message>
        <source>The vault has a new password. The recovery key still works.</source>
        <translation>La bóveda tiene una nueva contraseña. La clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>The password is wrong. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>La contraseña es incorrecta. Compruebe Bloq Mayús y la distribución del teclado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Desbloquear con la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>tessera::gui::VaultUnlocker</name>
    <message>
        <source>Unlocking was interrupted. Please try again.</source>
        <translation>Se interrumpió el desbloqueo. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::WelcomePage</name>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Crear una bóveda nueva</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault file</source>
        <translation>&amp;Abrir un archivo de bóveda existente</translation>
    </message>
    <message>
        <source>&amp;Start from a backup or phone export</source>
        <translation>&amp;Empezar con una copia o exportación</translation>
    </message>
    <message>
        <source>Welcome to Tessera</source>
        <translation>Le damos la bienvenida a Tessera</translation>
    </message>
    <message>
        <source>Tessera keeps the two-factor codes of your accounts on this computer, in one file encrypted with a password you choose.</source>
        <translation>Tessera guarda los códigos de dos factores de sus cuentas en este equipo, en un único archivo cifrado con una contraseña que usted elige.</translation>
    </message>
    <message>
        <source>Choose a password, and Tessera creates an encrypted vault for your accounts.</source>
        <translation>Elija una contraseña y Tessera creará una bóveda cifrada para sus cuentas.</translation>
    </message>
    <message>
        <source>Use a vault file made earlier or copied from another computer.</source>
        <translation>Use un archivo de bóveda creado antes o copiado de otro equipo.</translation>
    </message>
    <message>
        <source>Choose a Tessera backup or an export from Aegis, 2FAS, Google Authenticator and others; Tessera creates a vault and imports its accounts.</source>
        <translation>Elija una copia de seguridad de Tessera o una exportación de Aegis, 2FAS, Google Authenticator u otras; Tessera crea una bóveda e importa sus cuentas.</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>A new vault is created as %1.</source>
        <translation>La nueva bóveda se creará como %1.</translation>
    </message>
    <message>
        <source>Open a Vault</source>
        <translation>Abrir una bóveda</translation>
    </message>
    <message>
        <source>Tessera vaults (*.tessera);;All files (*)</source>
        <translation>Bóvedas de Tessera (*.tessera);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>
