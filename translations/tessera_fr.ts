<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>Impossible de supprimer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The vault file to open (default: the one opened last, else ~/.local/share/tessera/vault.tessera).</source>
        <translation>Le fichier de coffre-fort à ouvrir (par défaut&#xa0;: le dernier ouvert, sinon ~/.local/share/tessera/vault.tessera).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>--vault needs the path of a vault file.</source>
        <translation>--vault attend le chemin d’un fichier de coffre-fort.</translation>
    </message>
</context>
<context>
    <name>ImageQrReader</name>
    <message>
        <source>Cannot open “%1”: the file does not exist.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not an image.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: c’est un dossier, pas une image.</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels, too large to scan. Crop it to the part with the QR code and try again.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 × %3 pixels, c’est trop grand pour être scanné. Recadrez l’image sur la partie contenant le code QR et réessayez.</translation>
    </message>
    <message>
        <source>Cannot read “%1” as an image (%2). Try a PNG or JPEG file.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» comme image (%2). Essayez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation>L’image collée est vide.</translation>
    </message>
    <message>
        <source>There is no image to scan. Copy an image of a QR code, or drop an image file on the window.</source>
        <translation>Il n’y a aucune image à scanner. Copiez l’image d’un code QR, ou déposez un fichier image sur la fenêtre.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Delete the Image?</source>
        <translation>Supprimer l’image&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The account is in Tessera now. Anyone who finds this image can copy the account, so it is safer to delete it.</source>
        <translation>Le compte est maintenant dans Tessera. Quiconque trouve cette image peut copier le compte&#xa0;; il est donc plus sûr de la supprimer.</translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Cannot delete “%1”: %2. Delete it yourself.</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2. Supprimez-le vous-même.</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>Open the quick search of the running Tessera: type a few letters, press Enter, and the code is copied.</source>
        <translation>Ouvrir la recherche rapide de l’instance de Tessera en cours&#xa0;: tapez quelques lettres, appuyez sur Entrée et le code est copié.</translation>
    </message>
    <message>
        <source>An otpauth:// link to add as a new account.</source>
        <translation>Un lien otpauth:// à ajouter comme nouveau compte.</translation>
    </message>
    <message>
        <source>Give one otpauth:// link at a time.</source>
        <translation>Indiquez un seul lien otpauth:// à la fois.</translation>
    </message>
    <message>
        <source>Give either --quick-search or an otpauth:// link, not both.</source>
        <translation>Indiquez soit --quick-search, soit un lien otpauth://, mais pas les deux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an otpauth:// link. Tessera opens links that start with otpauth://.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un lien otpauth://. Tessera ouvre les liens qui commencent par otpauth://.</translation>
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
        <translation>Autre application</translation>
    </message>
    <message>
        <source>In Google Authenticator, open the menu and choose Transfer accounts, then Export accounts. Select the accounts and tap Next: the phone shows one QR code, or several (&quot;1 of 3&quot;). Scan each one below, in any order. Do not use the &quot;+&quot; button: it adds accounts, it does not export them.</source>
        <translation>Dans Google Authenticator, ouvrez le menu et choisissez Transférer des comptes, puis Exporter des comptes. Sélectionnez les comptes et appuyez sur Suivant&#xa0;: le téléphone affiche un code QR, ou plusieurs («&#xa0;1 sur 3&#xa0;»). Scannez chacun d’eux ci-dessous, dans n’importe quel ordre. N’utilisez pas le bouton «&#xa0;+&#xa0;»&#xa0;: il ajoute des comptes, il ne les exporte pas.</translation>
    </message>
    <message>
        <source>In Aegis, open Settings, Import &amp; Export, Export. Choose the Aegis format, keep encryption on, and save the file; move it to this computer (a cable, or a cloud folder), then open it below. Tessera asks for the Aegis password.</source>
        <translation>Dans Aegis, ouvrez Paramètres, Importer &amp; Exporter, Exporter. Choisissez le format Aegis, laissez le chiffrement activé et enregistrez le fichier&#xa0;; transférez-le sur cet ordinateur (par câble ou via un dossier dans le cloud), puis ouvrez-le ci-dessous. Tessera demande le mot de passe Aegis.</translation>
    </message>
    <message>
        <source>In 2FAS, open Settings, 2FAS Backup, Export to file. Set a password, save the .2fas file, move it to this computer and open it below.</source>
        <translation>Dans 2FAS, ouvrez Paramètres, Sauvegarde 2FAS, Exporter vers un fichier. Définissez un mot de passe, enregistrez le fichier .2fas, transférez-le sur cet ordinateur et ouvrez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Microsoft Authenticator cannot export its accounts. Each account has to be set up again: sign in to the provider, replace the authenticator app, and scan the new QR code into Tessera. The next page keeps a checklist.</source>
        <translation>Microsoft Authenticator ne peut pas exporter ses comptes. Chaque compte doit être reconfiguré&#xa0;: connectez-vous chez le fournisseur, remplacez l’application d’authentification et scannez le nouveau code QR dans Tessera. La page suivante tient une liste de contrôle.</translation>
    </message>
    <message>
        <source>Authy cannot export its accounts. Each account has to be set up again: sign in to the provider, replace the authenticator app, and scan the new QR code into Tessera. The next page keeps a checklist.</source>
        <translation>Authy ne peut pas exporter ses comptes. Chaque compte doit être reconfiguré&#xa0;: connectez-vous chez le fournisseur, remplacez l’application d’authentification et scannez le nouveau code QR dans Tessera. La page suivante tient une liste de contrôle.</translation>
    </message>
    <message>
        <source>Look in the app&apos;s settings for Export, Backup or Transfer. Tessera reads exports from Aegis, 2FAS, andOTP, FreeOTP+, Bitwarden, Ente Auth, Authenticator Pro and lists of otpauth:// links, and any QR code the app shows for an account.</source>
        <translation>Cherchez dans les paramètres de l’application une option Exporter, Sauvegarde ou Transfert. Tessera lit les exports d’Aegis, 2FAS, andOTP, FreeOTP+, Bitwarden, Ente Auth, Authenticator Pro et les listes de liens otpauth://, ainsi que tout code QR que l’application affiche pour un compte.</translation>
    </message>
    <message>
        <source>In Google Authenticator on the new phone, open the menu and choose Transfer accounts, then Import accounts, and scan the codes Tessera shows, one after the other.</source>
        <translation>Dans Google Authenticator sur le nouveau téléphone, ouvrez le menu et choisissez Transférer des comptes, puis Importer des comptes, et scannez les codes affichés par Tessera, l’un après l’autre.</translation>
    </message>
    <message>
        <source>Tessera writes an encrypted Aegis file. Move it to the new phone; in Aegis open Settings, Import &amp; Export, Import from file, choose Aegis and the file, and type its password.</source>
        <translation>Tessera écrit un fichier Aegis chiffré. Transférez-le sur le nouveau téléphone&#xa0;; dans Aegis, ouvrez Paramètres, Importer &amp; Exporter, Importer depuis un fichier, choisissez Aegis puis le fichier, et saisissez son mot de passe.</translation>
    </message>
    <message>
        <source>In 2FAS on the new phone, choose Settings, Import, Google Authenticator, and scan the codes Tessera shows, one after the other.</source>
        <translation>Dans 2FAS sur le nouveau téléphone, choisissez Paramètres, Importer, Google Authenticator, et scannez les codes affichés par Tessera, l’un après l’autre.</translation>
    </message>
    <message>
        <source>Tessera shows each account&apos;s QR code in turn. In the app on the new phone, add an account by scanning a QR code, once for each.</source>
        <translation>Tessera affiche tour à tour le code QR de chaque compte. Dans l’application du nouveau téléphone, ajoutez un compte en scannant un code QR, une fois pour chacun.</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <source>Trusted device</source>
        <translation>Appareil de confiance</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Clé de sécurité</translation>
    </message>
    <message>
        <source>Another registered MFA device</source>
        <translation>Autre appareil MFA enregistré</translation>
    </message>
    <message>
        <source>Recovery contact</source>
        <translation>Contact de récupération</translation>
    </message>
    <message>
        <source>SSH key or access token</source>
        <translation>Clé SSH ou jeton d’accès</translation>
    </message>
    <message>
        <source>Request to the provider&apos;s support</source>
        <translation>Demande au support du fournisseur</translation>
    </message>
    <message>
        <source>Reset from one of your trusted devices, a family member&apos;s device or a device at an Apple Store.</source>
        <translation>Réinitialisez depuis l’un de vos appareils de confiance, l’appareil d’un membre de votre famille ou un appareil dans un Apple Store.</translation>
    </message>
    <message>
        <source>Ask your recovery contact to help you get back into your account.</source>
        <translation>Demandez à votre contact de récupération de vous aider à retrouver l’accès à votre compte.</translation>
    </message>
    <message>
        <source>With a recovery key set up, standard account recovery is off: use your 28-character recovery key or a trusted device.</source>
        <translation>Lorsqu’une clé de secours est configurée, la récupération de compte standard est désactivée&#xa0;: utilisez votre clé de secours de 28 caractères ou un appareil de confiance.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Start account recovery at iforgot.apple.com or in Settings. This is not possible when a recovery key is set up.</source>
        <translation>Lancez la récupération de compte sur iforgot.apple.com ou dans Réglages. Ce n’est pas possible lorsqu’une clé de secours est configurée.</translation>
    </message>
    <message>
        <source>Wait for account recovery to finish: it can take several days or longer.</source>
        <translation>Attendez la fin de la récupération de compte&#xa0;: cela peut prendre plusieurs jours, voire plus.</translation>
    </message>
    <message>
        <source>Account recovery</source>
        <translation>Récupération de compte</translation>
    </message>
    <message>
        <source>Several days or longer.</source>
        <translation>Plusieurs jours, voire plus.</translation>
    </message>
    <message>
        <source>Your trusted phone number.</source>
        <translation>Votre numéro de téléphone de confiance.</translation>
    </message>
    <message>
        <source>A trusted device, or access to a family member&apos;s device or an Apple Store device.</source>
        <translation>Un appareil de confiance, ou l’accès à l’appareil d’un membre de votre famille ou à un appareil d’un Apple Store.</translation>
    </message>
    <message>
        <source>Your recovery contact, if you set one up.</source>
        <translation>Votre contact de récupération, si vous en avez configuré un.</translation>
    </message>
    <message>
        <source>Your 28-character recovery key, if you set one up.</source>
        <translation>Votre clé de secours de 28 caractères, si vous en avez configuré une.</translation>
    </message>
    <message>
        <source>Set up a recovery contact.</source>
        <translation>Configurez un contact de récupération.</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <source>Reset from a trusted device or with a recovery contact; otherwise start account recovery. With a recovery key, only the key or a trusted device gets you back in.</source>
        <translation>Réinitialisez depuis un appareil de confiance ou avec un contact de récupération&#xa0;; sinon, lancez la récupération de compte. Avec une clé de secours, seuls la clé ou un appareil de confiance permettent de retrouver l’accès.</translation>
    </message>
    <message>
        <source>Apple Account</source>
        <translation>Compte Apple</translation>
    </message>
    <message>
        <source>Immediate from a trusted device or with a recovery contact. Account recovery can take several days or longer.</source>
        <translation>Immédiat depuis un appareil de confiance ou avec un contact de récupération. La récupération de compte peut prendre plusieurs jours, voire plus.</translation>
    </message>
    <message>
        <source>Sign in with the second MFA device registered for your user.</source>
        <translation>Connectez-vous avec le second appareil MFA enregistré pour votre utilisateur.</translation>
    </message>
    <message>
        <source>Sign in with another registered MFA device</source>
        <translation>Se connecter avec un autre appareil MFA enregistré</translation>
    </message>
    <message>
        <source>Ask an administrator to deactivate your MFA device (IAM, Users, your user, Security credentials).</source>
        <translation>Demandez à un administrateur de désactiver votre appareil MFA&#xa0;: IAM, «&#xa0;Utilisateurs&#xa0;» (Users), votre utilisateur, «&#xa0;Informations d’identification de sécurité&#xa0;» (Security credentials).</translation>
    </message>
    <message>
        <source>Sign in with your password once the device is deactivated.</source>
        <translation>Connectez-vous avec votre mot de passe une fois l’appareil désactivé.</translation>
    </message>
    <message>
        <source>Ask an administrator</source>
        <translation>Demander à un administrateur</translation>
    </message>
    <message>
        <source>How to reach an administrator of the AWS account.</source>
        <translation>Comment joindre un administrateur du compte AWS.</translation>
    </message>
    <message>
        <source>A second MFA device registered for your user, if you have one.</source>
        <translation>Un second appareil MFA enregistré pour votre utilisateur, si vous en avez un.</translation>
    </message>
    <message>
        <source>Register a second MFA device as a backup: AWS allows up to 8.</source>
        <translation>Enregistrez un second appareil MFA en secours&#xa0;: AWS en autorise jusqu’à 8.</translation>
    </message>
    <message>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <source>Enable a new MFA device for your user and scan its QR code into Tessera.</source>
        <translation>Activez un nouvel appareil MFA pour votre utilisateur et scannez son code QR dans Tessera.</translation>
    </message>
    <message>
        <source>An IAM user cannot recover MFA alone: an administrator deactivates the lost device, then you enable a new one.</source>
        <translation>Un utilisateur IAM ne peut pas récupérer sa MFA seul&#xa0;: un administrateur désactive l’appareil perdu, puis vous en activez un nouveau.</translation>
    </message>
    <message>
        <source>AWS IAM user</source>
        <translation>Utilisateur IAM AWS</translation>
    </message>
    <message>
        <source>Depends on how soon an administrator answers.</source>
        <translation>Dépend du délai de réponse d’un administrateur.</translation>
    </message>
    <message>
        <source>Sign in as the root user and, at the MFA prompt, choose Troubleshoot MFA (&quot;Having problems with your authentication device?&quot;).</source>
        <translation>Connectez-vous en tant qu’utilisateur root et, à l’invite MFA, choisissez «&#xa0;Résoudre les problèmes de MFA&#xa0;» (Troubleshoot MFA, «&#xa0;Having problems with your authentication device?&#xa0;»).</translation>
    </message>
    <message>
        <source>Choose Sign in using alternative factors, then Send verification email.</source>
        <translation>Choisissez «&#xa0;Se connecter à l’aide de facteurs alternatifs&#xa0;» (Sign in using alternative factors), puis «&#xa0;Envoyer un e-mail de vérification&#xa0;» (Send verification email).</translation>
    </message>
    <message>
        <source>Open the email from no-reply-aws@amazon.com and follow its verification link.</source>
        <translation>Ouvrez l’e-mail de no-reply-aws@amazon.com et suivez son lien de vérification.</translation>
    </message>
    <message>
        <source>The phone number on file is wrong, for example stored without its + country code.</source>
        <translation>Le numéro de téléphone enregistré est incorrect, par exemple stocké sans le + et l’indicatif du pays.</translation>
    </message>
    <message>
        <source>Ask an IAM user with permission to edit the account&apos;s contact information to correct the primary contact phone number (Account, Contact information) in international format, then try the call again.</source>
        <translation>Demandez à un utilisateur IAM autorisé à modifier les coordonnées du compte de corriger le numéro de téléphone du contact principal au format international, sous «&#xa0;Compte&#xa0;» (Account), «&#xa0;Coordonnées&#xa0;» (Contact information), puis relancez l’appel.</translation>
    </message>
    <message>
        <source>No such IAM user: ask AWS Support through the MFA support form.</source>
        <translation>S’il n’existe pas d’utilisateur IAM de ce type&#xa0;: sollicitez AWS Support via le formulaire d’assistance MFA.</translation>
    </message>
    <message>
        <source>Phone verification could not be completed</source>
        <translation>La vérification téléphonique n’a pas pu être effectuée</translation>
    </message>
    <message>
        <source>The call did not reach the primary contact phone.</source>
        <translation>L’appel n’est pas parvenu au téléphone du contact principal.</translation>
    </message>
    <message>
        <source>Start over from the verification email.</source>
        <translation>Recommencez à partir de l’e-mail de vérification.</translation>
    </message>
    <message>
        <source>Ask AWS Support through the MFA support form.</source>
        <translation>Sollicitez AWS Support via le formulaire d’assistance MFA.</translation>
    </message>
    <message>
        <source>No call received</source>
        <translation>Aucun appel reçu</translation>
    </message>
    <message>
        <source>Choose Call me now, answer the call on the primary contact phone and key in the 6-digit number shown on the AWS page.</source>
        <translation>Choisissez «&#xa0;M’appeler maintenant&#xa0;» (Call me now), répondez à l’appel sur le téléphone du contact principal et composez le numéro à 6 chiffres affiché sur la page AWS.</translation>
    </message>
    <message>
        <source>Choose Sign in to the console.</source>
        <translation>Choisissez «&#xa0;Se connecter à la console&#xa0;» (Sign in to the console).</translation>
    </message>
    <message>
        <source>Sign in using alternative factors</source>
        <translation>Se connecter à l’aide de facteurs alternatifs</translation>
    </message>
    <message>
        <source>Fill in the AWS MFA support form and follow AWS Support&apos;s instructions until it restores access.</source>
        <translation>Remplissez le formulaire d’assistance MFA d’AWS et suivez les instructions d’AWS Support jusqu’au rétablissement de l’accès.</translation>
    </message>
    <message>
        <source>AWS MFA support form</source>
        <translation>Formulaire d’assistance MFA d’AWS</translation>
    </message>
    <message>
        <source>Access to the root user&apos;s email account.</source>
        <translation>Accès à la boîte e-mail de l’utilisateur root.</translation>
    </message>
    <message>
        <source>The phone whose number is the account&apos;s primary contact phone.</source>
        <translation>Le téléphone dont le numéro est celui du contact principal du compte.</translation>
    </message>
    <message>
        <source>The primary contact phone number in international format: + and the country code, no leading zeros and no additional spaces (a UK number 07911 123456 is +447911123456).</source>
        <translation>Le numéro de téléphone du contact principal au format international&#xa0;: + et l’indicatif du pays, sans zéro initial ni espace supplémentaire (le numéro français 06 12 34 56 78 s’écrit +33612345678).</translation>
    </message>
    <message>
        <source>If the phone number on file may be wrong: an IAM user with permission to edit the account&apos;s contact information.</source>
        <translation>Si le numéro de téléphone enregistré est peut-être incorrect&#xa0;: un utilisateur IAM autorisé à modifier les coordonnées du compte.</translation>
    </message>
    <message>
        <source>Keep the primary contact phone number in international format (+ and the country code) under Account, Contact information.</source>
        <translation>Gardez le numéro de téléphone du contact principal au format international (+ et l’indicatif du pays) sous «&#xa0;Compte&#xa0;» (Account), «&#xa0;Coordonnées&#xa0;» (Contact information).</translation>
    </message>
    <message>
        <source>Delete the old virtual MFA device in Security credentials and register a new one; scan its QR code into Tessera.</source>
        <translation>Supprimez l’ancien appareil MFA virtuel dans «&#xa0;Informations d’identification de sécurité&#xa0;» (Security credentials) et enregistrez-en un nouveau&#xa0;; scannez son code QR dans Tessera.</translation>
    </message>
    <message>
        <source>If the device was stolen, change the root user&apos;s password.</source>
        <translation>Si l’appareil a été volé, changez le mot de passe de l’utilisateur root.</translation>
    </message>
    <message>
        <source>If the seed still works but its codes are rejected: on the Troubleshoot MFA page choose Re-sync with our servers and enter two consecutive codes. Submit them at once: a late request leaves the device out of sync.</source>
        <translation>Si la clé secrète fonctionne encore mais que ses codes sont refusés&#xa0;: sur la page «&#xa0;Résoudre les problèmes de MFA&#xa0;» (Troubleshoot MFA), choisissez «&#xa0;Resynchroniser avec nos serveurs&#xa0;» (Re-sync with our servers) et saisissez deux codes consécutifs. Envoyez-les aussitôt&#xa0;: une demande tardive laisse l’appareil désynchronisé.</translation>
    </message>
    <message>
        <source>Sign in with the root user&apos;s email and primary contact phone instead of the lost MFA device, then register a new device.</source>
        <translation>Connectez-vous avec l’adresse e-mail de l’utilisateur root et le téléphone du contact principal au lieu de l’appareil MFA perdu, puis enregistrez un nouvel appareil.</translation>
    </message>
    <message>
        <source>AWS root user</source>
        <translation>Utilisateur root AWS</translation>
    </message>
    <message>
        <source>Minutes when both the email and the phone call work; otherwise a request to AWS Support through its MFA support form.</source>
        <translation>Quelques minutes si l’e-mail et l’appel téléphonique fonctionnent&#xa0;; sinon, une demande à AWS Support via son formulaire d’assistance MFA.</translation>
    </message>
    <message>
        <source>At the two-factor prompt, look for another way to sign in and enter one of your recovery codes.</source>
        <translation>À l’invite du second facteur, cherchez une autre méthode de connexion et saisissez l’un de vos codes de récupération.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Use another factor registered with the account: a backup phone number, a security key or a trusted device.</source>
        <translation>Utilisez un autre facteur enregistré pour le compte&#xa0;: un numéro de téléphone de secours, une clé de sécurité ou un appareil de confiance.</translation>
    </message>
    <message>
        <source>Another registered factor</source>
        <translation>Autre facteur enregistré</translation>
    </message>
    <message>
        <source>Use the provider&apos;s account recovery or support form, and expect to wait.</source>
        <translation>Utilisez la récupération de compte ou le formulaire d’assistance du fournisseur, et attendez-vous à patienter.</translation>
    </message>
    <message>
        <source>Any recovery or backup codes you saved when you turned on two-factor authentication.</source>
        <translation>Les codes de récupération ou de secours que vous avez conservés en activant l’authentification à deux facteurs.</translation>
    </message>
    <message>
        <source>Access to the account&apos;s email address.</source>
        <translation>Accès à l’adresse e-mail du compte.</translation>
    </message>
    <message>
        <source>The phone whose number is registered with the account.</source>
        <translation>Le téléphone dont le numéro est enregistré pour le compte.</translation>
    </message>
    <message>
        <source>Register a second factor with the provider, such as a second device or a security key.</source>
        <translation>Enregistrez un second facteur auprès du fournisseur, par exemple un second appareil ou une clé de sécurité.</translation>
    </message>
    <message>
        <source>Save the provider&apos;s recovery codes somewhere safe.</source>
        <translation>Conservez les codes de récupération du fournisseur en lieu sûr.</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Tout fournisseur</translation>
    </message>
    <message>
        <source>What the large providers have in common: a recovery code or another registered factor first, the provider&apos;s account recovery last.</source>
        <translation>Ce que les grands fournisseurs ont en commun&#xa0;: d’abord un code de récupération ou un autre facteur enregistré, en dernier recours la récupération de compte du fournisseur.</translation>
    </message>
    <message>
        <source>Another provider</source>
        <translation>Autre fournisseur</translation>
    </message>
    <message>
        <source>Immediate with a recovery code or another factor. Account recovery often takes days: Google may hold the account for days, GitHub takes 3 to 5 business days, Microsoft 30 days after security info is replaced.</source>
        <translation>Immédiat avec un code de récupération ou un autre facteur. La récupération de compte prend souvent plusieurs jours&#xa0;: Google peut bloquer le compte pendant des jours, GitHub met 3 à 5 jours ouvrés, Microsoft 30 jours après le remplacement des informations de sécurité.</translation>
    </message>
    <message>
        <source>At the two-factor prompt, enter one of your recovery codes from github-recovery-codes.txt.</source>
        <translation>À l’invite du second facteur, saisissez l’un de vos codes de récupération du fichier github-recovery-codes.txt.</translation>
    </message>
    <message>
        <source>Get a code by text message on the fallback number you registered.</source>
        <translation>Recevez un code par SMS sur le numéro de secours que vous avez enregistré.</translation>
    </message>
    <message>
        <source>Fallback number</source>
        <translation>Numéro de secours</translation>
    </message>
    <message>
        <source>Use a security key registered with the account.</source>
        <translation>Utilisez une clé de sécurité enregistrée pour le compte.</translation>
    </message>
    <message>
        <source>At the two-factor prompt choose the link that begins Can&apos;t access your two factor device.</source>
        <translation>À l’invite du second facteur, choisissez le lien qui commence par «&#xa0;Can’t access your two factor device&#xa0;».</translation>
    </message>
    <message>
        <source>Have a one-time password sent to your verified email addresses and enter it.</source>
        <translation>Faites envoyer un mot de passe à usage unique à vos adresses e-mail vérifiées et saisissez-le.</translation>
    </message>
    <message>
        <source>Verify your identity with a device you signed in from, an SSH key or a personal access token.</source>
        <translation>Vérifiez votre identité avec un appareil depuis lequel vous vous êtes déjà connecté, une clé SSH ou un jeton d’accès personnel.</translation>
    </message>
    <message>
        <source>Wait for GitHub Support to review the request.</source>
        <translation>Attendez que GitHub Support examine la demande.</translation>
    </message>
    <message>
        <source>Recovery request</source>
        <translation>Demande de récupération</translation>
    </message>
    <message>
        <source>3 to 5 business days; GitHub Support may not be able to restore access.</source>
        <translation>3 à 5 jours ouvrés&#xa0;; GitHub Support ne pourra peut-être pas rétablir l’accès.</translation>
    </message>
    <message>
        <source>Your password: every way back needs it.</source>
        <translation>Votre mot de passe&#xa0;: toutes les méthodes de récupération l’exigent.</translation>
    </message>
    <message>
        <source>Your recovery codes (the file github-recovery-codes.txt).</source>
        <translation>Vos codes de récupération (le fichier github-recovery-codes.txt).</translation>
    </message>
    <message>
        <source>Access to a verified email address of the account.</source>
        <translation>Accès à une adresse e-mail vérifiée du compte.</translation>
    </message>
    <message>
        <source>A device you signed in from, an SSH key or a personal access token registered with the account.</source>
        <translation>Un appareil depuis lequel vous vous êtes déjà connecté, une clé SSH ou un jeton d’accès personnel enregistré pour le compte.</translation>
    </message>
    <message>
        <source>Keep your recovery codes (github-recovery-codes.txt) somewhere safe.</source>
        <translation>Conservez vos codes de récupération (github-recovery-codes.txt) en lieu sûr.</translation>
    </message>
    <message>
        <source>Register a security key or a fallback number as another way in.</source>
        <translation>Enregistrez une clé de sécurité ou un numéro de secours comme autre moyen d’accès.</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Sign in with a recovery code, your fallback number or a security key; otherwise request recovery, which GitHub Support reviews.</source>
        <translation>Connectez-vous avec un code de récupération, votre numéro de secours ou une clé de sécurité&#xa0;; sinon, demandez une récupération, que GitHub Support examinera.</translation>
    </message>
    <message>
        <source>Immediate with a recovery code, fallback number or security key. A recovery request takes 3 to 5 business days, and GitHub Support may not be able to restore access.</source>
        <translation>Immédiat avec un code de récupération, le numéro de secours ou une clé de sécurité. Une demande de récupération prend 3 à 5 jours ouvrés, et GitHub Support ne pourra peut-être pas rétablir l’accès.</translation>
    </message>
    <message>
        <source>Choose Try another way and confirm the sign-in on another phone where you are signed in to your Google Account.</source>
        <translation>Choisissez «&#xa0;Essayer une autre méthode&#xa0;» (Try another way) et confirmez la connexion sur un autre téléphone connecté à votre compte Google.</translation>
    </message>
    <message>
        <source>Another phone where you are signed in</source>
        <translation>Autre téléphone connecté à votre compte</translation>
    </message>
    <message>
        <source>Sign in on a computer where you chose Don&apos;t ask again on this computer: it does not ask for the second step.</source>
        <translation>Connectez-vous sur un ordinateur où vous avez choisi «&#xa0;Ne plus demander sur cet ordinateur&#xa0;» (Don’t ask again on this computer)&#xa0;: il ne demande pas la deuxième étape.</translation>
    </message>
    <message>
        <source>A trusted computer</source>
        <translation>Ordinateur de confiance</translation>
    </message>
    <message>
        <source>The codes go to the phone number, not to the lost phone.</source>
        <translation>Les codes sont envoyés au numéro de téléphone, pas au téléphone perdu.</translation>
    </message>
    <message>
        <source>Ask your mobile carrier to move your number to a new SIM card, then get the code again.</source>
        <translation>Demandez à votre opérateur mobile de transférer votre numéro sur une nouvelle carte SIM, puis redemandez le code.</translation>
    </message>
    <message>
        <source>Use account recovery instead.</source>
        <translation>Utilisez plutôt la récupération de compte.</translation>
    </message>
    <message>
        <source>The phone with that number was lost</source>
        <translation>Le téléphone associé à ce numéro a été perdu</translation>
    </message>
    <message>
        <source>Choose Try another way and get a code sent to your backup phone number.</source>
        <translation>Choisissez «&#xa0;Essayer une autre méthode&#xa0;» et recevez un code sur votre numéro de téléphone de secours.</translation>
    </message>
    <message>
        <source>Backup phone number</source>
        <translation>Numéro de téléphone de secours</translation>
    </message>
    <message>
        <source>Choose Try another way and enter one of your backup codes. Each code works once.</source>
        <translation>Choisissez «&#xa0;Essayer une autre méthode&#xa0;» et saisissez l’un de vos codes de secours. Chaque code ne fonctionne qu’une fois.</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>Choose Try another way and use your security key.</source>
        <translation>Choisissez «&#xa0;Essayer une autre méthode&#xa0;» et utilisez votre clé de sécurité.</translation>
    </message>
    <message>
        <source>When no other factor is left, follow the account recovery steps at g.co/recover, if you can from a device and a location you usually sign in from.</source>
        <translation>S’il ne reste aucun autre facteur, suivez les étapes de récupération de compte sur g.co/recover, si possible depuis un appareil et un lieu d’où vous vous connectez habituellement.</translation>
    </message>
    <message>
        <source>Wait for the security hold to end, then sign in.</source>
        <translation>Attendez la fin du blocage de sécurité, puis connectez-vous.</translation>
    </message>
    <message>
        <source>A security hold of a few hours or a number of days, longer with 2-Step Verification on.</source>
        <translation>Un blocage de sécurité de quelques heures à plusieurs jours, plus long si la validation en deux étapes est activée.</translation>
    </message>
    <message>
        <source>Your backup codes, if you printed them.</source>
        <translation>Vos codes de secours, si vous les avez imprimés.</translation>
    </message>
    <message>
        <source>Your recovery email address and recovery phone.</source>
        <translation>Votre adresse e-mail et votre numéro de téléphone de récupération.</translation>
    </message>
    <message>
        <source>Another second factor you set up: a phone where you are signed in, a backup phone number or a security key.</source>
        <translation>Un autre second facteur que vous avez configuré&#xa0;: un téléphone connecté à votre compte, un numéro de téléphone de secours ou une clé de sécurité.</translation>
    </message>
    <message>
        <source>A device and a location you usually sign in from.</source>
        <translation>Un appareil et un lieu d’où vous vous connectez habituellement.</translation>
    </message>
    <message>
        <source>Print a set of backup codes and keep it safe.</source>
        <translation>Imprimez une série de codes de secours et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Add a recovery email address and a recovery phone.</source>
        <translation>Ajoutez une adresse e-mail et un numéro de téléphone de récupération.</translation>
    </message>
    <message>
        <source>Add another second factor: a backup phone number or a security key.</source>
        <translation>Ajoutez un autre second facteur&#xa0;: un numéro de téléphone de secours ou une clé de sécurité.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>At the 2-Step Verification prompt choose Try another way and use any other factor you set up; account recovery is the last resort.</source>
        <translation>À l’invite de validation en deux étapes, choisissez «&#xa0;Essayer une autre méthode&#xa0;» et utilisez tout autre facteur configuré&#xa0;; la récupération de compte est le dernier recours.</translation>
    </message>
    <message>
        <source>Google Account</source>
        <translation>Compte Google</translation>
    </message>
    <message>
        <source>Immediate with another factor. Account recovery may put a security hold on the account for a few hours or a number of days, longer with 2-Step Verification on.</source>
        <translation>Immédiat avec un autre facteur. La récupération de compte peut imposer au compte un blocage de sécurité de quelques heures à plusieurs jours, plus long si la validation en deux étapes est activée.</translation>
    </message>
    <message>
        <source>With two-step verification on, sign in on a trusted device.</source>
        <translation>Si la vérification en deux étapes est activée, connectez-vous sur un appareil de confiance.</translation>
    </message>
    <message>
        <source>Enter your 25-character recovery code.</source>
        <translation>Saisissez votre code de récupération de 25 caractères.</translation>
    </message>
    <message>
        <source>Sign in and choose I don&apos;t have any of these.</source>
        <translation>Connectez-vous et choisissez «&#xa0;Je n’ai aucune de ces options&#xa0;» (I don’t have any of these).</translation>
    </message>
    <message>
        <source>Replace your security info with an email address or phone number you can use.</source>
        <translation>Remplacez vos informations de sécurité par une adresse e-mail ou un numéro de téléphone que vous pouvez utiliser.</translation>
    </message>
    <message>
        <source>Wait 30 days for the new security info to take effect.</source>
        <translation>Attendez 30 jours que les nouvelles informations de sécurité prennent effet.</translation>
    </message>
    <message>
        <source>Replace your security info</source>
        <translation>Remplacer vos informations de sécurité</translation>
    </message>
    <message>
        <source>30 days after you replace all your security info.</source>
        <translation>30 jours après le remplacement de toutes vos informations de sécurité.</translation>
    </message>
    <message>
        <source>As a last resort, fill in the Microsoft account recovery form.</source>
        <translation>En dernier recours, remplissez le formulaire de récupération de compte Microsoft.</translation>
    </message>
    <message>
        <source>Recovery form</source>
        <translation>Formulaire de récupération</translation>
    </message>
    <message>
        <source>The form is answered in about 24 hours.</source>
        <translation>Le formulaire reçoit une réponse en 24 heures environ.</translation>
    </message>
    <message>
        <source>Your 25-character recovery code.</source>
        <translation>Votre code de récupération de 25 caractères.</translation>
    </message>
    <message>
        <source>An alternate email address or phone number of the account.</source>
        <translation>Une autre adresse e-mail ou un autre numéro de téléphone du compte.</translation>
    </message>
    <message>
        <source>A trusted device.</source>
        <translation>Un appareil de confiance.</translation>
    </message>
    <message>
        <source>Keep your 25-character recovery code somewhere safe.</source>
        <translation>Conservez votre code de récupération de 25 caractères en lieu sûr.</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Use a trusted device or your 25-character recovery code; without them, replace your security info and wait 30 days, or use the recovery form.</source>
        <translation>Utilisez un appareil de confiance ou votre code de récupération de 25 caractères&#xa0;; à défaut, remplacez vos informations de sécurité et attendez 30 jours, ou utilisez le formulaire de récupération.</translation>
    </message>
    <message>
        <source>Microsoft account (personal)</source>
        <translation>Compte Microsoft (personnel)</translation>
    </message>
    <message>
        <source>Immediate with a trusted device or the recovery code. Replacing all your security info takes 30 days; the recovery form is answered in about 24 hours.</source>
        <translation>Immédiat avec un appareil de confiance ou le code de récupération. Le remplacement de toutes vos informations de sécurité prend 30 jours&#xa0;; le formulaire de récupération reçoit une réponse en 24 heures environ.</translation>
    </message>
    <message>
        <source>Ask your administrator to require you to re-register multifactor authentication, or to reset your authentication methods.</source>
        <translation>Demandez à votre administrateur d’exiger que vous réenregistriez l’authentification multifacteur, ou de réinitialiser vos méthodes d’authentification.</translation>
    </message>
    <message>
        <source>Sign in: you are asked to register your authentication methods again.</source>
        <translation>Connectez-vous&#xa0;: il vous est demandé d’enregistrer à nouveau vos méthodes d’authentification.</translation>
    </message>
    <message>
        <source>Ask your administrator</source>
        <translation>Demander à votre administrateur</translation>
    </message>
    <message>
        <source>How to reach your organisation&apos;s administrator.</source>
        <translation>Comment joindre l’administrateur de votre organisation.</translation>
    </message>
    <message>
        <source>Register the authenticator again and scan its QR code into Tessera.</source>
        <translation>Enregistrez à nouveau l’application d’authentification et scannez son code QR dans Tessera.</translation>
    </message>
    <message>
        <source>Work and school accounts (Microsoft Entra) are recovered by an administrator, who makes you register your sign-in methods again.</source>
        <translation>Les comptes professionnels et scolaires (Microsoft Entra) sont récupérés par un administrateur, qui vous fait réenregistrer vos méthodes de connexion.</translation>
    </message>
    <message>
        <source>Microsoft work or school account</source>
        <translation>Compte Microsoft professionnel ou scolaire</translation>
    </message>
    <message>
        <source>Depends on how soon your administrator answers.</source>
        <translation>Dépend du délai de réponse de votre administrateur.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Tessera could not create its lock file in %1. Check that the folder exists and is writable.</source>
        <translation>Tessera n’a pas pu créer son fichier de verrou dans %1. Vérifiez que le dossier existe et qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Tessera could not listen for other windows being opened (%1). Starting it again may open a second window.</source>
        <translation>Tessera n’a pas pu se mettre à l’écoute de l’ouverture d’autres fenêtres (%1). Le relancer risque d’ouvrir une seconde fenêtre.</translation>
    </message>
    <message>
        <source>Tessera is already running but did not answer. Close it (or end it from a task manager) and start it again.</source>
        <translation>Tessera est déjà lancé mais ne répond pas. Fermez-le (ou arrêtez-le depuis un gestionnaire de tâches), puis relancez-le.</translation>
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
        <translation>Impossible de démarrer Tessera</translation>
    </message>
    <message>
        <source>The encryption library failed its start-up check, so Tessera will not open your vault. Reinstall Tessera and its libraries (libsodium), then try again.

Details: %1</source>
        <translation>La bibliothèque de chiffrement a échoué à son test de démarrage&#xa0;; Tessera n’ouvrira donc pas votre coffre-fort. Réinstallez Tessera et ses bibliothèques (libsodium), puis réessayez.

Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Two-factor codes for your accounts, in an encrypted vault.</source>
        <translation>Les codes à deux facteurs de vos comptes, dans un coffre-fort chiffré.</translation>
    </message>
</context>
<context>
    <name>tessera::AccountCodec</name>
    <message>
        <source>The account record cannot be decoded (%1).</source>
        <translation>L’enregistrement du compte ne peut pas être décodé (%1).</translation>
    </message>
    <message>
        <source>The account record has a field &apos;%1&apos; this version of Tessera does not know: it was written by a newer version.</source>
        <translation>L’enregistrement du compte contient un champ «&#xa0;%1&#xa0;» que cette version de Tessera ne connaît pas&#xa0;: il a été écrit par une version plus récente.</translation>
    </message>
    <message>
        <source>%1 is not a map</source>
        <translation>%1 n’est pas une table associative</translation>
    </message>
    <message>
        <source>%1 has a key that is not text</source>
        <translation>%1 contient une clé qui n’est pas du texte</translation>
    </message>
    <message>
        <source>%1 repeats &apos;%2&apos;</source>
        <translation>%1 contient «&#xa0;%2&#xa0;» en double</translation>
    </message>
    <message>
        <source>%1 is truncated</source>
        <translation>%1 est tronqué</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the wrong type</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas le bon type</translation>
    </message>
    <message>
        <source>&apos;codes&apos; is not a list</source>
        <translation>«&#xa0;codes&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>a recovery code</source>
        <translation>un code de récupération</translation>
    </message>
    <message>
        <source>a recovery code has no &apos;code&apos;</source>
        <translation>un code de récupération n’a pas de «&#xa0;code&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;codes&apos; is truncated</source>
        <translation>«&#xa0;codes&#xa0;» est tronqué</translation>
    </message>
    <message>
        <source>&apos;recovery&apos;</source>
        <translation>«&#xa0;recovery&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;phone_checked_on&apos; is not a date</source>
        <translation>«&#xa0;phone_checked_on&#xa0;» n’est pas une date</translation>
    </message>
    <message>
        <source>&apos;second_factor&apos; is not a known value</source>
        <translation>«&#xa0;second_factor&#xa0;» n’a pas une valeur connue</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>l’enregistrement</translation>
    </message>
    <message>
        <source>&apos;type&apos; is not a known value</source>
        <translation>«&#xa0;type&#xa0;» n’a pas une valeur connue</translation>
    </message>
    <message>
        <source>&apos;algorithm&apos; is not a known value</source>
        <translation>«&#xa0;algorithm&#xa0;» n’a pas une valeur connue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range</source>
        <translation>«&#xa0;%1&#xa0;» est hors limites</translation>
    </message>
    <message>
        <source>&apos;secret&apos; has the wrong type</source>
        <translation>«&#xa0;secret&#xa0;» n’a pas le bon type</translation>
    </message>
    <message>
        <source>&apos;note&apos; has the wrong type</source>
        <translation>«&#xa0;note&#xa0;» n’a pas le bon type</translation>
    </message>
    <message>
        <source>&apos;tags&apos; is not a list</source>
        <translation>«&#xa0;tags&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>a tag is not text</source>
        <translation>une étiquette n’est pas du texte</translation>
    </message>
    <message>
        <source>&apos;tags&apos; is truncated</source>
        <translation>«&#xa0;tags&#xa0;» est tronqué</translation>
    </message>
    <message>
        <source>&apos;recovery&apos; is not a map</source>
        <translation>«&#xa0;recovery&#xa0;» n’est pas une table associative</translation>
    </message>
    <message>
        <source>&apos;recovery&apos; is truncated</source>
        <translation>«&#xa0;recovery&#xa0;» est tronqué</translation>
    </message>
    <message>
        <source>bytes follow the record</source>
        <translation>des octets suivent l’enregistrement</translation>
    </message>
    <message>
        <source>an OTP parameter is missing</source>
        <translation>un paramètre OTP est manquant</translation>
    </message>
</context>
<context>
    <name>tessera::AccountJson</name>
    <message>
        <source>the field &apos;%1&apos; is not a date and time (ISO 8601).</source>
        <translation>le champ «&#xa0;%1&#xa0;» n’est pas une date et heure (ISO 8601).</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; should hold only text.</source>
        <translation>le champ «&#xa0;%1&#xa0;» ne doit contenir que du texte.</translation>
    </message>
    <message>
        <source>the field &apos;phoneCheckedOn&apos; is not a date.</source>
        <translation>le champ «&#xa0;phoneCheckedOn&#xa0;» n’est pas une date.</translation>
    </message>
    <message>
        <source>the field &apos;secondFactor&apos; has the unknown value &apos;%1&apos;.</source>
        <translation>le champ «&#xa0;secondFactor&#xa0;» a la valeur inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the field &apos;otp&apos; is missing or not an object.</source>
        <translation>le champ «&#xa0;otp&#xa0;» est absent ou n’est pas un objet.</translation>
    </message>
    <message>
        <source>it has the unknown type &apos;%1&apos;.</source>
        <translation>son type «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>it has the unknown algorithm &apos;%1&apos;.</source>
        <translation>son algorithme «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>the field &apos;counter&apos; is not a whole number.</source>
        <translation>le champ «&#xa0;counter&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>its digits or period are out of range.</source>
        <translation>son nombre de chiffres ou sa période sort des limites.</translation>
    </message>
</context>
<context>
    <name>tessera::Aead</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The key has the wrong length.</source>
        <translation>La clé n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated.</source>
        <translation>Les données chiffrées sont tronquées.</translation>
    </message>
    <message>
        <source>The encrypted data failed its authenticity check (wrong key, or the data was changed).</source>
        <translation>Les données chiffrées ont échoué au contrôle d’authenticité (mauvaise clé, ou données modifiées).</translation>
    </message>
</context>
<context>
    <name>tessera::AegisFormat</name>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>le fichier n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>a password slot has invalid scrypt parameters.</source>
        <translation>un emplacement de mot de passe a des paramètres scrypt non valides.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; of a password slot is not valid.</source>
        <translation>le champ «&#xa0;%1&#xa0;» d’un emplacement de mot de passe n’est pas valide.</translation>
    </message>
    <message>
        <source>It is an mOTP account, which Tessera does not support.</source>
        <translation>C’est un compte mOTP, que Tessera ne prend pas en charge.</translation>
    </message>
    <message>
        <source>It is a Yandex account, which Tessera does not support.</source>
        <translation>C’est un compte Yandex, que Tessera ne prend pas en charge.</translation>
    </message>
    <message>
        <source>It has the unknown type &apos;%1&apos;.</source>
        <translation>Son type «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>the field &apos;info&apos; is missing.</source>
        <translation>le champ «&#xa0;info&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>%1 is marked MD5 in the Aegis file; like Aegis, Tessera computes its codes with SHA-1.</source>
        <translation>%1 est marqué MD5 dans le fichier Aegis&#xa0;; comme Aegis, Tessera calcule ses codes avec SHA-1.</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>Un compte</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Son algorithme, «&#xa0;%1&#xa0;», n’est pas pris en charge par Tessera.</translation>
    </message>
    <message>
        <source>the field &apos;version&apos; is missing.</source>
        <translation>le champ «&#xa0;version&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>This Aegis file has version %1, newer than Tessera reads (%2). Export it again from Aegis, or update Tessera.</source>
        <translation>Ce fichier Aegis est en version %1, plus récente que celle que Tessera sait lire (%2). Exportez-le à nouveau depuis Aegis, ou mettez Tessera à jour.</translation>
    </message>
    <message>
        <source>the field &apos;header&apos; is missing or not an object.</source>
        <translation>le champ «&#xa0;header&#xa0;» est absent ou n’est pas un objet.</translation>
    </message>
    <message>
        <source>the header has key slots without encryption parameters or the other way round.</source>
        <translation>l’en-tête contient des emplacements de clé sans paramètres de chiffrement, ou l’inverse.</translation>
    </message>
    <message>
        <source>the field &apos;db&apos; is missing or not an object.</source>
        <translation>le champ «&#xa0;db&#xa0;» est absent ou n’est pas un objet.</translation>
    </message>
    <message>
        <source>the decrypted vault is not a JSON object.</source>
        <translation>le coffre-fort déchiffré n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>the header&apos;s &apos;slots&apos; should be a list and &apos;params&apos; an object.</source>
        <translation>dans l’en-tête, «&#xa0;slots&#xa0;» devrait être une liste et «&#xa0;params&#xa0;» un objet.</translation>
    </message>
    <message>
        <source>the encrypted vault (&apos;db&apos;) should be base64 text.</source>
        <translation>le coffre-fort chiffré («&#xa0;db&#xa0;») devrait être du texte en base64.</translation>
    </message>
    <message>
        <source>the vault&apos;s nonce or tag is missing or not valid hexadecimal.</source>
        <translation>le nonce ou le tag d’authentification du coffre-fort est absent ou n’est pas en hexadécimal valide.</translation>
    </message>
    <message>
        <source>the encrypted vault (&apos;db&apos;) is not valid base64.</source>
        <translation>le coffre-fort chiffré («&#xa0;db&#xa0;») n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>This Aegis file can only be opened with a fingerprint or a raw key, not a password. Export it from Aegis with a password.</source>
        <translation>Ce fichier Aegis ne peut être ouvert qu’avec une empreinte digitale ou une clé brute, pas avec un mot de passe. Exportez-le depuis Aegis avec un mot de passe.</translation>
    </message>
    <message>
        <source>The password is right, but the Aegis vault in this file is damaged (it fails its authenticity check).</source>
        <translation>Le mot de passe est correct, mais le coffre-fort Aegis de ce fichier est endommagé (il échoue au contrôle d’authenticité).</translation>
    </message>
    <message>
        <source>the vault&apos;s content has no valid &apos;version&apos;.</source>
        <translation>le contenu du coffre-fort n’a pas de «&#xa0;version&#xa0;» valide.</translation>
    </message>
    <message>
        <source>This Aegis file&apos;s content has version %1, newer than Tessera reads (%2). Update Tessera, or export a plain list of links (otpauth://) from Aegis.</source>
        <translation>Le contenu de ce fichier Aegis est en version %1, plus récente que celle que Tessera sait lire (%2). Mettez Tessera à jour, ou exportez depuis Aegis une simple liste de liens (otpauth://).</translation>
    </message>
    <message>
        <source>the field &apos;entries&apos; is missing or not a list.</source>
        <translation>le champ «&#xa0;entries&#xa0;» est absent ou n’est pas une liste.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Ce n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Il est dans la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>Aegis files cannot hold recovery information (recovery codes, email, phone): %n account(s) lose it in this export.</source>
        <translation>
            <numerusform>Les fichiers Aegis ne peuvent pas contenir d’informations de récupération (codes de récupération, e-mail, téléphone)&#xa0;: %n compte les perd dans cet export.</numerusform>
            <numerusform>Les fichiers Aegis ne peuvent pas contenir d’informations de récupération (codes de récupération, e-mail, téléphone)&#xa0;: %n comptes les perdent dans cet export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::AndOtpFormat</name>
    <message>
        <source>It is an mOTP account, which Tessera does not support.</source>
        <translation>C’est un compte mOTP, que Tessera ne prend pas en charge.</translation>
    </message>
    <message>
        <source>It has the unknown type &apos;%1&apos;.</source>
        <translation>Son type «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Son algorithme, «&#xa0;%1&#xa0;», n’est pas pris en charge par Tessera.</translation>
    </message>
    <message>
        <source>the file is not a JSON list.</source>
        <translation>le fichier n’est pas une liste JSON.</translation>
    </message>
    <message>
        <source>it is neither an andOTP list (JSON) nor an encrypted andOTP backup.</source>
        <translation>ce n’est ni une liste andOTP (JSON) ni une sauvegarde andOTP chiffrée.</translation>
    </message>
    <message>
        <source>it is too short to be an encrypted andOTP backup (%1 bytes).</source>
        <translation>il est trop court pour être une sauvegarde andOTP chiffrée (%1 octets).</translation>
    </message>
    <message>
        <source>the decrypted backup is not a JSON list.</source>
        <translation>la sauvegarde déchiffrée n’est pas une liste JSON.</translation>
    </message>
    <message>
        <source>The password does not open this andOTP backup (or the file is damaged). Check the password and try again.</source>
        <translation>Ce mot de passe n’ouvre pas cette sauvegarde andOTP (ou le fichier est endommagé). Vérifiez le mot de passe et réessayez.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Ce n’est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>tessera::AutomaticBackup</name>
    <message>
        <source>The disk is full: creating %1 failed.</source>
        <translation>Le disque est plein&#xa0;: la création de %1 a échoué.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: creating it is not possible.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;: impossible de le créer.</translation>
    </message>
    <message>
        <source>Permission denied: creating %1 is not allowed.</source>
        <translation>Permission refusée&#xa0;: la création de %1 n’est pas autorisée.</translation>
    </message>
    <message>
        <source>creating %1 failed: %2.</source>
        <translation>la création de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk is full: setting the permissions of %1 failed.</source>
        <translation>Le disque est plein&#xa0;: la définition des permissions de %1 a échoué.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: setting the permissions of it is not possible.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;: impossible d’en définir les permissions.</translation>
    </message>
    <message>
        <source>Permission denied: setting the permissions of %1 is not allowed.</source>
        <translation>Permission refusée&#xa0;: la définition des permissions de %1 n’est pas autorisée.</translation>
    </message>
    <message>
        <source>setting the permissions of %1 failed: %2.</source>
        <translation>la définition des permissions de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk is full: writing %1 failed.</source>
        <translation>Le disque est plein&#xa0;: l’écriture de %1 a échoué.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: writing it is not possible.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;: impossible d’y écrire.</translation>
    </message>
    <message>
        <source>Permission denied: writing %1 is not allowed.</source>
        <translation>Permission refusée&#xa0;: l’écriture de %1 n’est pas autorisée.</translation>
    </message>
    <message>
        <source>writing %1 failed: %2.</source>
        <translation>l’écriture de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk is full: naming the backup %1 failed.</source>
        <translation>Le disque est plein&#xa0;: le nommage de la sauvegarde %1 a échoué.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: naming the backup is not possible.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;: impossible de nommer la sauvegarde.</translation>
    </message>
    <message>
        <source>Permission denied: naming the backup %1 is not allowed.</source>
        <translation>Permission refusée&#xa0;: le nommage de la sauvegarde %1 n’est pas autorisé.</translation>
    </message>
    <message>
        <source>naming the backup %1 failed: %2.</source>
        <translation>le nommage de la sauvegarde %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk is full: removing the old backup %1 failed.</source>
        <translation>Le disque est plein&#xa0;: la suppression de l’ancienne sauvegarde %1 a échoué.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: removing the old backup is not possible.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;: impossible de supprimer l’ancienne sauvegarde.</translation>
    </message>
    <message>
        <source>Permission denied: removing the old backup %1 is not allowed.</source>
        <translation>Permission refusée&#xa0;: la suppression de l’ancienne sauvegarde %1 n’est pas autorisée.</translation>
    </message>
    <message>
        <source>removing the old backup %1 failed: %2.</source>
        <translation>la suppression de l’ancienne sauvegarde %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The vault is locked: no automatic backup was written.</source>
        <translation>Le coffre-fort est verrouillé&#xa0;: aucune sauvegarde automatique n’a été écrite.</translation>
    </message>
    <message>
        <source>The vault has integrity problems, so no automatic backup was written (the copies already in %1 are kept). Repair the vault or restore a backup first.</source>
        <translation>Le coffre-fort présente des problèmes d’intégrité&#xa0;; aucune sauvegarde automatique n’a donc été écrite (les copies déjà présentes dans %1 sont conservées). Réparez le coffre-fort ou restaurez d’abord une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (is its drive connected?): no automatic backup was written.</source>
        <translation>Le dossier de sauvegarde %1 n’existe pas (son disque est-il connecté&#xa0;?)&#xa0;: aucune sauvegarde automatique n’a été écrite.</translation>
    </message>
    <message>
        <source>No free file name for a backup in %1.</source>
        <translation>Aucun nom de fichier libre pour une sauvegarde dans %1.</translation>
    </message>
    <message>
        <source>Writing an automatic backup</source>
        <translation>Écriture d’une sauvegarde automatique</translation>
    </message>
    <message>
        <source>The automatic backup failed its check after writing and was removed: %1</source>
        <translation>La sauvegarde automatique a échoué à sa vérification après écriture et a été supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The automatic backup %1 was written and checked, but recording it in the vault failed: %2</source>
        <translation>La sauvegarde automatique %1 a été écrite et vérifiée, mais son enregistrement dans le coffre-fort a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The vault is locked: old backups were not thinned out.</source>
        <translation>Le coffre-fort est verrouillé&#xa0;: les anciennes sauvegardes n’ont pas été élaguées.</translation>
    </message>
</context>
<context>
    <name>tessera::BackupFolder</name>
    <message>
        <source>The backup folder %1 does not exist or is not a folder (is its drive connected?).</source>
        <translation>Le dossier de sauvegarde %1 n’existe pas ou n’est pas un dossier (son disque est-il connecté&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>tessera::BackupLog</name>
    <message>
        <source>A backup record in the vault is damaged or was changed outside Tessera.</source>
        <translation>Un enregistrement de sauvegarde du coffre-fort est endommagé ou a été modifié en dehors de Tessera.</translation>
    </message>
    <message>
        <source>A backup record was written by a newer version of Tessera.</source>
        <translation>Un enregistrement de sauvegarde a été écrit par une version plus récente de Tessera.</translation>
    </message>
</context>
<context>
    <name>tessera::BackupRecord</name>
    <message>
        <source>an automatic copy of the vault</source>
        <translation>une copie automatique du coffre-fort</translation>
    </message>
    <message>
        <source>a Tessera backup file</source>
        <translation>un fichier de sauvegarde Tessera</translation>
    </message>
    <message>
        <source>an Aegis export (encrypted)</source>
        <translation>un export Aegis (chiffré)</translation>
    </message>
    <message>
        <source>an Aegis export (not encrypted)</source>
        <translation>un export Aegis (non chiffré)</translation>
    </message>
    <message>
        <source>a list of otpauth:// links</source>
        <translation>une liste de liens otpauth://</translation>
    </message>
    <message>
        <source>Google Authenticator transfer codes</source>
        <translation>des codes de transfert Google Authenticator</translation>
    </message>
    <message>
        <source>a PDF of the accounts</source>
        <translation>un PDF des comptes</translation>
    </message>
    <message>
        <source>a backup of a kind this version of Tessera does not know</source>
        <translation>une sauvegarde d’un type que cette version de Tessera ne connaît pas</translation>
    </message>
</context>
<context>
    <name>tessera::BackupRestore</name>
    <message>
        <source>Unlock the backup copy first.</source>
        <translation>Déverrouillez d’abord la copie de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>tessera::Base32</name>
    <message>
        <source>The padding &apos;=&apos; at position %1 is followed by more characters; &apos;=&apos; may only appear at the end.</source>
        <translation>Le caractère de remplissage «&#xa0;=&#xa0;» en position %1 est suivi d’autres caractères&#xa0;; «&#xa0;=&#xa0;» ne peut figurer qu’à la fin.</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not valid base32 (base32 uses the letters A to Z and the digits 2 to 7).</source>
        <translation>Le caractère %1 en position %2 n’est pas valide en base32 (le base32 utilise les lettres A à Z et les chiffres 2 à 7).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>La clé secrète est vide.</translation>
    </message>
    <message>
        <source>The secret has %1 base32 characters, which cannot be a whole number of bytes; a character is probably missing or extra.</source>
        <translation>La clé secrète compte %1 caractères base32, ce qui ne correspond pas à un nombre entier d’octets&#xa0;; il manque probablement un caractère, ou il y en a un de trop.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <extracomment>A character quoted in a message; use your language&apos;s quotation marks.</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tessera::BitwardenFormat</name>
    <message>
        <source>Its authenticator key is neither an otpauth:// link nor a base32 secret.</source>
        <translation>Sa clé d’authentification n’est ni un lien otpauth:// ni une clé secrète en base32.</translation>
    </message>
    <message>
        <source>The authentication code does not match.</source>
        <translation>Le code d’authentification ne correspond pas.</translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>le fichier n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This Bitwarden export is encrypted with your Bitwarden account key, which only Bitwarden has. Export again choosing &quot;Password protected&quot; or an unencrypted format.</source>
        <translation>Cet export Bitwarden est chiffré avec la clé de votre compte Bitwarden, que seul Bitwarden possède. Exportez à nouveau en choisissant «&#xa0;Protégé par mot de passe&#xa0;» (Password protected) ou un format non chiffré.</translation>
    </message>
    <message>
        <source>the decrypted data is not a JSON object.</source>
        <translation>les données déchiffrées ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>the field &apos;salt&apos; is missing.</source>
        <translation>le champ «&#xa0;salt&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>the encrypted fields are not in Bitwarden&apos;s &quot;2.iv|data|mac&quot; form.</source>
        <translation>les champs chiffrés ne sont pas au format «&#xa0;2.iv|data|mac&#xa0;» de Bitwarden.</translation>
    </message>
    <message>
        <source>This Bitwarden export uses an unknown key derivation (type %1).</source>
        <translation>Cet export Bitwarden utilise une dérivation de clé inconnue (type %1).</translation>
    </message>
    <message>
        <source>The password is right, but the data in this Bitwarden export is damaged.</source>
        <translation>Le mot de passe est correct, mais les données de cet export Bitwarden sont endommagées.</translation>
    </message>
    <message>
        <source>the field &apos;items&apos; is missing or not a list.</source>
        <translation>le champ «&#xa0;items&#xa0;» est absent ou n’est pas une liste.</translation>
    </message>
    <message>
        <source>it is neither JSON nor CSV text.</source>
        <translation>ce n’est ni du JSON ni du texte CSV.</translation>
    </message>
    <message>
        <source>it has no header row.</source>
        <translation>il n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>it has no &apos;login_totp&apos; column.</source>
        <translation>il n’a pas de colonne «&#xa0;login_totp&#xa0;».</translation>
    </message>
</context>
<context>
    <name>tessera::ClockCheck</name>
    <message>
        <source>There is no system D-Bus, so Tessera cannot ask whether the clock is synchronised; check the clock with a time server instead.</source>
        <translation>Il n’y a pas de bus système D-Bus&#xa0;; Tessera ne peut donc pas demander si l’horloge est synchronisée. Vérifiez plutôt l’horloge auprès d’un serveur de temps.</translation>
    </message>
    <message>
        <source>timedated is not available (%1), so Tessera cannot tell whether the clock is synchronised; check it with a time server instead.</source>
        <translation>timedated n’est pas disponible (%1)&#xa0;; Tessera ne peut donc pas savoir si l’horloge est synchronisée. Vérifiez-la plutôt auprès d’un serveur de temps.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>timedated does not say whether the clock is synchronised; check it with a time server instead.</source>
        <translation>timedated n’indique pas si l’horloge est synchronisée&#xa0;; vérifiez-la plutôt auprès d’un serveur de temps.</translation>
    </message>
    <message>
        <source>The system clock is synchronised with a time server.</source>
        <translation>L’horloge système est synchronisée avec un serveur de temps.</translation>
    </message>
    <message>
        <source>The system clock is not synchronised yet: codes may be rejected until it is. Check the network connection, or check the clock with a time server.</source>
        <translation>L’horloge système n’est pas encore synchronisée&#xa0;: les codes risquent d’être refusés tant qu’elle ne l’est pas. Vérifiez la connexion réseau, ou vérifiez l’horloge auprès d’un serveur de temps.</translation>
    </message>
    <message>
        <source>Network time is switched off, so the system clock is not synchronised: turn on automatic date and time in the system settings.</source>
        <translation>L’heure réseau est désactivée, donc l’horloge système n’est pas synchronisée&#xa0;: activez la date et l’heure automatiques dans les paramètres du système.</translation>
    </message>
    <message>
        <source>The time server %1 did not answer within %2 s. Check the network connection, or choose another server.</source>
        <translation>Le serveur de temps %1 n’a pas répondu dans les %2 s. Vérifiez la connexion réseau, ou choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>The time server %1 was not found. Check its name and the network connection.</source>
        <translation>Le serveur de temps %1 est introuvable. Vérifiez son nom et la connexion réseau.</translation>
    </message>
    <message>
        <source>Nothing answers NTP at %1: the port is closed or the host cannot be reached. Check the server and port.</source>
        <translation>Rien ne répond au protocole NTP sur %1&#xa0;: le port est fermé ou l’hôte est injoignable. Vérifiez le serveur et le port.</translation>
    </message>
    <message>
        <source>The time server %1 could not be reached: %2.</source>
        <translation>Le serveur de temps %1 est injoignable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Tessera could not send the request to %1: %2.</source>
        <translation>Tessera n’a pas pu envoyer la requête à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The clock check was cancelled.</source>
        <translation>La vérification de l’horloge a été annulée.</translation>
    </message>
    <message>
        <source>The clock is %1 s off: that is a wrong date or time zone, not drift. Fix the system clock (date, time and time zone); Tessera corrects codes by at most 5 minutes.</source>
        <translation>L’horloge est décalée de %1 s&#xa0;: c’est une date ou un fuseau horaire erroné, pas une dérive. Corrigez l’horloge système (date, heure et fuseau horaire)&#xa0;; Tessera corrige les codes de 5 minutes au plus.</translation>
    </message>
    <message>
        <source>Your clock is right (within 0.05 s).</source>
        <translation>Votre horloge est à l’heure (à 0,05 s près).</translation>
    </message>
    <message>
        <source>Your clock is %1 s slow.</source>
        <translation>Votre horloge retarde de %1 s.</translation>
    </message>
    <message>
        <source>Your clock is %1 s fast.</source>
        <translation>Votre horloge avance de %1 s.</translation>
    </message>
</context>
<context>
    <name>tessera::CryptoSelfTest</name>
    <message>
        <source>The cryptography self-test failed (%1). Tessera will not open vaults with a broken crypto library; reinstall libsodium.</source>
        <translation>L’autotest de chiffrement a échoué (%1). Tessera n’ouvre pas de coffre-fort avec une bibliothèque de chiffrement défaillante&#xa0;; réinstallez libsodium.</translation>
    </message>
</context>
<context>
    <name>tessera::CsvReader</name>
    <message>
        <source>the file has more than %1 rows.</source>
        <translation>le fichier compte plus de %1 lignes.</translation>
    </message>
    <message>
        <source>line %1 has a quote in the middle of a field.</source>
        <translation>la ligne %1 contient un guillemet au milieu d’un champ.</translation>
    </message>
    <message>
        <source>line %1 has text after a closing quote.</source>
        <translation>la ligne %1 contient du texte après un guillemet fermant.</translation>
    </message>
    <message>
        <source>a quoted field is not closed (the file is cut off).</source>
        <translation>un champ entre guillemets n’est pas fermé (le fichier est tronqué).</translation>
    </message>
</context>
<context>
    <name>tessera::EnteFormat</name>
    <message>
        <source>The Ente display settings of %1 could not be read; the account is imported without its tags.</source>
        <translation>Les paramètres d’affichage Ente de %1 n’ont pas pu être lus&#xa0;; le compte est importé sans ses étiquettes.</translation>
    </message>
    <message>
        <source>%1 was in Ente&apos;s trash; it is imported as a normal account.</source>
        <translation>%1 était dans la corbeille d’Ente&#xa0;; il est importé comme un compte normal.</translation>
    </message>
</context>
<context>
    <name>tessera::Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ForeignCrypto</name>
    <message>
        <source>The encrypted data failed its authenticity check (wrong password, or the file was changed).</source>
        <translation>Les données chiffrées ont échoué au contrôle d’authenticité (mot de passe incorrect, ou fichier modifié).</translation>
    </message>
    <message>
        <source>The cryptography library could not compute %1 (out of memory?). Close other programs and try again.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu calculer %1 (mémoire insuffisante&#xa0;?). Fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The cryptography library could not start %1 (out of memory?). Close other programs and try again.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu initialiser %1 (mémoire insuffisante&#xa0;?). Fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The cryptography library could not run %1 (out of memory?). Close other programs and try again.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu exécuter %1 (mémoire insuffisante&#xa0;?). Fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The cryptography library could not finish %1 (out of memory?). Close other programs and try again.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu finaliser %1 (mémoire insuffisante&#xa0;?). Fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>Unsupported derived key length.</source>
        <translation>Longueur de clé dérivée non prise en charge.</translation>
    </message>
    <message>
        <source>The file asks for scrypt with N = %1; Tessera accepts powers of two up to %2, so the file is damaged or hostile.</source>
        <translation>Le fichier demande scrypt avec N = %1&#xa0;; Tessera accepte les puissances de deux jusqu’à %2&#xa0;: le fichier est donc endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The file asks for scrypt with r = %1; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>Le fichier demande scrypt avec r = %1&#xa0;; Tessera accepte de 1 à %2&#xa0;: le fichier est donc endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The file asks for scrypt with p = %1; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>Le fichier demande scrypt avec p = %1&#xa0;; Tessera accepte de 1 à %2&#xa0;: le fichier est donc endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The file asks for scrypt parameters (N = %1, r = %2, p = %3) that would need %4 MiB of memory or take minutes; Tessera refuses them.</source>
        <translation>Le fichier demande des paramètres scrypt (N = %1, r = %2, p = %3) qui nécessiteraient %4 Mio de mémoire ou plusieurs minutes de calcul&#xa0;; Tessera les refuse.</translation>
    </message>
    <message>
        <source>The file asks for %1 PBKDF2 iterations; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>Le fichier demande %1 itérations PBKDF2&#xa0;; Tessera accepte de 1 à %2&#xa0;: le fichier est donc endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 with %1 passes; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>Le fichier demande Argon2 avec %1 passes&#xa0;; Tessera accepte de 1 à %2&#xa0;: le fichier est donc endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 with %1 lanes; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>Le fichier demande Argon2 avec %1 voies&#xa0;; Tessera accepte de 1 à %2&#xa0;: le fichier est donc endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 with %1 KiB of memory; Tessera accepts %2 KiB to 1 GiB, so the file is damaged or hostile.</source>
        <translation>Le fichier demande Argon2 avec %1 Kio de mémoire&#xa0;; Tessera accepte de %2 Kio à 1 Gio&#xa0;: le fichier est donc endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The password or salt is too long.</source>
        <translation>Le mot de passe ou le sel est trop long.</translation>
    </message>
    <message>
        <source>The Argon2 salt is %1 bytes long; at least %2 are needed.</source>
        <translation>Le sel Argon2 fait %1 octets&#xa0;; il en faut au moins %2.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key (%1 MiB are needed). Close other programs and try again.</source>
        <translation>Il n’y a pas assez de mémoire pour dériver la clé (%1 Mio nécessaires). Fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>Argon2 refused the file&apos;s parameters: %1.</source>
        <translation>Argon2 a refusé les paramètres du fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unsupported HKDF parameters.</source>
        <translation>Paramètres HKDF non pris en charge.</translation>
    </message>
    <message>
        <source>The key has the wrong length.</source>
        <translation>La clé n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The encryption nonce or tag has the wrong length.</source>
        <translation>Le nonce ou le tag de chiffrement n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The encrypted data is too large.</source>
        <translation>Les données chiffrées sont trop volumineuses.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated.</source>
        <translation>Les données chiffrées sont tronquées.</translation>
    </message>
    <message>
        <source>The key or nonce has the wrong length.</source>
        <translation>La clé ou le nonce n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The data is too large to encrypt.</source>
        <translation>Les données sont trop volumineuses pour être chiffrées.</translation>
    </message>
    <message>
        <source>The key or IV has the wrong length.</source>
        <translation>La clé ou le vecteur d’initialisation (IV) n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated (not a whole number of AES blocks).</source>
        <translation>Les données chiffrées sont tronquées (pas un nombre entier de blocs AES).</translation>
    </message>
    <message>
        <source>The decrypted data has invalid padding (wrong password, or the file was changed).</source>
        <translation>Les données déchiffrées ont un remplissage non valide (mot de passe incorrect, ou fichier modifié).</translation>
    </message>
</context>
<context>
    <name>tessera::ForeignEntry</name>
    <message>
        <source>It has no secret.</source>
        <translation>Aucune clé secrète n’est indiquée.</translation>
    </message>
    <message>
        <source>It has %1-digit codes; Tessera supports %2 to %3 digits.</source>
        <translation>Ses codes ont %1 chiffres&#xa0;; Tessera prend en charge de %2 à %3 chiffres.</translation>
    </message>
    <message>
        <source>Its codes change every %1 seconds; Tessera supports 1 second to 24 hours.</source>
        <translation>Ses codes changent toutes les %1 secondes&#xa0;; Tessera prend en charge de 1 seconde à 24 heures.</translation>
    </message>
    <message>
        <source>Its counter is %1; a counter cannot be negative.</source>
        <translation>Son compteur vaut %1&#xa0;; un compteur ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Its secret is not valid base32: %1</source>
        <translation>Sa clé secrète n’est pas du base32 valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
</context>
<context>
    <name>tessera::Format</name>
    <message>
        <source>Tessera cannot export to %1 files.</source>
        <translation>Tessera ne peut pas exporter vers des fichiers %1.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <source>it is %1 MiB, larger than any %2 export Tessera accepts (%3 MiB).</source>
        <translation>il fait %1 Mio, plus que ce que Tessera accepte pour un fichier %2 (%3 Mio).</translation>
    </message>
    <message>
        <source>This %1 file is encrypted; enter its password.</source>
        <translation>Ce fichier %1 est chiffré&#xa0;; saisissez son mot de passe.</translation>
    </message>
    <message>
        <source>The password does not open this %1 file. Check the password and try again.</source>
        <translation>Ce mot de passe n’ouvre pas ce fichier %1. Vérifiez le mot de passe et réessayez.</translation>
    </message>
    <message>
        <source>This %1 file cannot be read: %2</source>
        <translation>Impossible de lire ce fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::FormatDetector</name>
    <message>
        <source>Tessera reads Tessera backups, Aegis, 2FAS, andOTP, FreeOTP+ (JSON), Bitwarden (JSON and CSV), Ente Auth (plain text), Stratum/Authenticator Pro, Google Authenticator export links and lists of otpauth:// links.</source>
        <translation>Tessera lit les sauvegardes Tessera, Aegis, 2FAS, andOTP, FreeOTP+ (JSON), Bitwarden (JSON et CSV), Ente Auth (texte brut), Stratum/Authenticator Pro, les liens d’export Google Authenticator et les listes de liens otpauth://.</translation>
    </message>
    <message>
        <source>This looks like %1, which Tessera cannot read. %2</source>
        <translation>Ceci ressemble à %1, que Tessera ne sait pas lire. %2</translation>
    </message>
    <message>
        <source>a FreeOTP 2 backup</source>
        <translation>une sauvegarde FreeOTP 2</translation>
    </message>
    <message>
        <source>Move the accounts to an app Tessera reads (for example by scanning them into Aegis), or re-enrol them.</source>
        <translation>Transférez les comptes vers une application que Tessera sait lire (par exemple en les scannant dans Aegis), ou réinscrivez-les.</translation>
    </message>
    <message>
        <source>a ZIP archive (Authenticator Plus or Raivo export)</source>
        <translation>une archive ZIP (export Authenticator Plus ou Raivo)</translation>
    </message>
    <message>
        <source>Unpack it with its password and import the list of otpauth:// links inside.</source>
        <translation>Décompressez-la avec son mot de passe et importez la liste de liens otpauth:// qu’elle contient.</translation>
    </message>
    <message>
        <source>an app&apos;s internal database (Google Authenticator, Microsoft Authenticator or Stratum)</source>
        <translation>la base de données interne d’une application (Google Authenticator, Microsoft Authenticator ou Stratum)</translation>
    </message>
    <message>
        <source>Use the app&apos;s own export instead (Google Authenticator: Transfer accounts; Stratum: Backup).</source>
        <translation>Utilisez plutôt la fonction d’export de l’application (Google Authenticator&#xa0;: Transférer des comptes&#xa0;; Stratum&#xa0;: Sauvegarde).</translation>
    </message>
    <message>
        <source>Android app data (FreeOTP, Authy, TOTP Authenticator or Battle.net)</source>
        <translation>des données d’application Android (FreeOTP, Authy, TOTP Authenticator ou Battle.net)</translation>
    </message>
    <message>
        <source>Use the app&apos;s own export, or move the accounts through an app Tessera reads.</source>
        <translation>Utilisez la fonction d’export de l’application, ou transférez les comptes via une application que Tessera sait lire.</translation>
    </message>
    <message>
        <source>an encrypted Ente Auth export</source>
        <translation>un export Ente Auth chiffré</translation>
    </message>
    <message>
        <source>In Ente Auth, export as plain text instead and import that file.</source>
        <translation>Dans Ente Auth, exportez plutôt en texte brut et importez ce fichier.</translation>
    </message>
    <message>
        <source>a Proton Authenticator export</source>
        <translation>un export Proton Authenticator</translation>
    </message>
    <message>
        <source>Export the accounts from Proton Authenticator as otpauth:// links or QR codes.</source>
        <translation>Exportez les comptes depuis Proton Authenticator sous forme de liens otpauth:// ou de codes QR.</translation>
    </message>
    <message>
        <source>Steam Guard app data</source>
        <translation>des données de l’application Steam Guard</translation>
    </message>
    <message>
        <source>Add the Steam account with its otpauth:// or steam:// link instead.</source>
        <translation>Ajoutez plutôt le compte Steam avec son lien otpauth:// ou steam://.</translation>
    </message>
    <message>
        <source>Duo Mobile app data</source>
        <translation>des données de l’application Duo Mobile</translation>
    </message>
    <message>
        <source>Re-enrol the accounts in Tessera.</source>
        <translation>Réinscrivez les comptes dans Tessera.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is %1 MiB, larger than any export Tessera reads (%2 MiB).</source>
        <translation>Le fichier fait %1 Mio, plus que tout export que Tessera sait lire (%2 Mio).</translation>
    </message>
    <message>
        <source>The file looks like JSON but is damaged or cut off: %1</source>
        <translation>Le fichier ressemble à du JSON, mais il est endommagé ou tronqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tessera does not recognise this file. %1</source>
        <translation>Tessera ne reconnaît pas ce fichier. %1</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;. Known formats: %2.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu. Formats connus&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>tessera::FreeOtpPlusFormat</name>
    <message>
        <source>the field &apos;secret&apos; should be a list of numbers, not %1.</source>
        <translation>le champ «&#xa0;secret&#xa0;» devrait être une liste de nombres, et non %1.</translation>
    </message>
    <message>
        <source>its secret has %1 bytes; Tessera accepts at most %2.</source>
        <translation>sa clé secrète fait %1 octets&#xa0;; Tessera en accepte %2 au plus.</translation>
    </message>
    <message>
        <source>its secret contains a value that is not a byte (-128 to 255).</source>
        <translation>sa clé secrète contient une valeur qui n’est pas un octet (-128 à 255).</translation>
    </message>
    <message>
        <source>It has the unknown type &apos;%1&apos;.</source>
        <translation>Son type «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Son algorithme, «&#xa0;%1&#xa0;», n’est pas pris en charge par Tessera.</translation>
    </message>
    <message>
        <source>the field &apos;tokens&apos; is missing or not a list.</source>
        <translation>le champ «&#xa0;tokens&#xa0;» est absent ou n’est pas une liste.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Ce n’est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigration</name>
    <message>
        <source>It uses the MD5 algorithm, which Tessera does not support.</source>
        <translation>Son algorithme, MD5, n’est pas pris en charge par Tessera.</translation>
    </message>
    <message>
        <source>It uses an unknown algorithm (value %1).</source>
        <translation>Son algorithme est inconnu (valeur %1).</translation>
    </message>
    <message>
        <source>It has an unknown number of digits (value %1).</source>
        <translation>Son nombre de chiffres est inconnu (valeur %1).</translation>
    </message>
    <message>
        <source>It has an unknown type (value %1).</source>
        <translation>Son type est inconnu (valeur %1).</translation>
    </message>
    <message>
        <source>The Google Authenticator code is too large (over %1 characters).</source>
        <translation>Le code Google Authenticator est trop volumineux (plus de %1 caractères).</translation>
    </message>
    <message>
        <source>This is not a Google Authenticator export (otpauth-migration://) link.</source>
        <translation>Ce n’est pas un lien d’export Google Authenticator (otpauth-migration://).</translation>
    </message>
    <message>
        <source>The Google Authenticator link is malformed: it should start with otpauth-migration://offline?data=</source>
        <translation>Le lien Google Authenticator est mal formé&#xa0;: il devrait commencer par otpauth-migration://offline?data=</translation>
    </message>
    <message>
        <source>The Google Authenticator link has no data.</source>
        <translation>Le lien Google Authenticator ne contient aucune donnée.</translation>
    </message>
    <message>
        <source>The data of the Google Authenticator link is not valid base64; part of it may be missing.</source>
        <translation>Les données du lien Google Authenticator ne sont pas du base64 valide&#xa0;; il en manque peut-être une partie.</translation>
    </message>
    <message>
        <source>The Google Authenticator code holds %1 bytes; Tessera accepts at most %2.</source>
        <translation>Le code Google Authenticator contient %1 octets&#xa0;; Tessera en accepte %2 au plus.</translation>
    </message>
    <message>
        <source>The Google Authenticator code is damaged or incomplete: its data is not a valid transfer payload.</source>
        <translation>Le code Google Authenticator est endommagé ou incomplet&#xa0;: ses données ne forment pas un contenu de transfert valide.</translation>
    </message>
    <message>
        <source>The Google Authenticator code holds %1 accounts; Tessera accepts at most %2 per code.</source>
        <translation>Le code Google Authenticator contient %1 comptes&#xa0;; Tessera en accepte %2 au plus par code.</translation>
    </message>
    <message>
        <source>The Google Authenticator code claims to be one of %1 codes; an export has at most %2.</source>
        <translation>Le code Google Authenticator prétend faire partie d’une série de %1 codes&#xa0;; un export en compte %2 au plus.</translation>
    </message>
    <message>
        <source>The Google Authenticator code claims to be code %1 of %2, which cannot be.</source>
        <translation>Le code Google Authenticator prétend être le code %1 sur %2, ce qui est impossible.</translation>
    </message>
    <message>
        <source>Google Authenticator cannot hold Steam Guard codes.</source>
        <translation>Google Authenticator ne peut pas accueillir de codes Steam Guard.</translation>
    </message>
    <message>
        <source>It has %1-digit codes; a Google Authenticator transfer code can carry only 6 or 8 digits.</source>
        <translation>Ses codes ont %1 chiffres&#xa0;; un code de transfert Google Authenticator ne peut transporter que des codes à 6 ou 8 chiffres.</translation>
    </message>
    <message>
        <source>Its codes change every %1 seconds; a Google Authenticator transfer code can carry only 30 seconds.</source>
        <translation>Ses codes changent toutes les %1 secondes&#xa0;; un code de transfert Google Authenticator ne peut transporter qu’une période de 30 secondes.</translation>
    </message>
    <message>
        <source>Its counter is too large for a Google Authenticator transfer code.</source>
        <translation>Son compteur est trop grand pour un code de transfert Google Authenticator.</translation>
    </message>
    <message>
        <source>%1 uses %2; some versions of Google Authenticator ignore that and show wrong codes. Check a code after the transfer.</source>
        <translation>%1 utilise %2&#xa0;; certaines versions de Google Authenticator l’ignorent et affichent des codes erronés. Vérifiez un code après le transfert.</translation>
    </message>
    <message>
        <source>%1 has 8-digit codes; some versions of Google Authenticator show only 6. Check a code after the transfer.</source>
        <translation>%1 a des codes à 8 chiffres&#xa0;; certaines versions de Google Authenticator n’en affichent que 6. Vérifiez un code après le transfert.</translation>
    </message>
    <message>
        <source>Its secret is too long to fit in a QR code.</source>
        <translation>Sa clé secrète est trop longue pour tenir dans un code QR.</translation>
    </message>
    <message>
        <source>There are no accounts to export.</source>
        <translation>Il n’y a aucun compte à exporter.</translation>
    </message>
    <message>
        <source>None of the accounts can be carried by Google Authenticator transfer codes.</source>
        <translation>Aucun des comptes ne peut être transporté par des codes de transfert Google Authenticator.</translation>
    </message>
    <message>
        <source>That would need %1 transfer codes; Google Authenticator accepts at most %2. Export fewer accounts at a time.</source>
        <translation>Il faudrait %1 codes de transfert&#xa0;; Google Authenticator en accepte %2 au plus. Exportez moins de comptes à la fois.</translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigrationFormat</name>
    <message>
        <source>Google Authenticator export</source>
        <translation>d’export Google Authenticator</translation>
    </message>
    <message>
        <source>it is not text (it contains binary data).</source>
        <translation>ce n’est pas du texte (il contient des données binaires).</translation>
    </message>
    <message>
        <source>code on line %1</source>
        <translation>code de la ligne %1</translation>
    </message>
    <message>
        <source>it contains no otpauth-migration:// link.</source>
        <translation>il ne contient aucun lien otpauth-migration://.</translation>
    </message>
    <message numerus="yes">
        <source>Line(s) %1 hold otpauth:// links, which are not part of a Google Authenticator export; import the file as an otpauth:// list to include them.</source>
        <extracomment>%1 is a list of line numbers; their count selects the plural form.</extracomment>
        <translation>
            <numerusform>La ligne %1 contient un lien otpauth://, qui ne fait pas partie d’un export Google Authenticator&#xa0;; importez le fichier en tant que liste otpauth:// pour l’inclure.</numerusform>
            <numerusform>Les lignes %1 contiennent des liens otpauth://, qui ne font pas partie d’un export Google Authenticator&#xa0;; importez le fichier en tant que liste otpauth:// pour les inclure.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Il est dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigrationImport</name>
    <message>
        <source>Two different codes claim to be code %1 of %2 of the same Google Authenticator export; only the first one was read.</source>
        <translation>Deux codes différents prétendent être le code %1 sur %2 du même export Google Authenticator&#xa0;; seul le premier a été lu.</translation>
    </message>
    <message>
        <source>Code %1 of %2 is missing (export %3). Scan it too to import its accounts; the accounts of the other codes can be imported now.</source>
        <translation>Le code %1 sur %2 est manquant (export %3). Scannez-le aussi pour importer ses comptes&#xa0;; les comptes des autres codes peuvent être importés dès maintenant.</translation>
    </message>
    <message>
        <source>Code %1 of %2 is missing. Scan it too to import its accounts; the accounts of the other codes can be imported now.</source>
        <translation>Le code %1 sur %2 est manquant. Scannez-le aussi pour importer ses comptes&#xa0;; les comptes des autres codes peuvent être importés dès maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>%n more codes are missing; scan them too to import their accounts.</source>
        <translation>
            <numerusform>%n autre code manque&#xa0;; scannez-le aussi pour importer ses comptes.</numerusform>
            <numerusform>%n autres codes manquent&#xa0;; scannez-les aussi pour importer leurs comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Google Authenticator export holds no accounts: there is nothing to import.</source>
        <translation>L’export Google Authenticator ne contient aucun compte&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>Code %1 of %2 is missing.</source>
        <translation>Le code %1 sur %2 est manquant.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportPlan</name>
    <message>
        <source>There is no such entry in the import.</source>
        <translation>Cette entrée n’existe pas dans l’import.</translation>
    </message>
    <message>
        <source>It has the same secret and settings as %1, which is in the trash.</source>
        <translation>Même clé secrète et mêmes paramètres que %1, qui est dans la corbeille.</translation>
    </message>
    <message>
        <source>It has the same secret and settings as %1.</source>
        <translation>Même clé secrète et mêmes paramètres que %1.</translation>
    </message>
    <message>
        <source>It has the same secret and settings as %1, earlier in this import.</source>
        <translation>Même clé secrète et mêmes paramètres que %1, plus haut dans cet import.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Impossible d’importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>An unreadable entry cannot be renamed.</source>
        <translation>Une entrée illisible ne peut pas être renommée.</translation>
    </message>
    <message>
        <source>Give the account an issuer or a name.</source>
        <translation>Donnez un émetteur ou un nom au compte.</translation>
    </message>
</context>
<context>
    <name>tessera::IntegrityIssue</name>
    <message>
        <source>(unreadable id)</source>
        <translation>(identifiant illisible)</translation>
    </message>
    <message>
        <source>Account %1 is missing from the vault file: its row was deleted outside Tessera. Restore a backup to get it back.</source>
        <translation>Le compte %1 est absent du fichier du coffre-fort&#xa0;: sa ligne a été supprimée en dehors de Tessera. Restaurez une sauvegarde pour le récupérer.</translation>
    </message>
    <message>
        <source>Account %1 was replaced by an older copy of itself outside Tessera (revision %2 instead of %3). Its latest changes are not in the file.</source>
        <translation>Le compte %1 a été remplacé par une ancienne copie de lui-même en dehors de Tessera (révision %2 au lieu de %3). Ses dernières modifications ne figurent pas dans le fichier.</translation>
    </message>
    <message>
        <source>Account %1 has revision %2 where the vault expects %3: the file was changed outside Tessera.</source>
        <translation>Le compte %1 est en révision %2 alors que le coffre-fort attend la révision %3&#xa0;: le fichier a été modifié en dehors de Tessera.</translation>
    </message>
    <message>
        <source>Account %1 is in the vault file but not in its list of accounts: it was deleted and put back, or added outside Tessera. It is not shown.</source>
        <translation>Le compte %1 figure dans le fichier du coffre-fort mais pas dans sa liste de comptes&#xa0;: il a été supprimé puis remis, ou ajouté en dehors de Tessera. Il n’est pas affiché.</translation>
    </message>
    <message>
        <source>Account %1 is damaged: its encrypted record failed the authenticity check or cannot be decoded. Restore a backup to get it back.</source>
        <translation>Le compte %1 est endommagé&#xa0;: son enregistrement chiffré a échoué au contrôle d’authenticité ou ne peut pas être décodé. Restaurez une sauvegarde pour le récupérer.</translation>
    </message>
    <message>
        <source>Account %1 was written by a newer version of Tessera and cannot be read by this one. Update Tessera.</source>
        <translation>Le compte %1 a été écrit par une version plus récente de Tessera et ne peut pas être lu par celle-ci. Mettez Tessera à jour.</translation>
    </message>
    <message>
        <source>The vault&apos;s list of accounts is damaged, so deleted or replaced accounts cannot be detected. The accounts that could be read are shown.</source>
        <translation>La liste des comptes du coffre-fort est endommagée&#xa0;; les comptes supprimés ou remplacés ne peuvent donc pas être détectés. Les comptes lisibles sont affichés.</translation>
    </message>
</context>
<context>
    <name>tessera::JsonFields</name>
    <message>
        <source>the field &apos;%1&apos; should be %2, not %3.</source>
        <translation>le champ «&#xa0;%1&#xa0;» devrait être %2, et non %3.</translation>
    </message>
    <message>
        <source>the JSON is malformed at byte %1 (%2).</source>
        <translation>le JSON est mal formé à l’octet %1 (%2).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; should be a whole number, not %2.</source>
        <translation>le champ «&#xa0;%1&#xa0;» devrait être un nombre entier, et non %2.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing.</source>
        <translation>le champ «&#xa0;%1&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>tessera::KeySlot</name>
    <message>
        <source>The vault&apos;s recovery key slot is damaged (bytes of the file were changed). Unlock with the password and make a new recovery key, or restore a backup.</source>
        <translation>L’emplacement de la clé de récupération du coffre-fort est endommagé (des octets du fichier ont été modifiés). Déverrouillez avec le mot de passe et créez une nouvelle clé de récupération, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s password slot is damaged (bytes of the file were changed). Unlock with the recovery key and set a new password, or restore a backup.</source>
        <translation>L’emplacement du mot de passe du coffre-fort est endommagé (des octets du fichier ont été modifiés). Déverrouillez avec la clé de récupération et définissez un nouveau mot de passe, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clé de récupération</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 slot was written by a newer version of Tessera. Update Tessera to open it.</source>
        <translation>L’emplacement «&#xa0;%1&#xa0;» du coffre-fort a été écrit par une version plus récente de Tessera. Mettez Tessera à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 slot uses a key derivation this version of Tessera does not know. Update Tessera to open it.</source>
        <translation>L’emplacement «&#xa0;%1&#xa0;» du coffre-fort utilise une dérivation de clé que cette version de Tessera ne connaît pas. Mettez Tessera à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>La clé de récupération n’ouvre pas ce coffre-fort.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
</context>
<context>
    <name>tessera::Manifest</name>
    <message>
        <source>The vault&apos;s list of accounts (its manifest) is damaged: bytes of the file were changed.</source>
        <translation>La liste des comptes du coffre-fort (son manifeste) est endommagée&#xa0;: des octets du fichier ont été modifiés.</translation>
    </message>
    <message>
        <source>The vault&apos;s list of accounts was written by a newer version of Tessera. Update Tessera to open it.</source>
        <translation>La liste des comptes du coffre-fort a été écrite par une version plus récente de Tessera. Mettez Tessera à jour pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>tessera::OtpParameters</name>
    <message>
        <source>The secret is empty.</source>
        <translation>La clé secrète est vide.</translation>
    </message>
    <message>
        <source>The secret is %1 bytes long; Tessera accepts at most %2 bytes.</source>
        <translation>La clé secrète fait %1 octets&#xa0;; Tessera accepte %2 octets au plus.</translation>
    </message>
    <message>
        <source>A code must have between %1 and %2 digits, not %3.</source>
        <translation>Un code doit comporter entre %1 et %2 chiffres, et non %3.</translation>
    </message>
    <message>
        <source>The period must be between %1 second and %2 seconds (24 hours), not %3.</source>
        <translation>La période doit être comprise entre %1 seconde et %2 secondes (24 heures), et non %3.</translation>
    </message>
</context>
<context>
    <name>tessera::OtpUri</name>
    <message>
        <source>The parameter &apos;%1&apos; appears twice with different values; the link is ambiguous.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» apparaît deux fois avec des valeurs différentes&#xa0;; le lien est ambigu.</translation>
    </message>
    <message>
        <source>The Steam secret is not valid: %1</source>
        <translation>La clé secrète Steam n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The link is %1 characters long, too long to be an otpauth:// link.</source>
        <translation>Le lien fait %1 caractères, c’est trop long pour un lien otpauth://.</translation>
    </message>
    <message>
        <source>This is a Google Authenticator export (otpauth-migration://), not a single account; import it instead.</source>
        <translation>Ceci est un export Google Authenticator (otpauth-migration://), pas un compte unique&#xa0;; importez-le plutôt.</translation>
    </message>
    <message>
        <source>This is not an otpauth:// link.</source>
        <translation>Ce n’est pas un lien otpauth://.</translation>
    </message>
    <message>
        <source>%1 codes are not supported by Tessera.</source>
        <translation>Tessera ne prend pas en charge les codes %1.</translation>
    </message>
    <message>
        <source>The link does not say whether it is totp or hotp.</source>
        <translation>Le lien n’indique pas s’il s’agit de totp ou de hotp.</translation>
    </message>
    <message>
        <source>Unknown code type &apos;%1&apos; (Tessera reads totp, hotp and steam).</source>
        <translation>Type de code «&#xa0;%1&#xa0;» inconnu (Tessera lit totp, hotp et steam).</translation>
    </message>
    <message>
        <source>The link has no secret.</source>
        <translation>Le lien ne contient pas de clé secrète.</translation>
    </message>
    <message>
        <source>The secret is not valid: %1</source>
        <translation>La clé secrète n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown algorithm &apos;%1&apos; (Tessera supports SHA1, SHA256 and SHA512).</source>
        <translation>Algorithme «&#xa0;%1&#xa0;» inconnu (Tessera prend en charge SHA1, SHA256 et SHA512).</translation>
    </message>
    <message>
        <source>A code must have between %1 and %2 digits, not &apos;%3&apos;.</source>
        <translation>Un code doit comporter entre %1 et %2 chiffres, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The period must be between %1 and %2 seconds, not &apos;%3&apos;.</source>
        <translation>La période doit être comprise entre %1 et %2 secondes, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>A HOTP link must include a counter.</source>
        <translation>Un lien HOTP doit inclure un compteur.</translation>
    </message>
    <message>
        <source>The counter &apos;%1&apos; is not a whole number of 0 or more.</source>
        <translation>Le compteur «&#xa0;%1&#xa0;» n’est pas un nombre entier supérieur ou égal à 0.</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordKdf</name>
    <message>
        <source>The key derivation asks for %1 passes; Tessera accepts %2 to %3, so the file is damaged or was not written by Tessera.</source>
        <translation>La dérivation de clé demande %1 passes&#xa0;; Tessera accepte de %2 à %3&#xa0;: le fichier est donc endommagé ou n’a pas été écrit par Tessera.</translation>
    </message>
    <message>
        <source>The key derivation asks for %1 MiB of memory; Tessera accepts %2 MiB to %3 MiB, so the file is damaged or was not written by Tessera.</source>
        <translation>La dérivation de clé demande %1 Mio de mémoire&#xa0;; Tessera accepte de %2 Mio à %3 Mio&#xa0;: le fichier est donc endommagé ou n’a pas été écrit par Tessera.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The key derivation salt is %1 bytes long instead of %2.</source>
        <translation>Le sel de la dérivation de clé fait %1 octets au lieu de %2.</translation>
    </message>
    <message>
        <source>Unsupported derived key length.</source>
        <translation>Longueur de clé dérivée non prise en charge.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key (%1 MiB are needed). Close other programs and try again.</source>
        <translation>Il n’y a pas assez de mémoire pour dériver la clé (%1 Mio nécessaires). Fermez d’autres programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>tessera::PdfExporter</name>
    <message>
        <source>HOTP, %1, %2 digits, counter %3</source>
        <translation>HOTP, %1, %2 chiffres, compteur %3</translation>
    </message>
    <message>
        <source>TOTP, %1, %2 digits, %3 s</source>
        <translation>TOTP, %1, %2 chiffres, %3 s</translation>
    </message>
    <message>
        <source>The PDF export needs fonts, which are only available in a graphical session (a QGuiApplication).</source>
        <translation>L’export PDF a besoin de polices, qui ne sont disponibles que dans une session graphique (une QGuiApplication).</translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Il est dans la corbeille.</translation>
    </message>
    <message>
        <source>There are no accounts to print.</source>
        <translation>Il n’y a aucun compte à imprimer.</translation>
    </message>
    <message>
        <source>Tessera accounts</source>
        <translation>Comptes Tessera</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Impossible de commencer le PDF.</translation>
    </message>
    <message>
        <source>Tessera accounts, printed %1</source>
        <translation>Comptes Tessera, imprimés le %1</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place: anyone who has it can generate your sign-in codes.</source>
        <translation>Conservez cette fiche en lieu sûr&#xa0;: quiconque la possède peut générer vos codes de connexion.</translation>
    </message>
    <message>
        <source>(no issuer)</source>
        <translation>(aucun émetteur)</translation>
    </message>
    <message>
        <source>(no account name)</source>
        <translation>(aucun nom de compte)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>tessera::PhoneNumber</name>
    <message>
        <source>&apos;%1&apos; does not start with a country calling code that exists; check the digits after the &apos;+&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» ne commence pas par un indicatif de pays existant&#xa0;; vérifiez les chiffres après le «&#xa0;+&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code: write it with &apos;+&apos; and the country code (for example +44 7911 123456), or choose its country.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’indicatif de pays&#xa0;: écrivez-le avec «&#xa0;+&#xa0;» et l’indicatif (par exemple +33 6 12 34 56 78), ou choisissez son pays.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too short to be a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» est trop court pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long: a phone number has at most 15 digits, country code included.</source>
        <translation>«&#xa0;%1&#xa0;» est trop long&#xa0;: un numéro de téléphone compte au plus 15 chiffres, indicatif de pays compris.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The number is too short for a +%1 number; check that no digit is missing.</source>
        <translation>Le numéro est trop court pour un numéro en +%1&#xa0;; vérifiez qu’il ne manque aucun chiffre.</translation>
    </message>
    <message>
        <source>The number is too long for a +%1 number; check for extra digits.</source>
        <translation>Le numéro est trop long pour un numéro en +%1&#xa0;; vérifiez s’il y a des chiffres en trop.</translation>
    </message>
    <message>
        <source>This is a local number without its area code; write the whole number.</source>
        <translation>C’est un numéro local sans son indicatif régional&#xa0;; écrivez le numéro complet.</translation>
    </message>
    <message>
        <source>No +%1 number has this many digits; check the number.</source>
        <translation>Aucun numéro en +%1 ne compte autant de chiffres&#xa0;; vérifiez le numéro.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, &apos;+&apos;, &apos;-&apos;, &apos;(&apos;, &apos;)&apos;, &apos;.&apos; and &apos;/&apos;; &apos;%1&apos; at position %2 is not one of them.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces et les caractères «&#xa0;+&#xa0;», «&#xa0;-&#xa0;», «&#xa0;(&#xa0;», «&#xa0;)&#xa0;», «&#xa0;.&#xa0;» et «&#xa0;/&#xa0;»&#xa0;; «&#xa0;%1&#xa0;» en position %2 n’en fait pas partie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country Tessera knows; use a two-letter code such as GB or US.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pays connu de Tessera&#xa0;; utilisez un code à deux lettres, comme FR ou BE.</translation>
    </message>
    <message>
        <source>The number starts with an international dialling prefix instead of &apos;+&apos;. Providers need &apos;+&apos; and the country code: %1</source>
        <translation>Le numéro commence par un préfixe d’appel international au lieu de «&#xa0;+&#xa0;». Les fournisseurs exigent le «&#xa0;+&#xa0;» et l’indicatif du pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>The country code is there but the &apos;+&apos; is missing. Providers need &apos;+&apos; and the country code: %1</source>
        <translation>L’indicatif du pays est présent, mais le «&#xa0;+&#xa0;» manque. Les fournisseurs exigent le «&#xa0;+&#xa0;» et l’indicatif du pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>The number has no country code (+%1 for %2 was assumed). Providers that call you, such as AWS, need &apos;+&apos; and the country code: %3</source>
        <translation>Le numéro n’a pas d’indicatif de pays (l’indicatif +%1, celui de %2, a été supposé). Les fournisseurs qui vous appellent, comme AWS, exigent le «&#xa0;+&#xa0;» et l’indicatif du pays&#xa0;: %3</translation>
    </message>
    <message>
        <source>The 0 after the country code does not belong in the international form (no leading zeros after the country code): %1</source>
        <translation>Le 0 après l’indicatif du pays n’a pas sa place dans le format international (pas de zéro initial après l’indicatif)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paste it without spaces or punctuation: %1</source>
        <translation>Collez-le sans espaces ni ponctuation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tessera&apos;s phone number data (from 2022) does not know this number range. Check the number; if it is right (newer ranges are missing), you can keep it.</source>
        <translation>Les données téléphoniques de Tessera (de 2022) ne connaissent pas cette plage de numéros. Vérifiez le numéro&#xa0;; s’il est correct (les plages récentes manquent), vous pouvez le conserver.</translation>
    </message>
    <message>
        <source>This looks like a %1 number, not a mobile or landline: an automated verification call or text may not reach it.</source>
        <translation>Cela ressemble à un numéro %1, et non à un mobile ou à un fixe&#xa0;: un appel ou un SMS de vérification automatique risque de ne pas l’atteindre.</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>fixe ou mobile</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>surtaxé</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>à coûts partagés</translation>
    </message>
    <message>
        <source>personal forwarding</source>
        <translation>de renvoi personnel</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>de radiomessagerie</translation>
    </message>
    <message>
        <source>company-wide (UAN)</source>
        <translation>d’entreprise (UAN)</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>de messagerie vocale</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>de type inconnu</translation>
    </message>
</context>
<context>
    <name>tessera::Playbook</name>
    <message>
        <source>There is no recovery playbook &quot;%1&quot;.</source>
        <translation>Il n’existe aucune procédure de récupération «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No recovery playbooks are built into Tessera.</source>
        <translation>Aucune procédure de récupération n’est intégrée à Tessera.</translation>
    </message>
</context>
<context>
    <name>tessera::QrDecoder</name>
    <message>
        <source>The image is empty or could not be read.</source>
        <translation>L’image est vide ou n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels, larger than the %3 megapixels Tessera scans; crop it to the part with the QR code.</source>
        <translation>L’image fait %1 x %2 pixels, plus que les %3 mégapixels que Tessera peut scanner&#xa0;; recadrez-la sur la partie contenant le code QR.</translation>
    </message>
    <message>
        <source>There was not enough memory to scan the image.</source>
        <translation>Il n’y avait pas assez de mémoire pour scanner l’image.</translation>
    </message>
</context>
<context>
    <name>tessera::QrEncoder</name>
    <message>
        <source>There is no text to put in a QR code.</source>
        <translation>Il n’y a aucun texte à mettre dans un code QR.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes); at this error-correction level a code holds at most %2 bytes.</source>
        <translation>Le texte est trop long pour un code QR (%1 octets)&#xa0;; à ce niveau de correction d’erreurs, un code contient au plus %2 octets.</translation>
    </message>
    <message>
        <source>There was not enough memory to make the QR code.</source>
        <translation>Il n’y avait pas assez de mémoire pour créer le code QR.</translation>
    </message>
    <message>
        <source>The text could not be encoded as a QR code.</source>
        <translation>Le texte n’a pas pu être encodé en code QR.</translation>
    </message>
    <message>
        <source>A QR module must be 1 to %1 pixels wide, not %2.</source>
        <translation>Un module QR doit mesurer de 1 à %1 pixels de large, et non %2.</translation>
    </message>
    <message>
        <source>There was not enough memory for a %1 x %1 image.</source>
        <translation>Il n’y avait pas assez de mémoire pour une image de %1 x %1.</translation>
    </message>
    <message>
        <source>A QR module must be 1 to %1 units wide, not %2.</source>
        <translation>Un module QR doit mesurer de 1 à %1 unités de large, et non %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ReadinessAudit</name>
    <message>
        <source>This account</source>
        <translation>ce compte</translation>
    </message>
    <message>
        <source>Make a backup now, and keep it on another disk or device.</source>
        <translation>Faites une sauvegarde maintenant et conservez-la sur un autre disque ou appareil.</translation>
    </message>
    <message>
        <source>%1 is in no backup: if the vault is lost, this seed is lost with it.</source>
        <translation>Aucune sauvegarde ne contient %1&#xa0;: si le coffre-fort est perdu, cette clé secrète est perdue avec lui.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup with %1 is %n days old (%2): anything changed since is in no backup.</source>
        <translation>
            <numerusform>La sauvegarde la plus récente contenant %1 remonte à %n jour (%2)&#xa0;: les modifications ultérieures ne figurent dans aucune sauvegarde.</numerusform>
            <numerusform>La sauvegarde la plus récente contenant %1 remonte à %n jours (%2)&#xa0;: les modifications ultérieures ne figurent dans aucune sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed after its newest backup (%2), which holds the older version.</source>
        <translation>Des modifications de %1 sont postérieures à sa sauvegarde la plus récente (%2), qui en contient l’ancienne version.</translation>
    </message>
    <message>
        <source>Create recovery codes in the provider&apos;s security settings and store them with this account.</source>
        <translation>Créez des codes de récupération dans les paramètres de sécurité du fournisseur et enregistrez-les avec ce compte.</translation>
    </message>
    <message>
        <source>No recovery codes are stored for %1. The provider&apos;s recovery accepts them: they are the quickest way back in without the authenticator.</source>
        <translation>Aucun code de récupération n’est enregistré pour %1. La procédure de récupération du fournisseur les accepte&#xa0;: c’est le moyen le plus rapide de retrouver l’accès sans l’application d’authentification.</translation>
    </message>
    <message>
        <source>No recovery codes are stored for %1. If the provider offers them, they are the quickest way back in without the authenticator.</source>
        <translation>Aucun code de récupération n’est enregistré pour %1. Si le fournisseur en propose, c’est le moyen le plus rapide de retrouver l’accès sans l’application d’authentification.</translation>
    </message>
    <message numerus="yes">
        <source>All %n recovery codes stored for %1 have been used: none is left to sign in with.</source>
        <translation>
            <numerusform>Le seul code de récupération enregistré pour %1 a été utilisé&#xa0;: il n’en reste aucun pour vous connecter.</numerusform>
            <numerusform>Les %n codes de récupération enregistrés pour %1 ont tous été utilisés&#xa0;: il n’en reste aucun pour vous connecter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new set of recovery codes in the provider&apos;s security settings and store it with this account.</source>
        <translation>Créez une nouvelle série de codes de récupération dans les paramètres de sécurité du fournisseur et enregistrez-la avec ce compte.</translation>
    </message>
    <message>
        <source>AWS allows up to 8 MFA devices per user: registering a second one is the cheapest prevention.</source>
        <translation>AWS autorise jusqu’à 8 appareils MFA par utilisateur&#xa0;: en enregistrer un second est la prévention la moins coûteuse.</translation>
    </message>
    <message>
        <source>Registering a second authenticator or a security key is the cheapest prevention.</source>
        <translation>Enregistrer une seconde application d’authentification ou une clé de sécurité est la prévention la moins coûteuse.</translation>
    </message>
    <message>
        <source>Register another authenticator or a security key with the provider, then record it for this account.</source>
        <translation>Enregistrez une autre application d’authentification ou une clé de sécurité auprès du fournisseur, puis renseignez-la pour ce compte.</translation>
    </message>
    <message>
        <source>%1 has no other second factor registered with the provider: losing this seed locks you out. %2</source>
        <translation>Aucun autre second facteur n’est enregistré chez le fournisseur pour %1&#xa0;: perdre cette clé secrète vous bloquerait l’accès. %2</translation>
    </message>
    <message>
        <source>It is not recorded whether %1 has another second factor registered with the provider. %2</source>
        <translation>Il n’est pas indiqué si %1 dispose d’un autre second facteur enregistré chez le fournisseur. %2</translation>
    </message>
    <message>
        <source>No email address is stored for %1, and the provider&apos;s recovery starts with an email to it.</source>
        <translation>Aucune adresse e-mail n’est enregistrée pour %1, alors que la procédure de récupération du fournisseur commence par un e-mail à cette adresse.</translation>
    </message>
    <message>
        <source>No email address is stored for %1; account recovery usually needs access to it.</source>
        <translation>Aucune adresse e-mail n’est enregistrée pour %1&#xa0;; la récupération du compte nécessite généralement d’y avoir accès.</translation>
    </message>
    <message>
        <source>Add the account&apos;s email address exactly as the provider has it.</source>
        <translation>Ajoutez l’adresse e-mail du compte exactement telle que le fournisseur la connaît.</translation>
    </message>
    <message>
        <source>Add the phone number exactly as the provider shows it in its contact settings.</source>
        <translation>Ajoutez le numéro de téléphone exactement tel que le fournisseur l’affiche dans ses coordonnées.</translation>
    </message>
    <message>
        <source>No phone number is stored for %1, and the provider&apos;s recovery calls or texts it.</source>
        <translation>Aucun numéro de téléphone n’est enregistré pour %1, alors que la procédure de récupération du fournisseur appelle ce numéro ou lui envoie un SMS.</translation>
    </message>
    <message>
        <source>No phone number is stored for %1; account recovery may call or text it.</source>
        <translation>Aucun numéro de téléphone n’est enregistré pour %1&#xa0;; la récupération du compte peut passer par un appel ou un SMS à ce numéro.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, has no &apos;+&apos; country code. A provider that calls or texts it for recovery (as AWS does) needs the international form, and a call to this number can fail.</source>
        <translation>Le numéro de téléphone enregistré pour %1, %2, n’a pas d’indicatif de pays avec «&#xa0;+&#xa0;». Un fournisseur qui appelle ce numéro ou lui envoie un SMS pour la récupération (comme AWS) a besoin du format international, et un appel vers ce numéro peut échouer.</translation>
    </message>
    <message>
        <source>Write the number as &apos;+&apos;, the country code and the number without its leading 0 or spaces (a UK 07911 123456 is +447911123456), correct it in the provider&apos;s contact settings, and store it here the same way.</source>
        <translation>Écrivez le numéro sous la forme «&#xa0;+&#xa0;», l’indicatif du pays puis le numéro sans son 0 initial ni espaces (le numéro français 06 12 34 56 78 s’écrit +33612345678), corrigez-le dans les coordonnées enregistrées chez le fournisseur, et enregistrez-le ici de la même façon.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, is not a usable phone number: %3</source>
        <translation>Le numéro de téléphone enregistré pour %1, %2, n’est pas un numéro utilisable&#xa0;: %3</translation>
    </message>
    <message>
        <source>Compare it with the provider&apos;s contact settings and correct it there and here.</source>
        <translation>Comparez-le avec les coordonnées enregistrées chez le fournisseur, et corrigez-le là-bas et ici.</translation>
    </message>
    <message>
        <source>Make sure the provider&apos;s contact settings have %1 (check there, and correct it if needed), and store it here the same way.</source>
        <translation>Assurez-vous que les coordonnées enregistrées chez le fournisseur indiquent bien %1 (vérifiez-les et corrigez-les si nécessaire), et enregistrez le numéro ici sous la même forme.</translation>
    </message>
    <message>
        <source>The phone number stored for %1 is %2, without the &apos;+&apos; country code a provider needs to call or text it for recovery, so such a call can fail. %3</source>
        <translation>Le numéro de téléphone enregistré pour %1 est %2, sans l’indicatif de pays avec «&#xa0;+&#xa0;» dont un fournisseur a besoin pour l’appeler ou lui envoyer un SMS lors d’une récupération&#xa0;; un tel appel peut donc échouer. %3</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, keeps the leading 0 after the country code; the E.164 form is %3.</source>
        <translation>Le numéro de téléphone enregistré pour %1, %2, conserve le 0 initial après l’indicatif du pays&#xa0;; le format E.164 est %3.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, has spaces or punctuation; the E.164 form providers accept everywhere is %3.</source>
        <translation>Le numéro de téléphone enregistré pour %1, %2, contient des espaces ou de la ponctuation&#xa0;; le format E.164, accepté partout par les fournisseurs, est %3.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, cannot be right: %3</source>
        <translation>Le numéro de téléphone enregistré pour %1, %2, ne peut pas être correct&#xa0;: %3</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, is not in a known number range: %3</source>
        <translation>Le numéro de téléphone enregistré pour %1, %2, n’appartient à aucune plage de numéros connue&#xa0;: %3</translation>
    </message>
    <message>
        <source>Compare it with the provider&apos;s contact settings; if it is right, record that you checked it.</source>
        <translation>Comparez-le avec les coordonnées enregistrées chez le fournisseur&#xa0;; s’il est correct, indiquez que vous l’avez vérifié.</translation>
    </message>
    <message>
        <source>The phone number stored for %1: %2</source>
        <translation>Le numéro de téléphone enregistré pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Make sure the provider can reach this number with a call or a text message.</source>
        <translation>Assurez-vous que le fournisseur peut joindre ce numéro par un appel ou un SMS.</translation>
    </message>
    <message>
        <source>The phone number for %1 was last compared with the provider&apos;s records on %2, more than a year ago; numbers change.</source>
        <translation>Le numéro de téléphone de %1 a été comparé pour la dernière fois avec les données du fournisseur le %2, il y a plus d’un an&#xa0;; les numéros changent.</translation>
    </message>
    <message>
        <source>The phone number for %1 has never been compared with the provider&apos;s records.</source>
        <translation>Le numéro de téléphone de %1 n’a jamais été comparé avec les données du fournisseur.</translation>
    </message>
    <message>
        <source>Open the provider&apos;s contact settings, compare the number, and record that you checked it.</source>
        <translation>Ouvrez les coordonnées enregistrées chez le fournisseur, comparez le numéro et indiquez que vous l’avez vérifié.</translation>
    </message>
    <message>
        <source>No code of %1 has been confirmed with the provider since it was added: a seed imported wrongly shows only when you need it.</source>
        <translation>Aucun code de %1 n’a été confirmé auprès du fournisseur depuis son ajout&#xa0;: une clé secrète mal importée ne se révèle qu’au moment où vous en avez besoin.</translation>
    </message>
    <message>
        <source>Sign in to the provider with a code from Tessera (or compare the code with another device), then mark the account as verified.</source>
        <translation>Connectez-vous chez le fournisseur avec un code de Tessera (ou comparez le code avec un autre appareil), puis marquez le compte comme vérifié.</translation>
    </message>
    <message>
        <source>No backup of the vault is recorded: if this computer&apos;s disk fails or the vault file is lost, every seed in it is gone.</source>
        <translation>Aucune sauvegarde du coffre-fort n’est enregistrée&#xa0;: si le disque de cet ordinateur tombe en panne ou si le fichier du coffre-fort est perdu, toutes les clés secrètes qu’il contient disparaissent.</translation>
    </message>
    <message>
        <source>Automatic backups are off: accounts added or changed are safe only after you remember to make a backup.</source>
        <translation>Les sauvegardes automatiques sont désactivées&#xa0;: les comptes ajoutés ou modifiés ne sont en sécurité qu’une fois que vous avez pensé à faire une sauvegarde.</translation>
    </message>
    <message>
        <source>Turn on automatic backups to a folder on another disk or a synchronised folder.</source>
        <translation>Activez les sauvegardes automatiques vers un dossier situé sur un autre disque ou vers un dossier synchronisé.</translation>
    </message>
    <message>
        <source>The vault&apos;s recovery key was never confirmed: if the password is forgotten and the key was not kept, nothing opens the vault.</source>
        <translation>La clé de récupération du coffre-fort n’a jamais été confirmée&#xa0;: si le mot de passe est oublié et que la clé n’a pas été conservée, rien ne peut ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>Confirm the recovery key you wrote down when the vault was created, or make a new one and keep it somewhere safe.</source>
        <translation>Confirmez la clé de récupération que vous avez notée à la création du coffre-fort, ou créez-en une nouvelle et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 constat</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 critical, %3, %4 info.</source>
        <extracomment>%1 is &quot;N findings&quot;, %2 the number of critical findings, %3 &quot;N warnings&quot;, %4 the number of the others.</extracomment>
        <translation>%1&#xa0;: %2 critique(s), %3, %4 pour information.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <extracomment>A stored value (a phone number) quoted in a finding; use your language&apos;s quotation marks.</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryFlow</name>
    <message>
        <source>The saved recovery progress cannot be used (%1). Start the recovery again.</source>
        <translation>La progression de récupération enregistrée est inutilisable (%1). Recommencez la récupération.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a bad or repeated entry</source>
        <translation>«&#xa0;%1&#xa0;» contient une entrée incorrecte ou en double</translation>
    </message>
    <message>
        <source>choose the account</source>
        <translation>choisir le compte</translation>
    </message>
    <message>
        <source>Name the account to recover (for an account not in Tessera, its issuer and name).</source>
        <translation>Indiquez le compte à récupérer (pour un compte absent de Tessera, son émetteur et son nom).</translation>
    </message>
    <message>
        <source>record where the seed is</source>
        <translation>noter où se trouve la clé secrète</translation>
    </message>
    <message>
        <source>record the clock check</source>
        <translation>noter la vérification de l’horloge</translation>
    </message>
    <message>
        <source>record the re-sync</source>
        <translation>noter la resynchronisation</translation>
    </message>
    <message>
        <source>finish troubleshooting</source>
        <translation>terminer le dépannage</translation>
    </message>
    <message>
        <source>Troubleshooting has not solved the problem yet: the seed was not found and no re-sync succeeded. Go on with the alternative factors.</source>
        <translation>Le dépannage n’a pas encore résolu le problème&#xa0;: la clé secrète n’a pas été trouvée et aucune resynchronisation n’a réussi. Continuez avec les facteurs alternatifs.</translation>
    </message>
    <message>
        <source>go to the alternative factors</source>
        <translation>passer aux facteurs alternatifs</translation>
    </message>
    <message>
        <source>choose a way back in</source>
        <translation>choisir un moyen d’accès</translation>
    </message>
    <message>
        <source>First choose what to do about &quot;%1&quot;.</source>
        <translation>Décidez d’abord de la suite à donner à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 playbook has no way back in called &quot;%2&quot;.</source>
        <translation>La procédure de récupération «&#xa0;%1&#xa0;» ne comporte aucun moyen d’accès nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>complete a step</source>
        <translation>terminer une étape</translation>
    </message>
    <message>
        <source>Choose a way back in first.</source>
        <translation>Choisissez d’abord un moyen d’accès.</translation>
    </message>
    <message>
        <source>Every step of this way back in is done.</source>
        <translation>Toutes les étapes de ce moyen d’accès sont terminées.</translation>
    </message>
    <message>
        <source>Do the steps in order: the next one is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Suivez les étapes dans l’ordre&#xa0;: la prochaine est «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>report a failure</source>
        <translation>signaler un échec</translation>
    </message>
    <message>
        <source>There is no step in progress that could have failed.</source>
        <translation>Aucune étape en cours n’a pu échouer.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has no known failure &quot;%2&quot;.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» ne connaît pas d’échec «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>choose what to do about a failure</source>
        <translation>décider de la suite à donner à un échec</translation>
    </message>
    <message>
        <source>No failure is waiting for a decision.</source>
        <translation>Aucun échec n’attend de décision.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des choix possibles pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>re-enrol</source>
        <translation>passer à la réinscription</translation>
    </message>
    <message>
        <source>Choose a way back in and complete its steps first.</source>
        <translation>Choisissez d’abord un moyen d’accès et terminez ses étapes.</translation>
    </message>
    <message>
        <source>Complete the remaining steps first; the next one is &quot;%1&quot;.</source>
        <translation>Terminez d’abord les étapes restantes&#xa0;; la prochaine est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>go to prevention</source>
        <translation>passer à la prévention</translation>
    </message>
    <message>
        <source>Re-enrolment is not finished: &quot;%1&quot; is still to do.</source>
        <translation>La réinscription n’est pas terminée&#xa0;: «&#xa0;%1&#xa0;» reste à faire.</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>terminer</translation>
    </message>
    <message>
        <source>This is the first step; there is nothing before it.</source>
        <translation>C’est la première étape&#xa0;; il n’y a rien avant.</translation>
    </message>
    <message>
        <source>This recovery is finished; start a new one instead.</source>
        <translation>Cette récupération est terminée&#xa0;; commencez-en plutôt une nouvelle.</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>version de format inconnue</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>étape «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>the playbook &quot;%1&quot; no longer exists</source>
        <translation>la procédure «&#xa0;%1&#xa0;» n’existe plus</translation>
    </message>
    <message>
        <source>the playbook is not named</source>
        <translation>la procédure n’est pas nommée</translation>
    </message>
    <message>
        <source>the account or the playbook is missing</source>
        <translation>le compte ou la procédure est manquant</translation>
    </message>
    <message>
        <source>unknown troubleshooting result</source>
        <translation>résultat de dépannage inconnu</translation>
    </message>
    <message>
        <source>bad clock offset</source>
        <translation>décalage d’horloge incorrect</translation>
    </message>
    <message>
        <source>marked as solved by troubleshooting without a reason</source>
        <translation>marquée comme résolue par le dépannage sans raison</translation>
    </message>
    <message>
        <source>unknown way back in &quot;%1&quot;</source>
        <translation>moyen d’accès «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>bad way back in</source>
        <translation>moyen d’accès incorrect</translation>
    </message>
    <message>
        <source>steps done without a way back in</source>
        <translation>étapes effectuées sans moyen d’accès</translation>
    </message>
    <message>
        <source>the steps done do not match the playbook</source>
        <translation>les étapes effectuées ne correspondent pas à la procédure</translation>
    </message>
    <message>
        <source>the failure waiting for a decision does not match the playbook</source>
        <translation>l’échec en attente de décision ne correspond pas à la procédure</translation>
    </message>
    <message>
        <source>bad pending failure</source>
        <translation>échec en attente incorrect</translation>
    </message>
    <message>
        <source>a recorded branch does not match the playbook</source>
        <translation>une branche enregistrée ne correspond pas à la procédure</translation>
    </message>
    <message>
        <source>unknown re-enrolment item &quot;%1&quot;</source>
        <translation>élément de réinscription «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>unknown prevention item &quot;%1&quot;</source>
        <translation>élément de prévention «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>re-enrolment reached without completing a way back in</source>
        <translation>réinscription atteinte sans avoir terminé un moyen d’accès</translation>
    </message>
    <message>
        <source>prevention reached without finishing re-enrolment</source>
        <translation>prévention atteinte sans avoir terminé la réinscription</translation>
    </message>
    <message>
        <source>solved by troubleshooting, but not at prevention</source>
        <translation>résolue par le dépannage, mais pas à l’étape de prévention</translation>
    </message>
    <message>
        <source>Which Account?</source>
        <translation>Quel compte&#xa0;?</translation>
    </message>
    <message>
        <source>Troubleshoot First</source>
        <translation>D’abord, le dépannage</translation>
    </message>
    <message>
        <source>The Provider&apos;s Recovery</source>
        <translation>La récupération du fournisseur</translation>
    </message>
    <message>
        <source>Set Up a New Authenticator</source>
        <translation>Configurer un nouvel authentificateur</translation>
    </message>
    <message>
        <source>So It Does Not Happen Again</source>
        <translation>Pour que cela ne se reproduise pas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cannot %1 now: the recovery is at the step “%2”, not “%3”.</source>
        <extracomment>%1 is an action such as &quot;choose the account&quot;; %2 and %3 are step titles such as &quot;Troubleshoot First&quot;.</extracomment>
        <translation>Impossible de %1 maintenant&#xa0;: la récupération en est à l’étape «&#xa0;%2&#xa0;», pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>There is no checklist at the step “%1”.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» n’a pas de liste de contrôle.</translation>
    </message>
    <message>
        <source>The checklist of the step “%1” has no item “%2”.</source>
        <translation>La liste de contrôle de l’étape «&#xa0;%1&#xa0;» n’a pas d’élément «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryKey</name>
    <message>
        <source>The recovery key contains &apos;%1&apos;, which never appears in a recovery key (letters A to Z and digits 2 to 7 only).</source>
        <translation>La clé de récupération contient «&#xa0;%1&#xa0;», qui n’apparaît jamais dans une clé de récupération (uniquement les lettres A à Z et les chiffres 2 à 7).</translation>
    </message>
    <message>
        <source>The recovery key has %1 characters instead of %2: check that all %3 groups of %4 were copied.</source>
        <translation>La clé de récupération compte %1 caractères au lieu de %2&#xa0;: vérifiez que les %3 groupes de %4 ont tous été copiés.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: its last group does not match the others. Compare each group with the recovery kit.</source>
        <translation>La clé de récupération contient une faute de frappe&#xa0;: son dernier groupe ne correspond pas aux autres. Comparez chaque groupe avec le kit de récupération.</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryKit</name>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>none: this seed is the only one</source>
        <translation>aucun&#xa0;: cette clé secrète est la seule</translation>
    </message>
    <message>
        <source>another authenticator device or app</source>
        <translation>un autre appareil ou une autre application d’authentification</translation>
    </message>
    <message>
        <source>a security key</source>
        <translation>une clé de sécurité</translation>
    </message>
    <message>
        <source>Not usable as it is: %1</source>
        <translation>Inutilisable en l’état&#xa0;: %1</translation>
    </message>
    <message>
        <source>(stored as %1)</source>
        <translation>(enregistré sous la forme %1)</translation>
    </message>
    <message>
        <source>Stored without its &apos;+&apos; country code: make sure the provider has %1.</source>
        <translation>Enregistré sans l’indicatif de pays avec «&#xa0;+&#xa0;»&#xa0;: assurez-vous que le fournisseur dispose bien de %1.</translation>
    </message>
    <message>
        <source>Unused recovery codes</source>
        <translation>Codes de récupération non utilisés</translation>
    </message>
    <message>
        <source>None stored. If the provider offers recovery codes, create them and add them to this account in Tessera, then print this kit again.</source>
        <translation>Aucun code enregistré. Si le fournisseur propose des codes de récupération, créez-les et ajoutez-les à ce compte dans Tessera, puis réimprimez ce kit.</translation>
    </message>
    <message>
        <source>All stored codes have been used. Create a new set at the provider and print this kit again.</source>
        <translation>Tous les codes enregistrés ont été utilisés. Créez une nouvelle série chez le fournisseur et réimprimez ce kit.</translation>
    </message>
    <message>
        <source>Each code works once. Cross a code out when you use it.</source>
        <translation>Chaque code ne fonctionne qu’une fois. Barrez un code quand vous l’utilisez.</translation>
    </message>
    <message>
        <source>If you lose the authenticator: %1</source>
        <translation>Si vous perdez l’application d’authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Typical wait:</source>
        <translation>Attente habituelle&#xa0;:</translation>
    </message>
    <message>
        <source>Have ready:</source>
        <translation>À préparer&#xa0;:</translation>
    </message>
    <message>
        <source>Ways back in:</source>
        <translation>Moyens de retrouver l’accès&#xa0;:</translation>
    </message>
    <message>
        <source>The provider&apos;s re-sync:</source>
        <translation>Resynchronisation chez le fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Its recovery codes and contact details are what the provider asks for when the authenticator is lost.</source>
        <translation>Les codes de récupération et les coordonnées qu’elle contient sont ce que le fournisseur demande lorsque l’application d’authentification est perdue.</translation>
    </message>
    <message>
        <source>Its QR code holds the secret key that makes your codes, and its recovery codes replace the authenticator.</source>
        <translation>Son code QR contient la clé secrète qui génère vos codes, et ses codes de récupération remplacent l’application d’authentification.</translation>
    </message>
    <message>
        <source>Keep it somewhere private and safe, such as a locked drawer; do not photograph, scan or share it. Destroy it when you print a new one.</source>
        <translation>Conservez-la dans un endroit privé et sûr, comme un tiroir fermé à clé&#xa0;; ne la photographiez pas, ne la scannez pas et ne la partagez pas. Détruisez-la lorsque vous en imprimez une nouvelle.</translation>
    </message>
    <message>
        <source>Recovery kit: %1</source>
        <translation>Kit de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Printed by Tessera on %1.</source>
        <translation>Imprimé par Tessera le %1.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Téléphone (E.164)</translation>
    </message>
    <message>
        <source>Other second factor</source>
        <translation>Autre second facteur</translation>
    </message>
    <message>
        <source>Recovery page</source>
        <translation>Page de récupération</translation>
    </message>
    <message>
        <source>The issuer alone does not tell which kind of account this is: each recovery that may apply follows.</source>
        <translation>L’émetteur seul ne permet pas de savoir de quel type de compte il s’agit&#xa0;: chaque procédure de récupération possible figure ci-dessous.</translation>
    </message>
    <message>
        <source>QR code of the seed</source>
        <translation>Code QR de la clé secrète</translation>
    </message>
    <message>
        <source>Scan it with an authenticator app to restore this account&apos;s codes.</source>
        <translation>Scannez-le avec une application d’authentification pour restaurer les codes de ce compte.</translation>
    </message>
    <message>
        <source>Could not make %1 readable by you only, so the recovery kit was not written there. Choose another file.</source>
        <translation>Impossible de rendre %1 lisible par vous seul&#xa0;; le kit de récupération n’y a donc pas été écrit. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Could not create the recovery kit %1: %2.</source>
        <translation>Impossible de créer le kit de récupération %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not write the recovery kit to %1: %2.</source>
        <translation>Impossible d’écrire le kit de récupération dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Tessera recovery kit</source>
        <translation>Kit de récupération Tessera</translation>
    </message>
    <message>
        <source>The recovery kit could not be made: printing it needs fonts, which this program has not loaded. Print it from Tessera&apos;s window instead.</source>
        <translation>Impossible de créer le kit de récupération&#xa0;: son impression nécessite des polices que ce programme n’a pas chargées. Imprimez-le plutôt depuis la fenêtre de Tessera.</translation>
    </message>
    <message>
        <source>There is no account to put in the recovery kit.</source>
        <translation>Il n’y a aucun compte à mettre dans le kit de récupération.</translation>
    </message>
    <message>
        <source>The QR code of %1 for the recovery kit</source>
        <translation>Le code QR de %1 pour le kit de récupération</translation>
    </message>
    <message>
        <source>Anyone with this sheet can sign in as you</source>
        <translation>Quiconque possède cette fiche peut se connecter à votre place</translation>
    </message>
</context>
<context>
    <name>tessera::Resync</name>
    <message>
        <source>Enter the code you see on the other device.</source>
        <translation>Saisissez le code affiché sur l’autre appareil.</translation>
    </message>
    <message>
        <source>Enter one code, or two consecutive codes; %1 were given.</source>
        <translation>Saisissez un code, ou deux codes consécutifs&#xa0;; %1 ont été fournis.</translation>
    </message>
    <message>
        <source>A Steam code has %1 characters; &apos;%2&apos; has %3.</source>
        <translation>Un code Steam compte %1 caractères&#xa0;; «&#xa0;%2&#xa0;» en compte %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot appear in a Steam code such as &apos;%2&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas figurer dans un code Steam tel que «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A code has digits only; &apos;%1&apos; in &apos;%2&apos; is not a digit.</source>
        <translation>Un code ne contient que des chiffres&#xa0;; «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n’est pas un chiffre.</translation>
    </message>
    <message>
        <source>A code has %1 to %2 digits; &apos;%3&apos; has %4.</source>
        <translation>Un code compte de %1 à %2 chiffres&#xa0;; «&#xa0;%3&#xa0;» en compte %4.</translation>
    </message>
    <message>
        <source>The two codes have different lengths; enter two codes from the same account.</source>
        <translation>Les deux codes n’ont pas la même longueur&#xa0;; saisissez deux codes du même compte.</translation>
    </message>
    <message>
        <source>The code matches this account 1 period ahead (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>Le code correspond à ce compte avec 1 période d’avance (environ %1 s). L’horloge de l’un des deux appareils est décalée&#xa0;: vérifiez l’horloge.</translation>
    </message>
    <message numerus="yes">
        <source>The code matches this account %n periods ahead (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>
            <numerusform>Le code correspond à ce compte avec %n période d’avance (environ %1 s). L’horloge de l’un des deux appareils est décalée&#xa0;: vérifiez l’horloge.</numerusform>
            <numerusform>Le code correspond à ce compte avec %n périodes d’avance (environ %1 s). L’horloge de l’un des deux appareils est décalée&#xa0;: vérifiez l’horloge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code matches this account 1 period behind (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>Le code correspond à ce compte avec 1 période de retard (environ %1 s). L’horloge de l’un des deux appareils est décalée&#xa0;: vérifiez l’horloge.</translation>
    </message>
    <message numerus="yes">
        <source>The code matches this account %n periods behind (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>
            <numerusform>Le code correspond à ce compte avec %n période de retard (environ %1 s). L’horloge de l’un des deux appareils est décalée&#xa0;: vérifiez l’horloge.</numerusform>
            <numerusform>Le code correspond à ce compte avec %n périodes de retard (environ %1 s). L’horloge de l’un des deux appareils est décalée&#xa0;: vérifiez l’horloge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code matches this account now: the seed and the clock agree.</source>
        <translation>Le code correspond à ce compte en ce moment&#xa0;: la clé secrète et l’horloge concordent.</translation>
    </message>
    <message>
        <source>The code matches with %1, %2 digits and a %3-second period, not with this account&apos;s settings. Correct the account to these settings.</source>
        <translation>Le code correspond avec %1, %2 chiffres et une période de %3 secondes, et non avec les paramètres de ce compte. Corrigez le compte selon ces paramètres.</translation>
    </message>
    <message>
        <source>Confirm with two consecutive codes first: one code can match by chance.</source>
        <translation>Confirmez d’abord avec deux codes consécutifs&#xa0;: un seul code peut correspondre par hasard.</translation>
    </message>
    <message numerus="yes">
        <source>No code within %n periods either side of now matches, with these or common other settings. The seed is probably not the one the provider has.</source>
        <translation>
            <numerusform>Aucun code ne correspond dans un intervalle de ± %n période autour de l’heure actuelle, ni avec ces paramètres ni avec d’autres paramètres courants. La clé secrète n’est probablement pas celle dont dispose le fournisseur.</numerusform>
            <numerusform>Aucun code ne correspond dans un intervalle de ± %n périodes autour de l’heure actuelle, ni avec ces paramètres ni avec d’autres paramètres courants. La clé secrète n’est probablement pas celle dont dispose le fournisseur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No counter from %1 to %2 gives these codes. The seed is probably not the one the provider has, or the counter is further ahead.</source>
        <translation>Aucun compteur de %1 à %2 ne donne ces codes. La clé secrète n’est probablement pas celle dont dispose le fournisseur, ou le compteur est plus avancé.</translation>
    </message>
    <message>
        <source>The codes match counter %1. Set the counter to %2 so that the next code is the one the provider expects.</source>
        <translation>Les codes correspondent au compteur %1. Réglez le compteur sur %2 pour que le prochain code soit celui qu’attend le fournisseur.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) account: search for its counter instead.</source>
        <translation>Ce compte fonctionne par compteur (HOTP)&#xa0;: recherchez plutôt son compteur.</translation>
    </message>
    <message>
        <source>The search window must be 0 to %1 periods, not %2.</source>
        <translation>La fenêtre de recherche doit compter de 0 à %1 périodes, et non %2.</translation>
    </message>
    <message>
        <source>This is a time-based account: search for the period offset instead.</source>
        <translation>Ce compte est temporel&#xa0;: recherchez plutôt le décalage en périodes.</translation>
    </message>
    <message>
        <source>The look-ahead window must be 1 to %1 counter values, not %2.</source>
        <translation>La fenêtre d’anticipation doit compter de 1 à %1 valeurs de compteur, et non %2.</translation>
    </message>
    <message>
        <source>This account&apos;s codes have %1 digits; &apos;%2&apos; has %3.</source>
        <translation>Les codes de ce compte ont %1 chiffres&#xa0;; «&#xa0;%2&#xa0;» en a %3.</translation>
    </message>
</context>
<context>
    <name>tessera::SntpPacket</name>
    <message>
        <source>The time server sent %1 bytes, too few for an NTP reply (%2); it is probably not an NTP server.</source>
        <translation>Le serveur de temps a envoyé %1 octets, trop peu pour une réponse NTP (%2)&#xa0;; ce n’est probablement pas un serveur NTP.</translation>
    </message>
    <message>
        <source>The reply does not answer Tessera&apos;s request (its originate timestamp differs): it may be forged or stale. Try again.</source>
        <translation>La réponse ne correspond pas à la requête de Tessera (son horodatage d’origine diffère)&#xa0;: elle est peut-être falsifiée ou périmée. Réessayez.</translation>
    </message>
    <message>
        <source>The reply is not from an NTP server (mode %1, expected %2); it is probably not an NTP server.</source>
        <translation>La réponse ne provient pas d’un serveur NTP (mode %1, %2 attendu)&#xa0;; ce n’est probablement pas un serveur NTP.</translation>
    </message>
    <message>
        <source>The reply uses NTP version %1, which Tessera does not understand; it is probably not an NTP server.</source>
        <translation>La réponse utilise la version %1 de NTP, que Tessera ne comprend pas&#xa0;; ce n’est probablement pas un serveur NTP.</translation>
    </message>
    <message>
        <source>The time server asks clients to slow down (kiss-o&apos;-death RATE). Wait a while, or choose another server.</source>
        <translation>Le serveur de temps demande aux clients de ralentir (kiss-o’-death RATE). Patientez un moment, ou choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>The time server refuses to answer Tessera (kiss-o&apos;-death %1). Choose another server.</source>
        <translation>Le serveur de temps refuse de répondre à Tessera (kiss-o’-death %1). Choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>The time server sent a kiss-o&apos;-death (%1) instead of the time. Choose another server.</source>
        <translation>Le serveur de temps a envoyé un kiss-o’-death (%1) au lieu de l’heure. Choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>aucun code</translation>
    </message>
    <message>
        <source>The time server&apos;s own clock is not synchronised (leap indicator %1, stratum %2). Choose another server.</source>
        <translation>L’horloge du serveur de temps n’est pas elle-même synchronisée (indicateur de seconde intercalaire %1, strate %2). Choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>The time server&apos;s reply has no time in it; choose another server.</source>
        <translation>La réponse du serveur de temps ne contient aucune heure&#xa0;; choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>The time server&apos;s reply is inconsistent (sent before it was received); choose another server.</source>
        <translation>La réponse du serveur de temps est incohérente (envoyée avant d’avoir été reçue)&#xa0;; choisissez un autre serveur.</translation>
    </message>
</context>
<context>
    <name>tessera::SntpServer</name>
    <message>
        <source>&apos;%1&apos; is not a time server: %2 Write HOST or HOST:PORT, for example pool.ntp.org:123.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un serveur de temps&#xa0;: %2 Saisissez HÔTE ou HÔTE:PORT, par exemple pool.ntp.org:123.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>la saisie est vide.</translation>
    </message>
    <message>
        <source>the &apos;[&apos; has no matching &apos;]&apos;.</source>
        <translation>le «&#xa0;[&#xa0;» n’a pas de «&#xa0;]&#xa0;» correspondant.</translation>
    </message>
    <message>
        <source>only &apos;:PORT&apos; may follow the address.</source>
        <translation>seul «&#xa0;:PORT&#xa0;» peut suivre l’adresse.</translation>
    </message>
    <message>
        <source>the part in brackets is not an IPv6 address.</source>
        <translation>la partie entre crochets n’est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>it is neither a host name nor an address.</source>
        <translation>ce n’est ni un nom d’hôte ni une adresse.</translation>
    </message>
    <message>
        <source>the host name has characters a host name cannot have.</source>
        <translation>le nom d’hôte contient des caractères interdits dans un nom d’hôte.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>le port doit être un nombre compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>tessera::StratumFormat</name>
    <message>
        <source>It is an mOTP account, which Tessera does not support.</source>
        <translation>C’est un compte mOTP, que Tessera ne prend pas en charge.</translation>
    </message>
    <message>
        <source>It is a Yandex account, which Tessera does not support.</source>
        <translation>C’est un compte Yandex, que Tessera ne prend pas en charge.</translation>
    </message>
    <message>
        <source>It has an unknown type (%1).</source>
        <translation>Son type est inconnu (%1).</translation>
    </message>
    <message>
        <source>It uses an unknown algorithm (%1), which Tessera does not support.</source>
        <translation>Son algorithme est inconnu (%1) et n’est pas pris en charge par Tessera.</translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>le fichier n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>it is cut off (%1 bytes).</source>
        <translation>il est tronqué (%1 octets).</translation>
    </message>
    <message>
        <source>the decrypted backup is not a JSON object.</source>
        <translation>la sauvegarde déchiffrée n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>the field &apos;Authenticators&apos; is missing or not a list.</source>
        <translation>le champ «&#xa0;Authenticators&#xa0;» est absent ou n’est pas une liste.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Ce n’est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>tessera::TesseraBackupFormat</name>
    <message>
        <source>Tessera backup</source>
        <translation>de sauvegarde Tessera</translation>
    </message>
    <message>
        <source>This Tessera backup cannot be read: %1</source>
        <translation>Impossible de lire cette sauvegarde Tessera&#xa0;: %1</translation>
    </message>
    <message>
        <source>its line ends were changed in transfer (copy it as a binary file).</source>
        <translation>ses fins de ligne ont été modifiées lors du transfert (copiez-la en tant que fichier binaire).</translation>
    </message>
    <message>
        <source>it does not start with the Tessera backup header.</source>
        <translation>elle ne commence pas par l’en-tête des sauvegardes Tessera.</translation>
    </message>
    <message>
        <source>it is cut off (%1 bytes).</source>
        <translation>elle est tronquée (%1 octets).</translation>
    </message>
    <message>
        <source>This Tessera backup has format version %1; this Tessera reads version %2. Update Tessera to open it.</source>
        <translation>Cette sauvegarde Tessera est au format version %1&#xa0;; cette version de Tessera lit la version %2. Mettez Tessera à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This Tessera backup uses a key derivation or cipher this Tessera does not know.</source>
        <translation>Cette sauvegarde Tessera utilise une dérivation de clé ou un chiffrement que cette version de Tessera ne connaît pas.</translation>
    </message>
    <message>
        <source>its content is not a JSON object.</source>
        <translation>son contenu n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>its content is not marked as a Tessera backup.</source>
        <translation>son contenu n’est pas marqué comme une sauvegarde Tessera.</translation>
    </message>
    <message>
        <source>This Tessera backup&apos;s content has version %1; this Tessera reads version %2. Update Tessera to open it.</source>
        <translation>Le contenu de cette sauvegarde Tessera est en version %1&#xa0;; cette version de Tessera lit la version %2. Mettez Tessera à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>the field &apos;accounts&apos; is missing or not a list.</source>
        <translation>le champ «&#xa0;accounts&#xa0;» est absent ou n’est pas une liste.</translation>
    </message>
    <message>
        <source>A Tessera backup needs a password.</source>
        <translation>Une sauvegarde Tessera nécessite un mot de passe.</translation>
    </message>
</context>
<context>
    <name>tessera::TwoFasFormat</name>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>le fichier n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>It has the unknown token type &apos;%1&apos;.</source>
        <translation>Son type de jeton «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Son algorithme, «&#xa0;%1&#xa0;», n’est pas pris en charge par Tessera.</translation>
    </message>
    <message>
        <source>the field &apos;schemaVersion&apos; is missing.</source>
        <translation>le champ «&#xa0;schemaVersion&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>This 2FAS backup has schema version %1, newer than Tessera reads (%2). Update Tessera.</source>
        <translation>Cette sauvegarde 2FAS est en version de schéma %1, plus récente que celle que Tessera sait lire (%2). Mettez Tessera à jour.</translation>
    </message>
    <message>
        <source>the field &apos;services&apos; is missing or not a list.</source>
        <translation>le champ «&#xa0;services&#xa0;» est absent ou n’est pas une liste.</translation>
    </message>
    <message>
        <source>the decrypted services are not a JSON list.</source>
        <translation>les services déchiffrés ne forment pas une liste JSON.</translation>
    </message>
    <message>
        <source>the encrypted services are not in the form ciphertext:salt:iv.</source>
        <translation>les services chiffrés ne sont pas au format ciphertext:salt:iv.</translation>
    </message>
    <message>
        <source>the password check (&apos;reference&apos;) is not in the form ciphertext:salt:iv.</source>
        <translation>le contrôle du mot de passe («&#xa0;reference&#xa0;») n’est pas au format ciphertext:salt:iv.</translation>
    </message>
    <message>
        <source>The password is right, but the accounts in this 2FAS backup are damaged (they fail their authenticity check).</source>
        <translation>Le mot de passe est correct, mais les comptes de cette sauvegarde 2FAS sont endommagés (ils échouent au contrôle d’authenticité).</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Ce n’est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>tessera::UriListFormat</name>
    <message>
        <source>otpauth:// list</source>
        <translation>de liste otpauth://</translation>
    </message>
    <message>
        <source>it is not text (it contains binary data).</source>
        <translation>ce n’est pas du texte (il contient des données binaires).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>It is not an otpauth:// link.</source>
        <translation>Ce n’est pas un lien otpauth://.</translation>
    </message>
    <message>
        <source>it contains no otpauth:// links.</source>
        <translation>il ne contient aucun lien otpauth://.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Il est dans la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>otpauth:// links cannot hold recovery information (recovery codes, email, phone), notes or tags: %n account(s) lose recovery information in this export.</source>
        <translation>
            <numerusform>Les liens otpauth:// ne peuvent contenir ni informations de récupération (codes de récupération, e-mail, téléphone), ni notes, ni étiquettes&#xa0;: %n compte perd ses informations de récupération dans cet export.</numerusform>
            <numerusform>Les liens otpauth:// ne peuvent contenir ni informations de récupération (codes de récupération, e-mail, téléphone), ni notes, ni étiquettes&#xa0;: %n comptes perdent leurs informations de récupération dans cet export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Vault</name>
    <message>
        <source>There is no account %1 in the vault.</source>
        <translation>Le coffre-fort ne contient aucun compte %1.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Le coffre-fort est verrouillé. Déverrouillez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 was opened read-only (a backup copy): nothing in it can be changed. Bring accounts back into your vault instead.</source>
        <translation>%1 a été ouvert en lecture seule (copie de sauvegarde)&#xa0;: rien ne peut y être modifié. Restaurez plutôt les comptes dans votre coffre-fort.</translation>
    </message>
    <message>
        <source>The vault has integrity problems, so Tessera will not change it: %1 Repair the vault or restore a backup first.</source>
        <translation>Le coffre-fort présente des problèmes d’intégrité&#xa0;; Tessera ne le modifiera donc pas&#xa0;: %1 Réparez le coffre-fort ou restaurez d’abord une sauvegarde.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>The vault has no %1 slot: the file is damaged. Restore it from a backup.</source>
        <translation>Le coffre-fort n’a pas d’emplacement «&#xa0;%1&#xa0;»&#xa0;: le fichier est endommagé. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>A new vault needs a password key.</source>
        <translation>Un nouveau coffre-fort nécessite une clé dérivée d’un mot de passe.</translation>
    </message>
    <message>
        <source>Creating the vault %1</source>
        <translation>Création du coffre-fort %1</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 slot belongs to another vault: the file was tampered with. Restore it from a backup.</source>
        <translation>L’emplacement «&#xa0;%1&#xa0;» du coffre-fort appartient à un autre coffre-fort&#xa0;: le fichier a été falsifié. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 was changed by another program meanwhile. Try again.</source>
        <translation>L’emplacement «&#xa0;%1&#xa0;» du coffre-fort a été modifié entre-temps par un autre programme. Réessayez.</translation>
    </message>
    <message>
        <source>A new password needs a password key.</source>
        <translation>Un nouveau mot de passe nécessite une clé dérivée de ce mot de passe.</translation>
    </message>
    <message>
        <source>The vault file was replaced by a different vault. Unlock it again.</source>
        <translation>Le fichier du coffre-fort a été remplacé par un autre coffre-fort. Déverrouillez-le à nouveau.</translation>
    </message>
    <message>
        <source>The vault file now holds a different vault. Unlock it again.</source>
        <translation>Le fichier du coffre-fort contient désormais un autre coffre-fort. Déverrouillez-le à nouveau.</translation>
    </message>
    <message>
        <source>An account with the id %1 is already in the vault.</source>
        <translation>Un compte portant l’identifiant %1 existe déjà dans le coffre-fort.</translation>
    </message>
    <message>
        <source>%1 is not a counter-based (HOTP) account.</source>
        <translation>%1 n’est pas un compte par compteur (HOTP).</translation>
    </message>
    <message>
        <source>The counter of %1 cannot go any higher.</source>
        <translation>Le compteur de %1 ne peut pas aller plus haut.</translation>
    </message>
    <message>
        <source>Account %1 appears twice in the new order.</source>
        <translation>Le compte %1 apparaît deux fois dans le nouvel ordre.</translation>
    </message>
    <message>
        <source>Unknown kind of backup (%1).</source>
        <translation>Type de sauvegarde inconnu (%1).</translation>
    </message>
    <message>
        <source>A backup record needs every account&apos;s id and a revision of at least 1.</source>
        <translation>Un enregistrement de sauvegarde nécessite l’identifiant de chaque compte et une révision d’au moins 1.</translation>
    </message>
    <message>
        <source>A backup with the id %1 is already recorded.</source>
        <translation>Une sauvegarde portant l’identifiant %1 est déjà enregistrée.</translation>
    </message>
    <message>
        <source>Copying the vault to %1</source>
        <translation>Copie du coffre-fort vers %1</translation>
    </message>
    <message>
        <source>The copy %1 is not usable: %2</source>
        <translation>La copie %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checking the copy %1</source>
        <translation>Vérification de la copie %1</translation>
    </message>
    <message>
        <source>%1 is a copy of another vault, not of this one.</source>
        <translation>%1 est une copie d’un autre coffre-fort, pas de celui-ci.</translation>
    </message>
    <message>
        <source>its %1 slot is missing.</source>
        <translation>son emplacement «&#xa0;%1&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>its %1 slot cannot be read.</source>
        <translation>son emplacement «&#xa0;%1&#xa0;» est illisible.</translation>
    </message>
    <message>
        <source>its list of accounts is missing.</source>
        <translation>sa liste de comptes est absente.</translation>
    </message>
    <message>
        <source>its list of accounts does not open with this vault&apos;s key.</source>
        <translation>sa liste de comptes ne s’ouvre pas avec la clé de ce coffre-fort.</translation>
    </message>
    <message>
        <source>an account row is damaged.</source>
        <translation>une ligne de compte est endommagée.</translation>
    </message>
    <message>
        <source>account %1 does not decrypt with this vault&apos;s key.</source>
        <translation>le compte %1 ne se déchiffre pas avec la clé de ce coffre-fort.</translation>
    </message>
    <message>
        <source>account %1 cannot be read.</source>
        <translation>le compte %1 est illisible.</translation>
    </message>
    <message>
        <source>its accounts do not match its authenticated list of accounts.</source>
        <translation>ses comptes ne correspondent pas à sa liste de comptes authentifiée.</translation>
    </message>
</context>
<context>
    <name>tessera::VaultAudit</name>
    <message>
        <source>%1 was left out of the audit: %2</source>
        <translation>%1 a été exclu du bilan&#xa0;: %2</translation>
    </message>
    <message>
        <source>The vault&apos;s backup records could not be read, so none are counted: %1</source>
        <translation>Les enregistrements de sauvegarde du coffre-fort n’ont pas pu être lus&#xa0;; aucun n’est donc pris en compte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::VaultFile</name>
    <message>
        <source>The disk is full: creating the folder %1 failed. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: la création du dossier %1 a échoué. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so creating the folder is not possible.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;: impossible de créer le dossier.</translation>
    </message>
    <message>
        <source>Permission denied: creating the folder %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Permission refusée&#xa0;: la création du dossier %1 n’est pas autorisée. Vérifiez les permissions du fichier et de son dossier.</translation>
    </message>
    <message>
        <source>creating the folder %1 failed: %2.</source>
        <translation>la création du dossier %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk is full: setting the permissions of %1 failed. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: la définition des permissions de %1 a échoué. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so setting its permissions is not possible.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;: impossible d’en définir les permissions.</translation>
    </message>
    <message>
        <source>Permission denied: setting the permissions of %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Permission refusée&#xa0;: la définition des permissions de %1 n’est pas autorisée. Vérifiez les permissions du fichier et de son dossier.</translation>
    </message>
    <message>
        <source>setting the permissions of %1 failed: %2.</source>
        <translation>la définition des permissions de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk is full: reading %1 failed. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: la lecture de %1 a échoué. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so reading is not possible.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;: la lecture est impossible.</translation>
    </message>
    <message>
        <source>Permission denied: reading %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Permission refusée&#xa0;: la lecture de %1 n’est pas autorisée. Vérifiez les permissions du fichier et de son dossier.</translation>
    </message>
    <message>
        <source>reading %1 failed: %2.</source>
        <translation>la lecture de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk is full: creating %1 failed. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: la création de %1 a échoué. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so creating is not possible.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;: la création est impossible.</translation>
    </message>
    <message>
        <source>Permission denied: creating %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Permission refusée&#xa0;: la création de %1 n’est pas autorisée. Vérifiez les permissions du fichier et de son dossier.</translation>
    </message>
    <message>
        <source>creating %1 failed: %2.</source>
        <translation>la création de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is a file, so the vault&apos;s folder cannot be created inside it.</source>
        <translation>%1 est un fichier&#xa0;; le dossier du coffre-fort ne peut donc pas y être créé.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Il n’y a pas de coffre-fort à l’emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault file.</source>
        <translation>%1 est un dossier, pas un fichier de coffre-fort.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The vault file %1 is truncated (%2 bytes): part of it is missing. Restore it from a backup.</source>
        <translation>Le fichier du coffre-fort %1 est tronqué (%2 octets)&#xa0;: une partie manque. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault file %1 is empty: it was truncated. Restore it from a backup.</source>
        <translation>Le fichier du coffre-fort %1 est vide&#xa0;: il a été tronqué. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault.</source>
        <translation>%1 n’est pas un coffre-fort Tessera.</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault (it is a database of another program).</source>
        <translation>%1 n’est pas un coffre-fort Tessera (c’est la base de données d’un autre programme).</translation>
    </message>
    <message>
        <source>The vault file %1 is damaged (its header is invalid). Restore it from a backup.</source>
        <translation>Le fichier du coffre-fort %1 est endommagé (son en-tête n’est pas valide). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 already exists; Tessera never overwrites a vault.</source>
        <translation>%1 existe déjà&#xa0;; Tessera n’écrase jamais un coffre-fort.</translation>
    </message>
    <message>
        <source>The vault file %1 was moved or deleted while it was open.</source>
        <translation>Le fichier du coffre-fort %1 a été déplacé ou supprimé pendant qu’il était ouvert.</translation>
    </message>
</context>
<context>
    <name>tessera::VaultStore</name>
    <message>
        <source>The disk is full: %1 failed and nothing was changed. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: %1 a échoué et rien n’a été modifié. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The vault is read-only (the file, its folder or the disk does not allow writing): %1 failed and nothing was changed.</source>
        <translation>Le coffre-fort est en lecture seule (le fichier, son dossier ou le disque n’autorise pas l’écriture)&#xa0;: %1 a échoué et rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault file or its folder cannot be opened for %1 (check that the folder exists and is writable): nothing was changed.</source>
        <translation>Impossible d’ouvrir le fichier du coffre-fort ou son dossier pour %1 (vérifiez que le dossier existe et qu’il est accessible en écriture)&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault is busy: another program kept it locked, so %1 did not happen. Try again.</source>
        <translation>Le coffre-fort est occupé&#xa0;: un autre programme le garde verrouillé, si bien que %1 n’a pas eu lieu. Réessayez.</translation>
    </message>
    <message>
        <source>Reading or writing the vault file failed (%1): %2. Nothing was changed.</source>
        <translation>Erreur de lecture ou d’écriture du fichier du coffre-fort pendant %1&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is not enough memory for %1.</source>
        <translation>Mémoire insuffisante pour %1.</translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore it from a backup.</source>
        <translation>Le fichier du coffre-fort est endommagé (%1). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault file is damaged or was changed outside Tessera (%1 failed: %2). Restore it from a backup.</source>
        <translation>Le fichier du coffre-fort est endommagé ou a été modifié en dehors de Tessera (%1 a échoué&#xa0;: %2). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite de Qt est absent&#xa0;; installez le paquet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>opening the vault</source>
        <translation>l’ouverture du coffre-fort</translation>
    </message>
    <message>
        <source>creating the vault</source>
        <translation>la création du coffre-fort</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault.</source>
        <translation>%1 n’est pas un coffre-fort Tessera.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Tessera (vault format %1; this version reads up to %2). Update Tessera to open it; the file was not changed.</source>
        <translation>Ce coffre-fort a été écrit par une version plus récente de Tessera (format de coffre-fort %1&#xa0;; cette version lit jusqu’au format %2). Mettez Tessera à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The vault file %1 is incomplete: it was never fully created. Restore it from a backup.</source>
        <translation>Le fichier du coffre-fort %1 est incomplet&#xa0;: sa création n’a jamais été achevée. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>reading the vault</source>
        <translation>la lecture du coffre-fort</translation>
    </message>
    <message>
        <source>reading the vault&apos;s version</source>
        <translation>la lecture de la version du coffre-fort</translation>
    </message>
    <message>
        <source>The vault file is damaged: its version record is invalid. Restore it from a backup.</source>
        <translation>Le fichier du coffre-fort est endommagé&#xa0;: son enregistrement de version n’est pas valide. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>checking the vault for changes</source>
        <translation>la recherche de modifications dans le coffre-fort</translation>
    </message>
    <message>
        <source>checking the vault file</source>
        <translation>la vérification du fichier du coffre-fort</translation>
    </message>
    <message>
        <source>The vault file is damaged (SQLite reports: %1). Restore it from a backup.</source>
        <translation>Le fichier du coffre-fort est endommagé (SQLite signale&#xa0;: %1). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>A vault change is in progress; copy the vault later.</source>
        <translation>Une modification du coffre-fort est en cours&#xa0;; copiez le coffre-fort plus tard.</translation>
    </message>
    <message>
        <source>copying the vault</source>
        <translation>la copie du coffre-fort</translation>
    </message>
    <message>
        <source>A vault change is already in progress.</source>
        <translation>Une modification du coffre-fort est déjà en cours.</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>le démarrage d’une modification</translation>
    </message>
    <message>
        <source>There is no vault change to save.</source>
        <translation>Il n’y a aucune modification du coffre-fort à enregistrer.</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>l’enregistrement de la modification</translation>
    </message>
    <message>
        <source>create the vault schema (version 1)</source>
        <translation>création du schéma du coffre-fort, version 1</translation>
    </message>
    <message>
        <source>add the backup bookkeeping (version 2)</source>
        <translation>ajout du suivi des sauvegardes, version 2</translation>
    </message>
    <message>
        <source>There is no way to update the vault from format %1 to %2.</source>
        <translation>Il n’existe aucun moyen de mettre à jour le coffre-fort du format %1 au format %2.</translation>
    </message>
    <message>
        <source>updating the vault (%1)</source>
        <translation>la mise à jour du coffre-fort (%1)</translation>
    </message>
    <message>
        <source>updating the vault&apos;s version</source>
        <translation>la mise à jour de la version du coffre-fort</translation>
    </message>
    <message>
        <source>The vault file is damaged: its identifier is missing or invalid. Restore it from a backup.</source>
        <translation>Le fichier du coffre-fort est endommagé&#xa0;: son identifiant est absent ou non valide. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>reading the vault&apos;s key slots</source>
        <translation>la lecture des emplacements de clé du coffre-fort</translation>
    </message>
    <message>
        <source>The vault file is damaged: a key slot appears twice. Restore it from a backup.</source>
        <translation>Le fichier du coffre-fort est endommagé&#xa0;: un emplacement de clé apparaît deux fois. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>reading the vault&apos;s list of accounts</source>
        <translation>la lecture de la liste des comptes du coffre-fort</translation>
    </message>
    <message>
        <source>The vault&apos;s list of accounts (its manifest) is missing or damaged.</source>
        <translation>La liste des comptes du coffre-fort (son manifeste) est absente ou endommagée.</translation>
    </message>
    <message>
        <source>reading the vault&apos;s accounts</source>
        <translation>la lecture des comptes du coffre-fort</translation>
    </message>
    <message>
        <source>reading the vault&apos;s list of backups</source>
        <translation>la lecture de la liste des sauvegardes du coffre-fort</translation>
    </message>
    <message>
        <source>writing the vault&apos;s identifier</source>
        <translation>l’écriture de l’identifiant du coffre-fort</translation>
    </message>
    <message>
        <source>saving the %1 slot</source>
        <translation>l’enregistrement de l’emplacement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>saving the list of accounts</source>
        <translation>l’enregistrement de la liste des comptes</translation>
    </message>
    <message>
        <source>saving an account</source>
        <translation>l’enregistrement d’un compte</translation>
    </message>
    <message>
        <source>deleting an account</source>
        <translation>la suppression d’un compte</translation>
    </message>
    <message>
        <source>setting a damaged account aside</source>
        <translation>la mise à l’écart d’un compte endommagé</translation>
    </message>
    <message>
        <source>recording the backup</source>
        <translation>l’enregistrement de la sauvegarde</translation>
    </message>
    <message>
        <source>forgetting a backup</source>
        <translation>le retrait d’une sauvegarde de la liste</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountListModel</name>
    <message>
        <source>Counter-based code: press Next to generate one</source>
        <translation>Code basé sur un compteur&#xa0;: appuyez sur Suivant pour en générer un</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Code hidden: click to show</source>
        <translation>Code masqué&#xa0;: cliquez pour l’afficher</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountQrSlideshow</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation>Il n’y a aucun compte à afficher.</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 sur %3</translation>
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
        <translation>suivant</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>button that generates the next code of a counter-based account</comment>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Copied · clears in %1 s</source>
        <translation>Copié · effacé dans %1 s</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Generate the next code</source>
        <translation>Générer le code suivant</translation>
    </message>
    <message>
        <source>Press Next to generate a code</source>
        <translation>Appuyez sur Suivant pour générer un code</translation>
    </message>
    <message>
        <source>Click to show the code</source>
        <translation>Cliquez pour afficher le code</translation>
    </message>
    <message numerus="yes">
        <source>The code changes in %n second(s)</source>
        <translation>
            <numerusform>Le code change dans %n seconde</numerusform>
            <numerusform>Le code change dans %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountsPage</name>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Show &amp;QR Code…</source>
        <translation>Afficher le code &amp;QR…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mo&amp;nter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la co&amp;rbeille</translation>
    </message>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation>Rechercher des comptes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Type part of an issuer, account name, tag or note. Enter copies the code of the selected account.</source>
        <translation>Tapez une partie d’un émetteur, d’un nom de compte, d’une étiquette ou d’une note. Entrée copie le code du compte sélectionné.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Menu principal</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>Dé&amp;tails…</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>Ré&amp;parer…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Enter or double-click copies the code; Delete moves the account to the trash; Alt+Up and Alt+Down change the order.</source>
        <translation>Entrée ou un double-clic copie le code&#xa0;; Suppr met le compte à la corbeille&#xa0;; Alt+Haut et Alt+Bas modifient l’ordre.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>«&#xa0;%1&#xa0;» a été mis à la corbeille.</translation>
    </message>
    <message>
        <source>Clear the search to change the order.</source>
        <translation>Effacez la recherche pour modifier l’ordre.</translation>
    </message>
    <message>
        <source>No account matches “%1”.
Press Esc to clear the search.</source>
        <translation>Aucun compte ne correspond à «&#xa0;%1&#xa0;».
Appuyez sur Échap pour effacer la recherche.</translation>
    </message>
    <message>
        <source>No accounts yet — add one with Ctrl+N, or import a backup or another app&apos;s export with Ctrl+I.</source>
        <translation>Aucun compte pour l’instant — ajoutez-en un avec Ctrl+N, ou importez une sauvegarde ou l’export d’une autre application avec Ctrl+I.</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 compte</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 comptes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source> · Auto-lock off</source>
        <translation> · Sans verrouillage auto</translation>
    </message>
    <message>
        <source> · Locked in %1</source>
        <translation> · Verrouillage dans %1</translation>
    </message>
    <message>
        <source> · Read-only</source>
        <translation> · Lecture seule</translation>
    </message>
    <message>
        <source>This vault has a problem and is read-only until it is repaired.</source>
        <translation>Ce coffre-fort a un problème et reste en lecture seule jusqu’à sa réparation.</translation>
    </message>
    <message>
        <source>This vault has %1 problems and is read-only until it is repaired.</source>
        <translation>Ce coffre-fort a %1 problèmes et reste en lecture seule jusqu’à sa réparation.</translation>
    </message>
    <message>
        <source>Vault Problems</source>
        <translation>Problèmes du coffre-fort</translation>
    </message>
    <message>
        <source>Tessera found records in the vault file that it did not write. Every healthy account can be read and copied; nothing is changed until you repair the vault or restore a backup.</source>
        <translation>Tessera a trouvé dans le fichier du coffre-fort des enregistrements qu’il n’a pas écrits. Tous les comptes intacts peuvent être lus et copiés&#xa0;; rien n’est modifié tant que vous n’avez pas réparé le coffre-fort ou restauré une sauvegarde.</translation>
    </message>
    <message>
        <source>Repair the Vault</source>
        <translation>Réparer le coffre-fort</translation>
    </message>
    <message>
        <source>Repairing sets aside the records that cannot be trusted (they are kept, not deleted) and makes the vault writable again. If you have a recent backup, restoring it may be better. Repair now?</source>
        <translation>La réparation met de côté les enregistrements non fiables (ils sont conservés, pas supprimés) et rend le coffre-fort de nouveau modifiable. Si vous disposez d’une sauvegarde récente, mieux vaut peut-être la restaurer. Réparer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The vault was repaired.</source>
        <translation>Le coffre-fort a été réparé.</translation>
    </message>
    <message>
        <source>The list is in alphabetical order. Choose “My order” in Settings to arrange it yourself.</source>
        <translation>La liste est triée par ordre alphabétique. Choisissez «&#xa0;Manuel&#xa0;» dans les paramètres pour l’organiser vous-même.</translation>
    </message>
    <message numerus="yes">
        <source> · Locked in %n min</source>
        <comment>auto-lock countdown</comment>
        <translation>
            <numerusform> · Verrouillage dans %n min</numerusform>
            <numerusform> · Verrouillage dans %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation>otpauth://totp/…</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>Lien de configuration</translation>
    </message>
    <message>
        <source>Optional. Paste an otpauth:// link here to fill in the fields below.</source>
        <translation>Facultatif. Collez ici un lien otpauth:// pour remplir les champs ci-dessous.</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>The provider or website, for example GitHub.</source>
        <translation>Le fournisseur ou le site web, par exemple GitHub.</translation>
    </message>
    <message>
        <source>alice@example.com</source>
        <translation>alice@example.com</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Your user name or email address at the provider.</source>
        <translation>Votre nom d’utilisateur ou votre adresse e-mail chez le fournisseur.</translation>
    </message>
    <message>
        <source>JBSW Y3DP EHPK 3PXP</source>
        <translation>JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>Shows the code type, algorithm, number of digits, period and counter. Most accounts use the defaults.</source>
        <translation>Affiche le type de code, l’algorithme, le nombre de chiffres, la période et le compteur. La plupart des comptes utilisent les valeurs par défaut.</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Temporel (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Par compteur (HOTP)</translation>
    </message>
    <message>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
    <message>
        <source>Code type</source>
        <translation>Type de code</translation>
    </message>
    <message>
        <source>Time-based codes change every period; counter-based codes change each time you ask for one.</source>
        <translation>Les codes temporels changent à chaque période&#xa0;; les codes par compteur changent chaque fois que vous en demandez un.</translation>
    </message>
    <message>
        <source>SHA-1 (most common)</source>
        <translation>SHA-1 (le plus courant)</translation>
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
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>The hash the codes are made with. Almost always SHA-1; use another only when the provider says so.</source>
        <translation>La fonction de hachage qui produit les codes. Presque toujours SHA-1&#xa0;; n’en utilisez une autre que si le fournisseur l’indique.</translation>
    </message>
    <message>
        <source>Number of digits</source>
        <translation>Nombre de chiffres</translation>
    </message>
    <message>
        <source>How many digits each code has, usually 6.</source>
        <translation>Le nombre de chiffres de chaque code, généralement 6.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation>Période en secondes</translation>
    </message>
    <message>
        <source>How long each code lasts. Almost always 30 seconds.</source>
        <translation>La durée de validité de chaque code. Presque toujours 30 secondes.</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>For counter-based codes: the counter value of the next code, as the provider states it. Usually 0.</source>
        <translation>Pour les codes par compteur&#xa0;: la valeur du compteur du prochain code, telle que l’indique le fournisseur. Généralement 0.</translation>
    </message>
    <message>
        <source>Code preview</source>
        <translation>Aperçu du code</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Adds the account to the vault.</source>
        <translation>Ajoute le compte au coffre-fort.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Al&amp;gorithm:</source>
        <translation>Al&amp;gorithme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>C&amp;hiffres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Cou&amp;nter:</source>
        <translation>C&amp;ompteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Clé &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Filled in from the link. Check the fields, then press Add.</source>
        <translation>Rempli à partir du lien. Vérifiez les champs, puis appuyez sur Ajouter.</translation>
    </message>
    <message>
        <source>A counter-based code changes only when you ask for the next one.</source>
        <translation>Un code par compteur ne change que lorsque vous demandez le suivant.</translation>
    </message>
    <message>
        <source>Steam Guard codes always have five characters, use SHA-1 and change every 30 seconds.</source>
        <translation>Les codes Steam Guard comportent toujours cinq caractères, utilisent SHA-1 et changent toutes les 30 secondes.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Saisissez la clé secrète.</translation>
    </message>
    <message>
        <source>The counter must be a whole number from 0 to %1.</source>
        <translation>Le compteur doit être un nombre entier compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>The secret key (or “setup key”) is the text the provider shows with the QR code: letters A to Z and digits 2 to 7.</source>
        <translation>La clé secrète (ou «&#xa0;clé de configuration&#xa0;») est le texte que le fournisseur affiche avec le code QR&#xa0;: des lettres de A à Z et des chiffres de 2 à 7.</translation>
    </message>
    <message>
        <source>This secret is only %1 characters long, shorter than providers use. Check that you copied all of it.</source>
        <translation>Cette clé secrète ne compte que %1 caractères, moins que ce qu’utilisent les fournisseurs. Vérifiez que vous l’avez copiée en entier.</translation>
    </message>
    <message>
        <source>The secret key is valid.</source>
        <translation>La clé secrète est valide.</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name, so you can tell this code from others.</source>
        <translation>Saisissez l’émetteur ou le nom du compte, pour distinguer ce code des autres.</translation>
    </message>
    <message>
        <source>“%1” is in the trash. Adding it again keeps both; restore it from the trash instead if its key still works.</source>
        <translation>«&#xa0;%1&#xa0;» est dans la corbeille. Le rajouter conserve les deux&#xa0;; restaurez-le plutôt depuis la corbeille si sa clé fonctionne encore.</translation>
    </message>
    <message>
        <source>You already have “%1”. Adding it again keeps both: move the old one to the trash once the new code works.</source>
        <translation>Vous avez déjà «&#xa0;%1&#xa0;». Le rajouter conserve les deux&#xa0;: mettez l’ancien à la corbeille dès que le nouveau code fonctionne.</translation>
    </message>
    <message>
        <source>Current code: %1 (changes in %2 s). Compare it with the provider before you rely on it.</source>
        <translation>Code actuel&#xa0;: %1 (change dans %2 s). Comparez-le avec celui du fournisseur avant de vous y fier.</translation>
    </message>
    <message>
        <source>Code for counter %1: %2</source>
        <translation>Code pour le compteur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name.</source>
        <translation>Saisissez l’émetteur ou le nom du compte.</translation>
    </message>
    <message>
        <source>The account was not added. %1</source>
        <translation>Le compte n’a pas été ajouté. %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AppController</name>
    <message>
        <source>Locked after a minute without activity.</source>
        <translation>Verrouillé après une minute d’inactivité.</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without activity.</source>
        <translation>Verrouillé après %1 minutes d’inactivité.</translation>
    </message>
    <message>
        <source>Locked with the screen.</source>
        <translation>Verrouillé en même temps que l’écran.</translation>
    </message>
    <message>
        <source>Locked before the computer went to sleep.</source>
        <translation>Verrouillé avant la mise en veille de l’ordinateur.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AssistantLauncher</name>
    <message>
        <source>Phone S&amp;wap Assistant…</source>
        <translation>Changement de &amp;téléphone…</translation>
    </message>
    <message>
        <source>Re&amp;cover an Account…</source>
        <translation>Récupérer un &amp;compte…</translation>
    </message>
    <message>
        <source>I Can&apos;t Sign &amp;In with This Account…</source>
        <translation>Connexion &amp;impossible avec ce compte…</translation>
    </message>
    <message>
        <source>I &amp;lost a seed</source>
        <translation>C&amp;lé secrète perdue</translation>
    </message>
    <message>
        <source>An authenticator was deleted or stayed on an old phone: Tessera walks you through the provider&apos;s recovery, step by step.</source>
        <translation>Une application d’authentification a été supprimée ou est restée sur un ancien téléphone&#xa0;: Tessera vous guide pas à pas dans la procédure de récupération du fournisseur.</translation>
    </message>
    <message>
        <source>Recovery readiness</source>
        <translation>Préparation à la récupération</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Continue the Recovery?</source>
        <translation>Reprendre la récupération&#xa0;?</translation>
    </message>
    <message>
        <source>A recovery was left unfinished. Continue where you left off?</source>
        <translation>Une récupération est restée inachevée. La reprendre là où vous l’aviez laissée&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) brought back.</source>
        <translation>
            <numerusform>%n compte récupéré.</numerusform>
            <numerusform>%n comptes récupérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this vault yet. If this computer fails, every account goes with it.</source>
        <translation>Il n’existe encore aucune sauvegarde de ce coffre-fort. Si cet ordinateur tombe en panne, tous les comptes disparaissent avec lui.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are not in a recent backup.</source>
        <translation>
            <numerusform>%n compte ne figure dans aucune sauvegarde récente.</numerusform>
            <numerusform>%n comptes ne figurent dans aucune sauvegarde récente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a Code</source>
        <translation>Vérifier un code</translation>
    </message>
    <message>
        <source>Type the code the provider accepted just now, or the one another device shows for %1:</source>
        <translation>Saisissez le code que le fournisseur vient d’accepter, ou celui qu’un autre appareil affiche pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Different Code</source>
        <translation>Code différent</translation>
    </message>
    <message>
        <source>Recovery Rea&amp;diness…</source>
        <translation>Bilan de &amp;préparation…</translation>
    </message>
    <message numerus="yes">
        <source>%n critical finding(s): as things stand, an account could not be recovered. Click to see the findings.</source>
        <translation>
            <numerusform>%n constat critique&#xa0;: en l’état, un compte ne pourrait pas être récupéré. Cliquez pour voir les constats.</numerusform>
            <numerusform>%n constats critiques&#xa0;: en l’état, un compte ne pourrait pas être récupéré. Cliquez pour voir les constats.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the code Tessera has for %1 now. If the provider accepts the other device&apos;s code, re-sync the account from the recovery wizard (Recover an Account).</source>
        <translation>Ce n’est pas le code que Tessera affiche actuellement pour %1. Si le fournisseur accepte le code de l’autre appareil, resynchronisez le compte depuis l’assistant de récupération (Récupérer un compte).</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AutomaticBackupService</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::BackupSettingsPage</name>
    <message>
        <source>Make &amp;automatic backups</source>
        <translation>Faire des sauvegardes &amp;automatiques</translation>
    </message>
    <message>
        <source>C&amp;hoose Folder…</source>
        <translation>C&amp;hoisir le dossier…</translation>
    </message>
    <message>
        <source>&amp;Restore from an Automatic Backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde automatique…</translation>
    </message>
    <message>
        <source>A copy of the vault is written a couple of minutes after each change, and when Tessera locks. The copies are encrypted like the vault and open with the password (or recovery key) you had when they were written, so a synced or removable folder is a good place. Tessera keeps every copy of the last two days, then one a day for a month and one a week for six months.</source>
        <translation>Une copie du coffre-fort est écrite quelques minutes après chaque modification, ainsi qu’au verrouillage de Tessera. Les copies sont chiffrées comme le coffre-fort et s’ouvrent avec le mot de passe (ou la clé de récupération) en vigueur au moment de leur écriture&#xa0;; un dossier synchronisé ou amovible convient donc bien. Tessera conserve toutes les copies des deux derniers jours, puis une par jour pendant un mois et une par semaine pendant six mois.</translation>
    </message>
    <message>
        <source>Automatic Backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Off: no folder chosen.</source>
        <translation>Désactivées&#xa0;: aucun dossier choisi.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::Banner</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>tessera::gui::CameraScanDialog</name>
    <message>
        <source>Scan with Camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Aucune caméra</translation>
    </message>
    <message>
        <source>Hold the QR code up to %1. Tessera reads it as soon as it is sharp.</source>
        <translation>Présentez le code QR devant %1. Tessera le lit dès qu’il est net.</translation>
    </message>
    <message>
        <source>No camera was found. Connect one and try again, or scan the code on the screen or from an image file instead.</source>
        <translation>Aucune caméra n’a été trouvée. Branchez-en une et réessayez, ou scannez plutôt le code à l’écran ou depuis un fichier image.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Close other apps that use it and try again, or scan the code on the screen instead.</source>
        <translation>Impossible d’utiliser la caméra&#xa0;: %1. Fermez les autres applications qui l’utilisent et réessayez, ou scannez plutôt le code à l’écran.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <source>The new password replaces the current one at once. Your recovery key keeps working.</source>
        <translation>Le nouveau mot de passe remplace immédiatement l’actuel. Votre clé de récupération continue de fonctionner.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>The password you unlock the vault with now.</source>
        <translation>Le mot de passe avec lequel vous déverrouillez actuellement le coffre-fort.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least %1 characters. A strength estimate appears below as you type.</source>
        <translation>Au moins %1 caractères. Une estimation de la robustesse s’affiche ci-dessous pendant la saisie.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Type the new password again to rule out a typo.</source>
        <translation>Saisissez à nouveau le nouveau mot de passe pour écarter toute faute de frappe.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Checking the current password and protecting the vault with the new one. This takes a few seconds.</source>
        <translation>Vérification du mot de passe actuel et protection du coffre-fort avec le nouveau. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Checks the current password, then sets the new one.</source>
        <translation>Vérifie le mot de passe actuel, puis définit le nouveau.</translation>
    </message>
    <message>
        <source>Keeps the current password.</source>
        <translation>Conserve le mot de passe actuel.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Le nouveau mot de passe est identique à l’actuel.</translation>
    </message>
    <message>
        <source>The two new passwords are different. Type the new password again.</source>
        <translation>Les deux nouveaux mots de passe sont différents. Saisissez à nouveau le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it, then change the password.</source>
        <translation>Le coffre-fort est verrouillé. Déverrouillez-le, puis modifiez le mot de passe.</translation>
    </message>
    <message>
        <source>The current password is not right. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Le mot de passe actuel est incorrect. Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::CodeCopier</name>
    <message>
        <source>That account is no longer in the list.</source>
        <translation>Ce compte ne figure plus dans la liste.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::CreateVaultPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>C&amp;reate Vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Créer un nouveau coffre-fort</translation>
    </message>
    <message>
        <source>This password opens the vault. Nobody can reset it, but the recovery key you get next opens the vault if you ever forget it.</source>
        <translation>Ce mot de passe ouvre le coffre-fort. Personne ne peut le réinitialiser, mais la clé de récupération que vous obtiendrez ensuite ouvrira le coffre-fort si vous l’oubliez un jour.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>Options avancées</translation>
    </message>
    <message>
        <source>Shows how hard the password is made to guess</source>
        <translation>Indique à quel point le mot de passe est rendu difficile à deviner</translation>
    </message>
    <message>
        <source>Opening the vault does deliberately slow work, so that guessing the password takes attackers years. Stronger means slower to open.</source>
        <translation>L’ouverture du coffre-fort effectue volontairement un calcul lent, pour que deviner le mot de passe prenne des années à un attaquant. Plus la protection est forte, plus l’ouverture est lente.</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>Rap&amp;ide</translation>
    </message>
    <message>
        <source>64 MiB of memory: for older or small computers.</source>
        <translation>64 Mio de mémoire&#xa0;: pour les ordinateurs anciens ou peu puissants.</translation>
    </message>
    <message>
        <source>&amp;Standard (recommended)</source>
        <translation>&amp;Standard (recommandé)</translation>
    </message>
    <message>
        <source>256 MiB of memory, about half a second to open.</source>
        <translation>256 Mio de mémoire, environ une demi-seconde pour ouvrir.</translation>
    </message>
    <message>
        <source>S&amp;trong</source>
        <translation>Ro&amp;buste</translation>
    </message>
    <message>
        <source>1 GiB of memory, a few seconds to open.</source>
        <translation>1 Gio de mémoire, quelques secondes pour ouvrir.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre-fort</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre-fort…</translation>
    </message>
    <message>
        <source>Creates the encrypted vault file with this password</source>
        <translation>Crée le fichier de coffre-fort chiffré avec ce mot de passe</translation>
    </message>
    <message>
        <source>A vault already exists at %1. Go back and open it instead.</source>
        <translation>Un coffre-fort existe déjà à l’emplacement %1. Revenez en arrière et ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>Creating the vault was interrupted. Please try again.</source>
        <translation>La création du coffre-fort a été interrompue. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::DialogLauncher</name>
    <message>
        <source>Cannot Add This Link</source>
        <translation>Impossible d’ajouter ce lien</translation>
    </message>
    <message>
        <source>The otpauth:// link cannot be read: %1</source>
        <translation>Le lien otpauth:// est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot Show the QR Code</source>
        <translation>Impossible d’afficher le code QR</translation>
    </message>
</context>
<context>
    <name>tessera::gui::EditAccountDialog</name>
    <message>
        <source>&amp;Favourite: list it first</source>
        <translation>&amp;Favori&#xa0;: l’afficher en premier</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Recovery</source>
        <translation>&amp;Récupération</translation>
    </message>
    <message>
        <source>Recovery C&amp;odes</source>
        <translation>C&amp;odes de récupération</translation>
    </message>
    <message>
        <source>Saves the changes to the vault.</source>
        <translation>Enregistre les modifications dans le coffre-fort.</translation>
    </message>
    <message>
        <source>This account could not be opened. %1</source>
        <translation>Impossible d’ouvrir ce compte. %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>The provider or website, for example GitHub.</source>
        <translation>Le fournisseur ou le site web, par exemple GitHub.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Your user name or email address at the provider.</source>
        <translation>Votre nom d’utilisateur ou votre adresse e-mail chez le fournisseur.</translation>
    </message>
    <message>
        <source>Favourites come first in the list.</source>
        <translation>Les favoris apparaissent en tête de liste.</translation>
    </message>
    <message>
        <source>work, personal</source>
        <translation>travail, perso</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Words to find the account by, separated by commas.</source>
        <translation>Des mots pour retrouver le compte, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anything you want to remember about this account.</source>
        <translation>Tout ce que vous voulez retenir à propos de ce compte.</translation>
    </message>
    <message>
        <source>Code settings</source>
        <translation>Paramètres du code</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur&#xa0;:</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>Codes&#xa0;:</translation>
    </message>
    <message>
        <source>The secret key and code settings cannot be changed. If the provider gave you a new QR code, add it as a new account, then move this one to the trash.</source>
        <translation>La clé secrète et les paramètres du code ne peuvent pas être modifiés. Si le fournisseur vous a donné un nouveau code QR, ajoutez-le comme nouveau compte, puis mettez celui-ci à la corbeille.</translation>
    </message>
    <message>
        <source>alice@example.com</source>
        <translation>alice@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>The email address the provider has for this account; recovery usually starts with a message to it.</source>
        <translation>L’adresse e-mail que le fournisseur a pour ce compte&#xa0;; la récupération commence généralement par un message à cette adresse.</translation>
    </message>
    <message>
        <source>Look at the phone number in the provider&apos;s account settings; if it is the same, press this to record today&apos;s date.</source>
        <translation>Vérifiez le numéro de téléphone dans les paramètres du compte chez le fournisseur&#xa0;; s’il est identique, appuyez ici pour enregistrer la date du jour.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>None: only this authenticator</source>
        <translation>Aucun&#xa0;: seulement celui-ci</translation>
    </message>
    <message>
        <source>Another authenticator device or app</source>
        <translation>Autre appli ou appareil d’authentification</translation>
    </message>
    <message>
        <source>A security key</source>
        <translation>Une clé de sécurité</translation>
    </message>
    <message>
        <source>Other second factor registered</source>
        <translation>Autre second facteur enregistré</translation>
    </message>
    <message>
        <source>Whether the provider has another second factor for this account. A second one is the cheapest protection against a lost seed.</source>
        <translation>Indique si le fournisseur dispose d’un autre second facteur pour ce compte. Un deuxième facteur est la protection la moins coûteuse contre la perte d’une clé secrète.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Recovery page</source>
        <translation>Page de récupération</translation>
    </message>
    <message>
        <source>The address of the provider&apos;s account recovery page.</source>
        <translation>L’adresse de la page de récupération de compte du fournisseur.</translation>
    </message>
    <message>
        <source>Recovery notes</source>
        <translation>Notes de récupération</translation>
    </message>
    <message>
        <source>Anything else the provider&apos;s recovery may ask for.</source>
        <translation>Tout autre élément que la récupération du fournisseur pourrait demander.</translation>
    </message>
    <message>
        <source>What the provider&apos;s account recovery asks for. Tessera keeps it encrypted with the account.</source>
        <translation>Ce que demande la récupération de compte du fournisseur. Tessera le conserve chiffré avec le compte.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Vérifié&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Second factor:</source>
        <translation>&amp;Second facteur&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery pa&amp;ge:</source>
        <translation>Pa&amp;ge de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery &amp;notes:</source>
        <translation>&amp;Notes de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Time-based (TOTP), %1, %2 digits, a new code every %3 seconds.</source>
        <translation>Temporel (TOTP), %1, %2 chiffres, un nouveau code toutes les %3 secondes.</translation>
    </message>
    <message>
        <source>Counter-based (HOTP), %1, %2 digits; the next code is number %3.</source>
        <translation>Par compteur (HOTP), %1, %2 chiffres&#xa0;; le prochain code est le numéro %3.</translation>
    </message>
    <message>
        <source>Steam Guard: five characters, a new code every 30 seconds.</source>
        <translation>Steam Guard&#xa0;: cinq caractères, un nouveau code toutes les 30 secondes.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Enter the phone number first.</source>
        <translation>Saisissez d’abord le numéro de téléphone.</translation>
    </message>
    <message>
        <source>Compared with the provider&apos;s records on %1.</source>
        <translation>Comparé avec les données du fournisseur le %1.</translation>
    </message>
    <message>
        <source>Not yet compared with the provider&apos;s records.</source>
        <translation>Pas encore comparé avec les données du fournisseur.</translation>
    </message>
    <message>
        <source>Phone number checked</source>
        <translation>Numéro de téléphone vérifié</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Cela ne ressemble pas à une adresse e-mail (nom@example.com).</translation>
    </message>
    <message>
        <source>Enter the page&apos;s full address, starting with https://.</source>
        <translation>Saisissez l’adresse complète de la page, en commençant par https://.</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name, so you can tell this code from others.</source>
        <translation>Saisissez l’émetteur ou le nom du compte, pour distinguer ce code des autres.</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Numéro de téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>The code was copied but could not be marked used. %1</source>
        <translation>Le code a été copié mais n’a pas pu être marqué comme utilisé. %1</translation>
    </message>
    <message>
        <source>Copied and marked used. The clipboard is cleared in %1 seconds.</source>
        <translation>Copié et marqué comme utilisé. Le presse-papiers sera vidé dans %1 secondes.</translation>
    </message>
    <message>
        <source>Copied and marked used. The clipboard is cleared when Tessera locks or quits.</source>
        <translation>Copié et marqué comme utilisé. Le presse-papiers sera vidé au verrouillage ou à la fermeture de Tessera.</translation>
    </message>
    <message>
        <source>The changes were not saved. %1</source>
        <translation>Les modifications n’ont pas été enregistrées. %1</translation>
    </message>
    <message>
        <source>I Checked It Toda&amp;y</source>
        <translation>Vérifié au&amp;jourd’hui</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ExportDialog</name>
    <message>
        <source>Tessera backups (*.tessera-backup)</source>
        <translation>Sauvegardes Tessera (*.tessera-backup)</translation>
    </message>
    <message>
        <source>Aegis files (*.json)</source>
        <translation>Fichiers Aegis (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exporter les comptes</translation>
    </message>
    <message>
        <source>Choose what to make. An export is a copy outside the vault: keep it somewhere safe.</source>
        <translation>Choisissez ce que vous voulez produire. Un export est une copie hors du coffre-fort&#xa0;: conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>&amp;Tessera backup (recommended)</source>
        <translation>Sauvegarde &amp;Tessera (recommandée)</translation>
    </message>
    <message>
        <source>Everything, with recovery information and the trash, encrypted with a password of its own. Tessera opens it on any computer.</source>
        <translation>Tout, avec les informations de récupération et la corbeille, chiffré avec un mot de passe qui lui est propre. Tessera l’ouvre sur n’importe quel ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Aegis, encrypted</source>
        <translation>&amp;Aegis, chiffré</translation>
    </message>
    <message>
        <source>For the Aegis app on Android, encrypted with a password of its own.</source>
        <translation>Pour l’application Aegis sur Android, chiffré avec un mot de passe qui lui est propre.</translation>
    </message>
    <message>
        <source>Aegis, &amp;not encrypted</source>
        <translation>Aegis, &amp;non chiffré</translation>
    </message>
    <message>
        <source>For Aegis and the apps that read its files.</source>
        <translation>Pour Aegis et les applications qui lisent ses fichiers.</translation>
    </message>
    <message>
        <source>&amp;List of otpauth:// links</source>
        <translation>&amp;Liste de liens otpauth://</translation>
    </message>
    <message>
        <source>A text file, one link per account, that most authenticator apps import.</source>
        <translation>Un fichier texte, un lien par compte, que la plupart des applications d’authentification savent importer.</translation>
    </message>
    <message>
        <source>&amp;Google Authenticator transfer codes</source>
        <translation>Codes de transfert &amp;Google Authenticator</translation>
    </message>
    <message>
        <source>QR codes to scan with Google Authenticator on a phone, shown one after another.</source>
        <translation>Des codes QR à scanner avec Google Authenticator sur un téléphone, affichés l’un après l’autre.</translation>
    </message>
    <message>
        <source>Printable s&amp;heet (PDF)</source>
        <translation>Fic&amp;he imprimable (PDF)</translation>
    </message>
    <message>
        <source>Each account&apos;s QR code and key, to print and keep in a safe place.</source>
        <translation>Le code QR et la clé de chaque compte, à imprimer et à conserver en lieu sûr.</translation>
    </message>
    <message>
        <source>A password for this export. It need not be the vault&apos;s password, but without it the file cannot be opened.</source>
        <translation>Un mot de passe pour cet export. Il peut différer de celui du coffre-fort, mais sans lui le fichier ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Password for the export</source>
        <translation>Mot de passe de l’export</translation>
    </message>
    <message>
        <source>Repeat the password for the export</source>
        <translation>Répétez le mot de passe de l’export</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Encrypting the export…</source>
        <translation>Chiffrement de l’export…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy every account.</source>
        <translation>Quiconque voit ces codes peut copier tous les comptes.</translation>
    </message>
    <message>
        <source>Show them only to your own phone, where no one else can see the screen, and not while sharing the screen or recording it.</source>
        <translation>Ne les montrez qu’à votre propre téléphone, là où personne d’autre ne peut voir l’écran, et pas pendant un partage ou un enregistrement d’écran.</translation>
    </message>
    <message>
        <source>Show Codes</source>
        <translation>Afficher les codes</translation>
    </message>
    <message>
        <source>Anyone who gets this file can copy every account.</source>
        <translation>Quiconque obtient ce fichier peut copier tous les comptes.</translation>
    </message>
    <message>
        <source>The sheet shows every secret key in clear. Print it, keep the paper somewhere safe, and delete the file.</source>
        <translation>La fiche montre chaque clé secrète en clair. Imprimez-la, conservez le papier en lieu sûr et supprimez le fichier.</translation>
    </message>
    <message>
        <source>Export Unencrypted</source>
        <translation>Exporter sans chiffrement</translation>
    </message>
    <message>
        <source>It holds every secret key in clear. Keep it out of shared and synchronised folders, and delete it when you no longer need it.</source>
        <translation>Il contient chaque clé secrète en clair. Tenez-le à l’écart des dossiers partagés et synchronisés, et supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>Every account is in the trash, and only a Tessera backup keeps the trash. Restore the accounts to export them.</source>
        <translation>Tous les comptes sont dans la corbeille, et seule une sauvegarde Tessera conserve la corbeille. Restaurez les comptes pour les exporter.</translation>
    </message>
    <message>
        <source>The vault has no accounts to export yet.</source>
        <translation>Le coffre-fort ne contient encore aucun compte à exporter.</translation>
    </message>
    <message>
        <source>The export was interrupted. Try again.</source>
        <translation>L’export a été interrompu. Réessayez.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported 1 account to %1.</source>
        <translation>1 compte exporté vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 accounts to %2.</source>
        <translation>%1 comptes exportés vers %2.</translation>
    </message>
    <message>
        <source>It is not encrypted: delete it when you are done.</source>
        <translation>Il n’est pas chiffré&#xa0;: supprimez-le quand vous aurez terminé.</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>%1 omis&#xa0;: %2</translation>
    </message>
    <message>
        <source>It could not be noted as a backup: %1</source>
        <translation>Il n’a pas pu être noté comme sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who gets this file can copy every account.</source>
        <translation>Non chiffré&#xa0;: quiconque obtient ce fichier peut copier tous les comptes.</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy every account. Accounts Google Authenticator cannot hold are left out and listed.</source>
        <translation>Quiconque voit ces codes peut copier tous les comptes. Les comptes que Google Authenticator ne peut pas accueillir sont omis et listés.</translation>
    </message>
    <message>
        <source>&amp;Show Codes…</source>
        <translation>Afficher les &amp;codes…</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ImportFileReader</name>
    <message>
        <source>Import Accounts from a File</source>
        <translation>Importer des comptes depuis un fichier</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backups and exports (*.tessera-backup *.json *.2fas *.txt *.csv *.bin *.aes *.authpro)</source>
        <translation>Sauvegardes et exports (*.tessera-backup *.json *.2fas *.txt *.csv *.bin *.aes *.authpro)</translation>
    </message>
    <message>
        <source>Tessera cannot open “%1”: %2. Check that the file is still there and that you may read it.</source>
        <translation>Tessera ne peut pas ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que le fichier est toujours là et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>“%1” is %2 MiB, larger than any export Tessera reads (%3 MiB). Choose the export file itself.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 Mio, plus que tout export que Tessera sait lire (%3 Mio). Choisissez le fichier d’export lui-même.</translation>
    </message>
    <message>
        <source>Tessera cannot read “%1”: %2. Copy the file to this computer and try again.</source>
        <translation>Tessera ne peut pas lire «&#xa0;%1&#xa0;»&#xa0;: %2. Copiez le fichier sur cet ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>There are no accounts in “%1”, so nothing was imported. If the app that made it shows accounts, export them again.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun compte&#xa0;; rien n’a donc été importé. Si l’application qui l’a créé affiche des comptes, exportez-les à nouveau.</translation>
    </message>
    <message>
        <source>It may be damaged or incomplete: export the accounts again and import the new file.</source>
        <translation>Il est peut-être endommagé ou incomplet&#xa0;: exportez à nouveau les comptes et importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>The file seems damaged: export the accounts again and import the new file.</source>
        <translation>Le fichier semble endommagé&#xa0;: exportez à nouveau les comptes et importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>A newer version of Tessera may read it; or export the accounts again in another format.</source>
        <translation>Une version plus récente de Tessera pourra peut-être le lire&#xa0;; sinon, exportez à nouveau les comptes dans un autre format.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. %2</source>
        <translation>Impossible d’importer «&#xa0;%1&#xa0;». %2</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ImportPasswordDialog</name>
    <message>
        <source>Encrypted File</source>
        <translation>Fichier chiffré</translation>
    </message>
    <message>
        <source>“%1” is an encrypted %2 file. Enter the password it was saved with.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier %2 chiffré. Saisissez le mot de passe avec lequel il a été enregistré.</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Mot de passe du fichier</translation>
    </message>
    <message>
        <source>The password chosen when the export or backup was made</source>
        <translation>Le mot de passe choisi lors de la création de l’export ou de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Ouverture du fichier</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Ouverture du fichier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <source>Reading the file was interrupted. Try again.</source>
        <translation>La lecture du fichier a été interrompue. Réessayez.</translation>
    </message>
    <message>
        <source>This password does not open the file. Check it, and Caps Lock, and try again.</source>
        <translation>Ce mot de passe n’ouvre pas le fichier. Vérifiez-le, ainsi que le verrouillage des majuscules, et réessayez.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ImportReviewDialog</name>
    <message>
        <source>Also import accounts that are already in the vault</source>
        <translation>Importer aussi les comptes déjà présents dans le coffre-fort</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found. Tick the accounts to add to the vault.</source>
        <translation>
            <numerusform>%n entrée trouvée. Cochez les comptes à ajouter au coffre-fort.</numerusform>
            <numerusform>%n entrées trouvées. Cochez les comptes à ajouter au coffre-fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found in %1. Tick the accounts to add to the vault.</source>
        <translation>
            <numerusform>%n entrée trouvée dans %1. Cochez les comptes à ajouter au coffre-fort.</numerusform>
            <numerusform>%n entrées trouvées dans %1. Cochez les comptes à ajouter au coffre-fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Repeats an earlier entry of this import</source>
        <translation>Doublon d’une entrée précédente de cet import</translation>
    </message>
    <message>
        <source>Already in the vault as %1</source>
        <translation>Déjà dans le coffre-fort sous le nom %1</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import 1 Account</source>
        <translation>Importer 1 compte</translation>
    </message>
    <message>
        <source>Import %1 Accounts</source>
        <translation>Importer %1 comptes</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entries found</source>
        <translation>Entrées trouvées</translation>
    </message>
    <message>
        <source>Ticked entries are imported. Space ticks or unticks the selected one.</source>
        <translation>Les entrées cochées sont importées. Espace coche ou décoche l’entrée sélectionnée.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::InlineMessage</name>
    <message>
        <source>Message icon</source>
        <translation>Icône du message</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
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
        <translation>1 compte importé.</translation>
    </message>
    <message>
        <source>%1 accounts imported.</source>
        <translation>%1 comptes importés.</translation>
    </message>
    <message>
        <source>No Account Added</source>
        <translation>Aucun compte ajouté</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Le mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>The vault has a new recovery key; the old one no longer works.</source>
        <translation>Le coffre-fort a une nouvelle clé de récupération&#xa0;; l’ancienne ne fonctionne plus.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Add an account (Ctrl+N)</source>
        <translation>Ajouter un compte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Scan QR Code on &amp;Screen</source>
        <translation>Scanner un code QR à l’é&amp;cran</translation>
    </message>
    <message>
        <source>Scan QR Code in a Screen &amp;Region…</source>
        <translation>Scanner une &amp;zone de l’écran…</translation>
    </message>
    <message>
        <source>Read QR Code from &amp;Image File…</source>
        <translation>Lire un code QR depuis un fichier &amp;image…</translation>
    </message>
    <message>
        <source>Scan QR Code with &amp;Camera…</source>
        <translation>Scanner un code QR avec la ca&amp;méra…</translation>
    </message>
    <message>
        <source>&amp;Paste QR Code Image or Link</source>
        <translation>Co&amp;ller une image de code QR ou un lien</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>C&amp;orbeille</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Paramètre&amp;s…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Modifier le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Recovery Key…</source>
        <translation>Clé de &amp;récupération…</translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import accounts from a backup or another app&apos;s export (Ctrl+I)</source>
        <translation>Importer des comptes depuis une sauvegarde ou l’export d’une autre application (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the accounts: a backup, another app&apos;s format, a printout (Ctrl+Shift+E)</source>
        <translation>Exporter les comptes&#xa0;: une sauvegarde, le format d’une autre application, une version imprimable (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Cannot Open This File</source>
        <translation>Impossible d’ouvrir ce fichier</translation>
    </message>
    <message>
        <source>The clipboard holds no QR code image and no otpauth:// link.</source>
        <translation>Le presse-papiers ne contient ni image de code QR ni lien otpauth://.</translation>
    </message>
    <message>
        <source>Then the account found in “%1” is imported.</source>
        <translation>Ensuite, le compte trouvé dans «&#xa0;%1&#xa0;» est importé.</translation>
    </message>
    <message>
        <source>Then the %1 accounts found in “%2” are imported; you choose which.</source>
        <translation>Ensuite, les %1 comptes trouvés dans «&#xa0;%2&#xa0;» sont importés&#xa0;; vous choisissez lesquels.</translation>
    </message>
    <message>
        <source>Cannot Import This File</source>
        <translation>Impossible d’importer ce fichier</translation>
    </message>
    <message>
        <source>No vault was created.</source>
        <translation>Aucun coffre-fort n’a été créé.</translation>
    </message>
    <message>
        <source>Nothing was added to the vault.</source>
        <translation>Rien n’a été ajouté au coffre-fort.</translation>
    </message>
    <message>
        <source>The image file was deleted.</source>
        <translation>Le fichier image a été supprimé.</translation>
    </message>
    <message>
        <source>Not an Authenticator Code</source>
        <translation>Ce n’est pas un code d’authentification</translation>
    </message>
</context>
<context>
    <name>tessera::gui::NewPasswordForm</name>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Au moins %1 caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Con&amp;firmer&#xa0;:</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PasswordEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hide password (%1)</source>
        <translation>Masquer le mot de passe (%1)</translation>
    </message>
    <message>
        <source>Show password (%1)</source>
        <translation>Afficher le mot de passe (%1)</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>Password strength hint</source>
        <translation>Conseil sur la robustesse du mot de passe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PayloadRouter</name>
    <message>
        <source>This QR code is not an authenticator code, so nothing was added. It says: %1</source>
        <translation>Ce code QR n’est pas un code d’authentification&#xa0;; rien n’a donc été ajouté. Il contient&#xa0;: %1</translation>
    </message>
    <message>
        <source>No QR code was found.</source>
        <translation>Aucun code QR n’a été trouvé.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>Aucun code QR n’a été trouvé dans %1.</translation>
    </message>
    <message>
        <source>This QR code looks like an authenticator code but cannot be read: %1</source>
        <translation>Ce code QR ressemble à un code d’authentification mais ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PhoneNumberEditor</name>
    <message>
        <source>The number is right: &amp;keep it anyway</source>
        <translation>Le numéro est correct&#xa0;: le &amp;conserver quand même</translation>
    </message>
    <message>
        <source>+44 7911 123456</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>The phone number registered with the provider, exactly as the provider shows it. Tessera checks it as you type.</source>
        <translation>Le numéro de téléphone enregistré chez le fournisseur, exactement tel que le fournisseur l’affiche. Tessera le vérifie pendant la saisie.</translation>
    </message>
    <message>
        <source>No default country</source>
        <translation>Aucun pays par défaut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Country for numbers without a country code</source>
        <translation>Pays des numéros sans indicatif</translation>
    </message>
    <message>
        <source>Used to read a number typed without &apos;+&apos; and a country code.</source>
        <translation>Sert à lire un numéro saisi sans «&#xa0;+&#xa0;» ni indicatif de pays.</translation>
    </message>
    <message>
        <source>The number in E.164 form</source>
        <translation>Le numéro au format E.164</translation>
    </message>
    <message>
        <source>Replaces the number with its E.164 form. Do this once the provider&apos;s records have the same form.</source>
        <translation>Remplace le numéro par son format E.164. Faites-le une fois que les données du fournisseur utilisent le même format.</translation>
    </message>
    <message>
        <source>Tessera&apos;s phone data (from 2022) may not know newer number ranges. Tick this to save a number it calls not valid.</source>
        <translation>Les données téléphoniques de Tessera (de 2022) peuvent ignorer des plages de numéros plus récentes. Cochez cette case pour enregistrer un numéro qu’il juge non valide.</translation>
    </message>
    <message>
        <source>Tessera does not know this phone number range. Check the number, or tick &quot;keep it anyway&quot; if it is right.</source>
        <translation>Tessera ne connaît pas cette plage de numéros. Vérifiez le numéro, ou cochez «&#xa0;le conserver quand même&#xa0;» s’il est correct.</translation>
    </message>
    <message>
        <source>E.164 form: %1</source>
        <translation>Format E.164&#xa0;: %1</translation>
    </message>
    <message>
        <source>E.164 form: %1 (%2)</source>
        <translation>Format E.164&#xa0;: %1 (numéro %2)</translation>
    </message>
    <message>
        <source>&amp;Use This Form</source>
        <translation>&amp;Utiliser ce format</translation>
    </message>
    <message>
        <source>Use the E.164 form %1</source>
        <translation>Utiliser le format E.164 %1</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PhoneSwapWizard</name>
    <message>
        <source>Phone Swap Assistant</source>
        <translation>Assistant de changement de téléphone</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PortalScreenshot</name>
    <message>
        <source>The screenshot could not be read (%1).</source>
        <translation>La capture d’écran n’a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>Tessera cannot see the screen: the desktop&apos;s screenshot service (xdg-desktop-portal) is not available. Take a screenshot yourself and open it with “Read QR Code from Image File”.</source>
        <translation>Tessera ne peut pas voir l’écran&#xa0;: le service de capture d’écran du bureau (xdg-desktop-portal) n’est pas disponible. Faites vous-même une capture d’écran et ouvrez-la avec «&#xa0;Lire un code QR depuis un fichier image&#xa0;».</translation>
    </message>
    <message>
        <source>The screenshot could not be taken. Try again, or open a saved screenshot with “Read QR Code from Image File”.</source>
        <translation>La capture d’écran n’a pas pu être réalisée. Réessayez, ou ouvrez une capture enregistrée avec «&#xa0;Lire un code QR depuis un fichier image&#xa0;».</translation>
    </message>
    <message>
        <source>The desktop gave the screenshot in a form Tessera cannot read. Open a saved screenshot with “Read QR Code from Image File”.</source>
        <translation>Le bureau a fourni la capture d’écran sous une forme que Tessera ne sait pas lire. Ouvrez une capture enregistrée avec «&#xa0;Lire un code QR depuis un fichier image&#xa0;».</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PrivateFile</name>
    <message>
        <source>Cannot save “%1”: %2. Choose another folder.</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
</context>
<context>
    <name>tessera::gui::QrIntake</name>
    <message>
        <source>the screen</source>
        <translation>l’image de l’écran</translation>
    </message>
    <message>
        <source>Read a QR Code from an Image</source>
        <translation>Lire un code QR depuis une image</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>l’image collée</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>l’image de la caméra</translation>
    </message>
    <message>
        <source>This Google Authenticator export code cannot be read: %1</source>
        <translation>Ce code d’export Google Authenticator est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>A code could not be read and was left out: %1</source>
        <translation>Un code n’a pas pu être lu et a été omis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::QuickSearchPopup</name>
    <message>
        <source>Tessera Quick Search</source>
        <translation>Recherche rapide de Tessera</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Recherche rapide</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>Comptes correspondants</translation>
    </message>
    <message>
        <source>Type to search, Enter to copy</source>
        <translation>Tapez pour rechercher, Entrée pour copier</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Enter copies the code of the selected account and closes; Escape closes.</source>
        <translation>Entrée copie le code du compte sélectionné et ferme la fenêtre&#xa0;; Échap la ferme.</translation>
    </message>
    <message>
        <source>Tessera is locked. Enter the password to search.</source>
        <translation>Tessera est verrouillé. Saisissez le mot de passe pour rechercher.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>The password is wrong. Check Caps Lock and try again.</source>
        <translation>Le mot de passe est incorrect. Vérifiez le verrouillage des majuscules et réessayez.</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Aucun compte ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Aucun compte pour l’instant.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ReadinessDialog</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>Constats du bilan de préparation</translation>
    </message>
    <message>
        <source>Make a Backup…</source>
        <translation>Faire une sauvegarde…</translation>
    </message>
    <message>
        <source>Turn On Automatic Backups…</source>
        <translation>Activer les sauvegardes automatiques…</translation>
    </message>
    <message>
        <source>Check the Recovery Key…</source>
        <translation>Vérifier la clé de récupération…</translation>
    </message>
    <message>
        <source>Add Recovery Codes…</source>
        <translation>Ajouter des codes de récupération…</translation>
    </message>
    <message>
        <source>Record a Second Factor…</source>
        <translation>Renseigner un second facteur…</translation>
    </message>
    <message>
        <source>Add the Email…</source>
        <translation>Ajouter l’e-mail…</translation>
    </message>
    <message>
        <source>Add the Phone Number…</source>
        <translation>Ajouter le numéro de téléphone…</translation>
    </message>
    <message>
        <source>Correct the Phone Number…</source>
        <translation>Corriger le numéro de téléphone…</translation>
    </message>
    <message>
        <source>Check the Phone Number…</source>
        <translation>Vérifier le numéro de téléphone…</translation>
    </message>
    <message>
        <source>Check a Code…</source>
        <translation>Vérifier un code…</translation>
    </message>
    <message>
        <source>Nothing to fix: every account could be recovered as things stand.</source>
        <translation>Rien à corriger&#xa0;: en l’état, chaque compte pourrait être récupéré.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>Le coffre-fort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recovery Readiness</source>
        <translation>Bilan de préparation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryAccountPage</name>
    <message>
        <source>Which Account?</source>
        <translation>Quel compte&#xa0;?</translation>
    </message>
    <message>
        <source>Tessera walks you through the provider&apos;s own recovery, step by step. Nothing here changes your account at the provider.</source>
        <translation>Tessera vous guide pas à pas dans la procédure de récupération propre au fournisseur. Rien ici ne modifie votre compte chez le fournisseur.</translation>
    </message>
    <message>
        <source>e.g. AWS root user for billing@example.com</source>
        <translation>p. ex. utilisateur root AWS pour billing@example.com</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in the trash</source>
        <translation>%1, dans la corbeille</translation>
    </message>
    <message>
        <source>An account that is not in Tessera</source>
        <translation>Un compte absent de Tessera</translation>
    </message>
    <message>
        <source>Cannot Start</source>
        <translation>Impossible de commencer</translation>
    </message>
    <message>
        <source>Typical waiting time: %1</source>
        <translation>Délai d’attente habituel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryChecklist</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryCodesEditor</name>
    <message>
        <source>Remove &amp;used codes</source>
        <translation>Retirer les codes &amp;utilisés</translation>
    </message>
    <message>
        <source>Remove a&amp;ll codes</source>
        <translation>Retirer &amp;tous les codes</translation>
    </message>
    <message>
        <source>A&amp;dd these codes</source>
        <translation>A&amp;jouter ces codes</translation>
    </message>
    <message>
        <source>Stored recovery codes</source>
        <translation>Codes de récupération enregistrés</translation>
    </message>
    <message>
        <source>Removes the codes marked used from the list.</source>
        <translation>Retire de la liste les codes marqués comme utilisés.</translation>
    </message>
    <message>
        <source>Removes every code, for example before pasting a new set. Nothing is saved until you press Save.</source>
        <translation>Retire tous les codes, par exemple avant de coller une nouvelle série. Rien n’est enregistré tant que vous n’appuyez pas sur Enregistrer.</translation>
    </message>
    <message>
        <source>&amp;New codes, one per line:</source>
        <translation>&amp;Nouveaux codes, un par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the codes the provider gave you</source>
        <translation>Collez les codes que le fournisseur vous a donnés</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nouveaux codes de récupération</translation>
    </message>
    <message>
        <source>Paste the block of recovery codes from the provider, one code per line, then press Add these codes.</source>
        <translation>Collez le bloc de codes de récupération du fournisseur, un code par ligne, puis appuyez sur Ajouter ces codes.</translation>
    </message>
    <message>
        <source>Adds the pasted codes to the list; codes already stored are skipped.</source>
        <translation>Ajoute les codes collés à la liste&#xa0;; les codes déjà enregistrés sont ignorés.</translation>
    </message>
    <message>
        <source>No recovery codes stored yet.</source>
        <translation>Aucun code de récupération enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Recovery code %1</source>
        <translation>Code de récupération %1</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>Recovery code %1 used</source>
        <translation>Code de récupération %1 utilisé</translation>
    </message>
    <message>
        <source>Marked used on %1.</source>
        <translation>Marqué comme utilisé le %1.</translation>
    </message>
    <message>
        <source>Tick once the code has been used; each code works only once.</source>
        <translation>Cochez dès que le code a été utilisé&#xa0;; chaque code ne fonctionne qu’une fois.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy recovery code %1</source>
        <translation>Copier le code de récupération %1</translation>
    </message>
    <message>
        <source>Copies the code to the clipboard and marks it used.</source>
        <translation>Copie le code dans le presse-papiers et le marque comme utilisé.</translation>
    </message>
    <message>
        <source>Paste the recovery codes the provider gave you when you set up two-factor sign-in. Each works once, when the authenticator is lost.</source>
        <translation>Collez les codes de récupération que le fournisseur vous a donnés lors de la configuration de la connexion à deux facteurs. Chacun fonctionne une fois, quand l’application d’authentification est perdue.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n code(s).</source>
        <translation>
            <numerusform>%n code ajouté.</numerusform>
            <numerusform>%n codes ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already stored or repeated.</source>
        <translation>
            <numerusform>%n ligne déjà enregistrée ou en double.</numerusform>
            <numerusform>%n lignes déjà enregistrées ou en double.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) stored, %1 not used yet. Copying a code marks it used.</source>
        <translation>
            <numerusform>%n code enregistré, dont %1 encore à utiliser. Copier un code le marque comme utilisé.</numerusform>
            <numerusform>%n codes enregistrés, dont %1 encore à utiliser. Copier un code le marque comme utilisé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryFactorsPage</name>
    <message>
        <source>&amp;Done, Next Step</source>
        <translation>&amp;Fait, étape suivante</translation>
    </message>
    <message>
        <source>It &amp;Failed</source>
        <translation>Ç&amp;a a échoué</translation>
    </message>
    <message>
        <source>The phone number on file</source>
        <translation>Le numéro de téléphone enregistré</translation>
    </message>
    <message>
        <source>Your unused recovery codes</source>
        <translation>Vos codes de récupération non utilisés</translation>
    </message>
    <message>
        <source>The Provider&apos;s Recovery</source>
        <translation>La récupération du fournisseur</translation>
    </message>
    <message>
        <source>Follow the provider&apos;s pages; tick each step here as you complete it. You can close Tessera while you wait: the assistant resumes where you left off.</source>
        <translation>Suivez les pages du fournisseur&#xa0;; cochez ici chaque étape une fois terminée. Vous pouvez fermer Tessera pendant l’attente&#xa0;: l’assistant reprend là où vous l’avez laissé.</translation>
    </message>
    <message>
        <source>Steps of the recovery</source>
        <translation>Étapes de la récupération</translation>
    </message>
    <message>
        <source>The number exactly as the provider shows it</source>
        <translation>Le numéro exactement tel que le fournisseur l’affiche</translation>
    </message>
    <message>
        <source>Phone number on file</source>
        <translation>Numéro de téléphone enregistré</translation>
    </message>
    <message>
        <source>An automated call fails when the number lacks its + and country code. Copy the number from the provider&apos;s contact settings here before the call.</source>
        <translation>Un appel automatisé échoue si le numéro n’a pas son + et son indicatif de pays. Avant l’appel, copiez ici le numéro depuis les coordonnées enregistrées chez le fournisseur.</translation>
    </message>
    <message>
        <source>&amp;Way in:</source>
        <translation>&amp;Moyen d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Typical waiting: %1</source>
        <translation>Attente habituelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Étape en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every step is done: you are back in. Next, set up a new authenticator.</source>
        <translation>Toutes les étapes sont faites&#xa0;: vous avez retrouvé l’accès. Configurez maintenant une nouvelle application d’authentification.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is in E.164 form, as the provider needs it.</source>
        <translation>%1 est au format E.164, comme l’exige le fournisseur.</translation>
    </message>
    <message>
        <source>Put it in the provider&apos;s contact settings exactly as %1.</source>
        <translation>Indiquez-le dans les coordonnées chez le fournisseur exactement sous la forme %1.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy recovery code %1 and mark it used</source>
        <translation>Copier le code de récupération %1 et le marquer comme utilisé</translation>
    </message>
    <message>
        <source>Copy in E.164 F&amp;orm</source>
        <translation>Copier au f&amp;ormat E.164</translation>
    </message>
    <message>
        <source>Then Try the Step Again</source>
        <translation>Puis réessayer l’étape</translation>
    </message>
    <message>
        <source>Then Carry On</source>
        <translation>Puis continuer</translation>
    </message>
    <message>
        <source>Then Start This Way Over</source>
        <translation>Puis recommencer ce moyen d’accès</translation>
    </message>
    <message>
        <source>Switch to: %1</source>
        <translation>Passer à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take Another Way In</source>
        <translation>Choisir un autre moyen d’accès</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryKeyDialog</name>
    <message>
        <source>&amp;Make a New Recovery Key…</source>
        <translation>&amp;Créer une nouvelle clé…</translation>
    </message>
    <message>
        <source>&amp;Make the New Key</source>
        <translation>&amp;Créer la nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Recovery Key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>The recovery key opens your vault when the password is forgotten. It is a second key, made of 14 groups of four letters and digits.</source>
        <translation>La clé de récupération ouvre votre coffre-fort si vous avez oublié le mot de passe. C’est une seconde clé, composée de 14 groupes de quatre lettres et chiffres.</translation>
    </message>
    <message>
        <source>Tessera showed it once, when the vault was created, and cannot show it again: only a protected form of it is stored. If you have lost it, or someone else may have seen it, make a new one. The old key then stops working.</source>
        <translation>Tessera l’a affichée une seule fois, à la création du coffre-fort, et ne peut plus l’afficher&#xa0;: seule une forme protégée en est conservée. Si vous l’avez perdue, ou si quelqu’un d’autre a pu la voir, créez-en une nouvelle. L’ancienne clé cesse alors de fonctionner.</translation>
    </message>
    <message>
        <source>Asks for confirmation, then replaces the recovery key.</source>
        <translation>Demande une confirmation, puis remplace la clé de récupération.</translation>
    </message>
    <message>
        <source>Your current recovery key will stop working the moment the new one is made. Saved or printed copies of it become useless.</source>
        <translation>Votre clé de récupération actuelle cessera de fonctionner dès que la nouvelle sera créée. Ses copies enregistrées ou imprimées deviendront inutiles.</translation>
    </message>
    <message>
        <source>The new key is shown once, on the next screen. Have a safe place ready: a password manager, a USB stick kept in a drawer, or paper.</source>
        <translation>La nouvelle clé n’est affichée qu’une fois, sur l’écran suivant. Préparez un endroit sûr&#xa0;: un gestionnaire de mots de passe, une clé USB rangée dans un tiroir, ou du papier.</translation>
    </message>
    <message>
        <source>Replaces the recovery key now; the old one stops working.</source>
        <translation>Remplace la clé de récupération maintenant&#xa0;; l’ancienne cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Keeps the current recovery key.</source>
        <translation>Conserve la clé de récupération actuelle.</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: copy it into a password manager, save it, print it or write it down, and keep it away from this computer.</source>
        <translation>Voici votre nouvelle clé de récupération. Elle n’est affichée que maintenant&#xa0;: copiez-la dans un gestionnaire de mots de passe, enregistrez-la, imprimez-la ou notez-la, et conservez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Closes the window; the recovery key stays as it is.</source>
        <translation>Ferme la fenêtre&#xa0;; la clé de récupération reste inchangée.</translation>
    </message>
    <message>
        <source>Closes the window. The key cannot be shown again.</source>
        <translation>Ferme la fenêtre. La clé ne pourra plus être affichée.</translation>
    </message>
    <message>
        <source>The recovery key was not changed: %1</source>
        <translation>La clé de récupération n’a pas été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close Without Keeping the Key?</source>
        <translation>Fermer sans conserver la clé&#xa0;?</translation>
    </message>
    <message>
        <source>The new recovery key cannot be shown again, and the old one no longer works.</source>
        <translation>La nouvelle clé de récupération ne pourra plus être affichée, et l’ancienne ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Without it, only your password opens the vault.</source>
        <translation>Sans elle, seul votre mot de passe ouvre le coffre-fort.</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryKeyPage</name>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If you forget your password, this key is the only way back into your vault. It is shown only now: print it or save it somewhere safe, away from this computer.</source>
        <translation>Si vous oubliez votre mot de passe, cette clé est le seul moyen de rouvrir votre coffre-fort. Elle n’est affichée que maintenant&#xa0;: imprimez-la ou enregistrez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>To check, type the key&apos;s &amp;last group:</source>
        <translation>Pour vérifier, saisissez le &amp;dernier groupe de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Dernier groupe de la clé de récupération</translation>
    </message>
    <message>
        <source>The %1 characters at the end of the recovery key</source>
        <translation>Les %1 caractères à la fin de la clé de récupération</translation>
    </message>
    <message>
        <source>Opens your new, empty vault</source>
        <translation>Ouvre votre nouveau coffre-fort, encore vide</translation>
    </message>
    <message>
        <source>That is not the last group. It is the group at the end of the key.</source>
        <translation>Ce n’est pas le dernier groupe. Il s’agit du groupe situé à la fin de la clé.</translation>
    </message>
    <message>
        <source>Tick the box above once the key is kept somewhere safe.</source>
        <translation>Cochez la case ci-dessus une fois la clé conservée en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryKeyView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>I have &amp;kept this key somewhere safe, away from this computer</source>
        <translation>J’ai conservé cette clé en lieu &amp;sûr, loin de cet ordinateur</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Copies the key to the clipboard; it is cleared from there after a short time.</source>
        <translation>Copie la clé dans le presse-papiers&#xa0;; elle en est effacée peu après.</translation>
    </message>
    <message>
        <source>Saves the key in a text file only you can read. Move that file off this computer, for example to a USB stick.</source>
        <translation>Enregistre la clé dans un fichier texte lisible par vous seul. Déplacez ce fichier hors de cet ordinateur, par exemple sur une clé USB.</translation>
    </message>
    <message>
        <source>Prints the key to keep on paper.</source>
        <translation>Imprime la clé pour la conserver sur papier.</translation>
    </message>
    <message>
        <source>Tick once the key is saved, printed or written down: it cannot be shown again.</source>
        <translation>Cochez une fois la clé enregistrée, imprimée ou notée&#xa0;: elle ne pourra plus être affichée.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds: paste it into your password manager now.</source>
        <translation>Copiée. Le presse-papiers sera vidé dans %1 secondes&#xa0;: collez-la dès maintenant dans votre gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Tessera locks or quits.</source>
        <translation>Copiée. Le presse-papiers sera vidé au verrouillage ou à la fermeture de Tessera.</translation>
    </message>
    <message>
        <source>Save the Recovery Key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>tessera-recovery-key.txt</source>
        <translation>tessera-cle-de-recuperation.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved to %1, readable only by you. Move it off this computer, for example to a USB stick kept in a drawer.</source>
        <translation>Enregistrée dans %1, lisible par vous seul. Déplacez-la hors de cet ordinateur, par exemple sur une clé USB rangée dans un tiroir.</translation>
    </message>
    <message>
        <source>There is no recovery key to save.</source>
        <translation>Il n’y a aucune clé de récupération à enregistrer.</translation>
    </message>
    <message>
        <source>Could not make %1 private: %2. Choose another file.</source>
        <translation>Impossible de rendre %1 privé&#xa0;: %2. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 would be readable by other users, so it was removed. Choose a folder in your home folder.</source>
        <translation>%1 aurait été lisible par d’autres utilisateurs&#xa0;; il a donc été supprimé. Choisissez un dossier situé dans votre dossier personnel.</translation>
    </message>
    <message>
        <source>Tessera recovery key</source>
        <translation>Clé de récupération Tessera</translation>
    </message>
    <message>
        <source>Print the Recovery Key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the page somewhere safe.</source>
        <translation>Envoyée à l’imprimante. Conservez la page en lieu sûr.</translation>
    </message>
    <message>
        <source>Tessera recovery key

Vault: %1
Made on: %2

%3

This key opens the vault if its password is forgotten: choose &quot;Use recovery key&quot; when unlocking. Keep it private and away from the computer: anyone with this key and the vault file can read your accounts. Making a new recovery key in Tessera&apos;s settings makes this one stop working.
</source>
        <translation>Clé de récupération Tessera

Coffre-fort&#xa0;: %1
Créée le&#xa0;: %2

%3

Cette clé ouvre le coffre-fort si son mot de passe est oublié&#xa0;: choisissez «&#xa0;Clé de récupération…&#xa0;» lors du déverrouillage. Gardez-la secrète et loin de l’ordinateur&#xa0;: quiconque possède cette clé et le fichier du coffre-fort peut lire vos comptes. Créer une nouvelle clé de récupération dans les paramètres de Tessera rend celle-ci inutilisable.
</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryPreventPage</name>
    <message>
        <source>Make a &amp;Backup Now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Save the Recovery &amp;Kit (PDF)…</source>
        <translation>Enregistrer le &amp;kit (PDF)…</translation>
    </message>
    <message>
        <source>Record a Second &amp;Factor…</source>
        <translation>Renseigner un second &amp;facteur…</translation>
    </message>
    <message>
        <source>Turn On &amp;Automatic Backups…</source>
        <translation>Activer les sauvegardes &amp;automatiques…</translation>
    </message>
    <message>
        <source>So It Does Not Happen Again</source>
        <translation>Pour que cela ne se reproduise pas</translation>
    </message>
    <message>
        <source>A few minutes now save days later.</source>
        <translation>Quelques minutes aujourd’hui vous épargneront des jours plus tard.</translation>
    </message>
    <message>
        <source>The kit lists the account&apos;s email, phone number in E.164 form, unused recovery codes and the provider&apos;s recovery steps: print it and keep it with your papers. A second authenticator registered with the provider (AWS allows up to eight) is the cheapest way never to need this again.</source>
        <translation>Le kit recense l’e-mail du compte, le numéro de téléphone au format E.164, les codes de récupération non utilisés et les étapes de récupération du fournisseur&#xa0;: imprimez-le et rangez-le avec vos papiers. Une seconde application d’authentification enregistrée chez le fournisseur (AWS en autorise jusqu’à huit) est le moyen le moins coûteux de ne plus jamais en avoir besoin.</translation>
    </message>
    <message>
        <source>Save the Recovery Kit</source>
        <translation>Enregistrer le kit de récupération</translation>
    </message>
    <message>
        <source>recovery-kit.pdf</source>
        <translation>kit-de-recuperation.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1. Anyone with this sheet can sign in as you: print it, keep it safe, and delete the file.</source>
        <translation>%1 enregistré. Quiconque possède cette fiche peut se connecter à votre place&#xa0;: imprimez-la, conservez-la en lieu sûr et supprimez le fichier.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryReEnrolPage</name>
    <message>
        <source>Move the Old Entry to the &amp;Trash</source>
        <translation>Me&amp;ttre l’ancienne entrée à la corbeille</translation>
    </message>
    <message>
        <source>Store the New &amp;Recovery Codes…</source>
        <translation>Enregistrer les codes de &amp;récupération…</translation>
    </message>
    <message>
        <source>Set Up a New Authenticator</source>
        <translation>Configurer un nouvel authentificateur</translation>
    </message>
    <message>
        <source>In the provider&apos;s security settings, add or replace the authenticator app: it shows a new QR code. Read it into Tessera, then type the codes below into the provider&apos;s form.</source>
        <translation>Dans les paramètres de sécurité du fournisseur, ajoutez ou remplacez l’application d’authentification&#xa0;: un nouveau code QR s’affiche. Lisez-le dans Tessera, puis saisissez les codes ci-dessous dans le formulaire du fournisseur.</translation>
    </message>
    <message>
        <source>Scan the &amp;Screen</source>
        <translation>Scanner l’é&amp;cran</translation>
    </message>
    <message>
        <source>Read an &amp;Image File…</source>
        <translation>Lire un fichier &amp;image…</translation>
    </message>
    <message>
        <source>Scan with &amp;Camera…</source>
        <translation>Scanner avec la ca&amp;méra…</translation>
    </message>
    <message>
        <source>Waiting for the new QR code.</source>
        <translation>En attente du nouveau code QR.</translation>
    </message>
    <message>
        <source>New: %1. If the provider asks for two codes in a row, type the first, then the second.</source>
        <translation>Nouveau&#xa0;: %1. Si le fournisseur demande deux codes consécutifs, saisissez le premier, puis le second.</translation>
    </message>
    <message>
        <source> (%1 s left)</source>
        <translation> (encore %1 s)</translation>
    </message>
    <message>
        <source>%1%2   then   %3</source>
        <translation>%1%2   puis   %3</translation>
    </message>
    <message>
        <source>The old entry is in the trash; it can be restored for a while.</source>
        <translation>L’ancienne entrée est dans la corbeille&#xa0;; elle peut être restaurée pendant un certain temps.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryTroubleshootPage</name>
    <message>
        <source>&amp;Restore from the Trash</source>
        <translation>Res&amp;taurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Search a &amp;Backup File…</source>
        <translation>Chercher dans une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Check the &amp;Clock</source>
        <translation>Vérifier l’&amp;horloge</translation>
    </message>
    <message>
        <source>The Codes &amp;Work Again</source>
        <translation>Les codes &amp;fonctionnent</translation>
    </message>
    <message>
        <source>Troubleshoot First</source>
        <translation>D’abord, le dépannage</translation>
    </message>
    <message>
        <source>Often the seed is not lost at all, or the codes are only out of step.</source>
        <translation>Souvent, la clé secrète n’est pas perdue du tout, ou les codes sont simplement décalés.</translation>
    </message>
    <message>
        <source>Where is the seed?</source>
        <translation>Où est la clé secrète&#xa0;?</translation>
    </message>
    <message>
        <source>Is this computer&apos;s clock right?</source>
        <translation>L’horloge de cet ordinateur est-elle à l’heure&#xa0;?</translation>
    </message>
    <message>
        <source>Codes depend on the time: a clock a minute off gives codes the provider refuses. The check asks %1 once.</source>
        <translation>Les codes dépendent de l’heure&#xa0;: une horloge décalée d’une minute produit des codes que le fournisseur refuse. La vérification interroge %1 une seule fois.</translation>
    </message>
    <message>
        <source>Re-sync</source>
        <translation>Resynchronisation</translation>
    </message>
    <message>
        <source>The code the provider accepted, or two in a row</source>
        <translation>Le code accepté par le fournisseur, ou deux codes consécutifs</translation>
    </message>
    <message>
        <source>Codes for re-sync</source>
        <translation>Codes pour la resynchronisation</translation>
    </message>
    <message>
        <source>Type a code another device shows for this account, or the codes the provider accepted; Tessera finds how far out of step it is, or which setting is wrong.</source>
        <translation>Saisissez un code qu’un autre appareil affiche pour ce compte, ou les codes que le fournisseur a acceptés&#xa0;; Tessera détermine l’ampleur du décalage, ou quel paramètre est erroné.</translation>
    </message>
    <message>
        <source>Still locked out? Next goes through the provider&apos;s recovery.</source>
        <translation>Toujours bloqué&#xa0;? Suivant passe à la procédure de récupération du fournisseur.</translation>
    </message>
    <message>
        <source>Cannot Read the Backup</source>
        <translation>Impossible de lire la sauvegarde</translation>
    </message>
    <message>
        <source>%1 is not in Tessera. If you ever made a backup or exported from a phone, search that file: the seed may be in it.</source>
        <translation>%1 n’est pas dans Tessera. Si vous avez déjà fait une sauvegarde ou un export depuis un téléphone, cherchez dans ce fichier&#xa0;: la clé secrète s’y trouve peut-être.</translation>
    </message>
    <message>
        <source>The seed is in Tessera&apos;s trash. Restore it, and its codes work again.</source>
        <translation>La clé secrète est dans la corbeille de Tessera. Restaurez-la, et ses codes fonctionneront à nouveau.</translation>
    </message>
    <message>
        <source>The seed is in Tessera. If the provider refuses its codes, check the clock and re-sync below.</source>
        <translation>La clé secrète est dans Tessera. Si le fournisseur refuse ses codes, vérifiez l’horloge et resynchronisez ci-dessous.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>Restored: the account is back in the list with its codes.</source>
        <translation>Restauré&#xa0;: le compte est de retour dans la liste avec ses codes.</translation>
    </message>
    <message>
        <source>Not in This Backup</source>
        <translation>Absent de cette sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n account(s), none of them %2.</source>
        <translation>
            <numerusform>%1 contient %n compte, qui n’est pas %2.</numerusform>
            <numerusform>%1 contient %n comptes, dont aucun n’est %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in %2. Create a vault (or open yours) and import that file to have its codes again.</source>
        <translation>%1 se trouve dans %2. Créez un coffre-fort (ou ouvrez le vôtre) et importez ce fichier pour retrouver ses codes.</translation>
    </message>
    <message numerus="yes">
        <source>Found in the backup and added to Tessera (%n account(s)).</source>
        <translation>
            <numerusform>Trouvé dans la sauvegarde et ajouté à Tessera (%n compte).</numerusform>
            <numerusform>Trouvé dans la sauvegarde et ajouté à Tessera (%n comptes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>The clock check did not finish.</source>
        <translation>La vérification de l’horloge n’a pas abouti.</translation>
    </message>
    <message>
        <source>&amp;Fix the Account&apos;s Settings</source>
        <translation>&amp;Corriger les paramètres du compte</translation>
    </message>
    <message>
        <source>Fixed: the account now gives the codes you typed.</source>
        <translation>Corrigé&#xa0;: le compte donne maintenant les codes que vous avez saisis.</translation>
    </message>
    <message>
        <source>&amp;Set the Counter to %1</source>
        <translation>Ré&amp;gler le compteur sur %1</translation>
    </message>
    <message>
        <source>The counter was set: the next code is the one the provider expects.</source>
        <translation>Le compteur a été réglé&#xa0;: le prochain code est celui qu’attend le fournisseur.</translation>
    </message>
    <message>
        <source>Not Yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Cannot Go On</source>
        <translation>Impossible de continuer</translation>
    </message>
    <message>
        <source>Re-s&amp;ync</source>
        <translation>Resy&amp;nchroniser</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryWizard</name>
    <message>
        <source>Recover an Account</source>
        <translation>Récupérer un compte</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RegionSelector</name>
    <message>
        <source>Select the QR Code</source>
        <translation>Sélectionner le code QR</translation>
    </message>
    <message>
        <source>Drag around the QR code. Enter scans the whole screen, Esc cancels.</source>
        <translation>Faites glisser autour du code QR. Entrée scanne tout l’écran, Échap annule.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Open Copy</source>
        <translation>&amp;Ouvrir la copie</translation>
    </message>
    <message>
        <source>&amp;Bring Back</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore from an Automatic Backup</source>
        <translation>Restaurer depuis une sauvegarde automatique</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Copies de sauvegarde</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Choose a copy, and type the password the vault had when the copy was written.</source>
        <translation>Choisissez une copie et saisissez le mot de passe qu’avait le coffre-fort lorsque cette copie a été écrite.</translation>
    </message>
    <message>
        <source>Tick the accounts to bring back. An account changed since then comes back beside the current one; nothing is overwritten.</source>
        <translation>Cochez les comptes à restaurer. Un compte modifié depuis revient à côté de la version actuelle&#xa0;; rien n’est écrasé.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n compte</numerusform>
            <numerusform>%1&#xa0;: %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There are no automatic backups in %1 yet.</source>
        <translation>Il n’y a encore aucune sauvegarde automatique dans %1.</translation>
    </message>
    <message>
        <source>This copy cannot be opened.</source>
        <translation>Impossible d’ouvrir cette copie.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation>Dans le coffre-fort</translation>
    </message>
    <message>
        <source>Tick at least one account.</source>
        <translation>Cochez au moins un compte.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n’a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password of the copy</source>
        <translation>Mot de passe de la copie</translation>
    </message>
    <message>
        <source>Accounts in the copy</source>
        <translation>Comptes de la copie</translation>
    </message>
    <message>
        <source>Ticked accounts are brought back. Space ticks or unticks the selected one.</source>
        <translation>Les comptes cochés sont restaurés. Espace coche ou décoche le compte sélectionné.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ScreenScanner</name>
    <message>
        <source>No QR code found on the screen. Make sure the whole code is visible, or select the region around it.</source>
        <translation>Aucun code QR trouvé à l’écran. Vérifiez que le code est entièrement visible, ou sélectionnez la zone qui l’entoure.</translation>
    </message>
    <message>
        <source>Tessera cannot capture the screen on this desktop. Take a screenshot yourself and open it with “Read QR Code from Image File”, or paste it with Ctrl+V.</source>
        <translation>Tessera ne peut pas capturer l’écran sur ce bureau. Faites vous-même une capture d’écran et ouvrez-la avec «&#xa0;Lire un code QR depuis un fichier image&#xa0;», ou collez-la avec Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SettingsDialog</name>
    <message>
        <source>Loc&amp;k when the screen locks or the computer sleeps</source>
        <translation>&amp;Verrouiller avec l’écran ou à la mise en veille</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Modifier le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Show or Regenerate &amp;Recovery Key…</source>
        <translation>Clé de &amp;récupération…</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Icône dans la zone de &amp;notification</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Tessera running in the tray</source>
        <translation>&amp;Fermer la fenêtre laisse Tessera actif dans la zone de notification</translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation>Démarrer ré&amp;duit</translation>
    </message>
    <message>
        <source>Show the &amp;next code below the current one</source>
        <translation>Afficher le &amp;prochain code sous le code actuel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
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
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light or dark colours, or the desktop&apos;s choice.</source>
        <translation>Couleurs claires ou sombres, ou le choix du bureau.</translation>
    </message>
    <message>
        <source>Each row also shows the code that comes after the current one, for sites that ask for two codes.</source>
        <translation>Chaque ligne affiche aussi le code qui suit le code actuel, pour les sites qui demandent deux codes.</translation>
    </message>
    <message>
        <source>Always show codes</source>
        <translation>Toujours afficher les codes</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>Masquer les codes jusqu’au clic</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Affichage des codes</translation>
    </message>
    <message>
        <source>Hidden codes show as dots until you click or select the row, for when others can see your screen.</source>
        <translation>Les codes masqués s’affichent sous forme de points jusqu’à ce que vous cliquiez sur la ligne ou la sélectionniez, pour quand d’autres personnes peuvent voir votre écran.</translation>
    </message>
    <message>
        <source>My order (drag to rearrange)</source>
        <translation>Manuel (faire glisser)</translation>
    </message>
    <message>
        <source>Alphabetical</source>
        <translation>Alphabétique</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Ordre de la liste</translation>
    </message>
    <message>
        <source>Favourites always come first.</source>
        <translation>Les favoris viennent toujours en premier.</translation>
    </message>
    <message>
        <source>An icon beside the clock with Show, Quick search, Lock and Quit, where the desktop has a tray.</source>
        <translation>Une icône à côté de l’horloge, avec Afficher, Recherche rapide, Verrouiller et Quitter, si le bureau dispose d’une zone de notification.</translation>
    </message>
    <message>
        <source>When on, closing the window hides it and Tessera keeps running; quit from the tray icon or with Ctrl+Q.</source>
        <translation>Si cette option est activée, fermer la fenêtre la masque et Tessera continue de fonctionner&#xa0;; quittez depuis l’icône de notification ou avec Ctrl+Q.</translation>
    </message>
    <message>
        <source>Tessera starts without showing its window: in the tray where there is one, otherwise minimised.</source>
        <translation>Tessera démarre sans afficher sa fenêtre&#xa0;: dans la zone de notification s’il y en a une, sinon réduit.</translation>
    </message>
    <message>
        <source>Account List</source>
        <translation>Liste des comptes</translation>
    </message>
    <message>
        <source>Cod&amp;es:</source>
        <translation>Cod&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Window and Tray</source>
        <translation>Fenêtre et zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray right now. These settings take effect where there is one.</source>
        <translation>Ce bureau n’a pas de zone de notification pour le moment. Ces paramètres s’appliquent là où il y en a une.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Minutes d’inactivité avant verrouillage</translation>
    </message>
    <message>
        <source>Tessera locks after this many minutes without use. 0 means never.</source>
        <translation>Tessera se verrouille après ce nombre de minutes sans utilisation. 0 signifie jamais.</translation>
    </message>
    <message>
        <source>Locks Tessera when the desktop locks the screen and before the computer suspends.</source>
        <translation>Verrouille Tessera quand le bureau verrouille l’écran et avant la mise en veille de l’ordinateur.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Only on lock or quit</source>
        <translation>Au verrouillage ou à la sortie</translation>
    </message>
    <message>
        <source>Clear copied codes after seconds</source>
        <translation>Secondes avant l’effacement des codes copiés</translation>
    </message>
    <message>
        <source>A copied code is removed from the clipboard after this many seconds, if it is still there. 0 keeps it until Tessera locks or quits.</source>
        <translation>Un code copié est retiré du presse-papiers après ce nombre de secondes, s’il s’y trouve encore. 0 le conserve jusqu’au verrouillage ou à la fermeture de Tessera.</translation>
    </message>
    <message>
        <source>Opens a window to change the vault&apos;s password.</source>
        <translation>Ouvre une fenêtre pour modifier le mot de passe du coffre-fort.</translation>
    </message>
    <message>
        <source>Explains the recovery key and lets you replace it with a new one.</source>
        <translation>Explique la clé de récupération et permet de la remplacer par une nouvelle.</translation>
    </message>
    <message>
        <source>Unlock the vault to change its password or recovery key.</source>
        <translation>Déverrouillez le coffre-fort pour modifier son mot de passe ou sa clé de récupération.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Verrouiller après &amp;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Clear copied &amp;codes after:</source>
        <translation>Effa&amp;cer les codes copiés après&#xa0;:</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre-fort</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Sa&amp;uvegardes</translation>
    </message>
    <message>
        <source>Changes are already saved.</source>
        <translation>Les modifications sont déjà enregistrées.</translation>
    </message>
    <message>
        <source>Start Tessera when you log &amp;in</source>
        <translation>Lancer Tessera à la connex&amp;ion</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect when Tessera restarts.</source>
        <translation>Prend effet au redémarrage de Tessera.</translation>
    </message>
    <message>
        <source>The language of Tessera&apos;s windows; the system default follows the desktop&apos;s language.</source>
        <translation>La langue des fenêtres de Tessera&#xa0;; «&#xa0;Langue du système&#xa0;» suit la langue du bureau.</translation>
    </message>
    <message>
        <source>Adds Tessera to the programs your desktop starts when you log in. With &quot;Start minimised&quot; it waits in the tray.</source>
        <translation>Ajoute Tessera aux programmes que votre bureau lance à la connexion. Avec «&#xa0;Démarrer réduit&#xa0;», il attend dans la zone de notification.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ShowQrDialog</name>
    <message>
        <source>QR Code of %1</source>
        <translation>Code QR de %1</translation>
    </message>
    <message>
        <source>Anyone who sees this code can copy your account. Show it?</source>
        <translation>Quiconque voit ce code peut copier votre compte. L’afficher&#xa0;?</translation>
    </message>
    <message>
        <source>Show it only to add %1 to your own phone, where no one else can see the screen.</source>
        <translation>Ne l’affichez que pour ajouter %1 à votre propre téléphone, là où personne d’autre ne peut voir l’écran.</translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message>
        <source>Scan it with your phone&apos;s authenticator app, then close this window.</source>
        <translation>Scannez-le avec l’application d’authentification de votre téléphone, puis fermez cette fenêtre.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Cannot save the QR code as a PNG image.</source>
        <translation>Impossible d’enregistrer le code QR en image PNG.</translation>
    </message>
    <message>
        <source>Cannot print: the printer is not ready. Check it and try again.</source>
        <translation>Impossible d’imprimer&#xa0;: l’imprimante n’est pas prête. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>%1 QR code.png</source>
        <translation>Code QR %1.png</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Print QR Code</source>
        <translation>Imprimer le code QR</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapAppsPage</name>
    <message>
        <source>App on the &amp;old phone:</source>
        <translation>&amp;Ancien téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>App on the &amp;new phone:</source>
        <translation>&amp;Nouveau téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Which Apps?</source>
        <translation>Quelles applications&#xa0;?</translation>
    </message>
    <message>
        <source>Each app moves accounts its own way.</source>
        <translation>Chaque application transfère les comptes à sa manière.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapDirectionPage</name>
    <message>
        <source>From my old phone to Tessera</source>
        <translation>De mon ancien téléphone vers Tessera</translation>
    </message>
    <message>
        <source>From Tessera to my new phone</source>
        <translation>De Tessera vers mon nouveau téléphone</translation>
    </message>
    <message>
        <source>Both: from the old phone to Tessera, then to the new phone</source>
        <translation>Les deux&#xa0;: de l’ancien téléphone vers Tessera, puis vers le nouveau</translation>
    </message>
    <message>
        <source>Before You Swap Phones</source>
        <translation>Avant de changer de téléphone</translation>
    </message>
    <message>
        <source>Move every account before the old phone is wiped or handed in. An account left behind can only be recovered through its provider, which can take days.</source>
        <translation>Transférez chaque compte avant que l’ancien téléphone ne soit effacé ou rendu. Un compte oublié ne peut être récupéré que par son fournisseur, ce qui peut prendre des jours.</translation>
    </message>
    <message>
        <source>Keep the old phone working until the last step: it is how you check that every account arrived.</source>
        <translation>Gardez l’ancien téléphone en état de marche jusqu’à la dernière étape&#xa0;: c’est grâce à lui que vous vérifiez que chaque compte est bien arrivé.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapDonePage</name>
    <message>
        <source>Make a &amp;Backup Now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>Terminé&#xa0;?</translation>
    </message>
    <message>
        <source>Every account was checked. You can remove them from the old phone now; sign in once with each new code before you wipe it, to be sure.</source>
        <translation>Tous les comptes ont été vérifiés. Vous pouvez maintenant les supprimer de l’ancien téléphone&#xa0;; par précaution, connectez-vous une fois avec chaque nouveau code avant de l’effacer.</translation>
    </message>
    <message>
        <source>Some accounts were not checked. Keep them on the old phone until you have: go back and type their codes, or sign in with them once.</source>
        <translation>Certains comptes n’ont pas été vérifiés. Gardez-les sur l’ancien téléphone jusqu’à ce que ce soit fait&#xa0;: revenez en arrière et saisissez leurs codes, ou connectez-vous une fois avec eux.</translation>
    </message>
    <message>
        <source>A backup made now holds every account as it is today.</source>
        <translation>Une sauvegarde faite maintenant contient chaque compte tel qu’il est aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) from the old phone checked in Tessera.</source>
        <translation>
            <numerusform>Compte de l’ancien téléphone vérifié dans Tessera&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Comptes de l’ancien téléphone vérifiés dans Tessera&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) checked on the new phone.</source>
        <translation>
            <numerusform>Compte vérifié sur le nouveau téléphone&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Comptes vérifiés sur le nouveau téléphone&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapGivePage</name>
    <message>
        <source>Give the Accounts to the New Phone</source>
        <translation>Transmettre les comptes au nouveau téléphone</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy your accounts: show them only where nobody else can see the screen, and not during a screen share or a recording.</source>
        <translation>Quiconque voit ces codes peut copier vos comptes&#xa0;: ne les affichez que là où personne d’autre ne peut voir l’écran, et pas pendant un partage ou un enregistrement d’écran.</translation>
    </message>
    <message>
        <source>Show the &amp;Transfer Codes…</source>
        <translation>Afficher les codes de &amp;transfert…</translation>
    </message>
    <message>
        <source>&amp;Write an Aegis File…</source>
        <translation>Écrire un fichier &amp;Aegis…</translation>
    </message>
    <message>
        <source>&amp;Show the QR Codes</source>
        <translation>Afficher les codes &amp;QR</translation>
    </message>
    <message>
        <source>Show the QR Codes?</source>
        <translation>Afficher les codes QR&#xa0;?</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy your accounts. Show them?</source>
        <translation>Quiconque voit ces codes peut copier vos comptes. Les afficher&#xa0;?</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapReEnrolPage</name>
    <message>
        <source>&amp;Add to List</source>
        <translation>&amp;Ajouter à la liste</translation>
    </message>
    <message>
        <source>Scan the &amp;Screen</source>
        <translation>Scanner l’é&amp;cran</translation>
    </message>
    <message>
        <source>Scan with &amp;Camera…</source>
        <translation>Scanner avec la ca&amp;méra…</translation>
    </message>
    <message>
        <source>Set Each Account Up Again</source>
        <translation>Reconfigurer chaque compte</translation>
    </message>
    <message>
        <source>List every account the old phone shows. Then, for each: sign in to the provider&apos;s website, open its security settings, choose to change or replace the authenticator app, and scan the new QR code into Tessera with the buttons below. Type the code Tessera shows to finish there. The old phone keeps working until you do, so go one account at a time.</source>
        <translation>Listez chaque compte affiché par l’ancien téléphone. Puis, pour chacun&#xa0;: connectez-vous au site web du fournisseur, ouvrez ses paramètres de sécurité, choisissez de modifier ou de remplacer l’application d’authentification, et scannez le nouveau code QR dans Tessera avec les boutons ci-dessous. Saisissez le code affiché par Tessera pour terminer chez le fournisseur. L’ancien téléphone continue de fonctionner jusque-là&#xa0;; procédez donc un compte à la fois.</translation>
    </message>
    <message>
        <source>Account as the phone names it, e.g. GitHub</source>
        <translation>Compte tel que le téléphone le nomme, p. ex. GitHub</translation>
    </message>
    <message>
        <source>Account to set up again</source>
        <translation>Compte à reconfigurer</translation>
    </message>
    <message>
        <source>Account on the old phone</source>
        <translation>Compte sur l’ancien téléphone</translation>
    </message>
    <message>
        <source>In Tessera</source>
        <translation>Dans Tessera</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Tessera has no help page for %1: search its website for &quot;two-step verification&quot; or &quot;authenticator app&quot;.</source>
        <translation>Tessera n’a pas de page d’aide pour %1&#xa0;: cherchez sur son site web «&#xa0;validation en deux étapes&#xa0;» ou «&#xa0;application d’authentification&#xa0;».</translation>
    </message>
    <message>
        <source>%1&apos;s help: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>Aide de %1&#xa0;: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Accounts to set up again</source>
        <translation>Comptes à reconfigurer</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapReceivePage</name>
    <message>
        <source>Scan with &amp;Camera…</source>
        <translation>Scanner avec la ca&amp;méra…</translation>
    </message>
    <message>
        <source>Scan the &amp;Screen</source>
        <translation>Scanner l’é&amp;cran</translation>
    </message>
    <message>
        <source>Open an &amp;Export File…</source>
        <translation>Ouvrir un fichier d’&amp;export…</translation>
    </message>
    <message>
        <source>&amp;Paste Image or Link</source>
        <translation>Co&amp;ller une image ou un lien</translation>
    </message>
    <message>
        <source>Bring the Accounts to Tessera</source>
        <translation>Transférer les comptes vers Tessera</translation>
    </message>
    <message>
        <source>Reads the codes shown on this computer&apos;s screen, for example a phone mirrored to it or a screenshot opened in a viewer.</source>
        <translation>Lit les codes affichés sur l’écran de cet ordinateur, par exemple un téléphone dont l’écran y est dupliqué ou une capture d’écran ouverte dans une visionneuse.</translation>
    </message>
    <message>
        <source>Accounts received</source>
        <translation>Comptes reçus</translation>
    </message>
    <message>
        <source>No account has arrived yet.</source>
        <translation>Aucun compte n’est encore arrivé.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) arrived. Add the rest the same way, then continue.</source>
        <translation>
            <numerusform>%n compte est arrivé. Ajoutez les autres de la même façon, puis continuez.</numerusform>
            <numerusform>%n comptes sont arrivés. Ajoutez les autres de la même façon, puis continuez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapVerifyPage</name>
    <message>
        <source>Check Against the Old Phone</source>
        <translation>Comparer avec l’ancien téléphone</translation>
    </message>
    <message>
        <source>Check the New Phone</source>
        <translation>Vérifier le nouveau téléphone</translation>
    </message>
    <message>
        <source>For each account, type the code the old phone shows now. A match proves Tessera has the same secret. Check every account you cannot afford to lose.</source>
        <translation>Pour chaque compte, saisissez le code que l’ancien téléphone affiche maintenant. S’ils correspondent, Tessera a bien la même clé secrète. Vérifiez chaque compte que vous ne pouvez pas vous permettre de perdre.</translation>
    </message>
    <message>
        <source>For each account, type the code the new phone shows now. A match proves the phone has the right secret. Check every account before you wipe the old phone.</source>
        <translation>Pour chaque compte, saisissez le code que le nouveau téléphone affiche maintenant. S’ils correspondent, le téléphone a bien la bonne clé secrète. Vérifiez chaque compte avant d’effacer l’ancien téléphone.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Code on the phone</source>
        <translation>Code sur le téléphone</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <translation>Code pour %1</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>✓ Matches</source>
        <translation>✓ Correspond</translation>
    </message>
    <message>
        <source>✓ Matches (not saved: %1)</source>
        <translation>✓ Correspond (non enregistré&#xa0;: %1)</translation>
    </message>
    <message>
        <source>✗ Different: check it is the same account, or wait for the next code</source>
        <translation>✗ Différent&#xa0;: vérifiez qu’il s’agit du même compte, ou attendez le code suivant</translation>
    </message>
    <message>
        <source>There are no accounts to check.</source>
        <translation>Il n’y a aucun compte à vérifier.</translation>
    </message>
    <message>
        <source>Codes from the old phone</source>
        <translation>Codes de l’ancien téléphone</translation>
    </message>
    <message>
        <source>Codes from the new phone</source>
        <translation>Codes du nouveau téléphone</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) checked.</source>
        <translation>
            <numerusform>Compte vérifié&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Comptes vérifiés&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TransferCodesDialog</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Save as PNG Files…</source>
        <translation>&amp;Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Transfer to Google Authenticator</source>
        <translation>Transfert vers Google Authenticator</translation>
    </message>
    <message>
        <source>The previous code (Left arrow)</source>
        <translation>Le code précédent (flèche gauche)</translation>
    </message>
    <message>
        <source>The next code (Right arrow)</source>
        <translation>Le code suivant (flèche droite)</translation>
    </message>
    <message>
        <source>On the phone, open Google Authenticator, choose Transfer accounts, then Import accounts, and scan the codes in order. Anyone who sees them can copy your accounts: close this window when the phone has them all.</source>
        <translation>Sur le téléphone, ouvrez Google Authenticator, choisissez Transférer des comptes, puis Importer des comptes, et scannez les codes dans l’ordre. Quiconque les voit peut copier vos comptes&#xa0;: fermez cette fenêtre lorsque le téléphone les a tous.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Omis&#xa0;:</translation>
    </message>
    <message>
        <source>Save every code as an image, to scan later or on another device</source>
        <translation>Enregistrer chaque code en image, pour le scanner plus tard ou sur un autre appareil</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>Code %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot save the transfer codes as PNG images.</source>
        <translation>Impossible d’enregistrer les codes de transfert en images PNG.</translation>
    </message>
    <message>
        <source>Save the Transfer Codes in a Folder</source>
        <translation>Enregistrer les codes de transfert dans un dossier</translation>
    </message>
    <message>
        <source>Saved %1 in %2. They are not encrypted: delete them when the phone has the accounts.</source>
        <translation>Enregistré dans %2&#xa0;: %1. Ces fichiers ne sont pas chiffrés&#xa0;: supprimez-les dès que le téléphone a les comptes.</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 fichier image</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 fichiers image</translation>
    </message>
    <message>
        <source>The folder also holds codes of an earlier export (%1): delete them so they are not scanned with these.</source>
        <translation>Le dossier contient aussi des codes d’un export précédent (%1)&#xa0;: supprimez-les pour qu’ils ne soient pas scannés avec ceux-ci.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrashListModel</name>
    <message>
        <source>Deleted today</source>
        <translation>Supprimé aujourd’hui</translation>
    </message>
    <message>
        <source>Deleted yesterday</source>
        <translation>Supprimé hier</translation>
    </message>
    <message>
        <source>removed for good within a day</source>
        <translation>supprimé définitivement dans moins d’un jour</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) ago</source>
        <translation>
            <numerusform>Supprimé il y a %n jour</numerusform>
            <numerusform>Supprimé il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed for good in %n day(s)</source>
        <translation>
            <numerusform>supprimé définitivement dans %n jour</numerusform>
            <numerusform>supprimé définitivement dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrashPage</name>
    <message>
        <source>&amp;Back to Accounts</source>
        <translation>&amp;Retour aux comptes</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>Supprimer &amp;définitivement…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Returns to the list of accounts</source>
        <translation>Revient à la liste des comptes</translation>
    </message>
    <message>
        <source>Accounts in the trash</source>
        <translation>Comptes dans la corbeille</translation>
    </message>
    <message>
        <source>Enter restores the selected account; Shift+Delete deletes it for good.</source>
        <translation>Entrée restaure le compte sélectionné&#xa0;; Maj+Suppr le supprime définitivement.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Puts the selected account back into the list</source>
        <translation>Remet le compte sélectionné dans la liste</translation>
    </message>
    <message>
        <source>Deletes the selected account and its secret for good</source>
        <translation>Supprime définitivement le compte sélectionné et sa clé secrète</translation>
    </message>
    <message>
        <source>“%1” is back in the list.</source>
        <translation>«&#xa0;%1&#xa0;» est de retour dans la liste.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete “%1” for good? Its secret is erased from the vault and you will not be able to get codes for this account again unless you have a backup.</source>
        <translation>Supprimer définitivement «&#xa0;%1&#xa0;»&#xa0;? Sa clé secrète sera effacée du coffre-fort et vous ne pourrez plus obtenir de codes pour ce compte, sauf si vous en avez une sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>Supprimer &amp;définitivement</translation>
    </message>
    <message>
        <source>“%1” was deleted permanently.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé définitivement.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted accounts stay here for %n day(s), then they are removed for good.</source>
        <translation>
            <numerusform>Les comptes supprimés restent ici %n jour, puis sont supprimés définitivement.</numerusform>
            <numerusform>Les comptes supprimés restent ici %n jours, puis sont supprimés définitivement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrayIcon</name>
    <message>
        <source>&amp;Show Tessera</source>
        <translation>&amp;Afficher Tessera</translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation>&amp;Recherche rapide…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Tessera (locked)</source>
        <translation>Tessera (verrouillé)</translation>
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
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Puts the account back into the list</source>
        <translation>Remet le compte dans la liste</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::UnlockPage</name>
    <message>
        <source>Tessera is locked</source>
        <translation>Tessera est verrouillé</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <source>Use Recovery &amp;Key…</source>
        <translation>&amp;Clé de récupération…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>U&amp;nlock and Set Password</source>
        <translation>Définir et &amp;déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password of the vault</source>
        <translation>Le mot de passe du coffre-fort</translation>
    </message>
    <message>
        <source>Warning: Caps Lock is on</source>
        <translation>Attention&#xa0;: le verrouillage des majuscules est activé</translation>
    </message>
    <message>
        <source>Open the vault with the recovery key and choose a new password</source>
        <translation>Ouvrir le coffre-fort avec la clé de récupération et choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Type the recovery key you kept when you created the vault (14 groups of 4 characters), then choose a new password.</source>
        <translation>Saisissez la clé de récupération que vous avez conservée lors de la création du coffre-fort (14 groupes de 4 caractères), puis choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Vault file %1</source>
        <translation>Fichier du coffre-fort&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Unlocking with the recovery key…</source>
        <translation>Déverrouillage avec la clé de récupération…</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Définition du nouveau mot de passe…</translation>
    </message>
    <message>
        <source>The vault was locked before the new password was set. Unlock it again with the recovery key.</source>
        <translation>Le coffre-fort a été verrouillé avant que le nouveau mot de passe soit défini. Déverrouillez-le à nouveau avec la clé de récupération.</translation>
    </message>
    <message>
        <source>The vault is open, but the new password could not be set: %1 Set it in Settings.</source>
        <translation>Le coffre-fort est ouvert, mais le nouveau mot de passe n’a pas pu être défini&#xa0;: %1 Définissez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>The vault has a new password. The recovery key still works.</source>
        <translation>Le coffre-fort a un nouveau mot de passe. La clé de récupération fonctionne toujours.</translation>
    </message>
    <message>
        <source>The password is wrong. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Le mot de passe est incorrect. Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Déverrouiller avec la clé de récupération</translation>
    </message>
</context>
<context>
    <name>tessera::gui::VaultUnlocker</name>
    <message>
        <source>Unlocking was interrupted. Please try again.</source>
        <translation>Le déverrouillage a été interrompu. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::WelcomePage</name>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Créer un coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault file</source>
        <translation>&amp;Ouvrir un coffre-fort existant</translation>
    </message>
    <message>
        <source>&amp;Start from a backup or phone export</source>
        <translation>&amp;Démarrer depuis une sauvegarde ou un export</translation>
    </message>
    <message>
        <source>Welcome to Tessera</source>
        <translation>Bienvenue dans Tessera</translation>
    </message>
    <message>
        <source>Tessera keeps the two-factor codes of your accounts on this computer, in one file encrypted with a password you choose.</source>
        <translation>Tessera conserve les codes à deux facteurs de vos comptes sur cet ordinateur, dans un fichier chiffré avec un mot de passe de votre choix.</translation>
    </message>
    <message>
        <source>Choose a password, and Tessera creates an encrypted vault for your accounts.</source>
        <translation>Choisissez un mot de passe, et Tessera crée un coffre-fort chiffré pour vos comptes.</translation>
    </message>
    <message>
        <source>Use a vault file made earlier or copied from another computer.</source>
        <translation>Utilisez un fichier de coffre-fort créé auparavant ou copié depuis un autre ordinateur.</translation>
    </message>
    <message>
        <source>Choose a Tessera backup or an export from Aegis, 2FAS, Google Authenticator and others; Tessera creates a vault and imports its accounts.</source>
        <translation>Choisissez une sauvegarde Tessera ou un export d’Aegis, 2FAS, Google Authenticator et d’autres&#xa0;; Tessera crée un coffre-fort et y importe ses comptes.</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>A new vault is created as %1.</source>
        <translation>Le nouveau coffre-fort sera créé à l’emplacement %1.</translation>
    </message>
    <message>
        <source>Open a Vault</source>
        <translation>Ouvrir un coffre-fort</translation>
    </message>
    <message>
        <source>Tessera vaults (*.tessera);;All files (*)</source>
        <translation>Coffres-forts Tessera (*.tessera);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
