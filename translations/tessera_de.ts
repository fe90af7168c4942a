<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>%1 konnte nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The vault file to open (default: the one opened last, else ~/.local/share/tessera/vault.tessera).</source>
        <translation>Die zu öffnende Tresordatei (Standard: die zuletzt geöffnete, sonst ~/.local/share/tessera/vault.tessera).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>--vault needs the path of a vault file.</source>
        <translation>--vault benötigt den Pfad einer Tresordatei.</translation>
    </message>
</context>
<context>
    <name>ImageQrReader</name>
    <message>
        <source>Cannot open “%1”: the file does not exist.</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not an image.</source>
        <translation>„%1“ kann nicht geöffnet werden: Es ist ein Ordner, kein Bild.</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels, too large to scan. Crop it to the part with the QR code and try again.</source>
        <translation>„%1“ ist %2 × %3 Pixel groß, zu groß zum Scannen. Schneiden Sie es auf den Teil mit dem QR-Code zu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read “%1” as an image (%2). Try a PNG or JPEG file.</source>
        <translation>„%1“ kann nicht als Bild gelesen werden (%2). Versuchen Sie es mit einer PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation>Das eingefügte Bild ist leer.</translation>
    </message>
    <message>
        <source>There is no image to scan. Copy an image of a QR code, or drop an image file on the window.</source>
        <translation>Es gibt kein Bild zum Scannen. Kopieren Sie ein Bild eines QR-Codes oder ziehen Sie eine Bilddatei auf das Fenster.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Delete the Image?</source>
        <translation>Bild löschen?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>The account is in Tessera now. Anyone who finds this image can copy the account, so it is safer to delete it.</source>
        <translation>Das Konto ist jetzt in Tessera. Wer dieses Bild findet, kann das Konto kopieren; es ist daher sicherer, das Bild zu löschen.</translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Cannot delete “%1”: %2. Delete it yourself.</source>
        <translation>„%1“ kann nicht gelöscht werden: %2. Löschen Sie die Datei selbst.</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>Open the quick search of the running Tessera: type a few letters, press Enter, and the code is copied.</source>
        <translation>Öffnet die Schnellsuche des laufenden Tessera: ein paar Buchstaben eingeben, Eingabetaste drücken, und der Code wird kopiert.</translation>
    </message>
    <message>
        <source>An otpauth:// link to add as a new account.</source>
        <translation>Ein otpauth://-Link, der als neues Konto hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Give one otpauth:// link at a time.</source>
        <translation>Geben Sie jeweils nur einen otpauth://-Link an.</translation>
    </message>
    <message>
        <source>Give either --quick-search or an otpauth:// link, not both.</source>
        <translation>Geben Sie entweder --quick-search oder einen otpauth://-Link an, nicht beides.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an otpauth:// link. Tessera opens links that start with otpauth://.</source>
        <translation>„%1“ ist kein otpauth://-Link. Tessera öffnet Links, die mit otpauth:// beginnen.</translation>
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
        <translation>Andere App</translation>
    </message>
    <message>
        <source>In Google Authenticator, open the menu and choose Transfer accounts, then Export accounts. Select the accounts and tap Next: the phone shows one QR code, or several (&quot;1 of 3&quot;). Scan each one below, in any order. Do not use the &quot;+&quot; button: it adds accounts, it does not export them.</source>
        <translation>Öffnen Sie in Google Authenticator das Menü und wählen Sie „Konten übertragen“ (Transfer accounts), dann „Konten exportieren“ (Export accounts). Wählen Sie die Konten aus und tippen Sie auf „Weiter“ (Next): Das Handy zeigt einen QR-Code oder mehrere („1 von 3“). Scannen Sie jeden davon unten ein, in beliebiger Reihenfolge. Verwenden Sie nicht die Schaltfläche „+“: Sie fügt Konten hinzu, exportiert sie aber nicht.</translation>
    </message>
    <message>
        <source>In Aegis, open Settings, Import &amp; Export, Export. Choose the Aegis format, keep encryption on, and save the file; move it to this computer (a cable, or a cloud folder), then open it below. Tessera asks for the Aegis password.</source>
        <translation>Öffnen Sie in Aegis „Einstellungen“, „Import &amp; Export“, „Exportieren“. Wählen Sie das Aegis-Format, lassen Sie die Verschlüsselung eingeschaltet und speichern Sie die Datei; übertragen Sie sie auf diesen Computer (per Kabel oder über einen Cloud-Ordner) und öffnen Sie sie dann unten. Tessera fragt nach dem Aegis-Passwort.</translation>
    </message>
    <message>
        <source>In 2FAS, open Settings, 2FAS Backup, Export to file. Set a password, save the .2fas file, move it to this computer and open it below.</source>
        <translation>Öffnen Sie in 2FAS „Einstellungen“, „2FAS-Sicherung“ (2FAS Backup), „In Datei exportieren“ (Export to file). Legen Sie ein Passwort fest, speichern Sie die .2fas-Datei, übertragen Sie sie auf diesen Computer und öffnen Sie sie unten.</translation>
    </message>
    <message>
        <source>Microsoft Authenticator cannot export its accounts. Each account has to be set up again: sign in to the provider, replace the authenticator app, and scan the new QR code into Tessera. The next page keeps a checklist.</source>
        <translation>Microsoft Authenticator kann seine Konten nicht exportieren. Jedes Konto muss neu eingerichtet werden: Melden Sie sich beim Anbieter an, ersetzen Sie dort die Authenticator-App und scannen Sie den neuen QR-Code in Tessera ein. Die nächste Seite führt dazu eine Checkliste.</translation>
    </message>
    <message>
        <source>Authy cannot export its accounts. Each account has to be set up again: sign in to the provider, replace the authenticator app, and scan the new QR code into Tessera. The next page keeps a checklist.</source>
        <translation>Authy kann seine Konten nicht exportieren. Jedes Konto muss neu eingerichtet werden: Melden Sie sich beim Anbieter an, ersetzen Sie dort die Authenticator-App und scannen Sie den neuen QR-Code in Tessera ein. Die nächste Seite führt dazu eine Checkliste.</translation>
    </message>
    <message>
        <source>Look in the app&apos;s settings for Export, Backup or Transfer. Tessera reads exports from Aegis, 2FAS, andOTP, FreeOTP+, Bitwarden, Ente Auth, Authenticator Pro and lists of otpauth:// links, and any QR code the app shows for an account.</source>
        <translation>Suchen Sie in den Einstellungen der App nach Export, Sicherung oder Übertragung. Tessera liest Exporte aus Aegis, 2FAS, andOTP, FreeOTP+, Bitwarden, Ente Auth, Authenticator Pro und Listen von otpauth://-Links sowie jeden QR-Code, den die App für ein Konto anzeigt.</translation>
    </message>
    <message>
        <source>In Google Authenticator on the new phone, open the menu and choose Transfer accounts, then Import accounts, and scan the codes Tessera shows, one after the other.</source>
        <translation>Öffnen Sie auf dem neuen Handy in Google Authenticator das Menü, wählen Sie „Konten übertragen“ (Transfer accounts), dann „Konten importieren“ (Import accounts), und scannen Sie nacheinander die Codes ein, die Tessera anzeigt.</translation>
    </message>
    <message>
        <source>Tessera writes an encrypted Aegis file. Move it to the new phone; in Aegis open Settings, Import &amp; Export, Import from file, choose Aegis and the file, and type its password.</source>
        <translation>Tessera schreibt eine verschlüsselte Aegis-Datei. Übertragen Sie sie auf das neue Handy; öffnen Sie in Aegis „Einstellungen“, „Import &amp; Export“, „Aus Datei importieren“, wählen Sie Aegis und die Datei und geben Sie ihr Passwort ein.</translation>
    </message>
    <message>
        <source>In 2FAS on the new phone, choose Settings, Import, Google Authenticator, and scan the codes Tessera shows, one after the other.</source>
        <translation>Wählen Sie in 2FAS auf dem neuen Handy „Einstellungen“, „Importieren“, „Google Authenticator“ und scannen Sie nacheinander die Codes ein, die Tessera anzeigt.</translation>
    </message>
    <message>
        <source>Tessera shows each account&apos;s QR code in turn. In the app on the new phone, add an account by scanning a QR code, once for each.</source>
        <translation>Tessera zeigt nacheinander den QR-Code jedes Kontos. Fügen Sie in der App auf dem neuen Handy jedes Konto einzeln hinzu, indem Sie seinen QR-Code scannen.</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Textnachricht (SMS)</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Trusted device</source>
        <translation>Vertrauenswürdiges Gerät</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Another registered MFA device</source>
        <translation>Weiteres registriertes MFA-Gerät</translation>
    </message>
    <message>
        <source>Recovery contact</source>
        <translation>Wiederherstellungskontakt</translation>
    </message>
    <message>
        <source>SSH key or access token</source>
        <translation>SSH-Schlüssel oder Zugriffstoken</translation>
    </message>
    <message>
        <source>Request to the provider&apos;s support</source>
        <translation>Anfrage an den Support des Anbieters</translation>
    </message>
    <message>
        <source>Reset from one of your trusted devices, a family member&apos;s device or a device at an Apple Store.</source>
        <translation>Zurücksetzen über eines Ihrer vertrauenswürdigen Geräte, das Gerät eines Familienmitglieds oder ein Gerät in einem Apple Store.</translation>
    </message>
    <message>
        <source>Ask your recovery contact to help you get back into your account.</source>
        <translation>Bitten Sie Ihren Wiederherstellungskontakt, Ihnen wieder Zugang zu Ihrem Konto zu verschaffen.</translation>
    </message>
    <message>
        <source>With a recovery key set up, standard account recovery is off: use your 28-character recovery key or a trusted device.</source>
        <translation>Ist ein Wiederherstellungsschlüssel eingerichtet, ist die normale Kontowiederherstellung ausgeschaltet: Verwenden Sie Ihren 28-stelligen Wiederherstellungsschlüssel oder ein vertrauenswürdiges Gerät.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Start account recovery at iforgot.apple.com or in Settings. This is not possible when a recovery key is set up.</source>
        <translation>Starten Sie die Kontowiederherstellung auf iforgot.apple.com oder in den Einstellungen. Das ist nicht möglich, wenn ein Wiederherstellungsschlüssel eingerichtet ist.</translation>
    </message>
    <message>
        <source>Wait for account recovery to finish: it can take several days or longer.</source>
        <translation>Warten Sie, bis die Kontowiederherstellung abgeschlossen ist: Das kann mehrere Tage oder länger dauern.</translation>
    </message>
    <message>
        <source>Account recovery</source>
        <translation>Kontowiederherstellung</translation>
    </message>
    <message>
        <source>Several days or longer.</source>
        <translation>Mehrere Tage oder länger.</translation>
    </message>
    <message>
        <source>Your trusted phone number.</source>
        <translation>Ihre vertrauenswürdige Telefonnummer.</translation>
    </message>
    <message>
        <source>A trusted device, or access to a family member&apos;s device or an Apple Store device.</source>
        <translation>Ein vertrauenswürdiges Gerät oder Zugang zum Gerät eines Familienmitglieds oder zu einem Gerät in einem Apple Store.</translation>
    </message>
    <message>
        <source>Your recovery contact, if you set one up.</source>
        <translation>Ihr Wiederherstellungskontakt, falls Sie einen eingerichtet haben.</translation>
    </message>
    <message>
        <source>Your 28-character recovery key, if you set one up.</source>
        <translation>Ihr 28-stelliger Wiederherstellungsschlüssel, falls Sie einen eingerichtet haben.</translation>
    </message>
    <message>
        <source>Set up a recovery contact.</source>
        <translation>Richten Sie einen Wiederherstellungskontakt ein.</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <source>Reset from a trusted device or with a recovery contact; otherwise start account recovery. With a recovery key, only the key or a trusted device gets you back in.</source>
        <translation>Zurücksetzen über ein vertrauenswürdiges Gerät oder mit einem Wiederherstellungskontakt; andernfalls die Kontowiederherstellung starten. Mit einem Wiederherstellungsschlüssel kommen Sie nur mit dem Schlüssel oder einem vertrauenswürdigen Gerät wieder hinein.</translation>
    </message>
    <message>
        <source>Apple Account</source>
        <translation>Apple Account</translation>
    </message>
    <message>
        <source>Immediate from a trusted device or with a recovery contact. Account recovery can take several days or longer.</source>
        <translation>Sofort über ein vertrauenswürdiges Gerät oder mit einem Wiederherstellungskontakt. Die Kontowiederherstellung kann mehrere Tage oder länger dauern.</translation>
    </message>
    <message>
        <source>Sign in with the second MFA device registered for your user.</source>
        <translation>Melden Sie sich mit dem zweiten MFA-Gerät an, das für Ihren Benutzer registriert ist.</translation>
    </message>
    <message>
        <source>Sign in with another registered MFA device</source>
        <translation>Mit einem anderen registrierten MFA-Gerät anmelden</translation>
    </message>
    <message>
        <source>Ask an administrator to deactivate your MFA device (IAM, Users, your user, Security credentials).</source>
        <translation>Bitten Sie einen Administrator, Ihr MFA-Gerät zu deaktivieren (IAM, Benutzer, Ihr Benutzer, Sicherheitsanmeldeinformationen).</translation>
    </message>
    <message>
        <source>Sign in with your password once the device is deactivated.</source>
        <translation>Melden Sie sich mit Ihrem Passwort an, sobald das Gerät deaktiviert ist.</translation>
    </message>
    <message>
        <source>Ask an administrator</source>
        <translation>Einen Administrator fragen</translation>
    </message>
    <message>
        <source>How to reach an administrator of the AWS account.</source>
        <translation>Wie Sie einen Administrator des AWS-Kontos erreichen.</translation>
    </message>
    <message>
        <source>A second MFA device registered for your user, if you have one.</source>
        <translation>Ein zweites MFA-Gerät, das für Ihren Benutzer registriert ist, falls vorhanden.</translation>
    </message>
    <message>
        <source>Register a second MFA device as a backup: AWS allows up to 8.</source>
        <translation>Registrieren Sie ein zweites MFA-Gerät als Reserve: AWS erlaubt bis zu 8.</translation>
    </message>
    <message>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <source>Enable a new MFA device for your user and scan its QR code into Tessera.</source>
        <translation>Aktivieren Sie ein neues MFA-Gerät für Ihren Benutzer und scannen Sie dessen QR-Code in Tessera ein.</translation>
    </message>
    <message>
        <source>An IAM user cannot recover MFA alone: an administrator deactivates the lost device, then you enable a new one.</source>
        <translation>Ein IAM-Benutzer kann MFA nicht selbst wiederherstellen: Ein Administrator deaktiviert das verlorene Gerät, danach aktivieren Sie ein neues.</translation>
    </message>
    <message>
        <source>AWS IAM user</source>
        <translation>AWS-IAM-Benutzer</translation>
    </message>
    <message>
        <source>Depends on how soon an administrator answers.</source>
        <translation>Hängt davon ab, wie schnell ein Administrator antwortet.</translation>
    </message>
    <message>
        <source>Sign in as the root user and, at the MFA prompt, choose Troubleshoot MFA (&quot;Having problems with your authentication device?&quot;).</source>
        <translation>Melden Sie sich als Root-Benutzer an und wählen Sie bei der MFA-Abfrage „Fehlerbehebung bei MFA“ (Troubleshoot MFA, „Having problems with your authentication device?“).</translation>
    </message>
    <message>
        <source>Choose Sign in using alternative factors, then Send verification email.</source>
        <translation>Wählen Sie „Anmeldung mit alternativen Faktoren“ (Sign in using alternative factors), dann „Bestätigungs-E-Mail senden“ (Send verification email).</translation>
    </message>
    <message>
        <source>Open the email from no-reply-aws@amazon.com and follow its verification link.</source>
        <translation>Öffnen Sie die E-Mail von no-reply-aws@amazon.com und folgen Sie dem Bestätigungslink darin.</translation>
    </message>
    <message>
        <source>The phone number on file is wrong, for example stored without its + country code.</source>
        <translation>Die hinterlegte Telefonnummer ist falsch, zum Beispiel ohne ihre Ländervorwahl mit + gespeichert.</translation>
    </message>
    <message>
        <source>Ask an IAM user with permission to edit the account&apos;s contact information to correct the primary contact phone number (Account, Contact information) in international format, then try the call again.</source>
        <translation>Bitten Sie einen IAM-Benutzer mit der Berechtigung, die Kontaktinformationen des Kontos zu bearbeiten, die primäre Kontakttelefonnummer (Konto, Kontaktinformationen) im internationalen Format zu korrigieren, und versuchen Sie den Anruf dann erneut.</translation>
    </message>
    <message>
        <source>No such IAM user: ask AWS Support through the MFA support form.</source>
        <translation>Kein solcher IAM-Benutzer: Wenden Sie sich über das MFA-Supportformular an den AWS Support.</translation>
    </message>
    <message>
        <source>Phone verification could not be completed</source>
        <translation>Telefonbestätigung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>The call did not reach the primary contact phone.</source>
        <translation>Der Anruf hat das primäre Kontakttelefon nicht erreicht.</translation>
    </message>
    <message>
        <source>Start over from the verification email.</source>
        <translation>Beginnen Sie erneut mit der Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <source>Ask AWS Support through the MFA support form.</source>
        <translation>Wenden Sie sich über das MFA-Supportformular an den AWS Support.</translation>
    </message>
    <message>
        <source>No call received</source>
        <translation>Kein Anruf erhalten</translation>
    </message>
    <message>
        <source>Choose Call me now, answer the call on the primary contact phone and key in the 6-digit number shown on the AWS page.</source>
        <translation>Wählen Sie „Jetzt anrufen“ (Call me now), nehmen Sie den Anruf am primären Kontakttelefon an und geben Sie die 6-stellige Nummer ein, die auf der AWS-Seite angezeigt wird.</translation>
    </message>
    <message>
        <source>Choose Sign in to the console.</source>
        <translation>Wählen Sie „Bei der Konsole anmelden“ (Sign in to the console).</translation>
    </message>
    <message>
        <source>Sign in using alternative factors</source>
        <translation>Anmeldung mit alternativen Faktoren</translation>
    </message>
    <message>
        <source>Fill in the AWS MFA support form and follow AWS Support&apos;s instructions until it restores access.</source>
        <translation>Füllen Sie das AWS-MFA-Supportformular aus und folgen Sie den Anweisungen des AWS Supports, bis der Zugang wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>AWS MFA support form</source>
        <translation>AWS-MFA-Supportformular</translation>
    </message>
    <message>
        <source>Access to the root user&apos;s email account.</source>
        <translation>Zugriff auf das E-Mail-Konto des Root-Benutzers.</translation>
    </message>
    <message>
        <source>The phone whose number is the account&apos;s primary contact phone.</source>
        <translation>Das Telefon, dessen Nummer die primäre Kontakttelefonnummer des Kontos ist.</translation>
    </message>
    <message>
        <source>The primary contact phone number in international format: + and the country code, no leading zeros and no additional spaces (a UK number 07911 123456 is +447911123456).</source>
        <translation>Die primäre Kontakttelefonnummer im internationalen Format: + und die Ländervorwahl, keine führenden Nullen und keine zusätzlichen Leerzeichen (die britische Nummer 07911 123456 lautet +447911123456).</translation>
    </message>
    <message>
        <source>If the phone number on file may be wrong: an IAM user with permission to edit the account&apos;s contact information.</source>
        <translation>Falls die hinterlegte Telefonnummer falsch sein könnte: ein IAM-Benutzer mit der Berechtigung, die Kontaktinformationen des Kontos zu bearbeiten.</translation>
    </message>
    <message>
        <source>Keep the primary contact phone number in international format (+ and the country code) under Account, Contact information.</source>
        <translation>Halten Sie die primäre Kontakttelefonnummer unter Konto, Kontaktinformationen im internationalen Format (+ und Ländervorwahl).</translation>
    </message>
    <message>
        <source>Delete the old virtual MFA device in Security credentials and register a new one; scan its QR code into Tessera.</source>
        <translation>Löschen Sie das alte virtuelle MFA-Gerät unter Sicherheitsanmeldeinformationen und registrieren Sie ein neues; scannen Sie dessen QR-Code in Tessera ein.</translation>
    </message>
    <message>
        <source>If the device was stolen, change the root user&apos;s password.</source>
        <translation>Falls das Gerät gestohlen wurde, ändern Sie das Passwort des Root-Benutzers.</translation>
    </message>
    <message>
        <source>If the seed still works but its codes are rejected: on the Troubleshoot MFA page choose Re-sync with our servers and enter two consecutive codes. Submit them at once: a late request leaves the device out of sync.</source>
        <translation>Wenn der Schlüssel noch funktioniert, seine Codes aber abgelehnt werden: Wählen Sie auf der Seite „Fehlerbehebung bei MFA“ (Troubleshoot MFA) „Mit unseren Servern neu synchronisieren“ (Re-sync with our servers) und geben Sie zwei aufeinanderfolgende Codes ein. Senden Sie sie sofort ab: Eine verspätete Anfrage lässt das Gerät unsynchronisiert.</translation>
    </message>
    <message>
        <source>Sign in with the root user&apos;s email and primary contact phone instead of the lost MFA device, then register a new device.</source>
        <translation>Melden Sie sich statt mit dem verlorenen MFA-Gerät mit der E-Mail-Adresse und dem primären Kontakttelefon des Root-Benutzers an und registrieren Sie dann ein neues Gerät.</translation>
    </message>
    <message>
        <source>AWS root user</source>
        <translation>AWS-Root-Benutzer</translation>
    </message>
    <message>
        <source>Minutes when both the email and the phone call work; otherwise a request to AWS Support through its MFA support form.</source>
        <translation>Minuten, wenn E-Mail und Anruf funktionieren; andernfalls eine Anfrage an den AWS Support über dessen MFA-Supportformular.</translation>
    </message>
    <message>
        <source>At the two-factor prompt, look for another way to sign in and enter one of your recovery codes.</source>
        <translation>Suchen Sie bei der Abfrage des zweiten Faktors nach einer anderen Anmeldemöglichkeit und geben Sie einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Use another factor registered with the account: a backup phone number, a security key or a trusted device.</source>
        <translation>Verwenden Sie einen anderen beim Konto registrierten Faktor: eine Ersatztelefonnummer, einen Sicherheitsschlüssel oder ein vertrauenswürdiges Gerät.</translation>
    </message>
    <message>
        <source>Another registered factor</source>
        <translation>Anderer registrierter Faktor</translation>
    </message>
    <message>
        <source>Use the provider&apos;s account recovery or support form, and expect to wait.</source>
        <translation>Nutzen Sie die Kontowiederherstellung oder das Supportformular des Anbieters und stellen Sie sich auf Wartezeit ein.</translation>
    </message>
    <message>
        <source>Any recovery or backup codes you saved when you turned on two-factor authentication.</source>
        <translation>Alle Wiederherstellungs- oder Ersatzcodes, die Sie beim Einschalten der Zwei-Faktor-Authentifizierung gespeichert haben.</translation>
    </message>
    <message>
        <source>Access to the account&apos;s email address.</source>
        <translation>Zugriff auf die E-Mail-Adresse des Kontos.</translation>
    </message>
    <message>
        <source>The phone whose number is registered with the account.</source>
        <translation>Das Telefon, dessen Nummer beim Konto registriert ist.</translation>
    </message>
    <message>
        <source>Register a second factor with the provider, such as a second device or a security key.</source>
        <translation>Registrieren Sie einen zweiten Faktor beim Anbieter, etwa ein zweites Gerät oder einen Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>Save the provider&apos;s recovery codes somewhere safe.</source>
        <translation>Bewahren Sie die Wiederherstellungscodes des Anbieters sicher auf.</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Beliebiger Anbieter</translation>
    </message>
    <message>
        <source>What the large providers have in common: a recovery code or another registered factor first, the provider&apos;s account recovery last.</source>
        <translation>Was die großen Anbieter gemeinsam haben: zuerst ein Wiederherstellungscode oder ein anderer registrierter Faktor, zuletzt die Kontowiederherstellung des Anbieters.</translation>
    </message>
    <message>
        <source>Another provider</source>
        <translation>Anderer Anbieter</translation>
    </message>
    <message>
        <source>Immediate with a recovery code or another factor. Account recovery often takes days: Google may hold the account for days, GitHub takes 3 to 5 business days, Microsoft 30 days after security info is replaced.</source>
        <translation>Sofort mit einem Wiederherstellungscode oder einem anderen Faktor. Die Kontowiederherstellung dauert oft Tage: Google sperrt das Konto unter Umständen für Tage, GitHub braucht 3 bis 5 Werktage, Microsoft 30 Tage nach dem Ersetzen der Sicherheitsinformationen.</translation>
    </message>
    <message>
        <source>At the two-factor prompt, enter one of your recovery codes from github-recovery-codes.txt.</source>
        <translation>Geben Sie bei der Abfrage des zweiten Faktors einen Ihrer Wiederherstellungscodes aus github-recovery-codes.txt ein.</translation>
    </message>
    <message>
        <source>Get a code by text message on the fallback number you registered.</source>
        <translation>Lassen Sie sich per SMS einen Code an die registrierte Ausweichnummer senden.</translation>
    </message>
    <message>
        <source>Fallback number</source>
        <translation>Ausweichnummer</translation>
    </message>
    <message>
        <source>Use a security key registered with the account.</source>
        <translation>Verwenden Sie einen beim Konto registrierten Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>At the two-factor prompt choose the link that begins Can&apos;t access your two factor device.</source>
        <translation>Wählen Sie bei der Abfrage des zweiten Faktors den Link, der mit „Can&apos;t access your two factor device“ beginnt.</translation>
    </message>
    <message>
        <source>Have a one-time password sent to your verified email addresses and enter it.</source>
        <translation>Lassen Sie sich ein Einmalpasswort an Ihre bestätigten E-Mail-Adressen senden und geben Sie es ein.</translation>
    </message>
    <message>
        <source>Verify your identity with a device you signed in from, an SSH key or a personal access token.</source>
        <translation>Bestätigen Sie Ihre Identität mit einem Gerät, auf dem Sie angemeldet waren, einem SSH-Schlüssel oder einem persönlichen Zugriffstoken.</translation>
    </message>
    <message>
        <source>Wait for GitHub Support to review the request.</source>
        <translation>Warten Sie, bis der GitHub Support die Anfrage geprüft hat.</translation>
    </message>
    <message>
        <source>Recovery request</source>
        <translation>Wiederherstellungsanfrage</translation>
    </message>
    <message>
        <source>3 to 5 business days; GitHub Support may not be able to restore access.</source>
        <translation>3 bis 5 Werktage; der GitHub Support kann den Zugang möglicherweise nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Your password: every way back needs it.</source>
        <translation>Ihr Passwort: Jeder Weg zurück erfordert es.</translation>
    </message>
    <message>
        <source>Your recovery codes (the file github-recovery-codes.txt).</source>
        <translation>Ihre Wiederherstellungscodes (die Datei github-recovery-codes.txt).</translation>
    </message>
    <message>
        <source>Access to a verified email address of the account.</source>
        <translation>Zugriff auf eine bestätigte E-Mail-Adresse des Kontos.</translation>
    </message>
    <message>
        <source>A device you signed in from, an SSH key or a personal access token registered with the account.</source>
        <translation>Ein Gerät, auf dem Sie angemeldet waren, ein SSH-Schlüssel oder ein persönliches Zugriffstoken, das beim Konto registriert ist.</translation>
    </message>
    <message>
        <source>Keep your recovery codes (github-recovery-codes.txt) somewhere safe.</source>
        <translation>Bewahren Sie Ihre Wiederherstellungscodes (github-recovery-codes.txt) sicher auf.</translation>
    </message>
    <message>
        <source>Register a security key or a fallback number as another way in.</source>
        <translation>Registrieren Sie einen Sicherheitsschlüssel oder eine Ausweichnummer als weiteren Zugang.</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Sign in with a recovery code, your fallback number or a security key; otherwise request recovery, which GitHub Support reviews.</source>
        <translation>Melden Sie sich mit einem Wiederherstellungscode, Ihrer Ausweichnummer oder einem Sicherheitsschlüssel an; andernfalls beantragen Sie die Wiederherstellung, die der GitHub Support prüft.</translation>
    </message>
    <message>
        <source>Immediate with a recovery code, fallback number or security key. A recovery request takes 3 to 5 business days, and GitHub Support may not be able to restore access.</source>
        <translation>Sofort mit Wiederherstellungscode, Ausweichnummer oder Sicherheitsschlüssel. Eine Wiederherstellungsanfrage dauert 3 bis 5 Werktage, und der GitHub Support kann den Zugang möglicherweise nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Choose Try another way and confirm the sign-in on another phone where you are signed in to your Google Account.</source>
        <translation>Klicken Sie auf „Andere Option wählen“ (Try another way) und bestätigen Sie die Anmeldung auf einem anderen Telefon, auf dem Sie in Ihrem Google-Konto angemeldet sind.</translation>
    </message>
    <message>
        <source>Another phone where you are signed in</source>
        <translation>Ein anderes Telefon, auf dem Sie angemeldet sind</translation>
    </message>
    <message>
        <source>Sign in on a computer where you chose Don&apos;t ask again on this computer: it does not ask for the second step.</source>
        <translation>Melden Sie sich auf einem Computer an, auf dem Sie „Auf diesem Computer nicht mehr fragen“ (Don&apos;t ask again on this computer) gewählt haben: Dort wird der zweite Schritt nicht abgefragt.</translation>
    </message>
    <message>
        <source>A trusted computer</source>
        <translation>Ein vertrauenswürdiger Computer</translation>
    </message>
    <message>
        <source>The codes go to the phone number, not to the lost phone.</source>
        <translation>Die Codes gehen an die Telefonnummer, nicht an das verlorene Telefon.</translation>
    </message>
    <message>
        <source>Ask your mobile carrier to move your number to a new SIM card, then get the code again.</source>
        <translation>Bitten Sie Ihren Mobilfunkanbieter, Ihre Nummer auf eine neue SIM-Karte zu übertragen, und fordern Sie den Code dann erneut an.</translation>
    </message>
    <message>
        <source>Use account recovery instead.</source>
        <translation>Nutzen Sie stattdessen die Kontowiederherstellung.</translation>
    </message>
    <message>
        <source>The phone with that number was lost</source>
        <translation>Das Telefon mit dieser Nummer ist verloren</translation>
    </message>
    <message>
        <source>Choose Try another way and get a code sent to your backup phone number.</source>
        <translation>Klicken Sie auf „Andere Option wählen“ (Try another way) und lassen Sie sich einen Code an Ihre Back-up-Telefonnummer senden.</translation>
    </message>
    <message>
        <source>Backup phone number</source>
        <translation>Back-up-Telefonnummer</translation>
    </message>
    <message>
        <source>Choose Try another way and enter one of your backup codes. Each code works once.</source>
        <translation>Klicken Sie auf „Andere Option wählen“ (Try another way) und geben Sie einen Ihrer Back-up-Codes ein. Jeder Code funktioniert nur einmal.</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Back-up-Code</translation>
    </message>
    <message>
        <source>Choose Try another way and use your security key.</source>
        <translation>Klicken Sie auf „Andere Option wählen“ (Try another way) und verwenden Sie Ihren Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>When no other factor is left, follow the account recovery steps at g.co/recover, if you can from a device and a location you usually sign in from.</source>
        <translation>Wenn kein anderer Faktor mehr übrig ist, folgen Sie den Schritten zur Kontowiederherstellung unter g.co/recover, möglichst von einem Gerät und einem Ort aus, an dem Sie sich üblicherweise anmelden.</translation>
    </message>
    <message>
        <source>Wait for the security hold to end, then sign in.</source>
        <translation>Warten Sie, bis die Sicherheitssperre endet, und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>A security hold of a few hours or a number of days, longer with 2-Step Verification on.</source>
        <translation>Eine Sicherheitssperre von einigen Stunden bis zu mehreren Tagen, länger bei aktivierter Bestätigung in zwei Schritten.</translation>
    </message>
    <message>
        <source>Your backup codes, if you printed them.</source>
        <translation>Ihre Back-up-Codes, falls Sie sie ausgedruckt haben.</translation>
    </message>
    <message>
        <source>Your recovery email address and recovery phone.</source>
        <translation>Ihre Wiederherstellungs-E-Mail-Adresse und Ihre Telefonnummer zur Wiederherstellung.</translation>
    </message>
    <message>
        <source>Another second factor you set up: a phone where you are signed in, a backup phone number or a security key.</source>
        <translation>Ein anderer zweiter Faktor, den Sie eingerichtet haben: ein Telefon, auf dem Sie angemeldet sind, eine Back-up-Telefonnummer oder ein Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>A device and a location you usually sign in from.</source>
        <translation>Ein Gerät und ein Ort, an dem Sie sich üblicherweise anmelden.</translation>
    </message>
    <message>
        <source>Print a set of backup codes and keep it safe.</source>
        <translation>Drucken Sie einen Satz Back-up-Codes aus und bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <source>Add a recovery email address and a recovery phone.</source>
        <translation>Fügen Sie eine Wiederherstellungs-E-Mail-Adresse und eine Telefonnummer zur Wiederherstellung hinzu.</translation>
    </message>
    <message>
        <source>Add another second factor: a backup phone number or a security key.</source>
        <translation>Fügen Sie einen weiteren zweiten Faktor hinzu: eine Back-up-Telefonnummer oder einen Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>At the 2-Step Verification prompt choose Try another way and use any other factor you set up; account recovery is the last resort.</source>
        <translation>Klicken Sie bei der Abfrage der Bestätigung in zwei Schritten auf „Andere Option wählen“ (Try another way) und verwenden Sie einen anderen eingerichteten Faktor; die Kontowiederherstellung ist der letzte Ausweg.</translation>
    </message>
    <message>
        <source>Google Account</source>
        <translation>Google-Konto</translation>
    </message>
    <message>
        <source>Immediate with another factor. Account recovery may put a security hold on the account for a few hours or a number of days, longer with 2-Step Verification on.</source>
        <translation>Sofort mit einem anderen Faktor. Die Kontowiederherstellung kann das Konto für einige Stunden bis mehrere Tage mit einer Sicherheitssperre belegen, länger bei aktivierter Bestätigung in zwei Schritten.</translation>
    </message>
    <message>
        <source>With two-step verification on, sign in on a trusted device.</source>
        <translation>Wenn die Überprüfung in zwei Schritten aktiviert ist, melden Sie sich auf einem vertrauenswürdigen Gerät an.</translation>
    </message>
    <message>
        <source>Enter your 25-character recovery code.</source>
        <translation>Geben Sie Ihren 25-stelligen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Sign in and choose I don&apos;t have any of these.</source>
        <translation>Melden Sie sich an und wählen Sie „Ich habe keine dieser Optionen“ (I don&apos;t have any of these).</translation>
    </message>
    <message>
        <source>Replace your security info with an email address or phone number you can use.</source>
        <translation>Ersetzen Sie Ihre Sicherheitsinformationen durch eine E-Mail-Adresse oder Telefonnummer, die Sie nutzen können.</translation>
    </message>
    <message>
        <source>Wait 30 days for the new security info to take effect.</source>
        <translation>Warten Sie 30 Tage, bis die neuen Sicherheitsinformationen wirksam werden.</translation>
    </message>
    <message>
        <source>Replace your security info</source>
        <translation>Sicherheitsinformationen ersetzen</translation>
    </message>
    <message>
        <source>30 days after you replace all your security info.</source>
        <translation>30 Tage, nachdem Sie alle Ihre Sicherheitsinformationen ersetzt haben.</translation>
    </message>
    <message>
        <source>As a last resort, fill in the Microsoft account recovery form.</source>
        <translation>Füllen Sie als letzten Ausweg das Microsoft-Formular zur Kontowiederherstellung aus.</translation>
    </message>
    <message>
        <source>Recovery form</source>
        <translation>Wiederherstellungsformular</translation>
    </message>
    <message>
        <source>The form is answered in about 24 hours.</source>
        <translation>Das Formular wird in etwa 24 Stunden beantwortet.</translation>
    </message>
    <message>
        <source>Your 25-character recovery code.</source>
        <translation>Ihr 25-stelliger Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>An alternate email address or phone number of the account.</source>
        <translation>Eine alternative E-Mail-Adresse oder Telefonnummer des Kontos.</translation>
    </message>
    <message>
        <source>A trusted device.</source>
        <translation>Ein vertrauenswürdiges Gerät.</translation>
    </message>
    <message>
        <source>Keep your 25-character recovery code somewhere safe.</source>
        <translation>Bewahren Sie Ihren 25-stelligen Wiederherstellungscode sicher auf.</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Use a trusted device or your 25-character recovery code; without them, replace your security info and wait 30 days, or use the recovery form.</source>
        <translation>Verwenden Sie ein vertrauenswürdiges Gerät oder Ihren 25-stelligen Wiederherstellungscode; ohne diese ersetzen Sie Ihre Sicherheitsinformationen und warten 30 Tage, oder Sie nutzen das Wiederherstellungsformular.</translation>
    </message>
    <message>
        <source>Microsoft account (personal)</source>
        <translation>Microsoft-Konto (privat)</translation>
    </message>
    <message>
        <source>Immediate with a trusted device or the recovery code. Replacing all your security info takes 30 days; the recovery form is answered in about 24 hours.</source>
        <translation>Sofort mit einem vertrauenswürdigen Gerät oder dem Wiederherstellungscode. Das Ersetzen aller Sicherheitsinformationen dauert 30 Tage; das Wiederherstellungsformular wird in etwa 24 Stunden beantwortet.</translation>
    </message>
    <message>
        <source>Ask your administrator to require you to re-register multifactor authentication, or to reset your authentication methods.</source>
        <translation>Bitten Sie Ihren Administrator, eine erneute Registrierung für die mehrstufige Authentifizierung zu verlangen oder Ihre Authentifizierungsmethoden zurückzusetzen.</translation>
    </message>
    <message>
        <source>Sign in: you are asked to register your authentication methods again.</source>
        <translation>Melden Sie sich an: Sie werden aufgefordert, Ihre Authentifizierungsmethoden erneut zu registrieren.</translation>
    </message>
    <message>
        <source>Ask your administrator</source>
        <translation>Ihren Administrator fragen</translation>
    </message>
    <message>
        <source>How to reach your organisation&apos;s administrator.</source>
        <translation>Wie Sie den Administrator Ihrer Organisation erreichen.</translation>
    </message>
    <message>
        <source>Register the authenticator again and scan its QR code into Tessera.</source>
        <translation>Registrieren Sie den Authenticator erneut und scannen Sie dessen QR-Code in Tessera ein.</translation>
    </message>
    <message>
        <source>Work and school accounts (Microsoft Entra) are recovered by an administrator, who makes you register your sign-in methods again.</source>
        <translation>Geschäfts-, Schul- und Unikonten (Microsoft Entra) werden von einem Administrator wiederhergestellt, der Sie Ihre Anmeldemethoden erneut registrieren lässt.</translation>
    </message>
    <message>
        <source>Microsoft work or school account</source>
        <translation>Microsoft-Geschäfts-, Schul- oder Unikonto</translation>
    </message>
    <message>
        <source>Depends on how soon your administrator answers.</source>
        <translation>Hängt davon ab, wie schnell Ihr Administrator antwortet.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Tessera could not create its lock file in %1. Check that the folder exists and is writable.</source>
        <translation>Tessera konnte seine Sperrdatei in %1 nicht anlegen. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Tessera could not listen for other windows being opened (%1). Starting it again may open a second window.</source>
        <translation>Tessera kann nicht erkennen, wenn weitere Fenster geöffnet werden (%1). Ein erneuter Start öffnet möglicherweise ein zweites Fenster.</translation>
    </message>
    <message>
        <source>Tessera is already running but did not answer. Close it (or end it from a task manager) and start it again.</source>
        <translation>Tessera läuft bereits, antwortet aber nicht. Schließen Sie es (oder beenden Sie es über einen Task-Manager) und starten Sie es erneut.</translation>
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
        <translation>Tessera kann nicht starten</translation>
    </message>
    <message>
        <source>The encryption library failed its start-up check, so Tessera will not open your vault. Reinstall Tessera and its libraries (libsodium), then try again.

Details: %1</source>
        <translation>Die Verschlüsselungsbibliothek hat ihre Startprüfung nicht bestanden, daher öffnet Tessera Ihren Tresor nicht. Installieren Sie Tessera und seine Bibliotheken (libsodium) neu und versuchen Sie es dann erneut.

Details: %1</translation>
    </message>
    <message>
        <source>Two-factor codes for your accounts, in an encrypted vault.</source>
        <translation>Zwei-Faktor-Codes für Ihre Konten, in einem verschlüsselten Tresor.</translation>
    </message>
</context>
<context>
    <name>tessera::AccountCodec</name>
    <message>
        <source>The account record cannot be decoded (%1).</source>
        <translation>Der Kontodatensatz kann nicht dekodiert werden (%1).</translation>
    </message>
    <message>
        <source>The account record has a field &apos;%1&apos; this version of Tessera does not know: it was written by a newer version.</source>
        <translation>Der Kontodatensatz hat ein Feld „%1“, das diese Version von Tessera nicht kennt: Er wurde von einer neueren Version geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a map</source>
        <translation>%1 ist keine Zuordnung</translation>
    </message>
    <message>
        <source>%1 has a key that is not text</source>
        <translation>%1 hat einen Feldnamen, der kein Text ist</translation>
    </message>
    <message>
        <source>%1 repeats &apos;%2&apos;</source>
        <translation>%1 wiederholt „%2“</translation>
    </message>
    <message>
        <source>%1 is truncated</source>
        <translation>%1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the wrong type</source>
        <translation>„%1“ hat den falschen Typ</translation>
    </message>
    <message>
        <source>&apos;codes&apos; is not a list</source>
        <translation>„codes“ ist keine Liste</translation>
    </message>
    <message>
        <source>a recovery code</source>
        <translation>ein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>a recovery code has no &apos;code&apos;</source>
        <translation>ein Wiederherstellungscode hat kein „code“</translation>
    </message>
    <message>
        <source>&apos;codes&apos; is truncated</source>
        <translation>„codes“ ist abgeschnitten</translation>
    </message>
    <message>
        <source>&apos;recovery&apos;</source>
        <translation>„recovery“</translation>
    </message>
    <message>
        <source>&apos;phone_checked_on&apos; is not a date</source>
        <translation>„phone_checked_on“ ist kein Datum</translation>
    </message>
    <message>
        <source>&apos;second_factor&apos; is not a known value</source>
        <translation>„second_factor“ hat keinen bekannten Wert</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>der Datensatz</translation>
    </message>
    <message>
        <source>&apos;type&apos; is not a known value</source>
        <translation>„type“ hat keinen bekannten Wert</translation>
    </message>
    <message>
        <source>&apos;algorithm&apos; is not a known value</source>
        <translation>„algorithm“ hat keinen bekannten Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range</source>
        <translation>„%1“ liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>&apos;secret&apos; has the wrong type</source>
        <translation>„secret“ hat den falschen Typ</translation>
    </message>
    <message>
        <source>&apos;note&apos; has the wrong type</source>
        <translation>„note“ hat den falschen Typ</translation>
    </message>
    <message>
        <source>&apos;tags&apos; is not a list</source>
        <translation>„tags“ ist keine Liste</translation>
    </message>
    <message>
        <source>a tag is not text</source>
        <translation>ein Eintrag in „tags“ ist kein Text</translation>
    </message>
    <message>
        <source>&apos;tags&apos; is truncated</source>
        <translation>„tags“ ist abgeschnitten</translation>
    </message>
    <message>
        <source>&apos;recovery&apos; is not a map</source>
        <translation>„recovery“ ist keine Zuordnung</translation>
    </message>
    <message>
        <source>&apos;recovery&apos; is truncated</source>
        <translation>„recovery“ ist abgeschnitten</translation>
    </message>
    <message>
        <source>bytes follow the record</source>
        <translation>nach dem Datensatz folgen weitere Bytes</translation>
    </message>
    <message>
        <source>an OTP parameter is missing</source>
        <translation>ein OTP-Parameter fehlt</translation>
    </message>
</context>
<context>
    <name>tessera::AccountJson</name>
    <message>
        <source>the field &apos;%1&apos; is not a date and time (ISO 8601).</source>
        <translation>Das Feld „%1“ ist kein Datum mit Uhrzeit (ISO 8601).</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; should hold only text.</source>
        <translation>Das Feld „%1“ sollte nur Text enthalten.</translation>
    </message>
    <message>
        <source>the field &apos;phoneCheckedOn&apos; is not a date.</source>
        <translation>Das Feld „phoneCheckedOn“ ist kein Datum.</translation>
    </message>
    <message>
        <source>the field &apos;secondFactor&apos; has the unknown value &apos;%1&apos;.</source>
        <translation>Das Feld „secondFactor“ hat den unbekannten Wert „%1“.</translation>
    </message>
    <message>
        <source>the field &apos;otp&apos; is missing or not an object.</source>
        <translation>Das Feld „otp“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>it has the unknown type &apos;%1&apos;.</source>
        <translation>Der Eintrag hat den unbekannten Typ „%1“.</translation>
    </message>
    <message>
        <source>it has the unknown algorithm &apos;%1&apos;.</source>
        <translation>Der Eintrag hat den unbekannten Algorithmus „%1“.</translation>
    </message>
    <message>
        <source>the field &apos;counter&apos; is not a whole number.</source>
        <translation>Das Feld „counter“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>its digits or period are out of range.</source>
        <translation>Stellenzahl oder Intervall liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>tessera::Aead</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografiebibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The key has the wrong length.</source>
        <translation>Der Schlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated.</source>
        <translation>Die verschlüsselten Daten sind abgeschnitten.</translation>
    </message>
    <message>
        <source>The encrypted data failed its authenticity check (wrong key, or the data was changed).</source>
        <translation>Die verschlüsselten Daten haben die Echtheitsprüfung nicht bestanden (falscher Schlüssel, oder die Daten wurden verändert).</translation>
    </message>
</context>
<context>
    <name>tessera::AegisFormat</name>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>a password slot has invalid scrypt parameters.</source>
        <translation>Ein Schlüsselplatz für ein Passwort hat ungültige scrypt-Parameter.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; of a password slot is not valid.</source>
        <translation>Das Feld „%1“ eines Schlüsselplatzes für ein Passwort ist ungültig.</translation>
    </message>
    <message>
        <source>It is an mOTP account, which Tessera does not support.</source>
        <translation>Der Eintrag ist ein mOTP-Konto, das Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>It is a Yandex account, which Tessera does not support.</source>
        <translation>Der Eintrag ist ein Yandex-Konto, das Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>It has the unknown type &apos;%1&apos;.</source>
        <translation>Der Eintrag hat den unbekannten Typ „%1“.</translation>
    </message>
    <message>
        <source>the field &apos;info&apos; is missing.</source>
        <translation>Das Feld „info“ fehlt.</translation>
    </message>
    <message>
        <source>%1 is marked MD5 in the Aegis file; like Aegis, Tessera computes its codes with SHA-1.</source>
        <translation>%1 ist in der Aegis-Datei als MD5 markiert; wie Aegis berechnet Tessera die Codes mit SHA-1.</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>Ein Konto</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Der Eintrag verwendet den Algorithmus „%1“, den Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>the field &apos;version&apos; is missing.</source>
        <translation>Das Feld „version“ fehlt.</translation>
    </message>
    <message>
        <source>This Aegis file has version %1, newer than Tessera reads (%2). Export it again from Aegis, or update Tessera.</source>
        <translation>Diese Aegis-Datei hat die Version %1 und ist damit neuer als das, was Tessera liest (%2). Exportieren Sie sie erneut aus Aegis oder aktualisieren Sie Tessera.</translation>
    </message>
    <message>
        <source>the field &apos;header&apos; is missing or not an object.</source>
        <translation>Das Feld „header“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>the header has key slots without encryption parameters or the other way round.</source>
        <translation>Der Header hat Schlüsselplätze ohne Verschlüsselungsparameter oder umgekehrt.</translation>
    </message>
    <message>
        <source>the field &apos;db&apos; is missing or not an object.</source>
        <translation>Das Feld „db“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>the decrypted vault is not a JSON object.</source>
        <translation>Der entschlüsselte Tresor ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the header&apos;s &apos;slots&apos; should be a list and &apos;params&apos; an object.</source>
        <translation>Im Header sollte „slots“ eine Liste und „params“ ein Objekt sein.</translation>
    </message>
    <message>
        <source>the encrypted vault (&apos;db&apos;) should be base64 text.</source>
        <translation>Der verschlüsselte Tresor („db“) sollte Base64-Text sein.</translation>
    </message>
    <message>
        <source>the vault&apos;s nonce or tag is missing or not valid hexadecimal.</source>
        <translation>Nonce oder Tag des Tresors fehlt oder ist kein gültiger Hexadezimalwert.</translation>
    </message>
    <message>
        <source>the encrypted vault (&apos;db&apos;) is not valid base64.</source>
        <translation>Der verschlüsselte Tresor („db“) ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>This Aegis file can only be opened with a fingerprint or a raw key, not a password. Export it from Aegis with a password.</source>
        <translation>Diese Aegis-Datei lässt sich nur mit einem Fingerabdruck oder einem Rohschlüssel öffnen, nicht mit einem Passwort. Exportieren Sie sie aus Aegis mit einem Passwort.</translation>
    </message>
    <message>
        <source>The password is right, but the Aegis vault in this file is damaged (it fails its authenticity check).</source>
        <translation>Das Passwort ist richtig, aber der Aegis-Tresor in dieser Datei ist beschädigt (er besteht die Echtheitsprüfung nicht).</translation>
    </message>
    <message>
        <source>the vault&apos;s content has no valid &apos;version&apos;.</source>
        <translation>Der Inhalt des Tresors hat keine gültige „version“.</translation>
    </message>
    <message>
        <source>This Aegis file&apos;s content has version %1, newer than Tessera reads (%2). Update Tessera, or export a plain list of links (otpauth://) from Aegis.</source>
        <translation>Der Inhalt dieser Aegis-Datei hat die Version %1 und ist damit neuer als das, was Tessera liest (%2). Aktualisieren Sie Tessera oder exportieren Sie aus Aegis eine einfache Liste von Links (otpauth://).</translation>
    </message>
    <message>
        <source>the field &apos;entries&apos; is missing or not a list.</source>
        <translation>Das Feld „entries“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Der Eintrag ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Das Konto liegt im Papierkorb.</translation>
    </message>
    <message numerus="yes">
        <source>Aegis files cannot hold recovery information (recovery codes, email, phone): %n account(s) lose it in this export.</source>
        <translation>
            <numerusform>Aegis-Dateien können keine Wiederherstellungsinformationen (Wiederherstellungscodes, E-Mail, Telefon) enthalten: %n Konto verliert sie bei diesem Export.</numerusform>
            <numerusform>Aegis-Dateien können keine Wiederherstellungsinformationen (Wiederherstellungscodes, E-Mail, Telefon) enthalten: %n Konten verlieren sie bei diesem Export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::AndOtpFormat</name>
    <message>
        <source>It is an mOTP account, which Tessera does not support.</source>
        <translation>Der Eintrag ist ein mOTP-Konto, das Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>It has the unknown type &apos;%1&apos;.</source>
        <translation>Der Eintrag hat den unbekannten Typ „%1“.</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Der Eintrag verwendet den Algorithmus „%1“, den Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>the file is not a JSON list.</source>
        <translation>Die Datei ist keine JSON-Liste.</translation>
    </message>
    <message>
        <source>it is neither an andOTP list (JSON) nor an encrypted andOTP backup.</source>
        <translation>Die Datei ist weder eine andOTP-Liste (JSON) noch eine verschlüsselte andOTP-Sicherung.</translation>
    </message>
    <message>
        <source>it is too short to be an encrypted andOTP backup (%1 bytes).</source>
        <translation>Die Datei ist zu kurz für eine verschlüsselte andOTP-Sicherung (%1 Byte).</translation>
    </message>
    <message>
        <source>the decrypted backup is not a JSON list.</source>
        <translation>Die entschlüsselte Sicherung ist keine JSON-Liste.</translation>
    </message>
    <message>
        <source>The password does not open this andOTP backup (or the file is damaged). Check the password and try again.</source>
        <translation>Das Passwort öffnet diese andOTP-Sicherung nicht (oder die Datei ist beschädigt). Prüfen Sie das Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Der Eintrag ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>tessera::AutomaticBackup</name>
    <message>
        <source>The disk is full: creating %1 failed.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: creating it is not possible.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem: Die Datei kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Permission denied: creating %1 is not allowed.</source>
        <translation>Zugriff verweigert: %1 darf nicht erstellt werden.</translation>
    </message>
    <message>
        <source>creating %1 failed: %2.</source>
        <translation>Das Erstellen von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The disk is full: setting the permissions of %1 failed.</source>
        <translation>Der Datenträger ist voll: Die Zugriffsrechte von %1 konnten nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: setting the permissions of it is not possible.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem: Die Zugriffsrechte können nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Permission denied: setting the permissions of %1 is not allowed.</source>
        <translation>Zugriff verweigert: Die Zugriffsrechte von %1 dürfen nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>setting the permissions of %1 failed: %2.</source>
        <translation>Das Setzen der Zugriffsrechte von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The disk is full: writing %1 failed.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: writing it is not possible.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem: Die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Permission denied: writing %1 is not allowed.</source>
        <translation>Zugriff verweigert: %1 darf nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>writing %1 failed: %2.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The disk is full: naming the backup %1 failed.</source>
        <translation>Der Datenträger ist voll: Die Sicherung konnte nicht in %1 umbenannt werden.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: naming the backup is not possible.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem: Die Sicherung kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Permission denied: naming the backup %1 is not allowed.</source>
        <translation>Zugriff verweigert: Die Sicherung darf nicht in %1 umbenannt werden.</translation>
    </message>
    <message>
        <source>naming the backup %1 failed: %2.</source>
        <translation>Das Umbenennen der Sicherung in %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The disk is full: removing the old backup %1 failed.</source>
        <translation>Der Datenträger ist voll: Die alte Sicherung %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: removing the old backup is not possible.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem: Die alte Sicherung kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Permission denied: removing the old backup %1 is not allowed.</source>
        <translation>Zugriff verweigert: Die alte Sicherung %1 darf nicht entfernt werden.</translation>
    </message>
    <message>
        <source>removing the old backup %1 failed: %2.</source>
        <translation>Das Entfernen der alten Sicherung %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The vault is locked: no automatic backup was written.</source>
        <translation>Der Tresor ist gesperrt: Es wurde keine automatische Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>The vault has integrity problems, so no automatic backup was written (the copies already in %1 are kept). Repair the vault or restore a backup first.</source>
        <translation>Der Tresor hat Integritätsprobleme, daher wurde keine automatische Sicherung geschrieben (die Kopien, die schon in %1 liegen, bleiben erhalten). Reparieren Sie zuerst den Tresor oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (is its drive connected?): no automatic backup was written.</source>
        <translation>Der Sicherungsordner %1 existiert nicht (ist sein Laufwerk angeschlossen?): Es wurde keine automatische Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>No free file name for a backup in %1.</source>
        <translation>In %1 ist kein Dateiname für eine Sicherung mehr frei.</translation>
    </message>
    <message>
        <source>Writing an automatic backup</source>
        <translation>Schreiben einer automatischen Sicherung</translation>
    </message>
    <message>
        <source>The automatic backup failed its check after writing and was removed: %1</source>
        <translation>Die automatische Sicherung hat die Prüfung nach dem Schreiben nicht bestanden und wurde entfernt: %1</translation>
    </message>
    <message>
        <source>The automatic backup %1 was written and checked, but recording it in the vault failed: %2</source>
        <translation>Die automatische Sicherung %1 wurde geschrieben und geprüft, konnte aber nicht im Tresor vermerkt werden: %2</translation>
    </message>
    <message>
        <source>The vault is locked: old backups were not thinned out.</source>
        <translation>Der Tresor ist gesperrt: Alte Sicherungen wurden nicht ausgedünnt.</translation>
    </message>
</context>
<context>
    <name>tessera::BackupFolder</name>
    <message>
        <source>The backup folder %1 does not exist or is not a folder (is its drive connected?).</source>
        <translation>Der Sicherungsordner %1 existiert nicht oder ist kein Ordner (ist sein Laufwerk angeschlossen?).</translation>
    </message>
</context>
<context>
    <name>tessera::BackupLog</name>
    <message>
        <source>A backup record in the vault is damaged or was changed outside Tessera.</source>
        <translation>Ein Sicherungseintrag im Tresor ist beschädigt oder wurde außerhalb von Tessera geändert.</translation>
    </message>
    <message>
        <source>A backup record was written by a newer version of Tessera.</source>
        <translation>Ein Sicherungseintrag wurde von einer neueren Version von Tessera geschrieben.</translation>
    </message>
</context>
<context>
    <name>tessera::BackupRecord</name>
    <message>
        <source>an automatic copy of the vault</source>
        <translation>eine automatische Kopie des Tresors</translation>
    </message>
    <message>
        <source>a Tessera backup file</source>
        <translation>eine Tessera-Sicherungsdatei</translation>
    </message>
    <message>
        <source>an Aegis export (encrypted)</source>
        <translation>ein Aegis-Export (verschlüsselt)</translation>
    </message>
    <message>
        <source>an Aegis export (not encrypted)</source>
        <translation>ein Aegis-Export (unverschlüsselt)</translation>
    </message>
    <message>
        <source>a list of otpauth:// links</source>
        <translation>eine Liste von otpauth://-Links</translation>
    </message>
    <message>
        <source>Google Authenticator transfer codes</source>
        <translation>Übertragungscodes für Google Authenticator</translation>
    </message>
    <message>
        <source>a PDF of the accounts</source>
        <translation>ein PDF der Konten</translation>
    </message>
    <message>
        <source>a backup of a kind this version of Tessera does not know</source>
        <translation>eine Sicherung einer Art, die diese Version von Tessera nicht kennt</translation>
    </message>
</context>
<context>
    <name>tessera::BackupRestore</name>
    <message>
        <source>Unlock the backup copy first.</source>
        <translation>Entsperren Sie zuerst die Sicherungskopie.</translation>
    </message>
</context>
<context>
    <name>tessera::Base32</name>
    <message>
        <source>The padding &apos;=&apos; at position %1 is followed by more characters; &apos;=&apos; may only appear at the end.</source>
        <translation>Auf das Auffüllzeichen „=“ an Position %1 folgen weitere Zeichen; „=“ darf nur am Ende stehen.</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not valid base32 (base32 uses the letters A to Z and the digits 2 to 7).</source>
        <translation>Das Zeichen %1 an Position %2 ist kein gültiges Base32 (Base32 verwendet die Buchstaben A bis Z und die Ziffern 2 bis 7).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Der geheime Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The secret has %1 base32 characters, which cannot be a whole number of bytes; a character is probably missing or extra.</source>
        <translation>Der geheime Schlüssel hat %1 Base32-Zeichen, was keine ganze Zahl von Bytes ergeben kann; vermutlich fehlt ein Zeichen oder eines ist zu viel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <extracomment>A character quoted in a message; use your language&apos;s quotation marks.</extracomment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>tessera::BitwardenFormat</name>
    <message>
        <source>Its authenticator key is neither an otpauth:// link nor a base32 secret.</source>
        <translation>Der Authenticator-Schlüssel des Eintrags ist weder ein otpauth://-Link noch ein geheimer Schlüssel in Base32.</translation>
    </message>
    <message>
        <source>The authentication code does not match.</source>
        <translation>Der Authentifizierungscode stimmt nicht überein.</translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This Bitwarden export is encrypted with your Bitwarden account key, which only Bitwarden has. Export again choosing &quot;Password protected&quot; or an unencrypted format.</source>
        <translation>Dieser Bitwarden-Export ist mit dem Schlüssel Ihres Bitwarden-Kontos verschlüsselt, den nur Bitwarden hat. Exportieren Sie erneut und wählen Sie dabei „Passwortgeschützt“ (Password protected) oder ein unverschlüsseltes Format.</translation>
    </message>
    <message>
        <source>the decrypted data is not a JSON object.</source>
        <translation>Die entschlüsselten Daten sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the field &apos;salt&apos; is missing.</source>
        <translation>Das Feld „salt“ fehlt.</translation>
    </message>
    <message>
        <source>the encrypted fields are not in Bitwarden&apos;s &quot;2.iv|data|mac&quot; form.</source>
        <translation>Die verschlüsselten Felder haben nicht die Bitwarden-Form „2.iv|data|mac“.</translation>
    </message>
    <message>
        <source>This Bitwarden export uses an unknown key derivation (type %1).</source>
        <translation>Dieser Bitwarden-Export verwendet eine unbekannte Schlüsselableitung (Typ %1).</translation>
    </message>
    <message>
        <source>The password is right, but the data in this Bitwarden export is damaged.</source>
        <translation>Das Passwort ist richtig, aber die Daten in diesem Bitwarden-Export sind beschädigt.</translation>
    </message>
    <message>
        <source>the field &apos;items&apos; is missing or not a list.</source>
        <translation>Das Feld „items“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>it is neither JSON nor CSV text.</source>
        <translation>Die Datei ist weder JSON- noch CSV-Text.</translation>
    </message>
    <message>
        <source>it has no header row.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>it has no &apos;login_totp&apos; column.</source>
        <translation>Die Datei hat keine Spalte „login_totp“.</translation>
    </message>
</context>
<context>
    <name>tessera::ClockCheck</name>
    <message>
        <source>There is no system D-Bus, so Tessera cannot ask whether the clock is synchronised; check the clock with a time server instead.</source>
        <translation>Es gibt keinen System-D-Bus, daher kann Tessera nicht abfragen, ob die Uhr synchronisiert ist; prüfen Sie die Uhr stattdessen mit einem Zeitserver.</translation>
    </message>
    <message>
        <source>timedated is not available (%1), so Tessera cannot tell whether the clock is synchronised; check it with a time server instead.</source>
        <translation>timedated ist nicht verfügbar (%1), daher kann Tessera nicht feststellen, ob die Uhr synchronisiert ist; prüfen Sie sie stattdessen mit einem Zeitserver.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>timedated does not say whether the clock is synchronised; check it with a time server instead.</source>
        <translation>timedated gibt nicht an, ob die Uhr synchronisiert ist; prüfen Sie sie stattdessen mit einem Zeitserver.</translation>
    </message>
    <message>
        <source>The system clock is synchronised with a time server.</source>
        <translation>Die Systemuhr ist mit einem Zeitserver synchronisiert.</translation>
    </message>
    <message>
        <source>The system clock is not synchronised yet: codes may be rejected until it is. Check the network connection, or check the clock with a time server.</source>
        <translation>Die Systemuhr ist noch nicht synchronisiert: Bis dahin werden Codes womöglich abgelehnt. Prüfen Sie die Netzwerkverbindung oder prüfen Sie die Uhr mit einem Zeitserver.</translation>
    </message>
    <message>
        <source>Network time is switched off, so the system clock is not synchronised: turn on automatic date and time in the system settings.</source>
        <translation>Die Netzwerkzeit ist ausgeschaltet, daher wird die Systemuhr nicht synchronisiert: Schalten Sie in den Systemeinstellungen die automatische Einstellung von Datum und Uhrzeit ein.</translation>
    </message>
    <message>
        <source>The time server %1 did not answer within %2 s. Check the network connection, or choose another server.</source>
        <translation>Der Zeitserver %1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie die Netzwerkverbindung oder wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>The time server %1 was not found. Check its name and the network connection.</source>
        <translation>Der Zeitserver %1 wurde nicht gefunden. Prüfen Sie seinen Namen und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Nothing answers NTP at %1: the port is closed or the host cannot be reached. Check the server and port.</source>
        <translation>Unter %1 antwortet kein NTP-Dienst: Der Port ist geschlossen oder der Host ist nicht erreichbar. Prüfen Sie Server und Port.</translation>
    </message>
    <message>
        <source>The time server %1 could not be reached: %2.</source>
        <translation>Der Zeitserver %1 konnte nicht erreicht werden: %2.</translation>
    </message>
    <message>
        <source>Tessera could not send the request to %1: %2.</source>
        <translation>Tessera konnte die Anfrage nicht an %1 senden: %2.</translation>
    </message>
    <message>
        <source>The clock check was cancelled.</source>
        <translation>Die Uhrzeitprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The clock is %1 s off: that is a wrong date or time zone, not drift. Fix the system clock (date, time and time zone); Tessera corrects codes by at most 5 minutes.</source>
        <translation>Die Uhr geht um %1 s falsch: Das ist ein falsches Datum oder eine falsche Zeitzone, keine Gangabweichung. Korrigieren Sie die Systemuhr (Datum, Uhrzeit und Zeitzone); Tessera gleicht bei Codes höchstens 5 Minuten aus.</translation>
    </message>
    <message>
        <source>Your clock is right (within 0.05 s).</source>
        <translation>Ihre Uhr geht richtig (auf 0,05 s genau).</translation>
    </message>
    <message>
        <source>Your clock is %1 s slow.</source>
        <translation>Ihre Uhr geht %1 s nach.</translation>
    </message>
    <message>
        <source>Your clock is %1 s fast.</source>
        <translation>Ihre Uhr geht %1 s vor.</translation>
    </message>
</context>
<context>
    <name>tessera::CryptoSelfTest</name>
    <message>
        <source>The cryptography self-test failed (%1). Tessera will not open vaults with a broken crypto library; reinstall libsodium.</source>
        <translation>Der Selbsttest der Kryptografie ist fehlgeschlagen (%1). Tessera öffnet keine Tresore mit einer defekten Kryptografiebibliothek; installieren Sie libsodium neu.</translation>
    </message>
</context>
<context>
    <name>tessera::CsvReader</name>
    <message>
        <source>the file has more than %1 rows.</source>
        <translation>Die Datei hat mehr als %1 Zeilen.</translation>
    </message>
    <message>
        <source>line %1 has a quote in the middle of a field.</source>
        <translation>Zeile %1 hat ein Anführungszeichen mitten in einem Feld.</translation>
    </message>
    <message>
        <source>line %1 has text after a closing quote.</source>
        <translation>Zeile %1 hat Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>a quoted field is not closed (the file is cut off).</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen (die Datei ist abgeschnitten).</translation>
    </message>
</context>
<context>
    <name>tessera::EnteFormat</name>
    <message>
        <source>The Ente display settings of %1 could not be read; the account is imported without its tags.</source>
        <translation>Die Anzeigeeinstellungen von %1 in Ente konnten nicht gelesen werden; das Konto wird ohne seine Tags importiert.</translation>
    </message>
    <message>
        <source>%1 was in Ente&apos;s trash; it is imported as a normal account.</source>
        <translation>%1 lag im Papierkorb von Ente; es wird als normales Konto importiert.</translation>
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
        <translation>Die verschlüsselten Daten haben die Echtheitsprüfung nicht bestanden (falsches Passwort, oder die Datei wurde verändert).</translation>
    </message>
    <message>
        <source>The cryptography library could not compute %1 (out of memory?). Close other programs and try again.</source>
        <translation>Die Kryptografiebibliothek konnte %1 nicht berechnen (Speicher voll?). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The cryptography library could not start %1 (out of memory?). Close other programs and try again.</source>
        <translation>Die Kryptografiebibliothek konnte %1 nicht starten (Speicher voll?). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The cryptography library could not run %1 (out of memory?). Close other programs and try again.</source>
        <translation>Die Kryptografiebibliothek konnte %1 nicht ausführen (Speicher voll?). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The cryptography library could not finish %1 (out of memory?). Close other programs and try again.</source>
        <translation>Die Kryptografiebibliothek konnte %1 nicht abschließen (Speicher voll?). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unsupported derived key length.</source>
        <translation>Nicht unterstützte Länge des abgeleiteten Schlüssels.</translation>
    </message>
    <message>
        <source>The file asks for scrypt with N = %1; Tessera accepts powers of two up to %2, so the file is damaged or hostile.</source>
        <translation>Die Datei verlangt scrypt mit N = %1; Tessera akzeptiert Zweierpotenzen bis %2, die Datei ist also beschädigt oder bösartig.</translation>
    </message>
    <message>
        <source>The file asks for scrypt with r = %1; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>Die Datei verlangt scrypt mit r = %1; Tessera akzeptiert 1 bis %2, die Datei ist also beschädigt oder bösartig.</translation>
    </message>
    <message>
        <source>The file asks for scrypt with p = %1; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>Die Datei verlangt scrypt mit p = %1; Tessera akzeptiert 1 bis %2, die Datei ist also beschädigt oder bösartig.</translation>
    </message>
    <message>
        <source>The file asks for scrypt parameters (N = %1, r = %2, p = %3) that would need %4 MiB of memory or take minutes; Tessera refuses them.</source>
        <translation>Die Datei verlangt scrypt-Parameter (N = %1, r = %2, p = %3), die %4 MiB Arbeitsspeicher bräuchten oder Minuten dauern würden; Tessera lehnt sie ab.</translation>
    </message>
    <message>
        <source>The file asks for %1 PBKDF2 iterations; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>Die Datei verlangt %1 PBKDF2-Iterationen; Tessera akzeptiert 1 bis %2, die Datei ist also beschädigt oder bösartig.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 with %1 passes; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>Die Datei verlangt Argon2 mit %1 Durchläufen; Tessera akzeptiert 1 bis %2, die Datei ist also beschädigt oder bösartig.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 with %1 lanes; Tessera accepts 1 to %2, so the file is damaged or hostile.</source>
        <translation>Die Datei verlangt Argon2 mit %1 Lanes; Tessera akzeptiert 1 bis %2, die Datei ist also beschädigt oder bösartig.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 with %1 KiB of memory; Tessera accepts %2 KiB to 1 GiB, so the file is damaged or hostile.</source>
        <translation>Die Datei verlangt Argon2 mit %1 KiB Arbeitsspeicher; Tessera akzeptiert %2 KiB bis 1 GiB, die Datei ist also beschädigt oder bösartig.</translation>
    </message>
    <message>
        <source>The password or salt is too long.</source>
        <translation>Das Passwort oder das Salt ist zu lang.</translation>
    </message>
    <message>
        <source>The Argon2 salt is %1 bytes long; at least %2 are needed.</source>
        <translation>Das Argon2-Salt ist %1 Byte lang; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key (%1 MiB are needed). Close other programs and try again.</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um den Schlüssel abzuleiten (%1 MiB werden benötigt). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Argon2 refused the file&apos;s parameters: %1.</source>
        <translation>Argon2 hat die Parameter der Datei abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Unsupported HKDF parameters.</source>
        <translation>Nicht unterstützte HKDF-Parameter.</translation>
    </message>
    <message>
        <source>The key has the wrong length.</source>
        <translation>Der Schlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The encryption nonce or tag has the wrong length.</source>
        <translation>Nonce oder Tag der Verschlüsselung hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The encrypted data is too large.</source>
        <translation>Die verschlüsselten Daten sind zu groß.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated.</source>
        <translation>Die verschlüsselten Daten sind abgeschnitten.</translation>
    </message>
    <message>
        <source>The key or nonce has the wrong length.</source>
        <translation>Schlüssel oder Nonce hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The data is too large to encrypt.</source>
        <translation>Die Daten sind zu groß zum Verschlüsseln.</translation>
    </message>
    <message>
        <source>The key or IV has the wrong length.</source>
        <translation>Schlüssel oder IV hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated (not a whole number of AES blocks).</source>
        <translation>Die verschlüsselten Daten sind abgeschnitten (keine ganze Zahl von AES-Blöcken).</translation>
    </message>
    <message>
        <source>The decrypted data has invalid padding (wrong password, or the file was changed).</source>
        <translation>Die entschlüsselten Daten haben ein ungültiges Padding (falsches Passwort, oder die Datei wurde verändert).</translation>
    </message>
</context>
<context>
    <name>tessera::ForeignEntry</name>
    <message>
        <source>It has no secret.</source>
        <translation>Der Eintrag hat keinen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>It has %1-digit codes; Tessera supports %2 to %3 digits.</source>
        <translation>Der Eintrag hat %1-stellige Codes; Tessera unterstützt %2 bis %3 Stellen.</translation>
    </message>
    <message>
        <source>Its codes change every %1 seconds; Tessera supports 1 second to 24 hours.</source>
        <translation>Die Codes des Eintrags wechseln alle %1 Sekunden; Tessera unterstützt 1 Sekunde bis 24 Stunden.</translation>
    </message>
    <message>
        <source>Its counter is %1; a counter cannot be negative.</source>
        <translation>Der Zähler des Eintrags ist %1; ein Zähler kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Its secret is not valid base32: %1</source>
        <translation>Der geheime Schlüssel des Eintrags ist kein gültiges Base32: %1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
</context>
<context>
    <name>tessera::Format</name>
    <message>
        <source>Tessera cannot export to %1 files.</source>
        <translation>Tessera kann nicht im Format %1 exportieren.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>it is %1 MiB, larger than any %2 export Tessera accepts (%3 MiB).</source>
        <translation>Die Datei ist %1 MiB groß und damit größer als jeder Export im Format %2, den Tessera annimmt (%3 MiB).</translation>
    </message>
    <message>
        <source>This %1 file is encrypted; enter its password.</source>
        <translation>Diese Datei (%1) ist verschlüsselt; geben Sie ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The password does not open this %1 file. Check the password and try again.</source>
        <translation>Das Passwort öffnet diese Datei (%1) nicht. Prüfen Sie das Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This %1 file cannot be read: %2</source>
        <translation>Diese Datei (%1) kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tessera::FormatDetector</name>
    <message>
        <source>Tessera reads Tessera backups, Aegis, 2FAS, andOTP, FreeOTP+ (JSON), Bitwarden (JSON and CSV), Ente Auth (plain text), Stratum/Authenticator Pro, Google Authenticator export links and lists of otpauth:// links.</source>
        <translation>Tessera liest Tessera-Sicherungen, Aegis, 2FAS, andOTP, FreeOTP+ (JSON), Bitwarden (JSON und CSV), Ente Auth (Klartext), Stratum/Authenticator Pro, Exportlinks von Google Authenticator und Listen von otpauth://-Links.</translation>
    </message>
    <message>
        <source>This looks like %1, which Tessera cannot read. %2</source>
        <translation>Dies scheint %1 zu sein; Tessera kann das nicht lesen. %2</translation>
    </message>
    <message>
        <source>a FreeOTP 2 backup</source>
        <translation>eine FreeOTP-2-Sicherung</translation>
    </message>
    <message>
        <source>Move the accounts to an app Tessera reads (for example by scanning them into Aegis), or re-enrol them.</source>
        <translation>Übertragen Sie die Konten in eine App, die Tessera lesen kann (zum Beispiel, indem Sie sie in Aegis einscannen), oder registrieren Sie sie neu.</translation>
    </message>
    <message>
        <source>a ZIP archive (Authenticator Plus or Raivo export)</source>
        <translation>ein ZIP-Archiv (Export aus Authenticator Plus oder Raivo)</translation>
    </message>
    <message>
        <source>Unpack it with its password and import the list of otpauth:// links inside.</source>
        <translation>Entpacken Sie es mit seinem Passwort und importieren Sie die darin enthaltene Liste von otpauth://-Links.</translation>
    </message>
    <message>
        <source>an app&apos;s internal database (Google Authenticator, Microsoft Authenticator or Stratum)</source>
        <translation>die interne Datenbank einer App (Google Authenticator, Microsoft Authenticator oder Stratum)</translation>
    </message>
    <message>
        <source>Use the app&apos;s own export instead (Google Authenticator: Transfer accounts; Stratum: Backup).</source>
        <translation>Verwenden Sie stattdessen die Exportfunktion der App (in Google Authenticator „Konten übertragen“, in Stratum „Backup“).</translation>
    </message>
    <message>
        <source>Android app data (FreeOTP, Authy, TOTP Authenticator or Battle.net)</source>
        <translation>Android-App-Daten (FreeOTP, Authy, TOTP Authenticator oder Battle.net)</translation>
    </message>
    <message>
        <source>Use the app&apos;s own export, or move the accounts through an app Tessera reads.</source>
        <translation>Verwenden Sie die Exportfunktion der App oder übertragen Sie die Konten über eine App, die Tessera lesen kann.</translation>
    </message>
    <message>
        <source>an encrypted Ente Auth export</source>
        <translation>ein verschlüsselter Export aus Ente Auth</translation>
    </message>
    <message>
        <source>In Ente Auth, export as plain text instead and import that file.</source>
        <translation>Exportieren Sie in Ente Auth stattdessen als Klartext und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>a Proton Authenticator export</source>
        <translation>ein Export aus Proton Authenticator</translation>
    </message>
    <message>
        <source>Export the accounts from Proton Authenticator as otpauth:// links or QR codes.</source>
        <translation>Exportieren Sie die Konten aus Proton Authenticator als otpauth://-Links oder QR-Codes.</translation>
    </message>
    <message>
        <source>Steam Guard app data</source>
        <translation>App-Daten von Steam Guard</translation>
    </message>
    <message>
        <source>Add the Steam account with its otpauth:// or steam:// link instead.</source>
        <translation>Fügen Sie das Steam-Konto stattdessen mit seinem otpauth://- oder steam://-Link hinzu.</translation>
    </message>
    <message>
        <source>Duo Mobile app data</source>
        <translation>App-Daten von Duo Mobile</translation>
    </message>
    <message>
        <source>Re-enrol the accounts in Tessera.</source>
        <translation>Registrieren Sie die Konten in Tessera neu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is %1 MiB, larger than any export Tessera reads (%2 MiB).</source>
        <translation>Die Datei ist %1 MiB groß und damit größer als jeder Export, den Tessera liest (%2 MiB).</translation>
    </message>
    <message>
        <source>The file looks like JSON but is damaged or cut off: %1</source>
        <translation>Die Datei sieht nach JSON aus, ist aber beschädigt oder abgeschnitten: %1</translation>
    </message>
    <message>
        <source>Tessera does not recognise this file. %1</source>
        <translation>Tessera erkennt diese Datei nicht. %1</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;. Known formats: %2.</source>
        <translation>Unbekanntes Format „%1“. Bekannte Formate: %2.</translation>
    </message>
</context>
<context>
    <name>tessera::FreeOtpPlusFormat</name>
    <message>
        <source>the field &apos;secret&apos; should be a list of numbers, not %1.</source>
        <translation>Das Feld „secret“ sollte eine Liste von Zahlen enthalten, enthält aber %1.</translation>
    </message>
    <message>
        <source>its secret has %1 bytes; Tessera accepts at most %2.</source>
        <translation>Der geheime Schlüssel des Eintrags hat %1 Byte; Tessera akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>its secret contains a value that is not a byte (-128 to 255).</source>
        <translation>Der geheime Schlüssel des Eintrags enthält einen Wert, der kein Byte ist (-128 bis 255).</translation>
    </message>
    <message>
        <source>It has the unknown type &apos;%1&apos;.</source>
        <translation>Der Eintrag hat den unbekannten Typ „%1“.</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Der Eintrag verwendet den Algorithmus „%1“, den Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>the field &apos;tokens&apos; is missing or not a list.</source>
        <translation>Das Feld „tokens“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Der Eintrag ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigration</name>
    <message>
        <source>It uses the MD5 algorithm, which Tessera does not support.</source>
        <translation>Der Eintrag verwendet den Algorithmus MD5, den Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>It uses an unknown algorithm (value %1).</source>
        <translation>Der Eintrag verwendet einen unbekannten Algorithmus (Wert %1).</translation>
    </message>
    <message>
        <source>It has an unknown number of digits (value %1).</source>
        <translation>Der Eintrag hat eine unbekannte Stellenzahl (Wert %1).</translation>
    </message>
    <message>
        <source>It has an unknown type (value %1).</source>
        <translation>Der Eintrag hat einen unbekannten Typ (Wert %1).</translation>
    </message>
    <message>
        <source>The Google Authenticator code is too large (over %1 characters).</source>
        <translation>Der Exportcode von Google Authenticator ist zu groß (über %1 Zeichen).</translation>
    </message>
    <message>
        <source>This is not a Google Authenticator export (otpauth-migration://) link.</source>
        <translation>Dies ist kein Exportlink von Google Authenticator (otpauth-migration://).</translation>
    </message>
    <message>
        <source>The Google Authenticator link is malformed: it should start with otpauth-migration://offline?data=</source>
        <translation>Der Link von Google Authenticator ist fehlerhaft: Er sollte mit otpauth-migration://offline?data= beginnen.</translation>
    </message>
    <message>
        <source>The Google Authenticator link has no data.</source>
        <translation>Der Link von Google Authenticator enthält keine Daten.</translation>
    </message>
    <message>
        <source>The data of the Google Authenticator link is not valid base64; part of it may be missing.</source>
        <translation>Die Daten des Links von Google Authenticator sind kein gültiges Base64; möglicherweise fehlt ein Teil davon.</translation>
    </message>
    <message>
        <source>The Google Authenticator code holds %1 bytes; Tessera accepts at most %2.</source>
        <translation>Der Exportcode von Google Authenticator enthält %1 Byte; Tessera akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The Google Authenticator code is damaged or incomplete: its data is not a valid transfer payload.</source>
        <translation>Der Exportcode von Google Authenticator ist beschädigt oder unvollständig: Seine Daten sind keine gültigen Übertragungsdaten.</translation>
    </message>
    <message>
        <source>The Google Authenticator code holds %1 accounts; Tessera accepts at most %2 per code.</source>
        <translation>Der Exportcode von Google Authenticator enthält %1 Konten; Tessera akzeptiert höchstens %2 pro Code.</translation>
    </message>
    <message>
        <source>The Google Authenticator code claims to be one of %1 codes; an export has at most %2.</source>
        <translation>Der Exportcode von Google Authenticator gibt an, einer von %1 Codes zu sein; ein Export hat höchstens %2.</translation>
    </message>
    <message>
        <source>The Google Authenticator code claims to be code %1 of %2, which cannot be.</source>
        <translation>Der Exportcode von Google Authenticator gibt an, Code %1 von %2 zu sein, was nicht sein kann.</translation>
    </message>
    <message>
        <source>Google Authenticator cannot hold Steam Guard codes.</source>
        <translation>Google Authenticator kann keine Steam-Guard-Codes aufnehmen.</translation>
    </message>
    <message>
        <source>It has %1-digit codes; a Google Authenticator transfer code can carry only 6 or 8 digits.</source>
        <translation>Das Konto hat %1-stellige Codes; ein Übertragungscode für Google Authenticator kann nur 6 oder 8 Stellen übertragen.</translation>
    </message>
    <message>
        <source>Its codes change every %1 seconds; a Google Authenticator transfer code can carry only 30 seconds.</source>
        <translation>Die Codes des Kontos wechseln alle %1 Sekunden; ein Übertragungscode für Google Authenticator kann nur ein Intervall von 30 Sekunden übertragen.</translation>
    </message>
    <message>
        <source>Its counter is too large for a Google Authenticator transfer code.</source>
        <translation>Der Zähler des Kontos ist zu groß für einen Übertragungscode für Google Authenticator.</translation>
    </message>
    <message>
        <source>%1 uses %2; some versions of Google Authenticator ignore that and show wrong codes. Check a code after the transfer.</source>
        <translation>%1 verwendet %2; manche Versionen von Google Authenticator ignorieren das und zeigen falsche Codes. Prüfen Sie nach der Übertragung einen Code.</translation>
    </message>
    <message>
        <source>%1 has 8-digit codes; some versions of Google Authenticator show only 6. Check a code after the transfer.</source>
        <translation>%1 hat 8-stellige Codes; manche Versionen von Google Authenticator zeigen nur 6 Stellen. Prüfen Sie nach der Übertragung einen Code.</translation>
    </message>
    <message>
        <source>Its secret is too long to fit in a QR code.</source>
        <translation>Der geheime Schlüssel des Kontos ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>There are no accounts to export.</source>
        <translation>Es gibt keine Konten zum Exportieren.</translation>
    </message>
    <message>
        <source>None of the accounts can be carried by Google Authenticator transfer codes.</source>
        <translation>Keines der Konten kann mit Übertragungscodes für Google Authenticator übertragen werden.</translation>
    </message>
    <message>
        <source>That would need %1 transfer codes; Google Authenticator accepts at most %2. Export fewer accounts at a time.</source>
        <translation>Dafür wären %1 Übertragungscodes nötig; Google Authenticator akzeptiert höchstens %2. Exportieren Sie weniger Konten auf einmal.</translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigrationFormat</name>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google-Authenticator-Export</translation>
    </message>
    <message>
        <source>it is not text (it contains binary data).</source>
        <translation>Die Datei ist kein Text (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>code on line %1</source>
        <translation>Code in Zeile %1</translation>
    </message>
    <message>
        <source>it contains no otpauth-migration:// link.</source>
        <translation>Die Datei enthält keinen otpauth-migration://-Link.</translation>
    </message>
    <message numerus="yes">
        <source>Line(s) %1 hold otpauth:// links, which are not part of a Google Authenticator export; import the file as an otpauth:// list to include them.</source>
        <extracomment>%1 is a list of line numbers; their count selects the plural form.</extracomment>
        <translation>
            <numerusform>Zeile %1 enthält einen otpauth://-Link, der nicht zu einem Google-Authenticator-Export gehört; importieren Sie die Datei als otpauth://-Liste, um ihn einzubeziehen.</numerusform>
            <numerusform>Die Zeilen %1 enthalten otpauth://-Links, die nicht zu einem Google-Authenticator-Export gehören; importieren Sie die Datei als otpauth://-Liste, um sie einzubeziehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Das Konto liegt im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigrationImport</name>
    <message>
        <source>Two different codes claim to be code %1 of %2 of the same Google Authenticator export; only the first one was read.</source>
        <translation>Zwei verschiedene Codes geben an, Code %1 von %2 desselben Google-Authenticator-Exports zu sein; nur der erste wurde gelesen.</translation>
    </message>
    <message>
        <source>Code %1 of %2 is missing (export %3). Scan it too to import its accounts; the accounts of the other codes can be imported now.</source>
        <translation>Code %1 von %2 fehlt (Export %3). Scannen Sie ihn ebenfalls, um seine Konten zu importieren; die Konten der anderen Codes können schon jetzt importiert werden.</translation>
    </message>
    <message>
        <source>Code %1 of %2 is missing. Scan it too to import its accounts; the accounts of the other codes can be imported now.</source>
        <translation>Code %1 von %2 fehlt. Scannen Sie ihn ebenfalls, um seine Konten zu importieren; die Konten der anderen Codes können schon jetzt importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n more codes are missing; scan them too to import their accounts.</source>
        <translation>
            <numerusform>%n weiterer Code fehlt; scannen Sie ihn ebenfalls, um seine Konten zu importieren.</numerusform>
            <numerusform>%n weitere Codes fehlen; scannen Sie sie ebenfalls, um ihre Konten zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Google Authenticator export holds no accounts: there is nothing to import.</source>
        <translation>Der Google-Authenticator-Export enthält keine Konten: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Code %1 of %2 is missing.</source>
        <translation>Code %1 von %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportPlan</name>
    <message>
        <source>There is no such entry in the import.</source>
        <translation>Diesen Eintrag gibt es im Import nicht.</translation>
    </message>
    <message>
        <source>It has the same secret and settings as %1, which is in the trash.</source>
        <translation>Der Eintrag hat denselben geheimen Schlüssel und dieselben Einstellungen wie %1 im Papierkorb.</translation>
    </message>
    <message>
        <source>It has the same secret and settings as %1.</source>
        <translation>Der Eintrag hat denselben geheimen Schlüssel und dieselben Einstellungen wie %1.</translation>
    </message>
    <message>
        <source>It has the same secret and settings as %1, earlier in this import.</source>
        <translation>Der Eintrag hat denselben geheimen Schlüssel und dieselben Einstellungen wie %1 weiter oben in diesem Import.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>An unreadable entry cannot be renamed.</source>
        <translation>Ein nicht lesbarer Eintrag kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Give the account an issuer or a name.</source>
        <translation>Geben Sie dem Konto einen Anbieter oder einen Namen.</translation>
    </message>
</context>
<context>
    <name>tessera::IntegrityIssue</name>
    <message>
        <source>(unreadable id)</source>
        <translation>(unlesbare ID)</translation>
    </message>
    <message>
        <source>Account %1 is missing from the vault file: its row was deleted outside Tessera. Restore a backup to get it back.</source>
        <translation>Konto %1 fehlt in der Tresordatei: Sein Eintrag wurde außerhalb von Tessera gelöscht. Stellen Sie eine Sicherung wieder her, um es zurückzubekommen.</translation>
    </message>
    <message>
        <source>Account %1 was replaced by an older copy of itself outside Tessera (revision %2 instead of %3). Its latest changes are not in the file.</source>
        <translation>Konto %1 wurde außerhalb von Tessera durch eine ältere Kopie seiner selbst ersetzt (Revision %2 statt %3). Seine letzten Änderungen sind nicht in der Datei.</translation>
    </message>
    <message>
        <source>Account %1 has revision %2 where the vault expects %3: the file was changed outside Tessera.</source>
        <translation>Konto %1 hat die Revision %2, der Tresor erwartet aber %3: Die Datei wurde außerhalb von Tessera geändert.</translation>
    </message>
    <message>
        <source>Account %1 is in the vault file but not in its list of accounts: it was deleted and put back, or added outside Tessera. It is not shown.</source>
        <translation>Konto %1 steht in der Tresordatei, aber nicht in ihrer Kontenliste: Es wurde gelöscht und zurückgelegt oder außerhalb von Tessera hinzugefügt. Es wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Account %1 is damaged: its encrypted record failed the authenticity check or cannot be decoded. Restore a backup to get it back.</source>
        <translation>Konto %1 ist beschädigt: Sein verschlüsselter Datensatz hat die Echtheitsprüfung nicht bestanden oder kann nicht dekodiert werden. Stellen Sie eine Sicherung wieder her, um es zurückzubekommen.</translation>
    </message>
    <message>
        <source>Account %1 was written by a newer version of Tessera and cannot be read by this one. Update Tessera.</source>
        <translation>Konto %1 wurde von einer neueren Version von Tessera geschrieben und kann von dieser nicht gelesen werden. Aktualisieren Sie Tessera.</translation>
    </message>
    <message>
        <source>The vault&apos;s list of accounts is damaged, so deleted or replaced accounts cannot be detected. The accounts that could be read are shown.</source>
        <translation>Die Kontenliste des Tresors ist beschädigt, daher können gelöschte oder ersetzte Konten nicht erkannt werden. Die Konten, die gelesen werden konnten, werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>tessera::JsonFields</name>
    <message>
        <source>the field &apos;%1&apos; should be %2, not %3.</source>
        <translation>Das Feld „%1“ sollte %2 enthalten, enthält aber %3.</translation>
    </message>
    <message>
        <source>the JSON is malformed at byte %1 (%2).</source>
        <translation>Das JSON ist bei Byte %1 fehlerhaft (%2).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; should be a whole number, not %2.</source>
        <translation>Das Feld „%1“ sollte eine ganze Zahl enthalten, nicht %2.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>einen Wahrheitswert (true/false)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>etwas Unbekanntes</translation>
    </message>
</context>
<context>
    <name>tessera::KeySlot</name>
    <message>
        <source>The vault&apos;s recovery key slot is damaged (bytes of the file were changed). Unlock with the password and make a new recovery key, or restore a backup.</source>
        <translation>Der Schlüsselplatz für den Wiederherstellungsschlüssel im Tresor ist beschädigt (Bytes der Datei wurden verändert). Entsperren Sie mit dem Passwort und erstellen Sie einen neuen Wiederherstellungsschlüssel, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault&apos;s password slot is damaged (bytes of the file were changed). Unlock with the recovery key and set a new password, or restore a backup.</source>
        <translation>Der Schlüsselplatz für das Passwort im Tresor ist beschädigt (Bytes der Datei wurden verändert). Entsperren Sie mit dem Wiederherstellungsschlüssel und legen Sie ein neues Passwort fest, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 slot was written by a newer version of Tessera. Update Tessera to open it.</source>
        <translation>Der Schlüsselplatz „%1“ des Tresors wurde von einer neueren Version von Tessera geschrieben. Aktualisieren Sie Tessera, um den Tresor zu öffnen.</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 slot uses a key derivation this version of Tessera does not know. Update Tessera to open it.</source>
        <translation>Der Schlüsselplatz „%1“ des Tresors verwendet eine Schlüsselableitung, die diese Version von Tessera nicht kennt. Aktualisieren Sie Tessera, um den Tresor zu öffnen.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>Der Wiederherstellungsschlüssel öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>tessera::Manifest</name>
    <message>
        <source>The vault&apos;s list of accounts (its manifest) is damaged: bytes of the file were changed.</source>
        <translation>Die Kontenliste des Tresors (sein Manifest) ist beschädigt: Bytes der Datei wurden verändert.</translation>
    </message>
    <message>
        <source>The vault&apos;s list of accounts was written by a newer version of Tessera. Update Tessera to open it.</source>
        <translation>Die Kontenliste des Tresors wurde von einer neueren Version von Tessera geschrieben. Aktualisieren Sie Tessera, um den Tresor zu öffnen.</translation>
    </message>
</context>
<context>
    <name>tessera::OtpParameters</name>
    <message>
        <source>The secret is empty.</source>
        <translation>Der geheime Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The secret is %1 bytes long; Tessera accepts at most %2 bytes.</source>
        <translation>Der geheime Schlüssel ist %1 Byte lang; Tessera akzeptiert höchstens %2 Byte.</translation>
    </message>
    <message>
        <source>A code must have between %1 and %2 digits, not %3.</source>
        <translation>Ein Code muss zwischen %1 und %2 Stellen haben, nicht %3.</translation>
    </message>
    <message>
        <source>The period must be between %1 second and %2 seconds (24 hours), not %3.</source>
        <translation>Das Intervall muss zwischen %1 Sekunde und %2 Sekunden (24 Stunden) liegen, nicht bei %3.</translation>
    </message>
</context>
<context>
    <name>tessera::OtpUri</name>
    <message>
        <source>The parameter &apos;%1&apos; appears twice with different values; the link is ambiguous.</source>
        <translation>Der Parameter „%1“ kommt zweimal mit unterschiedlichen Werten vor; der Link ist mehrdeutig.</translation>
    </message>
    <message>
        <source>The Steam secret is not valid: %1</source>
        <translation>Der Steam-Schlüssel ist ungültig: %1</translation>
    </message>
    <message>
        <source>The link is %1 characters long, too long to be an otpauth:// link.</source>
        <translation>Der Link ist %1 Zeichen lang, zu lang für einen otpauth://-Link.</translation>
    </message>
    <message>
        <source>This is a Google Authenticator export (otpauth-migration://), not a single account; import it instead.</source>
        <translation>Dies ist ein Google-Authenticator-Export (otpauth-migration://), kein einzelnes Konto; importieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>This is not an otpauth:// link.</source>
        <translation>Dies ist kein otpauth://-Link.</translation>
    </message>
    <message>
        <source>%1 codes are not supported by Tessera.</source>
        <translation>%1-Codes werden von Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>The link does not say whether it is totp or hotp.</source>
        <translation>Der Link gibt nicht an, ob es sich um totp oder hotp handelt.</translation>
    </message>
    <message>
        <source>Unknown code type &apos;%1&apos; (Tessera reads totp, hotp and steam).</source>
        <translation>Unbekannter Codetyp „%1“ (Tessera liest totp, hotp und steam).</translation>
    </message>
    <message>
        <source>The link has no secret.</source>
        <translation>Der Link enthält keinen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>The secret is not valid: %1</source>
        <translation>Der geheime Schlüssel ist ungültig: %1</translation>
    </message>
    <message>
        <source>Unknown algorithm &apos;%1&apos; (Tessera supports SHA1, SHA256 and SHA512).</source>
        <translation>Unbekannter Algorithmus „%1“ (Tessera unterstützt SHA1, SHA256 und SHA512).</translation>
    </message>
    <message>
        <source>A code must have between %1 and %2 digits, not &apos;%3&apos;.</source>
        <translation>Ein Code muss zwischen %1 und %2 Stellen haben, nicht „%3“.</translation>
    </message>
    <message>
        <source>The period must be between %1 and %2 seconds, not &apos;%3&apos;.</source>
        <translation>Das Intervall muss zwischen %1 und %2 Sekunden liegen, nicht bei „%3“.</translation>
    </message>
    <message>
        <source>A HOTP link must include a counter.</source>
        <translation>Ein HOTP-Link muss einen Zähler enthalten.</translation>
    </message>
    <message>
        <source>The counter &apos;%1&apos; is not a whole number of 0 or more.</source>
        <translation>Der Zähler „%1“ ist keine ganze Zahl ab 0.</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordKdf</name>
    <message>
        <source>The key derivation asks for %1 passes; Tessera accepts %2 to %3, so the file is damaged or was not written by Tessera.</source>
        <translation>Die Schlüsselableitung verlangt %1 Durchläufe; Tessera akzeptiert %2 bis %3, die Datei ist also beschädigt oder wurde nicht von Tessera geschrieben.</translation>
    </message>
    <message>
        <source>The key derivation asks for %1 MiB of memory; Tessera accepts %2 MiB to %3 MiB, so the file is damaged or was not written by Tessera.</source>
        <translation>Die Schlüsselableitung verlangt %1 MiB Arbeitsspeicher; Tessera akzeptiert %2 MiB bis %3 MiB, die Datei ist also beschädigt oder wurde nicht von Tessera geschrieben.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografiebibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The key derivation salt is %1 bytes long instead of %2.</source>
        <translation>Das Salt der Schlüsselableitung ist %1 Byte lang statt %2.</translation>
    </message>
    <message>
        <source>Unsupported derived key length.</source>
        <translation>Nicht unterstützte Länge des abgeleiteten Schlüssels.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key (%1 MiB are needed). Close other programs and try again.</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um den Schlüssel abzuleiten (%1 MiB werden benötigt). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tessera::PdfExporter</name>
    <message>
        <source>HOTP, %1, %2 digits, counter %3</source>
        <translation>HOTP, %1, %2 Stellen, Zähler %3</translation>
    </message>
    <message>
        <source>TOTP, %1, %2 digits, %3 s</source>
        <translation>TOTP, %1, %2 Stellen, %3 s</translation>
    </message>
    <message>
        <source>The PDF export needs fonts, which are only available in a graphical session (a QGuiApplication).</source>
        <translation>Der PDF-Export benötigt Schriftarten, die nur in einer grafischen Sitzung verfügbar sind (einer QGuiApplication).</translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Das Konto liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>There are no accounts to print.</source>
        <translation>Es gibt keine Konten zum Drucken.</translation>
    </message>
    <message>
        <source>Tessera accounts</source>
        <translation>Tessera-Konten</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Tessera accounts, printed %1</source>
        <translation>Tessera-Konten, gedruckt am %1</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place: anyone who has it can generate your sign-in codes.</source>
        <translation>Bewahren Sie dieses Blatt an einem sicheren Ort auf: Wer es hat, kann Ihre Anmeldecodes erzeugen.</translation>
    </message>
    <message>
        <source>(no issuer)</source>
        <translation>(kein Anbieter)</translation>
    </message>
    <message>
        <source>(no account name)</source>
        <translation>(kein Kontoname)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>tessera::PhoneNumber</name>
    <message>
        <source>&apos;%1&apos; does not start with a country calling code that exists; check the digits after the &apos;+&apos;.</source>
        <translation>„%1“ beginnt nicht mit einer existierenden Ländervorwahl; prüfen Sie die Ziffern nach dem „+“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code: write it with &apos;+&apos; and the country code (for example +44 7911 123456), or choose its country.</source>
        <translation>„%1“ hat keine Ländervorwahl: Schreiben Sie die Nummer mit „+“ und Ländervorwahl (zum Beispiel +49 151 23456789) oder wählen Sie ihr Land.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too short to be a phone number.</source>
        <translation>„%1“ ist zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long: a phone number has at most 15 digits, country code included.</source>
        <translation>„%1“ ist zu lang: Eine Telefonnummer hat höchstens 15 Ziffern, einschließlich Ländervorwahl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>The number is too short for a +%1 number; check that no digit is missing.</source>
        <translation>Die Nummer ist zu kurz für eine Nummer mit +%1; prüfen Sie, ob eine Ziffer fehlt.</translation>
    </message>
    <message>
        <source>The number is too long for a +%1 number; check for extra digits.</source>
        <translation>Die Nummer ist zu lang für eine Nummer mit +%1; prüfen Sie sie auf überzählige Ziffern.</translation>
    </message>
    <message>
        <source>This is a local number without its area code; write the whole number.</source>
        <translation>Dies ist eine Ortsnummer ohne Vorwahl; schreiben Sie die ganze Nummer.</translation>
    </message>
    <message>
        <source>No +%1 number has this many digits; check the number.</source>
        <translation>Keine Nummer mit +%1 hat so viele Ziffern; prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, &apos;+&apos;, &apos;-&apos;, &apos;(&apos;, &apos;)&apos;, &apos;.&apos; and &apos;/&apos;; &apos;%1&apos; at position %2 is not one of them.</source>
        <translation>Eine Telefonnummer enthält nur Ziffern, Leerzeichen sowie „+“, „-“, „(“, „)“, „.“ und „/“; „%1“ an Position %2 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country Tessera knows; use a two-letter code such as GB or US.</source>
        <translation>„%1“ ist kein Land, das Tessera kennt; verwenden Sie einen Code aus zwei Buchstaben wie DE oder AT.</translation>
    </message>
    <message>
        <source>The number starts with an international dialling prefix instead of &apos;+&apos;. Providers need &apos;+&apos; and the country code: %1</source>
        <translation>Die Nummer beginnt mit einer Auslandsvorwahl statt mit „+“. Anbieter benötigen „+“ und die Ländervorwahl: %1</translation>
    </message>
    <message>
        <source>The country code is there but the &apos;+&apos; is missing. Providers need &apos;+&apos; and the country code: %1</source>
        <translation>Die Ländervorwahl ist vorhanden, aber das „+“ fehlt. Anbieter benötigen „+“ und die Ländervorwahl: %1</translation>
    </message>
    <message>
        <source>The number has no country code (+%1 for %2 was assumed). Providers that call you, such as AWS, need &apos;+&apos; and the country code: %3</source>
        <translation>Die Nummer hat keine Ländervorwahl (+%1 für %2 wurde angenommen). Anbieter, die Sie anrufen, etwa AWS, benötigen „+“ und die Ländervorwahl: %3</translation>
    </message>
    <message>
        <source>The 0 after the country code does not belong in the international form (no leading zeros after the country code): %1</source>
        <translation>Die 0 nach der Ländervorwahl gehört nicht in die internationale Form (keine führenden Nullen nach der Ländervorwahl): %1</translation>
    </message>
    <message>
        <source>Paste it without spaces or punctuation: %1</source>
        <translation>Fügen Sie sie ohne Leerzeichen oder Satzzeichen ein: %1</translation>
    </message>
    <message>
        <source>Tessera&apos;s phone number data (from 2022) does not know this number range. Check the number; if it is right (newer ranges are missing), you can keep it.</source>
        <translation>Die Telefondaten von Tessera (Stand 2022) kennen diesen Nummernbereich nicht. Prüfen Sie die Nummer; wenn sie stimmt (neuere Bereiche fehlen), können Sie sie behalten.</translation>
    </message>
    <message>
        <source>This looks like a %1 number, not a mobile or landline: an automated verification call or text may not reach it.</source>
        <translation>Dies scheint eine Nummer vom Typ „%1“ zu sein, keine Mobil- oder Festnetznummer: Ein automatischer Bestätigungsanruf oder eine SMS erreicht sie womöglich nicht.</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>Festnetz oder Mobilfunk</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>Mehrwertdienst</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>geteilte Kosten</translation>
    </message>
    <message>
        <source>personal forwarding</source>
        <translation>persönliche Weiterleitung</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>company-wide (UAN)</source>
        <translation>unternehmensweit (UAN)</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>tessera::Playbook</name>
    <message>
        <source>There is no recovery playbook &quot;%1&quot;.</source>
        <translation>Es gibt keine Wiederherstellungsanleitung „%1“.</translation>
    </message>
    <message>
        <source>No recovery playbooks are built into Tessera.</source>
        <translation>In Tessera sind keine Wiederherstellungsanleitungen eingebaut.</translation>
    </message>
</context>
<context>
    <name>tessera::QrDecoder</name>
    <message>
        <source>The image is empty or could not be read.</source>
        <translation>Das Bild ist leer oder konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels, larger than the %3 megapixels Tessera scans; crop it to the part with the QR code.</source>
        <translation>Das Bild ist %1 x %2 Pixel groß, größer als die %3 Megapixel, die Tessera scannt; schneiden Sie es auf den Teil mit dem QR-Code zu.</translation>
    </message>
    <message>
        <source>There was not enough memory to scan the image.</source>
        <translation>Zum Scannen des Bildes war nicht genug Arbeitsspeicher vorhanden.</translation>
    </message>
</context>
<context>
    <name>tessera::QrEncoder</name>
    <message>
        <source>There is no text to put in a QR code.</source>
        <translation>Es gibt keinen Text für einen QR-Code.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes); at this error-correction level a code holds at most %2 bytes.</source>
        <translation>Der Text ist zu lang für einen QR-Code (%1 Byte); bei dieser Fehlerkorrekturstufe fasst ein Code höchstens %2 Byte.</translation>
    </message>
    <message>
        <source>There was not enough memory to make the QR code.</source>
        <translation>Zum Erzeugen des QR-Codes war nicht genug Arbeitsspeicher vorhanden.</translation>
    </message>
    <message>
        <source>The text could not be encoded as a QR code.</source>
        <translation>Der Text konnte nicht als QR-Code kodiert werden.</translation>
    </message>
    <message>
        <source>A QR module must be 1 to %1 pixels wide, not %2.</source>
        <translation>Ein QR-Modul muss 1 bis %1 Pixel breit sein, nicht %2.</translation>
    </message>
    <message>
        <source>There was not enough memory for a %1 x %1 image.</source>
        <translation>Für ein Bild mit %1 x %1 Pixeln war nicht genug Arbeitsspeicher vorhanden.</translation>
    </message>
    <message>
        <source>A QR module must be 1 to %1 units wide, not %2.</source>
        <translation>Ein QR-Modul muss 1 bis %1 Einheiten breit sein, nicht %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ReadinessAudit</name>
    <message>
        <source>This account</source>
        <translation>Dieses Konto</translation>
    </message>
    <message>
        <source>Make a backup now, and keep it on another disk or device.</source>
        <translation>Erstellen Sie jetzt eine Sicherung und bewahren Sie sie auf einem anderen Datenträger oder Gerät auf.</translation>
    </message>
    <message>
        <source>%1 is in no backup: if the vault is lost, this seed is lost with it.</source>
        <translation>%1 ist in keiner Sicherung: Geht der Tresor verloren, ist auch dieser Schlüssel verloren.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup with %1 is %n days old (%2): anything changed since is in no backup.</source>
        <translation>
            <numerusform>Die neueste Sicherung mit %1 ist %n Tag alt (%2): Alles, was seitdem geändert wurde, ist in keiner Sicherung.</numerusform>
            <numerusform>Die neueste Sicherung mit %1 ist %n Tage alt (%2): Alles, was seitdem geändert wurde, ist in keiner Sicherung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed after its newest backup (%2), which holds the older version.</source>
        <translation>%1 wurde nach der neuesten Sicherung (%2) geändert; diese enthält die ältere Version.</translation>
    </message>
    <message>
        <source>Create recovery codes in the provider&apos;s security settings and store them with this account.</source>
        <translation>Erstellen Sie in den Sicherheitseinstellungen des Anbieters Wiederherstellungscodes und speichern Sie sie bei diesem Konto.</translation>
    </message>
    <message>
        <source>No recovery codes are stored for %1. The provider&apos;s recovery accepts them: they are the quickest way back in without the authenticator.</source>
        <translation>Für %1 sind keine Wiederherstellungscodes gespeichert. Die Wiederherstellung beim Anbieter akzeptiert sie: Sie sind der schnellste Weg zurück ins Konto ohne den Authenticator.</translation>
    </message>
    <message>
        <source>No recovery codes are stored for %1. If the provider offers them, they are the quickest way back in without the authenticator.</source>
        <translation>Für %1 sind keine Wiederherstellungscodes gespeichert. Falls der Anbieter sie anbietet, sind sie der schnellste Weg zurück ins Konto ohne den Authenticator.</translation>
    </message>
    <message numerus="yes">
        <source>All %n recovery codes stored for %1 have been used: none is left to sign in with.</source>
        <translation>
            <numerusform>Der einzige für %1 gespeicherte Wiederherstellungscode wurde verwendet: Es ist keiner mehr zum Anmelden übrig.</numerusform>
            <numerusform>Alle %n für %1 gespeicherten Wiederherstellungscodes wurden verwendet: Es ist keiner mehr zum Anmelden übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new set of recovery codes in the provider&apos;s security settings and store it with this account.</source>
        <translation>Erstellen Sie in den Sicherheitseinstellungen des Anbieters einen neuen Satz Wiederherstellungscodes und speichern Sie ihn bei diesem Konto.</translation>
    </message>
    <message>
        <source>AWS allows up to 8 MFA devices per user: registering a second one is the cheapest prevention.</source>
        <translation>AWS erlaubt bis zu 8 MFA-Geräte pro Benutzer: Ein zweites zu registrieren ist die günstigste Vorbeugung.</translation>
    </message>
    <message>
        <source>Registering a second authenticator or a security key is the cheapest prevention.</source>
        <translation>Einen zweiten Authenticator oder einen Sicherheitsschlüssel zu registrieren ist die günstigste Vorbeugung.</translation>
    </message>
    <message>
        <source>Register another authenticator or a security key with the provider, then record it for this account.</source>
        <translation>Registrieren Sie beim Anbieter einen weiteren Authenticator oder einen Sicherheitsschlüssel und erfassen Sie ihn dann bei diesem Konto.</translation>
    </message>
    <message>
        <source>%1 has no other second factor registered with the provider: losing this seed locks you out. %2</source>
        <translation>%1 hat beim Anbieter keinen weiteren zweiten Faktor registriert: Geht dieser Schlüssel verloren, sind Sie ausgesperrt. %2</translation>
    </message>
    <message>
        <source>It is not recorded whether %1 has another second factor registered with the provider. %2</source>
        <translation>Es ist nicht erfasst, ob %1 beim Anbieter einen weiteren zweiten Faktor registriert hat. %2</translation>
    </message>
    <message>
        <source>No email address is stored for %1, and the provider&apos;s recovery starts with an email to it.</source>
        <translation>Für %1 ist keine E-Mail-Adresse gespeichert, und die Wiederherstellung beim Anbieter beginnt mit einer E-Mail an diese Adresse.</translation>
    </message>
    <message>
        <source>No email address is stored for %1; account recovery usually needs access to it.</source>
        <translation>Für %1 ist keine E-Mail-Adresse gespeichert; die Kontowiederherstellung setzt meist Zugriff darauf voraus.</translation>
    </message>
    <message>
        <source>Add the account&apos;s email address exactly as the provider has it.</source>
        <translation>Fügen Sie die E-Mail-Adresse des Kontos genau so hinzu, wie der Anbieter sie hinterlegt hat.</translation>
    </message>
    <message>
        <source>Add the phone number exactly as the provider shows it in its contact settings.</source>
        <translation>Fügen Sie die Telefonnummer genau so hinzu, wie der Anbieter sie in seinen Kontakteinstellungen anzeigt.</translation>
    </message>
    <message>
        <source>No phone number is stored for %1, and the provider&apos;s recovery calls or texts it.</source>
        <translation>Für %1 ist keine Telefonnummer gespeichert, und die Wiederherstellung beim Anbieter ruft diese Nummer an oder schickt ihr eine SMS.</translation>
    </message>
    <message>
        <source>No phone number is stored for %1; account recovery may call or text it.</source>
        <translation>Für %1 ist keine Telefonnummer gespeichert; die Kontowiederherstellung ruft sie womöglich an oder schickt ihr eine SMS.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, has no &apos;+&apos; country code. A provider that calls or texts it for recovery (as AWS does) needs the international form, and a call to this number can fail.</source>
        <translation>Die für %1 gespeicherte Telefonnummer %2 hat keine Ländervorwahl mit „+“. Ein Anbieter, der sie zur Wiederherstellung anruft oder ihr eine SMS schickt (wie AWS), benötigt die internationale Form, und ein Anruf an diese Nummer kann fehlschlagen.</translation>
    </message>
    <message>
        <source>Write the number as &apos;+&apos;, the country code and the number without its leading 0 or spaces (a UK 07911 123456 is +447911123456), correct it in the provider&apos;s contact settings, and store it here the same way.</source>
        <translation>Schreiben Sie die Nummer als „+“, Ländervorwahl und Rufnummer ohne führende 0 und ohne Leerzeichen (aus der deutschen Nummer 0151 23456789 wird +4915123456789), korrigieren Sie sie in den Kontakteinstellungen des Anbieters und speichern Sie sie hier genauso.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, is not a usable phone number: %3</source>
        <translation>Die für %1 gespeicherte Telefonnummer %2 ist keine verwendbare Telefonnummer: %3</translation>
    </message>
    <message>
        <source>Compare it with the provider&apos;s contact settings and correct it there and here.</source>
        <translation>Vergleichen Sie sie mit den Kontakteinstellungen des Anbieters und korrigieren Sie sie dort und hier.</translation>
    </message>
    <message>
        <source>Make sure the provider&apos;s contact settings have %1 (check there, and correct it if needed), and store it here the same way.</source>
        <translation>Stellen Sie sicher, dass in den Kontakteinstellungen des Anbieters %1 steht (prüfen Sie das dort und korrigieren Sie es bei Bedarf), und speichern Sie die Nummer hier genauso.</translation>
    </message>
    <message>
        <source>The phone number stored for %1 is %2, without the &apos;+&apos; country code a provider needs to call or text it for recovery, so such a call can fail. %3</source>
        <translation>Die für %1 gespeicherte Telefonnummer ist %2, ohne die Ländervorwahl mit „+“, die ein Anbieter braucht, um sie zur Wiederherstellung anzurufen oder ihr eine SMS zu schicken; ein solcher Anruf kann also fehlschlagen. %3</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, keeps the leading 0 after the country code; the E.164 form is %3.</source>
        <translation>Die für %1 gespeicherte Telefonnummer %2 enthält noch die führende 0 nach der Ländervorwahl; das E.164-Format ist %3.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, has spaces or punctuation; the E.164 form providers accept everywhere is %3.</source>
        <translation>Die für %1 gespeicherte Telefonnummer %2 enthält Leerzeichen oder Satzzeichen; das E.164-Format, das Anbieter überall akzeptieren, ist %3.</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, cannot be right: %3</source>
        <translation>Die für %1 gespeicherte Telefonnummer %2 kann nicht stimmen: %3</translation>
    </message>
    <message>
        <source>The phone number stored for %1, %2, is not in a known number range: %3</source>
        <translation>Die für %1 gespeicherte Telefonnummer %2 liegt in keinem bekannten Nummernbereich: %3</translation>
    </message>
    <message>
        <source>Compare it with the provider&apos;s contact settings; if it is right, record that you checked it.</source>
        <translation>Vergleichen Sie sie mit den Kontakteinstellungen des Anbieters; wenn sie stimmt, vermerken Sie, dass Sie sie geprüft haben.</translation>
    </message>
    <message>
        <source>The phone number stored for %1: %2</source>
        <translation>Die für %1 gespeicherte Telefonnummer: %2</translation>
    </message>
    <message>
        <source>Make sure the provider can reach this number with a call or a text message.</source>
        <translation>Stellen Sie sicher, dass der Anbieter diese Nummer per Anruf oder SMS erreichen kann.</translation>
    </message>
    <message>
        <source>The phone number for %1 was last compared with the provider&apos;s records on %2, more than a year ago; numbers change.</source>
        <translation>Die Telefonnummer für %1 wurde zuletzt am %2 mit den Angaben des Anbieters abgeglichen, vor über einem Jahr; Nummern ändern sich.</translation>
    </message>
    <message>
        <source>The phone number for %1 has never been compared with the provider&apos;s records.</source>
        <translation>Die Telefonnummer für %1 wurde noch nie mit den Angaben des Anbieters abgeglichen.</translation>
    </message>
    <message>
        <source>Open the provider&apos;s contact settings, compare the number, and record that you checked it.</source>
        <translation>Öffnen Sie die Kontakteinstellungen des Anbieters, vergleichen Sie die Nummer und vermerken Sie, dass Sie sie geprüft haben.</translation>
    </message>
    <message>
        <source>No code of %1 has been confirmed with the provider since it was added: a seed imported wrongly shows only when you need it.</source>
        <translation>Seit %1 hinzugefügt wurde, wurde noch kein Code beim Anbieter bestätigt: Ein falsch importierter Schlüssel fällt erst auf, wenn Sie ihn brauchen.</translation>
    </message>
    <message>
        <source>Sign in to the provider with a code from Tessera (or compare the code with another device), then mark the account as verified.</source>
        <translation>Melden Sie sich mit einem Code aus Tessera beim Anbieter an (oder vergleichen Sie den Code mit einem anderen Gerät) und markieren Sie das Konto dann als überprüft.</translation>
    </message>
    <message>
        <source>No backup of the vault is recorded: if this computer&apos;s disk fails or the vault file is lost, every seed in it is gone.</source>
        <translation>Es ist keine Sicherung des Tresors erfasst: Fällt die Festplatte dieses Computers aus oder geht die Tresordatei verloren, sind alle Schlüssel darin verloren.</translation>
    </message>
    <message>
        <source>Automatic backups are off: accounts added or changed are safe only after you remember to make a backup.</source>
        <translation>Automatische Sicherungen sind ausgeschaltet: Hinzugefügte oder geänderte Konten sind erst sicher, wenn Sie daran denken, eine Sicherung zu erstellen.</translation>
    </message>
    <message>
        <source>Turn on automatic backups to a folder on another disk or a synchronised folder.</source>
        <translation>Schalten Sie automatische Sicherungen in einen Ordner auf einem anderen Datenträger oder in einen synchronisierten Ordner ein.</translation>
    </message>
    <message>
        <source>The vault&apos;s recovery key was never confirmed: if the password is forgotten and the key was not kept, nothing opens the vault.</source>
        <translation>Der Wiederherstellungsschlüssel des Tresors wurde nie bestätigt: Wird das Passwort vergessen und wurde der Schlüssel nicht aufbewahrt, öffnet nichts mehr den Tresor.</translation>
    </message>
    <message>
        <source>Confirm the recovery key you wrote down when the vault was created, or make a new one and keep it somewhere safe.</source>
        <translation>Bestätigen Sie den Wiederherstellungsschlüssel, den Sie beim Erstellen des Tresors notiert haben, oder erstellen Sie einen neuen und bewahren Sie ihn an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 critical, %3, %4 info.</source>
        <extracomment>%1 is &quot;N findings&quot;, %2 the number of critical findings, %3 &quot;N warnings&quot;, %4 the number of the others.</extracomment>
        <translation>%1: %2 kritisch, %3, %4 zur Information.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <extracomment>A stored value (a phone number) quoted in a finding; use your language&apos;s quotation marks.</extracomment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryFlow</name>
    <message>
        <source>The saved recovery progress cannot be used (%1). Start the recovery again.</source>
        <translation>Der gespeicherte Fortschritt der Wiederherstellung ist nicht verwendbar (%1). Beginnen Sie die Wiederherstellung neu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a bad or repeated entry</source>
        <translation>„%1“ hat einen fehlerhaften oder wiederholten Eintrag</translation>
    </message>
    <message>
        <source>choose the account</source>
        <translation>Konto auswählen</translation>
    </message>
    <message>
        <source>Name the account to recover (for an account not in Tessera, its issuer and name).</source>
        <translation>Geben Sie das Konto an, das wiederhergestellt werden soll (bei einem Konto, das nicht in Tessera ist, seinen Anbieter und Namen).</translation>
    </message>
    <message>
        <source>record where the seed is</source>
        <translation>Fundort des Schlüssels erfassen</translation>
    </message>
    <message>
        <source>record the clock check</source>
        <translation>Uhrzeitprüfung erfassen</translation>
    </message>
    <message>
        <source>record the re-sync</source>
        <translation>Neusynchronisierung erfassen</translation>
    </message>
    <message>
        <source>finish troubleshooting</source>
        <translation>Fehlersuche abschließen</translation>
    </message>
    <message>
        <source>Troubleshooting has not solved the problem yet: the seed was not found and no re-sync succeeded. Go on with the alternative factors.</source>
        <translation>Die Fehlersuche hat das Problem noch nicht gelöst: Der Schlüssel wurde nicht gefunden, und keine Neusynchronisierung war erfolgreich. Fahren Sie mit den alternativen Faktoren fort.</translation>
    </message>
    <message>
        <source>go to the alternative factors</source>
        <translation>Zu den alternativen Faktoren wechseln</translation>
    </message>
    <message>
        <source>choose a way back in</source>
        <translation>Zugangsweg wählen</translation>
    </message>
    <message>
        <source>First choose what to do about &quot;%1&quot;.</source>
        <translation>Entscheiden Sie zuerst, was mit „%1“ geschehen soll.</translation>
    </message>
    <message>
        <source>The %1 playbook has no way back in called &quot;%2&quot;.</source>
        <translation>Die Anleitung „%1“ hat keinen Zugangsweg namens „%2“.</translation>
    </message>
    <message>
        <source>complete a step</source>
        <translation>Schritt abschließen</translation>
    </message>
    <message>
        <source>Choose a way back in first.</source>
        <translation>Wählen Sie zuerst einen Zugangsweg.</translation>
    </message>
    <message>
        <source>Every step of this way back in is done.</source>
        <translation>Alle Schritte dieses Zugangswegs sind erledigt.</translation>
    </message>
    <message>
        <source>Do the steps in order: the next one is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Erledigen Sie die Schritte der Reihe nach: Als Nächstes kommt „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>report a failure</source>
        <translation>Fehlschlag melden</translation>
    </message>
    <message>
        <source>There is no step in progress that could have failed.</source>
        <translation>Es läuft kein Schritt, der fehlgeschlagen sein könnte.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has no known failure &quot;%2&quot;.</source>
        <translation>Für Schritt „%1“ ist kein Fehlschlag „%2“ bekannt.</translation>
    </message>
    <message>
        <source>choose what to do about a failure</source>
        <translation>Über einen Fehlschlag entscheiden</translation>
    </message>
    <message>
        <source>No failure is waiting for a decision.</source>
        <translation>Es wartet kein Fehlschlag auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for &quot;%2&quot;.</source>
        <translation>„%1“ ist keine der Möglichkeiten für „%2“.</translation>
    </message>
    <message>
        <source>re-enrol</source>
        <translation>Neu registrieren</translation>
    </message>
    <message>
        <source>Choose a way back in and complete its steps first.</source>
        <translation>Wählen Sie zuerst einen Zugangsweg und erledigen Sie dessen Schritte.</translation>
    </message>
    <message>
        <source>Complete the remaining steps first; the next one is &quot;%1&quot;.</source>
        <translation>Erledigen Sie zuerst die übrigen Schritte; als Nächstes kommt „%1“.</translation>
    </message>
    <message>
        <source>go to prevention</source>
        <translation>Zur Vorbeugung wechseln</translation>
    </message>
    <message>
        <source>Re-enrolment is not finished: &quot;%1&quot; is still to do.</source>
        <translation>Die Neuregistrierung ist nicht abgeschlossen: „%1“ steht noch aus.</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>This is the first step; there is nothing before it.</source>
        <translation>Dies ist der erste Schritt; davor gibt es nichts.</translation>
    </message>
    <message>
        <source>This recovery is finished; start a new one instead.</source>
        <translation>Diese Wiederherstellung ist abgeschlossen; beginnen Sie stattdessen eine neue.</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>unbekannte Formatversion</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>unbekannter Schritt „%1“</translation>
    </message>
    <message>
        <source>the playbook &quot;%1&quot; no longer exists</source>
        <translation>die Anleitung „%1“ gibt es nicht mehr</translation>
    </message>
    <message>
        <source>the playbook is not named</source>
        <translation>die Anleitung ist nicht angegeben</translation>
    </message>
    <message>
        <source>the account or the playbook is missing</source>
        <translation>das Konto oder die Anleitung fehlt</translation>
    </message>
    <message>
        <source>unknown troubleshooting result</source>
        <translation>unbekanntes Ergebnis der Fehlersuche</translation>
    </message>
    <message>
        <source>bad clock offset</source>
        <translation>ungültige Uhrabweichung</translation>
    </message>
    <message>
        <source>marked as solved by troubleshooting without a reason</source>
        <translation>als durch die Fehlersuche gelöst markiert, aber ohne Grund</translation>
    </message>
    <message>
        <source>unknown way back in &quot;%1&quot;</source>
        <translation>unbekannter Zugangsweg „%1“</translation>
    </message>
    <message>
        <source>bad way back in</source>
        <translation>ungültiger Zugangsweg</translation>
    </message>
    <message>
        <source>steps done without a way back in</source>
        <translation>erledigte Schritte ohne Zugangsweg</translation>
    </message>
    <message>
        <source>the steps done do not match the playbook</source>
        <translation>die erledigten Schritte passen nicht zur Anleitung</translation>
    </message>
    <message>
        <source>the failure waiting for a decision does not match the playbook</source>
        <translation>der Fehlschlag, der auf eine Entscheidung wartet, passt nicht zur Anleitung</translation>
    </message>
    <message>
        <source>bad pending failure</source>
        <translation>ungültiger offener Fehlschlag</translation>
    </message>
    <message>
        <source>a recorded branch does not match the playbook</source>
        <translation>ein erfasster Abzweig passt nicht zur Anleitung</translation>
    </message>
    <message>
        <source>unknown re-enrolment item &quot;%1&quot;</source>
        <translation>unbekannter Punkt „%1“ der Neuregistrierung</translation>
    </message>
    <message>
        <source>unknown prevention item &quot;%1&quot;</source>
        <translation>unbekannter Punkt „%1“ der Vorbeugung</translation>
    </message>
    <message>
        <source>re-enrolment reached without completing a way back in</source>
        <translation>Neuregistrierung erreicht, ohne einen Zugangsweg abzuschließen</translation>
    </message>
    <message>
        <source>prevention reached without finishing re-enrolment</source>
        <translation>Vorbeugung erreicht, ohne die Neuregistrierung abzuschließen</translation>
    </message>
    <message>
        <source>solved by troubleshooting, but not at prevention</source>
        <translation>durch die Fehlersuche gelöst, aber nicht bei der Vorbeugung</translation>
    </message>
    <message>
        <source>Which Account?</source>
        <translation>Welches Konto?</translation>
    </message>
    <message>
        <source>Troubleshoot First</source>
        <translation>Zuerst die Fehlersuche</translation>
    </message>
    <message>
        <source>The Provider&apos;s Recovery</source>
        <translation>Wiederherstellung beim Anbieter</translation>
    </message>
    <message>
        <source>Set Up a New Authenticator</source>
        <translation>Neuen Authenticator einrichten</translation>
    </message>
    <message>
        <source>So It Does Not Happen Again</source>
        <translation>Damit es nicht wieder passiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cannot %1 now: the recovery is at the step “%2”, not “%3”.</source>
        <extracomment>%1 is an action such as &quot;choose the account&quot;; %2 and %3 are step titles such as &quot;Troubleshoot First&quot;.</extracomment>
        <translation>„%1“ ist jetzt nicht möglich: Die Wiederherstellung ist beim Schritt „%2“, nicht bei „%3“.</translation>
    </message>
    <message>
        <source>There is no checklist at the step “%1”.</source>
        <translation>Der Schritt „%1“ hat keine Checkliste.</translation>
    </message>
    <message>
        <source>The checklist of the step “%1” has no item “%2”.</source>
        <translation>Die Checkliste des Schritts „%1“ hat keinen Punkt „%2“.</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryKey</name>
    <message>
        <source>The recovery key contains &apos;%1&apos;, which never appears in a recovery key (letters A to Z and digits 2 to 7 only).</source>
        <translation>Der Wiederherstellungsschlüssel enthält „%1“, was in einem Wiederherstellungsschlüssel nie vorkommt (nur Buchstaben A bis Z und Ziffern 2 bis 7).</translation>
    </message>
    <message>
        <source>The recovery key has %1 characters instead of %2: check that all %3 groups of %4 were copied.</source>
        <translation>Der Wiederherstellungsschlüssel hat %1 Zeichen statt %2: Prüfen Sie, ob alle %3 Gruppen zu je %4 Zeichen kopiert wurden.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: its last group does not match the others. Compare each group with the recovery kit.</source>
        <translation>Der Wiederherstellungsschlüssel enthält einen Tippfehler: Seine letzte Gruppe passt nicht zu den anderen. Vergleichen Sie jede Gruppe mit dem Wiederherstellungskit.</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryKit</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>none: this seed is the only one</source>
        <translation>keiner: Dieser Schlüssel ist der einzige</translation>
    </message>
    <message>
        <source>another authenticator device or app</source>
        <translation>ein weiterer Authenticator (Gerät oder App)</translation>
    </message>
    <message>
        <source>a security key</source>
        <translation>ein Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Not usable as it is: %1</source>
        <translation>So nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>(stored as %1)</source>
        <translation>(gespeichert als %1)</translation>
    </message>
    <message>
        <source>Stored without its &apos;+&apos; country code: make sure the provider has %1.</source>
        <translation>Ohne Ländervorwahl mit „+“ gespeichert: Stellen Sie sicher, dass der Anbieter %1 hinterlegt hat.</translation>
    </message>
    <message>
        <source>Unused recovery codes</source>
        <translation>Nicht verwendete Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>None stored. If the provider offers recovery codes, create them and add them to this account in Tessera, then print this kit again.</source>
        <translation>Keine gespeichert. Falls der Anbieter Wiederherstellungscodes anbietet, erstellen Sie welche, fügen Sie sie diesem Konto in Tessera hinzu und drucken Sie dieses Kit erneut.</translation>
    </message>
    <message>
        <source>All stored codes have been used. Create a new set at the provider and print this kit again.</source>
        <translation>Alle gespeicherten Codes wurden verwendet. Erstellen Sie beim Anbieter einen neuen Satz und drucken Sie dieses Kit erneut.</translation>
    </message>
    <message>
        <source>Each code works once. Cross a code out when you use it.</source>
        <translation>Jeder Code funktioniert einmal. Streichen Sie einen Code durch, wenn Sie ihn verwenden.</translation>
    </message>
    <message>
        <source>If you lose the authenticator: %1</source>
        <translation>Wenn Sie den Authenticator verlieren: %1</translation>
    </message>
    <message>
        <source>Typical wait:</source>
        <translation>Übliche Wartezeit:</translation>
    </message>
    <message>
        <source>Have ready:</source>
        <translation>Halten Sie bereit:</translation>
    </message>
    <message>
        <source>Ways back in:</source>
        <translation>Zugangswege:</translation>
    </message>
    <message>
        <source>The provider&apos;s re-sync:</source>
        <translation>Neusynchronisierung beim Anbieter:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Its recovery codes and contact details are what the provider asks for when the authenticator is lost.</source>
        <translation>Die Wiederherstellungscodes und Kontaktdaten darauf sind genau das, was der Anbieter verlangt, wenn der Authenticator verloren ist.</translation>
    </message>
    <message>
        <source>Its QR code holds the secret key that makes your codes, and its recovery codes replace the authenticator.</source>
        <translation>Der QR-Code darauf enthält den geheimen Schlüssel, der Ihre Codes erzeugt, und die Wiederherstellungscodes darauf ersetzen den Authenticator.</translation>
    </message>
    <message>
        <source>Keep it somewhere private and safe, such as a locked drawer; do not photograph, scan or share it. Destroy it when you print a new one.</source>
        <translation>Bewahren Sie es an einem privaten, sicheren Ort auf, etwa in einer abschließbaren Schublade; fotografieren, scannen oder teilen Sie es nicht. Vernichten Sie es, wenn Sie ein neues drucken.</translation>
    </message>
    <message>
        <source>Recovery kit: %1</source>
        <translation>Wiederherstellungskit: %1</translation>
    </message>
    <message>
        <source>Printed by Tessera on %1.</source>
        <translation>Gedruckt von Tessera am %1.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Telefon (E.164)</translation>
    </message>
    <message>
        <source>Other second factor</source>
        <translation>Anderer zweiter Faktor</translation>
    </message>
    <message>
        <source>Recovery page</source>
        <translation>Wiederherstellungsseite</translation>
    </message>
    <message>
        <source>The issuer alone does not tell which kind of account this is: each recovery that may apply follows.</source>
        <translation>Der Anbieter allein verrät nicht, um welche Art von Konto es sich handelt: Es folgt jede Wiederherstellung, die zutreffen kann.</translation>
    </message>
    <message>
        <source>QR code of the seed</source>
        <translation>QR-Code des Schlüssels</translation>
    </message>
    <message>
        <source>Scan it with an authenticator app to restore this account&apos;s codes.</source>
        <translation>Scannen Sie ihn mit einer Authenticator-App, um die Codes dieses Kontos wiederherzustellen.</translation>
    </message>
    <message>
        <source>Could not make %1 readable by you only, so the recovery kit was not written there. Choose another file.</source>
        <translation>%1 konnte nicht nur für Sie lesbar gemacht werden, daher wurde das Wiederherstellungskit dort nicht geschrieben. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Could not create the recovery kit %1: %2.</source>
        <translation>Das Wiederherstellungskit %1 konnte nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Could not write the recovery kit to %1: %2.</source>
        <translation>Das Wiederherstellungskit konnte nicht in %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Tessera recovery kit</source>
        <translation>Tessera-Wiederherstellungskit</translation>
    </message>
    <message>
        <source>The recovery kit could not be made: printing it needs fonts, which this program has not loaded. Print it from Tessera&apos;s window instead.</source>
        <translation>Das Wiederherstellungskit konnte nicht erstellt werden: Zum Drucken werden Schriftarten benötigt, die dieses Programm nicht geladen hat. Drucken Sie es stattdessen aus dem Fenster von Tessera.</translation>
    </message>
    <message>
        <source>There is no account to put in the recovery kit.</source>
        <translation>Es gibt kein Konto für das Wiederherstellungskit.</translation>
    </message>
    <message>
        <source>The QR code of %1 for the recovery kit</source>
        <translation>Der QR-Code von %1 für das Wiederherstellungskit</translation>
    </message>
    <message>
        <source>Anyone with this sheet can sign in as you</source>
        <translation>Wer dieses Blatt hat, kann sich als Sie anmelden</translation>
    </message>
</context>
<context>
    <name>tessera::Resync</name>
    <message>
        <source>Enter the code you see on the other device.</source>
        <translation>Geben Sie den Code ein, den Sie auf dem anderen Gerät sehen.</translation>
    </message>
    <message>
        <source>Enter one code, or two consecutive codes; %1 were given.</source>
        <translation>Geben Sie einen Code oder zwei aufeinanderfolgende Codes ein; angegeben wurden %1.</translation>
    </message>
    <message>
        <source>A Steam code has %1 characters; &apos;%2&apos; has %3.</source>
        <translation>Ein Steam-Code hat %1 Zeichen; „%2“ hat %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot appear in a Steam code such as &apos;%2&apos;.</source>
        <translation>„%1“ kann in einem Steam-Code wie „%2“ nicht vorkommen.</translation>
    </message>
    <message>
        <source>A code has digits only; &apos;%1&apos; in &apos;%2&apos; is not a digit.</source>
        <translation>Ein Code besteht nur aus Ziffern; „%1“ in „%2“ ist keine Ziffer.</translation>
    </message>
    <message>
        <source>A code has %1 to %2 digits; &apos;%3&apos; has %4.</source>
        <translation>Ein Code hat %1 bis %2 Stellen; „%3“ hat %4.</translation>
    </message>
    <message>
        <source>The two codes have different lengths; enter two codes from the same account.</source>
        <translation>Die beiden Codes sind unterschiedlich lang; geben Sie zwei Codes desselben Kontos ein.</translation>
    </message>
    <message>
        <source>The code matches this account 1 period ahead (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>Der Code passt zu diesem Konto, liegt aber 1 Intervall voraus (etwa %1 s). Die Uhr eines der beiden Geräte geht falsch: Prüfen Sie die Uhr.</translation>
    </message>
    <message numerus="yes">
        <source>The code matches this account %n periods ahead (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>
            <numerusform>Der Code passt zu diesem Konto, liegt aber %n Intervall voraus (etwa %1 s). Die Uhr eines der beiden Geräte geht falsch: Prüfen Sie die Uhr.</numerusform>
            <numerusform>Der Code passt zu diesem Konto, liegt aber %n Intervalle voraus (etwa %1 s). Die Uhr eines der beiden Geräte geht falsch: Prüfen Sie die Uhr.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code matches this account 1 period behind (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>Der Code passt zu diesem Konto, liegt aber 1 Intervall zurück (etwa %1 s). Die Uhr eines der beiden Geräte geht falsch: Prüfen Sie die Uhr.</translation>
    </message>
    <message numerus="yes">
        <source>The code matches this account %n periods behind (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>
            <numerusform>Der Code passt zu diesem Konto, liegt aber %n Intervall zurück (etwa %1 s). Die Uhr eines der beiden Geräte geht falsch: Prüfen Sie die Uhr.</numerusform>
            <numerusform>Der Code passt zu diesem Konto, liegt aber %n Intervalle zurück (etwa %1 s). Die Uhr eines der beiden Geräte geht falsch: Prüfen Sie die Uhr.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code matches this account now: the seed and the clock agree.</source>
        <translation>Der Code passt jetzt zu diesem Konto: Schlüssel und Uhr stimmen überein.</translation>
    </message>
    <message>
        <source>The code matches with %1, %2 digits and a %3-second period, not with this account&apos;s settings. Correct the account to these settings.</source>
        <translation>Der Code passt mit %1, %2 Stellen und einem Intervall von %3 Sekunden, nicht mit den Einstellungen dieses Kontos. Stellen Sie das Konto auf diese Einstellungen um.</translation>
    </message>
    <message>
        <source>Confirm with two consecutive codes first: one code can match by chance.</source>
        <translation>Bestätigen Sie zuerst mit zwei aufeinanderfolgenden Codes: Ein einzelner Code kann zufällig passen.</translation>
    </message>
    <message numerus="yes">
        <source>No code within %n periods either side of now matches, with these or common other settings. The seed is probably not the one the provider has.</source>
        <translation>
            <numerusform>Kein Code innerhalb von %n Intervall vor oder nach jetzt passt, weder mit diesen noch mit anderen gängigen Einstellungen. Der Schlüssel ist vermutlich nicht der, den der Anbieter hat.</numerusform>
            <numerusform>Kein Code innerhalb von %n Intervallen vor oder nach jetzt passt, weder mit diesen noch mit anderen gängigen Einstellungen. Der Schlüssel ist vermutlich nicht der, den der Anbieter hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>No counter from %1 to %2 gives these codes. The seed is probably not the one the provider has, or the counter is further ahead.</source>
        <translation>Kein Zählerstand von %1 bis %2 ergibt diese Codes. Der Schlüssel ist vermutlich nicht der, den der Anbieter hat, oder der Zähler ist schon weiter.</translation>
    </message>
    <message>
        <source>The codes match counter %1. Set the counter to %2 so that the next code is the one the provider expects.</source>
        <translation>Die Codes passen zum Zählerstand %1. Setzen Sie den Zähler auf %2, damit der nächste Code der ist, den der Anbieter erwartet.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) account: search for its counter instead.</source>
        <translation>Dies ist ein zählerbasiertes Konto (HOTP): Suchen Sie stattdessen nach seinem Zählerstand.</translation>
    </message>
    <message>
        <source>The search window must be 0 to %1 periods, not %2.</source>
        <translation>Das Suchfenster muss 0 bis %1 Intervalle umfassen, nicht %2.</translation>
    </message>
    <message>
        <source>This is a time-based account: search for the period offset instead.</source>
        <translation>Dies ist ein zeitbasiertes Konto: Suchen Sie stattdessen nach der Intervallverschiebung.</translation>
    </message>
    <message>
        <source>The look-ahead window must be 1 to %1 counter values, not %2.</source>
        <translation>Das Vorausschaufenster muss 1 bis %1 Zählerwerte umfassen, nicht %2.</translation>
    </message>
    <message>
        <source>This account&apos;s codes have %1 digits; &apos;%2&apos; has %3.</source>
        <translation>Die Codes dieses Kontos haben %1 Stellen; „%2“ hat %3.</translation>
    </message>
</context>
<context>
    <name>tessera::SntpPacket</name>
    <message>
        <source>The time server sent %1 bytes, too few for an NTP reply (%2); it is probably not an NTP server.</source>
        <translation>Der Zeitserver hat %1 Byte gesendet, zu wenig für eine NTP-Antwort (%2); vermutlich ist es kein NTP-Server.</translation>
    </message>
    <message>
        <source>The reply does not answer Tessera&apos;s request (its originate timestamp differs): it may be forged or stale. Try again.</source>
        <translation>Die Antwort passt nicht zur Anfrage von Tessera (ihr Originate-Zeitstempel weicht ab): Sie ist möglicherweise gefälscht oder veraltet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The reply is not from an NTP server (mode %1, expected %2); it is probably not an NTP server.</source>
        <translation>Die Antwort stammt nicht von einem NTP-Server (Modus %1, erwartet %2); vermutlich ist es kein NTP-Server.</translation>
    </message>
    <message>
        <source>The reply uses NTP version %1, which Tessera does not understand; it is probably not an NTP server.</source>
        <translation>Die Antwort verwendet NTP-Version %1, die Tessera nicht versteht; vermutlich ist es kein NTP-Server.</translation>
    </message>
    <message>
        <source>The time server asks clients to slow down (kiss-o&apos;-death RATE). Wait a while, or choose another server.</source>
        <translation>Der Zeitserver bittet Clients, seltener anzufragen (Kiss-o&apos;-Death RATE). Warten Sie eine Weile oder wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>The time server refuses to answer Tessera (kiss-o&apos;-death %1). Choose another server.</source>
        <translation>Der Zeitserver verweigert Tessera die Antwort (Kiss-o&apos;-Death %1). Wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>The time server sent a kiss-o&apos;-death (%1) instead of the time. Choose another server.</source>
        <translation>Der Zeitserver hat statt der Uhrzeit ein Kiss-o&apos;-Death (%1) gesendet. Wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <source>The time server&apos;s own clock is not synchronised (leap indicator %1, stratum %2). Choose another server.</source>
        <translation>Die eigene Uhr des Zeitservers ist nicht synchronisiert (Leap Indicator %1, Stratum %2). Wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>The time server&apos;s reply has no time in it; choose another server.</source>
        <translation>Die Antwort des Zeitservers enthält keine Uhrzeit; wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>The time server&apos;s reply is inconsistent (sent before it was received); choose another server.</source>
        <translation>Die Antwort des Zeitservers ist widersprüchlich (gesendet, bevor die Anfrage empfangen wurde); wählen Sie einen anderen Server.</translation>
    </message>
</context>
<context>
    <name>tessera::SntpServer</name>
    <message>
        <source>&apos;%1&apos; is not a time server: %2 Write HOST or HOST:PORT, for example pool.ntp.org:123.</source>
        <translation>„%1“ ist kein Zeitserver: %2 Geben Sie HOST oder HOST:PORT ein, zum Beispiel pool.ntp.org:123.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>Die Angabe ist leer.</translation>
    </message>
    <message>
        <source>the &apos;[&apos; has no matching &apos;]&apos;.</source>
        <translation>Zu „[“ fehlt die passende „]“.</translation>
    </message>
    <message>
        <source>only &apos;:PORT&apos; may follow the address.</source>
        <translation>Nach der Adresse darf nur „:PORT“ folgen.</translation>
    </message>
    <message>
        <source>the part in brackets is not an IPv6 address.</source>
        <translation>Der Teil in eckigen Klammern ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>it is neither a host name nor an address.</source>
        <translation>Die Angabe ist weder ein Hostname noch eine Adresse.</translation>
    </message>
    <message>
        <source>the host name has characters a host name cannot have.</source>
        <translation>Der Hostname enthält Zeichen, die in einem Hostnamen nicht vorkommen dürfen.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
</context>
<context>
    <name>tessera::StratumFormat</name>
    <message>
        <source>It is an mOTP account, which Tessera does not support.</source>
        <translation>Der Eintrag ist ein mOTP-Konto, das Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>It is a Yandex account, which Tessera does not support.</source>
        <translation>Der Eintrag ist ein Yandex-Konto, das Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>It has an unknown type (%1).</source>
        <translation>Der Eintrag hat einen unbekannten Typ (%1).</translation>
    </message>
    <message>
        <source>It uses an unknown algorithm (%1), which Tessera does not support.</source>
        <translation>Der Eintrag verwendet einen unbekannten Algorithmus (%1), den Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>it is cut off (%1 bytes).</source>
        <translation>Die Datei ist abgeschnitten (%1 Byte).</translation>
    </message>
    <message>
        <source>the decrypted backup is not a JSON object.</source>
        <translation>Die entschlüsselte Sicherung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the field &apos;Authenticators&apos; is missing or not a list.</source>
        <translation>Das Feld „Authenticators“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Der Eintrag ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>tessera::TesseraBackupFormat</name>
    <message>
        <source>Tessera backup</source>
        <translation>Tessera-Sicherung</translation>
    </message>
    <message>
        <source>This Tessera backup cannot be read: %1</source>
        <translation>Diese Tessera-Sicherung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its line ends were changed in transfer (copy it as a binary file).</source>
        <translation>Die Zeilenenden der Datei wurden bei der Übertragung verändert (kopieren Sie sie als Binärdatei).</translation>
    </message>
    <message>
        <source>it does not start with the Tessera backup header.</source>
        <translation>Die Datei beginnt nicht mit dem Header einer Tessera-Sicherung.</translation>
    </message>
    <message>
        <source>it is cut off (%1 bytes).</source>
        <translation>Die Datei ist abgeschnitten (%1 Byte).</translation>
    </message>
    <message>
        <source>This Tessera backup has format version %1; this Tessera reads version %2. Update Tessera to open it.</source>
        <translation>Diese Tessera-Sicherung hat die Formatversion %1; dieses Tessera liest Version %2. Aktualisieren Sie Tessera, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>This Tessera backup uses a key derivation or cipher this Tessera does not know.</source>
        <translation>Diese Tessera-Sicherung verwendet eine Schlüsselableitung oder Verschlüsselung, die dieses Tessera nicht kennt.</translation>
    </message>
    <message>
        <source>its content is not a JSON object.</source>
        <translation>Der Inhalt ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>its content is not marked as a Tessera backup.</source>
        <translation>Der Inhalt ist nicht als Tessera-Sicherung gekennzeichnet.</translation>
    </message>
    <message>
        <source>This Tessera backup&apos;s content has version %1; this Tessera reads version %2. Update Tessera to open it.</source>
        <translation>Der Inhalt dieser Tessera-Sicherung hat die Version %1; dieses Tessera liest Version %2. Aktualisieren Sie Tessera, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>the field &apos;accounts&apos; is missing or not a list.</source>
        <translation>Das Feld „accounts“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>A Tessera backup needs a password.</source>
        <translation>Eine Tessera-Sicherung braucht ein Passwort.</translation>
    </message>
</context>
<context>
    <name>tessera::TwoFasFormat</name>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>It has the unknown token type &apos;%1&apos;.</source>
        <translation>Der Eintrag hat den unbekannten Tokentyp „%1“.</translation>
    </message>
    <message>
        <source>It uses the algorithm &apos;%1&apos;, which Tessera does not support.</source>
        <translation>Der Eintrag verwendet den Algorithmus „%1“, den Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>the field &apos;schemaVersion&apos; is missing.</source>
        <translation>Das Feld „schemaVersion“ fehlt.</translation>
    </message>
    <message>
        <source>This 2FAS backup has schema version %1, newer than Tessera reads (%2). Update Tessera.</source>
        <translation>Diese 2FAS-Sicherung hat die Schemaversion %1 und ist damit neuer als das, was Tessera liest (%2). Aktualisieren Sie Tessera.</translation>
    </message>
    <message>
        <source>the field &apos;services&apos; is missing or not a list.</source>
        <translation>Das Feld „services“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>the decrypted services are not a JSON list.</source>
        <translation>Die entschlüsselten Dienste sind keine JSON-Liste.</translation>
    </message>
    <message>
        <source>the encrypted services are not in the form ciphertext:salt:iv.</source>
        <translation>Die verschlüsselten Dienste haben nicht die Form ciphertext:salt:iv.</translation>
    </message>
    <message>
        <source>the password check (&apos;reference&apos;) is not in the form ciphertext:salt:iv.</source>
        <translation>Die Passwortprüfung („reference“) hat nicht die Form ciphertext:salt:iv.</translation>
    </message>
    <message>
        <source>The password is right, but the accounts in this 2FAS backup are damaged (they fail their authenticity check).</source>
        <translation>Das Passwort ist richtig, aber die Konten in dieser 2FAS-Sicherung sind beschädigt (sie bestehen die Echtheitsprüfung nicht).</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Der Eintrag ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>tessera::UriListFormat</name>
    <message>
        <source>otpauth:// list</source>
        <translation>otpauth://-Liste</translation>
    </message>
    <message>
        <source>it is not text (it contains binary data).</source>
        <translation>Die Datei ist kein Text (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>It is not an otpauth:// link.</source>
        <translation>Die Zeile ist kein otpauth://-Link.</translation>
    </message>
    <message>
        <source>it contains no otpauth:// links.</source>
        <translation>Die Datei enthält keine otpauth://-Links.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It is in the trash.</source>
        <translation>Das Konto liegt im Papierkorb.</translation>
    </message>
    <message numerus="yes">
        <source>otpauth:// links cannot hold recovery information (recovery codes, email, phone), notes or tags: %n account(s) lose recovery information in this export.</source>
        <translation>
            <numerusform>otpauth://-Links können weder Wiederherstellungsinformationen (Wiederherstellungscodes, E-Mail, Telefon) noch Notizen oder Tags enthalten: %n Konto verliert bei diesem Export seine Wiederherstellungsinformationen.</numerusform>
            <numerusform>otpauth://-Links können weder Wiederherstellungsinformationen (Wiederherstellungscodes, E-Mail, Telefon) noch Notizen oder Tags enthalten: %n Konten verlieren bei diesem Export ihre Wiederherstellungsinformationen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Vault</name>
    <message>
        <source>There is no account %1 in the vault.</source>
        <translation>Im Tresor gibt es kein Konto %1.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Der Tresor ist gesperrt. Entsperren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>%1 was opened read-only (a backup copy): nothing in it can be changed. Bring accounts back into your vault instead.</source>
        <translation>%1 wurde schreibgeschützt geöffnet (eine Sicherungskopie): Darin kann nichts geändert werden. Holen Sie stattdessen Konten in Ihren Tresor zurück.</translation>
    </message>
    <message>
        <source>The vault has integrity problems, so Tessera will not change it: %1 Repair the vault or restore a backup first.</source>
        <translation>Der Tresor hat Integritätsprobleme, daher ändert Tessera ihn nicht: %1 Reparieren Sie zuerst den Tresor oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>The vault has no %1 slot: the file is damaged. Restore it from a backup.</source>
        <translation>Dem Tresor fehlt der Schlüsselplatz „%1“: Die Datei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A new vault needs a password key.</source>
        <translation>Ein neuer Tresor braucht einen Passwortschlüssel.</translation>
    </message>
    <message>
        <source>Creating the vault %1</source>
        <translation>Erstellen des Tresors %1</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 slot belongs to another vault: the file was tampered with. Restore it from a backup.</source>
        <translation>Der Schlüsselplatz „%1“ des Tresors gehört zu einem anderen Tresor: Die Datei wurde manipuliert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault&apos;s %1 was changed by another program meanwhile. Try again.</source>
        <translation>Der Schlüsselplatz „%1“ des Tresors wurde inzwischen von einem anderen Programm geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A new password needs a password key.</source>
        <translation>Ein neues Passwort braucht einen Passwortschlüssel.</translation>
    </message>
    <message>
        <source>The vault file was replaced by a different vault. Unlock it again.</source>
        <translation>Die Tresordatei wurde durch einen anderen Tresor ersetzt. Entsperren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The vault file now holds a different vault. Unlock it again.</source>
        <translation>Die Tresordatei enthält jetzt einen anderen Tresor. Entsperren Sie sie erneut.</translation>
    </message>
    <message>
        <source>An account with the id %1 is already in the vault.</source>
        <translation>Ein Konto mit der ID %1 ist bereits im Tresor.</translation>
    </message>
    <message>
        <source>%1 is not a counter-based (HOTP) account.</source>
        <translation>%1 ist kein zählerbasiertes Konto (HOTP).</translation>
    </message>
    <message>
        <source>The counter of %1 cannot go any higher.</source>
        <translation>Der Zähler von %1 kann nicht weiter erhöht werden.</translation>
    </message>
    <message>
        <source>Account %1 appears twice in the new order.</source>
        <translation>Konto %1 kommt in der neuen Reihenfolge zweimal vor.</translation>
    </message>
    <message>
        <source>Unknown kind of backup (%1).</source>
        <translation>Unbekannte Art von Sicherung (%1).</translation>
    </message>
    <message>
        <source>A backup record needs every account&apos;s id and a revision of at least 1.</source>
        <translation>Ein Sicherungseintrag braucht die ID jedes Kontos und eine Revision von mindestens 1.</translation>
    </message>
    <message>
        <source>A backup with the id %1 is already recorded.</source>
        <translation>Eine Sicherung mit der ID %1 ist bereits erfasst.</translation>
    </message>
    <message>
        <source>Copying the vault to %1</source>
        <translation>Kopieren des Tresors nach %1</translation>
    </message>
    <message>
        <source>The copy %1 is not usable: %2</source>
        <translation>Die Kopie %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Checking the copy %1</source>
        <translation>Prüfen der Kopie %1</translation>
    </message>
    <message>
        <source>%1 is a copy of another vault, not of this one.</source>
        <translation>%1 ist eine Kopie eines anderen Tresors, nicht dieses Tresors.</translation>
    </message>
    <message>
        <source>its %1 slot is missing.</source>
        <translation>Der Schlüsselplatz „%1“ fehlt.</translation>
    </message>
    <message>
        <source>its %1 slot cannot be read.</source>
        <translation>Der Schlüsselplatz „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its list of accounts is missing.</source>
        <translation>Die Kontenliste fehlt.</translation>
    </message>
    <message>
        <source>its list of accounts does not open with this vault&apos;s key.</source>
        <translation>Die Kontenliste lässt sich nicht mit dem Schlüssel dieses Tresors öffnen.</translation>
    </message>
    <message>
        <source>an account row is damaged.</source>
        <translation>Eine Kontozeile ist beschädigt.</translation>
    </message>
    <message>
        <source>account %1 does not decrypt with this vault&apos;s key.</source>
        <translation>Konto %1 lässt sich nicht mit dem Schlüssel dieses Tresors entschlüsseln.</translation>
    </message>
    <message>
        <source>account %1 cannot be read.</source>
        <translation>Konto %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its accounts do not match its authenticated list of accounts.</source>
        <translation>Die Konten passen nicht zur authentifizierten Kontenliste der Kopie.</translation>
    </message>
</context>
<context>
    <name>tessera::VaultAudit</name>
    <message>
        <source>%1 was left out of the audit: %2</source>
        <translation>%1 wurde bei der Prüfung ausgelassen: %2</translation>
    </message>
    <message>
        <source>The vault&apos;s backup records could not be read, so none are counted: %1</source>
        <translation>Die Sicherungseinträge des Tresors konnten nicht gelesen werden, daher wird keiner gezählt: %1</translation>
    </message>
</context>
<context>
    <name>tessera::VaultFile</name>
    <message>
        <source>The disk is full: creating the folder %1 failed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Der Ordner %1 konnte nicht erstellt werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so creating the folder is not possible.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem, daher kann der Ordner nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Permission denied: creating the folder %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Zugriff verweigert: Der Ordner %1 darf nicht erstellt werden. Prüfen Sie die Zugriffsrechte der Datei und ihres Ordners.</translation>
    </message>
    <message>
        <source>creating the folder %1 failed: %2.</source>
        <translation>Das Erstellen des Ordners %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The disk is full: setting the permissions of %1 failed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Die Zugriffsrechte von %1 konnten nicht gesetzt werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so setting its permissions is not possible.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem, daher können die Zugriffsrechte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Permission denied: setting the permissions of %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Zugriff verweigert: Die Zugriffsrechte von %1 dürfen nicht gesetzt werden. Prüfen Sie die Zugriffsrechte der Datei und ihres Ordners.</translation>
    </message>
    <message>
        <source>setting the permissions of %1 failed: %2.</source>
        <translation>Das Setzen der Zugriffsrechte von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The disk is full: reading %1 failed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht gelesen werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so reading is not possible.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem, daher ist das Lesen nicht möglich.</translation>
    </message>
    <message>
        <source>Permission denied: reading %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Zugriff verweigert: %1 darf nicht gelesen werden. Prüfen Sie die Zugriffsrechte der Datei und ihres Ordners.</translation>
    </message>
    <message>
        <source>reading %1 failed: %2.</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The disk is full: creating %1 failed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht erstellt werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system, so creating is not possible.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem, daher ist das Erstellen nicht möglich.</translation>
    </message>
    <message>
        <source>Permission denied: creating %1 is not allowed. Check the permissions of the file and its folder.</source>
        <translation>Zugriff verweigert: %1 darf nicht erstellt werden. Prüfen Sie die Zugriffsrechte der Datei und ihres Ordners.</translation>
    </message>
    <message>
        <source>creating %1 failed: %2.</source>
        <translation>Das Erstellen von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 is a file, so the vault&apos;s folder cannot be created inside it.</source>
        <translation>%1 ist eine Datei, daher kann der Ordner des Tresors nicht darin erstellt werden.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Unter %1 gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault file.</source>
        <translation>%1 ist ein Ordner, keine Tresordatei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The vault file %1 is truncated (%2 bytes): part of it is missing. Restore it from a backup.</source>
        <translation>Die Tresordatei %1 ist abgeschnitten (%2 Byte): Ein Teil davon fehlt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file %1 is empty: it was truncated. Restore it from a backup.</source>
        <translation>Die Tresordatei %1 ist leer: Sie wurde abgeschnitten. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault.</source>
        <translation>%1 ist kein Tessera-Tresor.</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault (it is a database of another program).</source>
        <translation>%1 ist kein Tessera-Tresor (sondern die Datenbank eines anderen Programms).</translation>
    </message>
    <message>
        <source>The vault file %1 is damaged (its header is invalid). Restore it from a backup.</source>
        <translation>Die Tresordatei %1 ist beschädigt (ihr Header ist ungültig). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 already exists; Tessera never overwrites a vault.</source>
        <translation>%1 existiert bereits; Tessera überschreibt niemals einen Tresor.</translation>
    </message>
    <message>
        <source>The vault file %1 was moved or deleted while it was open.</source>
        <translation>Die Tresordatei %1 wurde verschoben oder gelöscht, während sie geöffnet war.</translation>
    </message>
</context>
<context>
    <name>tessera::VaultStore</name>
    <message>
        <source>The disk is full: %1 failed and nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher ist %1 fehlgeschlagen; es wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault is read-only (the file, its folder or the disk does not allow writing): %1 failed and nothing was changed.</source>
        <translation>Der Tresor ist schreibgeschützt (die Datei, ihr Ordner oder der Datenträger erlaubt kein Schreiben), daher ist %1 fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault file or its folder cannot be opened for %1 (check that the folder exists and is writable): nothing was changed.</source>
        <translation>Die Tresordatei oder ihr Ordner lässt sich nicht für %1 öffnen (prüfen Sie, ob der Ordner existiert und beschreibbar ist); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault is busy: another program kept it locked, so %1 did not happen. Try again.</source>
        <translation>Der Tresor ist belegt: Ein anderes Programm hat ihn gesperrt gehalten, daher ist %1 nicht erfolgt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Reading or writing the vault file failed (%1): %2. Nothing was changed.</source>
        <translation>Lesen oder Schreiben der Tresordatei ist fehlgeschlagen (%1): %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is not enough memory for %1.</source>
        <translation>Für %1 ist nicht genug Arbeitsspeicher vorhanden.</translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt (%1). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file is damaged or was changed outside Tessera (%1 failed: %2). Restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt oder wurde außerhalb von Tessera geändert (%1 ist fehlgeschlagen: %2). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber von Qt fehlt; installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>opening the vault</source>
        <translation>das Öffnen des Tresors</translation>
    </message>
    <message>
        <source>creating the vault</source>
        <translation>das Erstellen des Tresors</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault.</source>
        <translation>%1 ist kein Tessera-Tresor.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Tessera (vault format %1; this version reads up to %2). Update Tessera to open it; the file was not changed.</source>
        <translation>Dieser Tresor wurde von einer neueren Version von Tessera geschrieben (Tresorformat %1; diese Version liest bis %2). Aktualisieren Sie Tessera, um ihn zu öffnen; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The vault file %1 is incomplete: it was never fully created. Restore it from a backup.</source>
        <translation>Die Tresordatei %1 ist unvollständig: Sie wurde nie vollständig erstellt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>reading the vault</source>
        <translation>das Lesen des Tresors</translation>
    </message>
    <message>
        <source>reading the vault&apos;s version</source>
        <translation>das Lesen der Tresorversion</translation>
    </message>
    <message>
        <source>The vault file is damaged: its version record is invalid. Restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt: Der Versionseintrag ist ungültig. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>checking the vault for changes</source>
        <translation>das Prüfen des Tresors auf Änderungen</translation>
    </message>
    <message>
        <source>checking the vault file</source>
        <translation>das Prüfen der Tresordatei</translation>
    </message>
    <message>
        <source>The vault file is damaged (SQLite reports: %1). Restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt (SQLite meldet: %1). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>A vault change is in progress; copy the vault later.</source>
        <translation>Eine Änderung am Tresor ist im Gange; kopieren Sie den Tresor später.</translation>
    </message>
    <message>
        <source>copying the vault</source>
        <translation>das Kopieren des Tresors</translation>
    </message>
    <message>
        <source>A vault change is already in progress.</source>
        <translation>Eine Änderung am Tresor ist bereits im Gange.</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>das Beginnen einer Änderung</translation>
    </message>
    <message>
        <source>There is no vault change to save.</source>
        <translation>Es gibt keine Änderung am Tresor, die gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>das Speichern der Änderung</translation>
    </message>
    <message>
        <source>create the vault schema (version 1)</source>
        <translation>Tresorschema anlegen, Version 1</translation>
    </message>
    <message>
        <source>add the backup bookkeeping (version 2)</source>
        <translation>Sicherungsverwaltung ergänzen, Version 2</translation>
    </message>
    <message>
        <source>There is no way to update the vault from format %1 to %2.</source>
        <translation>Es gibt keinen Weg, den Tresor von Format %1 auf %2 zu aktualisieren.</translation>
    </message>
    <message>
        <source>updating the vault (%1)</source>
        <translation>das Aktualisieren des Tresors (%1)</translation>
    </message>
    <message>
        <source>updating the vault&apos;s version</source>
        <translation>das Aktualisieren der Tresorversion</translation>
    </message>
    <message>
        <source>The vault file is damaged: its identifier is missing or invalid. Restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt: Die Kennung fehlt oder ist ungültig. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>reading the vault&apos;s key slots</source>
        <translation>das Lesen der Schlüsselplätze des Tresors</translation>
    </message>
    <message>
        <source>The vault file is damaged: a key slot appears twice. Restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt: Ein Schlüsselplatz kommt zweimal vor. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>reading the vault&apos;s list of accounts</source>
        <translation>das Lesen der Kontenliste des Tresors</translation>
    </message>
    <message>
        <source>The vault&apos;s list of accounts (its manifest) is missing or damaged.</source>
        <translation>Die Kontenliste des Tresors (sein Manifest) fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>reading the vault&apos;s accounts</source>
        <translation>das Lesen der Konten des Tresors</translation>
    </message>
    <message>
        <source>reading the vault&apos;s list of backups</source>
        <translation>das Lesen der Sicherungsliste des Tresors</translation>
    </message>
    <message>
        <source>writing the vault&apos;s identifier</source>
        <translation>das Schreiben der Tresorkennung</translation>
    </message>
    <message>
        <source>saving the %1 slot</source>
        <translation>das Speichern des Schlüsselplatzes „%1“</translation>
    </message>
    <message>
        <source>saving the list of accounts</source>
        <translation>das Speichern der Kontenliste</translation>
    </message>
    <message>
        <source>saving an account</source>
        <translation>das Speichern eines Kontos</translation>
    </message>
    <message>
        <source>deleting an account</source>
        <translation>das Löschen eines Kontos</translation>
    </message>
    <message>
        <source>setting a damaged account aside</source>
        <translation>das Beiseitelegen eines beschädigten Kontos</translation>
    </message>
    <message>
        <source>recording the backup</source>
        <translation>das Erfassen der Sicherung</translation>
    </message>
    <message>
        <source>forgetting a backup</source>
        <translation>das Vergessen einer Sicherung</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountListModel</name>
    <message>
        <source>Counter-based code: press Next to generate one</source>
        <translation>Zählerbasierter Code: Drücken Sie „Nächster“, um einen zu erzeugen</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Code hidden: click to show</source>
        <translation>Code verborgen: zum Anzeigen klicken</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountQrSlideshow</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation>Es gibt keine Konten zum Anzeigen.</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 von %3</translation>
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
        <translation>nächster</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>button that generates the next code of a counter-based account</comment>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Copied · clears in %1 s</source>
        <translation>Kopiert · gelöscht in %1 s</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Generate the next code</source>
        <translation>Nächsten Code erzeugen</translation>
    </message>
    <message>
        <source>Press Next to generate a code</source>
        <translation>„Nächster“ drücken, um einen Code zu erzeugen</translation>
    </message>
    <message>
        <source>Click to show the code</source>
        <translation>Klicken, um den Code anzuzeigen</translation>
    </message>
    <message numerus="yes">
        <source>The code changes in %n second(s)</source>
        <translation>
            <numerusform>Der Code ändert sich in %n Sekunde</numerusform>
            <numerusform>Der Code ändert sich in %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountsPage</name>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Show &amp;QR Code…</source>
        <translation>&amp;QR-Code anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation>Konten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Type part of an issuer, account name, tag or note. Enter copies the code of the selected account.</source>
        <translation>Geben Sie einen Teil eines Anbieters, Kontonamens, Tags oder einer Notiz ein. Die Eingabetaste kopiert den Code des ausgewählten Kontos.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Hauptmenü</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparieren…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Enter or double-click copies the code; Delete moves the account to the trash; Alt+Up and Alt+Down change the order.</source>
        <translation>Eingabetaste oder Doppelklick kopiert den Code; Entf verschiebt das Konto in den Papierkorb; Alt+Pfeil nach oben und Alt+Pfeil nach unten ändern die Reihenfolge.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>„%1“ wurde in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Clear the search to change the order.</source>
        <translation>Leeren Sie die Suche, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>No account matches “%1”.
Press Esc to clear the search.</source>
        <translation>Kein Konto passt zu „%1“.
Drücken Sie Esc, um die Suche zu leeren.</translation>
    </message>
    <message>
        <source>No accounts yet — add one with Ctrl+N, or import a backup or another app&apos;s export with Ctrl+I.</source>
        <translation>Noch keine Konten – fügen Sie eines mit Strg+N hinzu oder importieren Sie mit Strg+I eine Sicherung oder den Export einer anderen App.</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> · Auto-lock off</source>
        <translation> · Automatische Sperre aus</translation>
    </message>
    <message>
        <source> · Locked in %1</source>
        <translation> · Sperre in %1</translation>
    </message>
    <message>
        <source> · Read-only</source>
        <translation> · Schreibgeschützt</translation>
    </message>
    <message>
        <source>This vault has a problem and is read-only until it is repaired.</source>
        <translation>Dieser Tresor hat ein Problem und ist schreibgeschützt, bis er repariert ist.</translation>
    </message>
    <message>
        <source>This vault has %1 problems and is read-only until it is repaired.</source>
        <translation>Dieser Tresor hat %1 Probleme und ist schreibgeschützt, bis er repariert ist.</translation>
    </message>
    <message>
        <source>Vault Problems</source>
        <translation>Probleme im Tresor</translation>
    </message>
    <message>
        <source>Tessera found records in the vault file that it did not write. Every healthy account can be read and copied; nothing is changed until you repair the vault or restore a backup.</source>
        <translation>Tessera hat in der Tresordatei Einträge gefunden, die es nicht selbst geschrieben hat. Jedes intakte Konto kann gelesen und kopiert werden; nichts wird verändert, bis Sie den Tresor reparieren oder eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Repair the Vault</source>
        <translation>Tresor reparieren</translation>
    </message>
    <message>
        <source>Repairing sets aside the records that cannot be trusted (they are kept, not deleted) and makes the vault writable again. If you have a recent backup, restoring it may be better. Repair now?</source>
        <translation>Beim Reparieren werden die nicht vertrauenswürdigen Einträge beiseitegelegt (sie bleiben erhalten, nichts wird gelöscht), und der Tresor wird wieder beschreibbar. Wenn Sie eine aktuelle Sicherung haben, ist es eventuell besser, diese wiederherzustellen. Jetzt reparieren?</translation>
    </message>
    <message>
        <source>The vault was repaired.</source>
        <translation>Der Tresor wurde repariert.</translation>
    </message>
    <message>
        <source>The list is in alphabetical order. Choose “My order” in Settings to arrange it yourself.</source>
        <translation>Die Liste ist alphabetisch sortiert. Wählen Sie in den Einstellungen „Eigene Reihenfolge“, um sie selbst anzuordnen.</translation>
    </message>
    <message numerus="yes">
        <source> · Locked in %n min</source>
        <comment>auto-lock countdown</comment>
        <translation>
            <numerusform> · Sperre in %n Min.</numerusform>
            <numerusform> · Sperre in %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation>otpauth://totp/…</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>Einrichtungslink</translation>
    </message>
    <message>
        <source>Optional. Paste an otpauth:// link here to fill in the fields below.</source>
        <translation>Optional. Fügen Sie hier einen otpauth://-Link ein, um die Felder unten auszufüllen.</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The provider or website, for example GitHub.</source>
        <translation>Der Anbieter oder die Website, zum Beispiel GitHub.</translation>
    </message>
    <message>
        <source>alice@example.com</source>
        <translation>erika.mustermann@example.com</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Your user name or email address at the provider.</source>
        <translation>Ihr Benutzername oder Ihre E-Mail-Adresse beim Anbieter.</translation>
    </message>
    <message>
        <source>JBSW Y3DP EHPK 3PXP</source>
        <translation>JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Shows the code type, algorithm, number of digits, period and counter. Most accounts use the defaults.</source>
        <translation>Zeigt Codetyp, Algorithmus, Stellenzahl, Intervall und Zähler. Die meisten Konten verwenden die Standardwerte.</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Zeitbasiert (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Zählerbasiert (HOTP)</translation>
    </message>
    <message>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
    <message>
        <source>Code type</source>
        <translation>Codetyp</translation>
    </message>
    <message>
        <source>Time-based codes change every period; counter-based codes change each time you ask for one.</source>
        <translation>Zeitbasierte Codes wechseln mit jedem Intervall; zählerbasierte Codes wechseln jedes Mal, wenn Sie einen anfordern.</translation>
    </message>
    <message>
        <source>SHA-1 (most common)</source>
        <translation>SHA-1 (am häufigsten)</translation>
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
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>The hash the codes are made with. Almost always SHA-1; use another only when the provider says so.</source>
        <translation>Das Hashverfahren, mit dem die Codes erzeugt werden. Fast immer SHA-1; verwenden Sie ein anderes nur, wenn der Anbieter es angibt.</translation>
    </message>
    <message>
        <source>Number of digits</source>
        <translation>Anzahl der Stellen</translation>
    </message>
    <message>
        <source>How many digits each code has, usually 6.</source>
        <translation>Wie viele Stellen jeder Code hat, meist 6.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation>Intervall in Sekunden</translation>
    </message>
    <message>
        <source>How long each code lasts. Almost always 30 seconds.</source>
        <translation>Wie lange jeder Code gilt. Fast immer 30 Sekunden.</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>For counter-based codes: the counter value of the next code, as the provider states it. Usually 0.</source>
        <translation>Für zählerbasierte Codes: der Zählerstand des nächsten Codes, wie der Anbieter ihn angibt. Meist 0.</translation>
    </message>
    <message>
        <source>Code preview</source>
        <translation>Codevorschau</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Adds the account to the vault.</source>
        <translation>Fügt das Konto zum Tresor hinzu.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Al&amp;gorithm:</source>
        <translation>Algo&amp;rithmus:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Stellen:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Cou&amp;nter:</source>
        <translation>&amp;Zähler:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Filled in from the link. Check the fields, then press Add.</source>
        <translation>Aus dem Link übernommen. Prüfen Sie die Felder und klicken Sie dann auf „Hinzufügen“.</translation>
    </message>
    <message>
        <source>A counter-based code changes only when you ask for the next one.</source>
        <translation>Ein zählerbasierter Code ändert sich nur, wenn Sie den nächsten anfordern.</translation>
    </message>
    <message>
        <source>Steam Guard codes always have five characters, use SHA-1 and change every 30 seconds.</source>
        <translation>Steam-Guard-Codes haben immer fünf Zeichen, verwenden SHA-1 und wechseln alle 30 Sekunden.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Geben Sie den geheimen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The counter must be a whole number from 0 to %1.</source>
        <translation>Der Zähler muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>The secret key (or “setup key”) is the text the provider shows with the QR code: letters A to Z and digits 2 to 7.</source>
        <translation>Der geheime Schlüssel (oder „Einrichtungsschlüssel“) ist der Text, den der Anbieter zusammen mit dem QR-Code anzeigt: Buchstaben A bis Z und Ziffern 2 bis 7.</translation>
    </message>
    <message>
        <source>This secret is only %1 characters long, shorter than providers use. Check that you copied all of it.</source>
        <translation>Dieser Schlüssel ist nur %1 Zeichen lang, kürzer als bei Anbietern üblich. Prüfen Sie, ob Sie ihn vollständig kopiert haben.</translation>
    </message>
    <message>
        <source>The secret key is valid.</source>
        <translation>Der geheime Schlüssel ist gültig.</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name, so you can tell this code from others.</source>
        <translation>Geben Sie den Anbieter oder den Kontonamen ein, damit Sie diesen Code von anderen unterscheiden können.</translation>
    </message>
    <message>
        <source>“%1” is in the trash. Adding it again keeps both; restore it from the trash instead if its key still works.</source>
        <translation>„%1“ liegt im Papierkorb. Wenn Sie es erneut hinzufügen, bleiben beide erhalten; stellen Sie es stattdessen aus dem Papierkorb wieder her, wenn sein Schlüssel noch funktioniert.</translation>
    </message>
    <message>
        <source>You already have “%1”. Adding it again keeps both: move the old one to the trash once the new code works.</source>
        <translation>„%1“ ist bereits vorhanden. Wenn Sie es erneut hinzufügen, bleiben beide erhalten: Verschieben Sie das alte in den Papierkorb, sobald der neue Code funktioniert.</translation>
    </message>
    <message>
        <source>Current code: %1 (changes in %2 s). Compare it with the provider before you rely on it.</source>
        <translation>Aktueller Code: %1 (wechselt in %2 s). Vergleichen Sie ihn mit dem Anbieter, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>Code for counter %1: %2</source>
        <translation>Code für Zählerstand %1: %2</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name.</source>
        <translation>Geben Sie den Anbieter oder den Kontonamen ein.</translation>
    </message>
    <message>
        <source>The account was not added. %1</source>
        <translation>Das Konto wurde nicht hinzugefügt. %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AppController</name>
    <message>
        <source>Locked after a minute without activity.</source>
        <translation>Nach einer Minute ohne Aktivität gesperrt.</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without activity.</source>
        <translation>Nach %1 Minuten ohne Aktivität gesperrt.</translation>
    </message>
    <message>
        <source>Locked with the screen.</source>
        <translation>Zusammen mit dem Bildschirm gesperrt.</translation>
    </message>
    <message>
        <source>Locked before the computer went to sleep.</source>
        <translation>Gesperrt, bevor der Computer in den Ruhezustand ging.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AssistantLauncher</name>
    <message>
        <source>Phone S&amp;wap Assistant…</source>
        <translation>&amp;Handywechsel-Assistent…</translation>
    </message>
    <message>
        <source>Re&amp;cover an Account…</source>
        <translation>&amp;Konto wiederherstellen…</translation>
    </message>
    <message>
        <source>I Can&apos;t Sign &amp;In with This Account…</source>
        <translation>Ich kann mich nicht an&amp;melden…</translation>
    </message>
    <message>
        <source>I &amp;lost a seed</source>
        <translation>Ich habe einen Schlüssel ver&amp;loren</translation>
    </message>
    <message>
        <source>An authenticator was deleted or stayed on an old phone: Tessera walks you through the provider&apos;s recovery, step by step.</source>
        <translation>Ein Authenticator wurde gelöscht oder ist auf einem alten Handy geblieben: Tessera führt Sie Schritt für Schritt durch die Wiederherstellung beim Anbieter.</translation>
    </message>
    <message>
        <source>Recovery readiness</source>
        <translation>Wiederherstellungsbereitschaft</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Continue the Recovery?</source>
        <translation>Wiederherstellung fortsetzen?</translation>
    </message>
    <message>
        <source>A recovery was left unfinished. Continue where you left off?</source>
        <translation>Eine Wiederherstellung wurde nicht abgeschlossen. Dort weitermachen, wo Sie aufgehört haben?</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) brought back.</source>
        <translation>
            <numerusform>%n Konto zurückgeholt.</numerusform>
            <numerusform>%n Konten zurückgeholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this vault yet. If this computer fails, every account goes with it.</source>
        <translation>Von diesem Tresor gibt es noch keine Sicherung. Fällt dieser Computer aus, sind alle Konten verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are not in a recent backup.</source>
        <translation>
            <numerusform>%n Konto ist in keiner aktuellen Sicherung.</numerusform>
            <numerusform>%n Konten sind in keiner aktuellen Sicherung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a Code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <source>Type the code the provider accepted just now, or the one another device shows for %1:</source>
        <translation>Geben Sie den Code ein, den der Anbieter gerade akzeptiert hat, oder den, den ein anderes Gerät für %1 anzeigt:</translation>
    </message>
    <message>
        <source>Different Code</source>
        <translation>Anderer Code</translation>
    </message>
    <message>
        <source>Recovery Rea&amp;diness…</source>
        <translation>Bereitscha&amp;ftsprüfung…</translation>
    </message>
    <message numerus="yes">
        <source>%n critical finding(s): as things stand, an account could not be recovered. Click to see the findings.</source>
        <translation>
            <numerusform>%n kritischer Befund: Nach aktuellem Stand ließe sich ein Konto nicht wiederherstellen. Klicken Sie, um die Befunde anzuzeigen.</numerusform>
            <numerusform>%n kritische Befunde: Nach aktuellem Stand ließe sich ein Konto nicht wiederherstellen. Klicken Sie, um die Befunde anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the code Tessera has for %1 now. If the provider accepts the other device&apos;s code, re-sync the account from the recovery wizard (Recover an Account).</source>
        <translation>Das ist nicht der Code, den Tessera gerade für %1 hat. Wenn der Anbieter den Code des anderen Geräts akzeptiert, synchronisieren Sie das Konto im Wiederherstellungsassistenten neu („Konto wiederherstellen“).</translation>
    </message>
</context>
<context>
    <name>tessera::gui::AutomaticBackupService</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::BackupSettingsPage</name>
    <message>
        <source>Make &amp;automatic backups</source>
        <translation>Automatische Sicherungen &amp;erstellen</translation>
    </message>
    <message>
        <source>C&amp;hoose Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>&amp;Restore from an Automatic Backup…</source>
        <translation>Aus automatischer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>A copy of the vault is written a couple of minutes after each change, and when Tessera locks. The copies are encrypted like the vault and open with the password (or recovery key) you had when they were written, so a synced or removable folder is a good place. Tessera keeps every copy of the last two days, then one a day for a month and one a week for six months.</source>
        <translation>Einige Minuten nach jeder Änderung und beim Sperren von Tessera wird eine Kopie des Tresors geschrieben. Die Kopien sind wie der Tresor verschlüsselt und lassen sich mit dem Passwort (oder Wiederherstellungsschlüssel) öffnen, das beim Schreiben galt; ein synchronisierter Ordner oder ein Wechseldatenträger ist daher ein guter Ort. Tessera behält jede Kopie der letzten zwei Tage, danach eine pro Tag für einen Monat und eine pro Woche für sechs Monate.</translation>
    </message>
    <message>
        <source>Automatic Backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation>Ordner für automatische Sicherungen</translation>
    </message>
    <message>
        <source>Off: no folder chosen.</source>
        <translation>Aus: kein Ordner gewählt.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::Banner</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>tessera::gui::CameraScanDialog</name>
    <message>
        <source>Scan with Camera</source>
        <translation>Mit Kamera scannen</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Hold the QR code up to %1. Tessera reads it as soon as it is sharp.</source>
        <translation>Halten Sie den QR-Code vor %1. Tessera liest ihn, sobald er scharf ist.</translation>
    </message>
    <message>
        <source>No camera was found. Connect one and try again, or scan the code on the screen or from an image file instead.</source>
        <translation>Es wurde keine Kamera gefunden. Schließen Sie eine an und versuchen Sie es erneut, oder scannen Sie den Code stattdessen auf dem Bildschirm oder aus einer Bilddatei.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Close other apps that use it and try again, or scan the code on the screen instead.</source>
        <translation>Die Kamera kann nicht verwendet werden: %1. Schließen Sie andere Apps, die sie verwenden, und versuchen Sie es erneut, oder scannen Sie den Code stattdessen auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>The new password replaces the current one at once. Your recovery key keeps working.</source>
        <translation>Das neue Passwort ersetzt das aktuelle sofort. Ihr Wiederherstellungsschlüssel bleibt gültig.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>The password you unlock the vault with now.</source>
        <translation>Das Passwort, mit dem Sie den Tresor derzeit entsperren.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least %1 characters. A strength estimate appears below as you type.</source>
        <translation>Mindestens %1 Zeichen. Während der Eingabe erscheint unten eine Einschätzung der Stärke.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Type the new password again to rule out a typo.</source>
        <translation>Geben Sie das neue Passwort erneut ein, um Tippfehler auszuschließen.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Checking the current password and protecting the vault with the new one. This takes a few seconds.</source>
        <translation>Das aktuelle Passwort wird geprüft und der Tresor mit dem neuen geschützt. Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <source>Checks the current password, then sets the new one.</source>
        <translation>Prüft das aktuelle Passwort und legt dann das neue fest.</translation>
    </message>
    <message>
        <source>Keeps the current password.</source>
        <translation>Behält das aktuelle Passwort.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Das neue Passwort ist dasselbe wie das aktuelle.</translation>
    </message>
    <message>
        <source>The two new passwords are different. Type the new password again.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein. Geben Sie das neue Passwort erneut ein.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it, then change the password.</source>
        <translation>Der Tresor ist gesperrt. Entsperren Sie ihn und ändern Sie dann das Passwort.</translation>
    </message>
    <message>
        <source>The current password is not right. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Das aktuelle Passwort ist nicht richtig. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::CodeCopier</name>
    <message>
        <source>That account is no longer in the list.</source>
        <translation>Dieses Konto ist nicht mehr in der Liste.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::CreateVaultPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>C&amp;reate Vault</source>
        <translation>Tresor &amp;erstellen</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Neuen Tresor erstellen</translation>
    </message>
    <message>
        <source>This password opens the vault. Nobody can reset it, but the recovery key you get next opens the vault if you ever forget it.</source>
        <translation>Dieses Passwort öffnet den Tresor. Niemand kann es zurücksetzen, aber der Wiederherstellungsschlüssel, den Sie als Nächstes erhalten, öffnet den Tresor, falls Sie das Passwort einmal vergessen.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>Erweiterte Optionen</translation>
    </message>
    <message>
        <source>Shows how hard the password is made to guess</source>
        <translation>Zeigt, wie stark das Passwort gegen Erraten geschützt wird</translation>
    </message>
    <message>
        <source>Opening the vault does deliberately slow work, so that guessing the password takes attackers years. Stronger means slower to open.</source>
        <translation>Beim Öffnen des Tresors wird absichtlich aufwendig gerechnet, damit das Erraten des Passworts Angreifer Jahre kostet. Stärker heißt: langsamer beim Öffnen.</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Schnell</translation>
    </message>
    <message>
        <source>64 MiB of memory: for older or small computers.</source>
        <translation>64 MiB Speicher: für ältere oder kleine Computer.</translation>
    </message>
    <message>
        <source>&amp;Standard (recommended)</source>
        <translation>Stan&amp;dard (empfohlen)</translation>
    </message>
    <message>
        <source>256 MiB of memory, about half a second to open.</source>
        <translation>256 MiB Speicher, etwa eine halbe Sekunde zum Öffnen.</translation>
    </message>
    <message>
        <source>S&amp;trong</source>
        <translation>St&amp;ark</translation>
    </message>
    <message>
        <source>1 GiB of memory, a few seconds to open.</source>
        <translation>1 GiB Speicher, einige Sekunden zum Öffnen.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Tresor wird erstellt</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Tresor wird erstellt…</translation>
    </message>
    <message>
        <source>Creates the encrypted vault file with this password</source>
        <translation>Erstellt die verschlüsselte Tresordatei mit diesem Passwort</translation>
    </message>
    <message>
        <source>A vault already exists at %1. Go back and open it instead.</source>
        <translation>Unter %1 gibt es bereits einen Tresor. Gehen Sie zurück und öffnen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Creating the vault was interrupted. Please try again.</source>
        <translation>Das Erstellen des Tresors wurde unterbrochen. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::DialogLauncher</name>
    <message>
        <source>Cannot Add This Link</source>
        <translation>Link kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The otpauth:// link cannot be read: %1</source>
        <translation>Der otpauth://-Link kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot Show the QR Code</source>
        <translation>QR-Code kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>tessera::gui::EditAccountDialog</name>
    <message>
        <source>&amp;Favourite: list it first</source>
        <translation>&amp;Favorit: zuerst auflisten</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Recovery</source>
        <translation>&amp;Wiederherstellung</translation>
    </message>
    <message>
        <source>Recovery C&amp;odes</source>
        <translation>Wiederherstellungs&amp;codes</translation>
    </message>
    <message>
        <source>Saves the changes to the vault.</source>
        <translation>Speichert die Änderungen im Tresor.</translation>
    </message>
    <message>
        <source>This account could not be opened. %1</source>
        <translation>Dieses Konto konnte nicht geöffnet werden. %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The provider or website, for example GitHub.</source>
        <translation>Der Anbieter oder die Website, zum Beispiel GitHub.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Your user name or email address at the provider.</source>
        <translation>Ihr Benutzername oder Ihre E-Mail-Adresse beim Anbieter.</translation>
    </message>
    <message>
        <source>Favourites come first in the list.</source>
        <translation>Favoriten stehen in der Liste ganz oben.</translation>
    </message>
    <message>
        <source>work, personal</source>
        <translation>Arbeit, privat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Words to find the account by, separated by commas.</source>
        <translation>Wörter, über die Sie das Konto finden, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything you want to remember about this account.</source>
        <translation>Alles, was Sie sich zu diesem Konto merken möchten.</translation>
    </message>
    <message>
        <source>Code settings</source>
        <translation>Code-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>Codes:</translation>
    </message>
    <message>
        <source>The secret key and code settings cannot be changed. If the provider gave you a new QR code, add it as a new account, then move this one to the trash.</source>
        <translation>Der geheime Schlüssel und die Code-Einstellungen können nicht geändert werden. Wenn der Anbieter Ihnen einen neuen QR-Code gegeben hat, fügen Sie ihn als neues Konto hinzu und verschieben Sie dieses dann in den Papierkorb.</translation>
    </message>
    <message>
        <source>alice@example.com</source>
        <translation>erika.mustermann@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The email address the provider has for this account; recovery usually starts with a message to it.</source>
        <translation>Die E-Mail-Adresse, die der Anbieter für dieses Konto hinterlegt hat; die Wiederherstellung beginnt meist mit einer Nachricht an sie.</translation>
    </message>
    <message>
        <source>Look at the phone number in the provider&apos;s account settings; if it is the same, press this to record today&apos;s date.</source>
        <translation>Sehen Sie in den Kontoeinstellungen beim Anbieter nach der Telefonnummer; wenn sie übereinstimmt, klicken Sie hier, um das heutige Datum festzuhalten.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>None: only this authenticator</source>
        <translation>Keiner: nur dieser Authenticator</translation>
    </message>
    <message>
        <source>Another authenticator device or app</source>
        <translation>Weiterer Authenticator (Gerät oder App)</translation>
    </message>
    <message>
        <source>A security key</source>
        <translation>Ein Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Other second factor registered</source>
        <translation>Anderer zweiter Faktor registriert</translation>
    </message>
    <message>
        <source>Whether the provider has another second factor for this account. A second one is the cheapest protection against a lost seed.</source>
        <translation>Ob beim Anbieter ein weiterer zweiter Faktor für dieses Konto registriert ist. Ein zweiter Faktor ist der günstigste Schutz gegen einen verlorenen Schlüssel.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Recovery page</source>
        <translation>Wiederherstellungsseite</translation>
    </message>
    <message>
        <source>The address of the provider&apos;s account recovery page.</source>
        <translation>Die Adresse der Kontowiederherstellungsseite des Anbieters.</translation>
    </message>
    <message>
        <source>Recovery notes</source>
        <translation>Wiederherstellungsnotizen</translation>
    </message>
    <message>
        <source>Anything else the provider&apos;s recovery may ask for.</source>
        <translation>Alles Weitere, was die Wiederherstellung beim Anbieter verlangen könnte.</translation>
    </message>
    <message>
        <source>What the provider&apos;s account recovery asks for. Tessera keeps it encrypted with the account.</source>
        <translation>Was die Kontowiederherstellung des Anbieters verlangt. Tessera speichert es verschlüsselt mit dem Konto.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>&amp;Second factor:</source>
        <translation>&amp;Zweiter Faktor:</translation>
    </message>
    <message>
        <source>Recovery pa&amp;ge:</source>
        <translation>Wiederherstellungs&amp;seite:</translation>
    </message>
    <message>
        <source>Recovery &amp;notes:</source>
        <translation>Wiederherstellungs&amp;notizen:</translation>
    </message>
    <message>
        <source>Time-based (TOTP), %1, %2 digits, a new code every %3 seconds.</source>
        <translation>Zeitbasiert (TOTP), %1, %2 Stellen, alle %3 Sekunden ein neuer Code.</translation>
    </message>
    <message>
        <source>Counter-based (HOTP), %1, %2 digits; the next code is number %3.</source>
        <translation>Zählerbasiert (HOTP), %1, %2 Stellen; der nächste Code hat die Nummer %3.</translation>
    </message>
    <message>
        <source>Steam Guard: five characters, a new code every 30 seconds.</source>
        <translation>Steam Guard: fünf Zeichen, alle 30 Sekunden ein neuer Code.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Enter the phone number first.</source>
        <translation>Geben Sie zuerst die Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Compared with the provider&apos;s records on %1.</source>
        <translation>Am %1 mit den Angaben des Anbieters abgeglichen.</translation>
    </message>
    <message>
        <source>Not yet compared with the provider&apos;s records.</source>
        <translation>Noch nicht mit den Angaben des Anbieters abgeglichen.</translation>
    </message>
    <message>
        <source>Phone number checked</source>
        <translation>Telefonnummer geprüft</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus (name@example.com).</translation>
    </message>
    <message>
        <source>Enter the page&apos;s full address, starting with https://.</source>
        <translation>Geben Sie die vollständige Adresse der Seite ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name, so you can tell this code from others.</source>
        <translation>Geben Sie den Anbieter oder den Kontonamen ein, damit Sie diesen Code von anderen unterscheiden können.</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Telefonnummer: %1</translation>
    </message>
    <message>
        <source>The code was copied but could not be marked used. %1</source>
        <translation>Der Code wurde kopiert, konnte aber nicht als verwendet markiert werden. %1</translation>
    </message>
    <message>
        <source>Copied and marked used. The clipboard is cleared in %1 seconds.</source>
        <translation>Kopiert und als verwendet markiert. Die Zwischenablage wird in %1 Sekunden geleert.</translation>
    </message>
    <message>
        <source>Copied and marked used. The clipboard is cleared when Tessera locks or quits.</source>
        <translation>Kopiert und als verwendet markiert. Die Zwischenablage wird geleert, wenn Tessera gesperrt oder beendet wird.</translation>
    </message>
    <message>
        <source>The changes were not saved. %1</source>
        <translation>Die Änderungen wurden nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>I Checked It Toda&amp;y</source>
        <translation>Heute &amp;geprüft</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ExportDialog</name>
    <message>
        <source>Tessera backups (*.tessera-backup)</source>
        <translation>Tessera-Sicherungen (*.tessera-backup)</translation>
    </message>
    <message>
        <source>Aegis files (*.json)</source>
        <translation>Aegis-Dateien (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Konten exportieren</translation>
    </message>
    <message>
        <source>Choose what to make. An export is a copy outside the vault: keep it somewhere safe.</source>
        <translation>Wählen Sie, was erstellt werden soll. Ein Export ist eine Kopie außerhalb des Tresors: Bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <source>&amp;Tessera backup (recommended)</source>
        <translation>&amp;Tessera-Sicherung (empfohlen)</translation>
    </message>
    <message>
        <source>Everything, with recovery information and the trash, encrypted with a password of its own. Tessera opens it on any computer.</source>
        <translation>Alles, mit Wiederherstellungsinformationen und Papierkorb, verschlüsselt mit einem eigenen Passwort. Tessera öffnet sie auf jedem Computer.</translation>
    </message>
    <message>
        <source>&amp;Aegis, encrypted</source>
        <translation>&amp;Aegis, verschlüsselt</translation>
    </message>
    <message>
        <source>For the Aegis app on Android, encrypted with a password of its own.</source>
        <translation>Für die Aegis-App unter Android, verschlüsselt mit einem eigenen Passwort.</translation>
    </message>
    <message>
        <source>Aegis, &amp;not encrypted</source>
        <translation>Aegis, &amp;unverschlüsselt</translation>
    </message>
    <message>
        <source>For Aegis and the apps that read its files.</source>
        <translation>Für Aegis und die Apps, die dessen Dateien lesen.</translation>
    </message>
    <message>
        <source>&amp;List of otpauth:// links</source>
        <translation>&amp;Liste von otpauth://-Links</translation>
    </message>
    <message>
        <source>A text file, one link per account, that most authenticator apps import.</source>
        <translation>Eine Textdatei mit einem Link pro Konto, die die meisten Authenticator-Apps importieren.</translation>
    </message>
    <message>
        <source>&amp;Google Authenticator transfer codes</source>
        <translation>Übertragungscodes für &amp;Google Authenticator</translation>
    </message>
    <message>
        <source>QR codes to scan with Google Authenticator on a phone, shown one after another.</source>
        <translation>QR-Codes zum Scannen mit Google Authenticator auf einem Handy, nacheinander angezeigt.</translation>
    </message>
    <message>
        <source>Printable s&amp;heet (PDF)</source>
        <translation>&amp;Druckbares Blatt (PDF)</translation>
    </message>
    <message>
        <source>Each account&apos;s QR code and key, to print and keep in a safe place.</source>
        <translation>QR-Code und Schlüssel jedes Kontos, zum Ausdrucken und sicheren Aufbewahren.</translation>
    </message>
    <message>
        <source>A password for this export. It need not be the vault&apos;s password, but without it the file cannot be opened.</source>
        <translation>Ein Passwort für diesen Export. Es muss nicht das Passwort des Tresors sein, aber ohne es lässt sich die Datei nicht öffnen.</translation>
    </message>
    <message>
        <source>Password for the export</source>
        <translation>Passwort für den Export</translation>
    </message>
    <message>
        <source>Repeat the password for the export</source>
        <translation>Passwort für den Export wiederholen</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Encrypting the export…</source>
        <translation>Export wird verschlüsselt…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy every account.</source>
        <translation>Wer diese Codes sieht, kann jedes Konto kopieren.</translation>
    </message>
    <message>
        <source>Show them only to your own phone, where no one else can see the screen, and not while sharing the screen or recording it.</source>
        <translation>Zeigen Sie sie nur Ihrem eigenen Handy, wo niemand sonst den Bildschirm sieht, und nicht während einer Bildschirmfreigabe oder -aufnahme.</translation>
    </message>
    <message>
        <source>Show Codes</source>
        <translation>Codes anzeigen</translation>
    </message>
    <message>
        <source>Anyone who gets this file can copy every account.</source>
        <translation>Wer diese Datei bekommt, kann jedes Konto kopieren.</translation>
    </message>
    <message>
        <source>The sheet shows every secret key in clear. Print it, keep the paper somewhere safe, and delete the file.</source>
        <translation>Das Blatt zeigt jeden geheimen Schlüssel im Klartext. Drucken Sie es aus, bewahren Sie das Papier sicher auf und löschen Sie die Datei.</translation>
    </message>
    <message>
        <source>Export Unencrypted</source>
        <translation>Unverschlüsselt exportieren</translation>
    </message>
    <message>
        <source>It holds every secret key in clear. Keep it out of shared and synchronised folders, and delete it when you no longer need it.</source>
        <translation>Die Datei enthält jeden geheimen Schlüssel im Klartext. Halten Sie sie von geteilten und synchronisierten Ordnern fern und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Every account is in the trash, and only a Tessera backup keeps the trash. Restore the accounts to export them.</source>
        <translation>Alle Konten liegen im Papierkorb, und nur eine Tessera-Sicherung enthält den Papierkorb. Stellen Sie die Konten wieder her, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>The vault has no accounts to export yet.</source>
        <translation>Der Tresor enthält noch keine Konten zum Exportieren.</translation>
    </message>
    <message>
        <source>The export was interrupted. Try again.</source>
        <translation>Der Export wurde unterbrochen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <source>Exported 1 account to %1.</source>
        <translation>1 Konto nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 accounts to %2.</source>
        <translation>%1 Konten nach %2 exportiert.</translation>
    </message>
    <message>
        <source>It is not encrypted: delete it when you are done.</source>
        <translation>Die Datei ist nicht verschlüsselt: Löschen Sie sie, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>%1 ausgelassen: %2</translation>
    </message>
    <message>
        <source>It could not be noted as a backup: %1</source>
        <translation>Die Datei konnte nicht als Sicherung vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who gets this file can copy every account.</source>
        <translation>Nicht verschlüsselt: Wer diese Datei bekommt, kann jedes Konto kopieren.</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy every account. Accounts Google Authenticator cannot hold are left out and listed.</source>
        <translation>Wer diese Codes sieht, kann jedes Konto kopieren. Konten, die Google Authenticator nicht aufnehmen kann, werden ausgelassen und aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Show Codes…</source>
        <translation>&amp;Codes anzeigen…</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ImportFileReader</name>
    <message>
        <source>Import Accounts from a File</source>
        <translation>Konten aus einer Datei importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backups and exports (*.tessera-backup *.json *.2fas *.txt *.csv *.bin *.aes *.authpro)</source>
        <translation>Sicherungen und Exporte (*.tessera-backup *.json *.2fas *.txt *.csv *.bin *.aes *.authpro)</translation>
    </message>
    <message>
        <source>Tessera cannot open “%1”: %2. Check that the file is still there and that you may read it.</source>
        <translation>Tessera kann „%1“ nicht öffnen: %2. Prüfen Sie, ob die Datei noch vorhanden ist und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>“%1” is %2 MiB, larger than any export Tessera reads (%3 MiB). Choose the export file itself.</source>
        <translation>„%1“ ist %2 MiB groß, größer als jeder Export, den Tessera liest (%3 MiB). Wählen Sie die Exportdatei selbst.</translation>
    </message>
    <message>
        <source>Tessera cannot read “%1”: %2. Copy the file to this computer and try again.</source>
        <translation>Tessera kann „%1“ nicht lesen: %2. Kopieren Sie die Datei auf diesen Computer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There are no accounts in “%1”, so nothing was imported. If the app that made it shows accounts, export them again.</source>
        <translation>„%1“ enthält keine Konten, daher wurde nichts importiert. Wenn die App, mit der die Datei erstellt wurde, Konten anzeigt, exportieren Sie diese erneut.</translation>
    </message>
    <message>
        <source>It may be damaged or incomplete: export the accounts again and import the new file.</source>
        <translation>Die Datei ist möglicherweise beschädigt oder unvollständig: Exportieren Sie die Konten erneut und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <source>The file seems damaged: export the accounts again and import the new file.</source>
        <translation>Die Datei scheint beschädigt zu sein: Exportieren Sie die Konten erneut und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <source>A newer version of Tessera may read it; or export the accounts again in another format.</source>
        <translation>Eine neuere Version von Tessera kann die Datei eventuell lesen; oder exportieren Sie die Konten erneut in einem anderen Format.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. %2</source>
        <translation>„%1“ kann nicht importiert werden. %2</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ImportPasswordDialog</name>
    <message>
        <source>Encrypted File</source>
        <translation>Verschlüsselte Datei</translation>
    </message>
    <message>
        <source>“%1” is an encrypted %2 file. Enter the password it was saved with.</source>
        <translation>„%1“ ist eine verschlüsselte %2-Datei. Geben Sie das Passwort ein, mit dem sie gespeichert wurde.</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Passwort der Datei</translation>
    </message>
    <message>
        <source>The password chosen when the export or backup was made</source>
        <translation>Das Passwort, das beim Erstellen des Exports oder der Sicherung gewählt wurde</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Datei wird geöffnet</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Datei wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
    <message>
        <source>Reading the file was interrupted. Try again.</source>
        <translation>Das Lesen der Datei wurde unterbrochen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This password does not open the file. Check it, and Caps Lock, and try again.</source>
        <translation>Dieses Passwort öffnet die Datei nicht. Prüfen Sie es sowie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ImportReviewDialog</name>
    <message>
        <source>Also import accounts that are already in the vault</source>
        <translation>Auch Konten importieren, die schon im Tresor sind</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found. Tick the accounts to add to the vault.</source>
        <translation>
            <numerusform>%n Eintrag gefunden. Markieren Sie die Konten, die zum Tresor hinzugefügt werden sollen.</numerusform>
            <numerusform>%n Einträge gefunden. Markieren Sie die Konten, die zum Tresor hinzugefügt werden sollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found in %1. Tick the accounts to add to the vault.</source>
        <translation>
            <numerusform>%n Eintrag in %1 gefunden. Markieren Sie die Konten, die zum Tresor hinzugefügt werden sollen.</numerusform>
            <numerusform>%n Einträge in %1 gefunden. Markieren Sie die Konten, die zum Tresor hinzugefügt werden sollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Repeats an earlier entry of this import</source>
        <translation>Wiederholt einen früheren Eintrag dieses Imports</translation>
    </message>
    <message>
        <source>Already in the vault as %1</source>
        <translation>Bereits im Tresor als %1</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Import 1 Account</source>
        <translation>1 Konto importieren</translation>
    </message>
    <message>
        <source>Import %1 Accounts</source>
        <translation>%1 Konten importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Entries found</source>
        <translation>Gefundene Einträge</translation>
    </message>
    <message>
        <source>Ticked entries are imported. Space ticks or unticks the selected one.</source>
        <translation>Markierte Einträge werden importiert. Die Leertaste markiert den ausgewählten Eintrag oder hebt die Markierung auf.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::InlineMessage</name>
    <message>
        <source>Message icon</source>
        <translation>Meldungssymbol</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Fehler</translation>
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
        <translation>1 Konto importiert.</translation>
    </message>
    <message>
        <source>%1 accounts imported.</source>
        <translation>%1 Konten importiert.</translation>
    </message>
    <message>
        <source>No Account Added</source>
        <translation>Kein Konto hinzugefügt</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Das Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>The vault has a new recovery key; the old one no longer works.</source>
        <translation>Der Tresor hat einen neuen Wiederherstellungsschlüssel; der alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add an account (Ctrl+N)</source>
        <translation>Ein Konto hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Scan QR Code on &amp;Screen</source>
        <translation>QR-Code auf dem &amp;Bildschirm scannen</translation>
    </message>
    <message>
        <source>Scan QR Code in a Screen &amp;Region…</source>
        <translation>QR-Code in Bildschirm&amp;ausschnitt scannen…</translation>
    </message>
    <message>
        <source>Read QR Code from &amp;Image File…</source>
        <translation>QR-Code aus Bild&amp;datei lesen…</translation>
    </message>
    <message>
        <source>Scan QR Code with &amp;Camera…</source>
        <translation>QR-Code mit &amp;Kamera scannen…</translation>
    </message>
    <message>
        <source>&amp;Paste QR Code Image or Link</source>
        <translation>QR-Code-Bild oder Link ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Passwort ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Recovery Key…</source>
        <translation>&amp;Wiederherstellungsschlüssel…</translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation>Aus Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Import accounts from a backup or another app&apos;s export (Ctrl+I)</source>
        <translation>Konten aus einer Sicherung oder dem Export einer anderen App importieren (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the accounts: a backup, another app&apos;s format, a printout (Ctrl+Shift+E)</source>
        <translation>Konten exportieren: als Sicherung, im Format einer anderen App oder zum Ausdrucken (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Cannot Open This File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The clipboard holds no QR code image and no otpauth:// link.</source>
        <translation>Die Zwischenablage enthält weder ein QR-Code-Bild noch einen otpauth://-Link.</translation>
    </message>
    <message>
        <source>Then the account found in “%1” is imported.</source>
        <translation>Danach wird das in „%1“ gefundene Konto importiert.</translation>
    </message>
    <message>
        <source>Then the %1 accounts found in “%2” are imported; you choose which.</source>
        <translation>Danach werden die %1 in „%2“ gefundenen Konten importiert; Sie wählen aus, welche.</translation>
    </message>
    <message>
        <source>Cannot Import This File</source>
        <translation>Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>No vault was created.</source>
        <translation>Es wurde kein Tresor erstellt.</translation>
    </message>
    <message>
        <source>Nothing was added to the vault.</source>
        <translation>Dem Tresor wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The image file was deleted.</source>
        <translation>Die Bilddatei wurde gelöscht.</translation>
    </message>
    <message>
        <source>Not an Authenticator Code</source>
        <translation>Kein Authenticator-Code</translation>
    </message>
</context>
<context>
    <name>tessera::gui::NewPasswordForm</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mindestens %1 Zeichen. Ein paar zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PasswordEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Hide password (%1)</source>
        <translation>Passwort verbergen (%1)</translation>
    </message>
    <message>
        <source>Show password (%1)</source>
        <translation>Passwort anzeigen (%1)</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>Password strength hint</source>
        <translation>Hinweis zur Passwortstärke</translation>
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
        <translation>Dieser QR-Code ist kein Authenticator-Code, daher wurde nichts hinzugefügt. Er enthält: %1</translation>
    </message>
    <message>
        <source>No QR code was found.</source>
        <translation>Es wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>In %1 wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>This QR code looks like an authenticator code but cannot be read: %1</source>
        <translation>Dieser QR-Code sieht wie ein Authenticator-Code aus, kann aber nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PhoneNumberEditor</name>
    <message>
        <source>The number is right: &amp;keep it anyway</source>
        <translation>Die Nummer stimmt: trotzdem &amp;behalten</translation>
    </message>
    <message>
        <source>+44 7911 123456</source>
        <translation>+49 151 23456789</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>The phone number registered with the provider, exactly as the provider shows it. Tessera checks it as you type.</source>
        <translation>Die beim Anbieter registrierte Telefonnummer, genau so, wie der Anbieter sie anzeigt. Tessera prüft sie während der Eingabe.</translation>
    </message>
    <message>
        <source>No default country</source>
        <translation>Kein Standardland</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Country for numbers without a country code</source>
        <translation>Land für Nummern ohne Ländervorwahl</translation>
    </message>
    <message>
        <source>Used to read a number typed without &apos;+&apos; and a country code.</source>
        <translation>Dient zum Lesen einer Nummer, die ohne „+“ und Ländervorwahl eingegeben wurde.</translation>
    </message>
    <message>
        <source>The number in E.164 form</source>
        <translation>Die Nummer im E.164-Format</translation>
    </message>
    <message>
        <source>Replaces the number with its E.164 form. Do this once the provider&apos;s records have the same form.</source>
        <translation>Ersetzt die Nummer durch ihr E.164-Format. Tun Sie das, sobald die Angaben beim Anbieter dasselbe Format haben.</translation>
    </message>
    <message>
        <source>Tessera&apos;s phone data (from 2022) may not know newer number ranges. Tick this to save a number it calls not valid.</source>
        <translation>Die Telefondaten von Tessera (Stand 2022) kennen neuere Nummernbereiche eventuell nicht. Aktivieren Sie dies, um eine Nummer zu speichern, die Tessera für ungültig hält.</translation>
    </message>
    <message>
        <source>Tessera does not know this phone number range. Check the number, or tick &quot;keep it anyway&quot; if it is right.</source>
        <translation>Tessera kennt diesen Nummernbereich nicht. Prüfen Sie die Nummer oder aktivieren Sie „trotzdem behalten“, wenn sie stimmt.</translation>
    </message>
    <message>
        <source>E.164 form: %1</source>
        <translation>E.164-Format: %1</translation>
    </message>
    <message>
        <source>E.164 form: %1 (%2)</source>
        <translation>E.164-Format: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Use This Form</source>
        <translation>Dieses Format &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the E.164 form %1</source>
        <translation>Das E.164-Format %1 verwenden</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PhoneSwapWizard</name>
    <message>
        <source>Phone Swap Assistant</source>
        <translation>Handywechsel-Assistent</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PortalScreenshot</name>
    <message>
        <source>The screenshot could not be read (%1).</source>
        <translation>Das Bildschirmfoto konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Tessera cannot see the screen: the desktop&apos;s screenshot service (xdg-desktop-portal) is not available. Take a screenshot yourself and open it with “Read QR Code from Image File”.</source>
        <translation>Tessera kann den Bildschirm nicht sehen: Der Bildschirmfoto-Dienst der Arbeitsumgebung (xdg-desktop-portal) ist nicht verfügbar. Erstellen Sie selbst ein Bildschirmfoto und öffnen Sie es mit „QR-Code aus Bilddatei lesen“.</translation>
    </message>
    <message>
        <source>The screenshot could not be taken. Try again, or open a saved screenshot with “Read QR Code from Image File”.</source>
        <translation>Das Bildschirmfoto konnte nicht erstellt werden. Versuchen Sie es erneut oder öffnen Sie ein gespeichertes Bildschirmfoto mit „QR-Code aus Bilddatei lesen“.</translation>
    </message>
    <message>
        <source>The desktop gave the screenshot in a form Tessera cannot read. Open a saved screenshot with “Read QR Code from Image File”.</source>
        <translation>Die Arbeitsumgebung hat das Bildschirmfoto in einer Form geliefert, die Tessera nicht lesen kann. Öffnen Sie ein gespeichertes Bildschirmfoto mit „QR-Code aus Bilddatei lesen“.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::PrivateFile</name>
    <message>
        <source>Cannot save “%1”: %2. Choose another folder.</source>
        <translation>„%1“ kann nicht gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
</context>
<context>
    <name>tessera::gui::QrIntake</name>
    <message>
        <source>the screen</source>
        <translation>dem Bildschirminhalt</translation>
    </message>
    <message>
        <source>Read a QR Code from an Image</source>
        <translation>QR-Code aus einem Bild lesen</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>dem eingefügten Bild</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>dem Kamerabild</translation>
    </message>
    <message>
        <source>This Google Authenticator export code cannot be read: %1</source>
        <translation>Dieser Exportcode von Google Authenticator kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A code could not be read and was left out: %1</source>
        <translation>Ein Code konnte nicht gelesen werden und wurde ausgelassen: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::QuickSearchPopup</name>
    <message>
        <source>Tessera Quick Search</source>
        <translation>Tessera-Schnellsuche</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>Passende Konten</translation>
    </message>
    <message>
        <source>Type to search, Enter to copy</source>
        <translation>Tippen zum Suchen, Eingabetaste zum Kopieren</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Enter copies the code of the selected account and closes; Escape closes.</source>
        <translation>Die Eingabetaste kopiert den Code des ausgewählten Kontos und schließt; Escape schließt.</translation>
    </message>
    <message>
        <source>Tessera is locked. Enter the password to search.</source>
        <translation>Tessera ist gesperrt. Geben Sie das Passwort ein, um zu suchen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>The password is wrong. Check Caps Lock and try again.</source>
        <translation>Das Passwort ist falsch. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Kein Konto passt zu „%1“.</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Noch keine Konten.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ReadinessDialog</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>Befunde der Bereitschaftsprüfung</translation>
    </message>
    <message>
        <source>Make a Backup…</source>
        <translation>Sicherung erstellen…</translation>
    </message>
    <message>
        <source>Turn On Automatic Backups…</source>
        <translation>Automatische Sicherungen einschalten…</translation>
    </message>
    <message>
        <source>Check the Recovery Key…</source>
        <translation>Wiederherstellungsschlüssel prüfen…</translation>
    </message>
    <message>
        <source>Add Recovery Codes…</source>
        <translation>Wiederherstellungscodes hinzufügen…</translation>
    </message>
    <message>
        <source>Record a Second Factor…</source>
        <translation>Zweiten Faktor erfassen…</translation>
    </message>
    <message>
        <source>Add the Email…</source>
        <translation>E-Mail-Adresse hinzufügen…</translation>
    </message>
    <message>
        <source>Add the Phone Number…</source>
        <translation>Telefonnummer hinzufügen…</translation>
    </message>
    <message>
        <source>Correct the Phone Number…</source>
        <translation>Telefonnummer korrigieren…</translation>
    </message>
    <message>
        <source>Check the Phone Number…</source>
        <translation>Telefonnummer prüfen…</translation>
    </message>
    <message>
        <source>Check a Code…</source>
        <translation>Code prüfen…</translation>
    </message>
    <message>
        <source>Nothing to fix: every account could be recovered as things stand.</source>
        <translation>Nichts zu beheben: Jedes Konto ließe sich nach aktuellem Stand wiederherstellen.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>Der Tresor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recovery Readiness</source>
        <translation>Wiederherstellungsbereitschaft</translation>
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
        <translation>Welches Konto?</translation>
    </message>
    <message>
        <source>Tessera walks you through the provider&apos;s own recovery, step by step. Nothing here changes your account at the provider.</source>
        <translation>Tessera führt Sie Schritt für Schritt durch die Wiederherstellung beim Anbieter. Nichts hier verändert Ihr Konto beim Anbieter.</translation>
    </message>
    <message>
        <source>e.g. AWS root user for billing@example.com</source>
        <translation>z. B. AWS-Root-Benutzer für buchhaltung@example.com</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in the trash</source>
        <translation>%1, im Papierkorb</translation>
    </message>
    <message>
        <source>An account that is not in Tessera</source>
        <translation>Ein Konto, das nicht in Tessera ist</translation>
    </message>
    <message>
        <source>Cannot Start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>Typical waiting time: %1</source>
        <translation>Übliche Wartezeit: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryChecklist</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryCodesEditor</name>
    <message>
        <source>Remove &amp;used codes</source>
        <translation>&amp;Verwendete Codes entfernen</translation>
    </message>
    <message>
        <source>Remove a&amp;ll codes</source>
        <translation>&amp;Alle Codes entfernen</translation>
    </message>
    <message>
        <source>A&amp;dd these codes</source>
        <translation>Diese Codes &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Stored recovery codes</source>
        <translation>Gespeicherte Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Removes the codes marked used from the list.</source>
        <translation>Entfernt die als verwendet markierten Codes aus der Liste.</translation>
    </message>
    <message>
        <source>Removes every code, for example before pasting a new set. Nothing is saved until you press Save.</source>
        <translation>Entfernt alle Codes, zum Beispiel bevor Sie einen neuen Satz einfügen. Nichts wird gespeichert, bevor Sie auf „Speichern“ klicken.</translation>
    </message>
    <message>
        <source>&amp;New codes, one per line:</source>
        <translation>&amp;Neue Codes, einer pro Zeile:</translation>
    </message>
    <message>
        <source>Paste the codes the provider gave you</source>
        <translation>Fügen Sie die Codes ein, die Sie vom Anbieter erhalten haben</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Paste the block of recovery codes from the provider, one code per line, then press Add these codes.</source>
        <translation>Fügen Sie den Block mit Wiederherstellungscodes vom Anbieter ein, ein Code pro Zeile, und klicken Sie dann auf „Diese Codes hinzufügen“.</translation>
    </message>
    <message>
        <source>Adds the pasted codes to the list; codes already stored are skipped.</source>
        <translation>Fügt die eingefügten Codes zur Liste hinzu; bereits gespeicherte Codes werden übersprungen.</translation>
    </message>
    <message>
        <source>No recovery codes stored yet.</source>
        <translation>Noch keine Wiederherstellungscodes gespeichert.</translation>
    </message>
    <message>
        <source>Recovery code %1</source>
        <translation>Wiederherstellungscode %1</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Recovery code %1 used</source>
        <translation>Wiederherstellungscode %1 verwendet</translation>
    </message>
    <message>
        <source>Marked used on %1.</source>
        <translation>Am %1 als verwendet markiert.</translation>
    </message>
    <message>
        <source>Tick once the code has been used; each code works only once.</source>
        <translation>Aktivieren, sobald der Code verwendet wurde; jeder Code funktioniert nur einmal.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy recovery code %1</source>
        <translation>Wiederherstellungscode %1 kopieren</translation>
    </message>
    <message>
        <source>Copies the code to the clipboard and marks it used.</source>
        <translation>Kopiert den Code in die Zwischenablage und markiert ihn als verwendet.</translation>
    </message>
    <message>
        <source>Paste the recovery codes the provider gave you when you set up two-factor sign-in. Each works once, when the authenticator is lost.</source>
        <translation>Fügen Sie die Wiederherstellungscodes ein, die Sie beim Einrichten der Zwei-Faktor-Anmeldung vom Anbieter erhalten haben. Jeder funktioniert einmal, wenn der Authenticator verloren ist.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n code(s).</source>
        <translation>
            <numerusform>%n Code hinzugefügt.</numerusform>
            <numerusform>%n Codes hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already stored or repeated.</source>
        <translation>
            <numerusform>%n Zeile bereits gespeichert oder wiederholt.</numerusform>
            <numerusform>%n Zeilen bereits gespeichert oder wiederholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) stored, %1 not used yet. Copying a code marks it used.</source>
        <translation>
            <numerusform>%n Code gespeichert, %1 noch nicht verwendet. Das Kopieren eines Codes markiert ihn als verwendet.</numerusform>
            <numerusform>%n Codes gespeichert, %1 noch nicht verwendet. Das Kopieren eines Codes markiert ihn als verwendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryFactorsPage</name>
    <message>
        <source>&amp;Done, Next Step</source>
        <translation>&amp;Erledigt, nächster Schritt</translation>
    </message>
    <message>
        <source>It &amp;Failed</source>
        <translation>&amp;Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The phone number on file</source>
        <translation>Die hinterlegte Telefonnummer</translation>
    </message>
    <message>
        <source>Your unused recovery codes</source>
        <translation>Ihre nicht verwendeten Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>The Provider&apos;s Recovery</source>
        <translation>Wiederherstellung beim Anbieter</translation>
    </message>
    <message>
        <source>Follow the provider&apos;s pages; tick each step here as you complete it. You can close Tessera while you wait: the assistant resumes where you left off.</source>
        <translation>Folgen Sie den Seiten des Anbieters und haken Sie hier jeden Schritt ab, sobald Sie ihn erledigt haben. Sie können Tessera während der Wartezeit schließen: Der Assistent macht dort weiter, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Steps of the recovery</source>
        <translation>Schritte der Wiederherstellung</translation>
    </message>
    <message>
        <source>The number exactly as the provider shows it</source>
        <translation>Die Nummer genau so, wie der Anbieter sie anzeigt</translation>
    </message>
    <message>
        <source>Phone number on file</source>
        <translation>Hinterlegte Telefonnummer</translation>
    </message>
    <message>
        <source>An automated call fails when the number lacks its + and country code. Copy the number from the provider&apos;s contact settings here before the call.</source>
        <translation>Ein automatischer Anruf schlägt fehl, wenn der Nummer das + und die Ländervorwahl fehlen. Kopieren Sie die Nummer vor dem Anruf aus den Kontakteinstellungen des Anbieters hierher.</translation>
    </message>
    <message>
        <source>&amp;Way in:</source>
        <translation>&amp;Zugangsweg:</translation>
    </message>
    <message>
        <source>Typical waiting: %1</source>
        <translation>Übliche Wartezeit: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Every step is done: you are back in. Next, set up a new authenticator.</source>
        <translation>Alle Schritte sind erledigt: Sie haben wieder Zugang. Richten Sie als Nächstes einen neuen Authenticator ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is in E.164 form, as the provider needs it.</source>
        <translation>%1 ist im E.164-Format, wie der Anbieter es benötigt.</translation>
    </message>
    <message>
        <source>Put it in the provider&apos;s contact settings exactly as %1.</source>
        <translation>Tragen Sie die Nummer in den Kontakteinstellungen des Anbieters genau als %1 ein.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy recovery code %1 and mark it used</source>
        <translation>Wiederherstellungscode %1 kopieren und als verwendet markieren</translation>
    </message>
    <message>
        <source>Copy in E.164 F&amp;orm</source>
        <translation>Im E.164-F&amp;ormat kopieren</translation>
    </message>
    <message>
        <source>Then Try the Step Again</source>
        <translation>Dann den Schritt wiederholen</translation>
    </message>
    <message>
        <source>Then Carry On</source>
        <translation>Dann weitermachen</translation>
    </message>
    <message>
        <source>Then Start This Way Over</source>
        <translation>Dann diesen Weg neu beginnen</translation>
    </message>
    <message>
        <source>Switch to: %1</source>
        <translation>Wechseln zu: %1</translation>
    </message>
    <message>
        <source>Take Another Way In</source>
        <translation>Anderen Zugangsweg wählen</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryKeyDialog</name>
    <message>
        <source>&amp;Make a New Recovery Key…</source>
        <translation>&amp;Neuen Wiederherstellungsschlüssel erstellen…</translation>
    </message>
    <message>
        <source>&amp;Make the New Key</source>
        <translation>Neuen Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Recovery Key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>The recovery key opens your vault when the password is forgotten. It is a second key, made of 14 groups of four letters and digits.</source>
        <translation>Der Wiederherstellungsschlüssel öffnet Ihren Tresor, wenn das Passwort vergessen wurde. Er ist ein zweiter Schlüssel aus 14 Gruppen zu je vier Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Tessera showed it once, when the vault was created, and cannot show it again: only a protected form of it is stored. If you have lost it, or someone else may have seen it, make a new one. The old key then stops working.</source>
        <translation>Tessera hat ihn einmal angezeigt, als der Tresor erstellt wurde, und kann ihn nicht erneut anzeigen: Gespeichert ist nur eine geschützte Form davon. Wenn Sie ihn verloren haben oder jemand anderes ihn gesehen haben könnte, erstellen Sie einen neuen. Der alte Schlüssel funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Asks for confirmation, then replaces the recovery key.</source>
        <translation>Fragt nach einer Bestätigung und ersetzt dann den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Your current recovery key will stop working the moment the new one is made. Saved or printed copies of it become useless.</source>
        <translation>Ihr aktueller Wiederherstellungsschlüssel funktioniert nicht mehr, sobald der neue erstellt ist. Gespeicherte oder gedruckte Kopien davon werden nutzlos.</translation>
    </message>
    <message>
        <source>The new key is shown once, on the next screen. Have a safe place ready: a password manager, a USB stick kept in a drawer, or paper.</source>
        <translation>Der neue Schlüssel wird einmal angezeigt, auf dem nächsten Bildschirm. Halten Sie einen sicheren Ort bereit: einen Passwortmanager, einen USB-Stick in einer Schublade oder Papier.</translation>
    </message>
    <message>
        <source>Replaces the recovery key now; the old one stops working.</source>
        <translation>Ersetzt den Wiederherstellungsschlüssel jetzt; der alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Keeps the current recovery key.</source>
        <translation>Behält den aktuellen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: copy it into a password manager, save it, print it or write it down, and keep it away from this computer.</source>
        <translation>Das ist Ihr neuer Wiederherstellungsschlüssel. Er wird nur jetzt angezeigt: Kopieren Sie ihn in einen Passwortmanager, speichern Sie ihn, drucken Sie ihn aus oder schreiben Sie ihn auf, und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <source>Closes the window; the recovery key stays as it is.</source>
        <translation>Schließt das Fenster; der Wiederherstellungsschlüssel bleibt unverändert.</translation>
    </message>
    <message>
        <source>Closes the window. The key cannot be shown again.</source>
        <translation>Schließt das Fenster. Der Schlüssel kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>The recovery key was not changed: %1</source>
        <translation>Der Wiederherstellungsschlüssel wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Close Without Keeping the Key?</source>
        <translation>Schließen, ohne den Schlüssel aufzubewahren?</translation>
    </message>
    <message>
        <source>The new recovery key cannot be shown again, and the old one no longer works.</source>
        <translation>Der neue Wiederherstellungsschlüssel kann nicht erneut angezeigt werden, und der alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Without it, only your password opens the vault.</source>
        <translation>Ohne ihn öffnet nur Ihr Passwort den Tresor.</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryKeyPage</name>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you forget your password, this key is the only way back into your vault. It is shown only now: print it or save it somewhere safe, away from this computer.</source>
        <translation>Wenn Sie Ihr Passwort vergessen, ist dieser Schlüssel der einzige Weg zurück in Ihren Tresor. Er wird nur jetzt angezeigt: Drucken Sie ihn aus oder speichern Sie ihn an einem sicheren Ort, getrennt von diesem Computer.</translation>
    </message>
    <message>
        <source>To check, type the key&apos;s &amp;last group:</source>
        <translation>Zur Prüfung die &amp;letzte Schlüsselgruppe eingeben:</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Letzte Gruppe des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <source>The %1 characters at the end of the recovery key</source>
        <translation>Die %1 Zeichen am Ende des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <source>Opens your new, empty vault</source>
        <translation>Öffnet Ihren neuen, leeren Tresor</translation>
    </message>
    <message>
        <source>That is not the last group. It is the group at the end of the key.</source>
        <translation>Das ist nicht die letzte Gruppe. Gemeint ist die Gruppe am Ende des Schlüssels.</translation>
    </message>
    <message>
        <source>Tick the box above once the key is kept somewhere safe.</source>
        <translation>Aktivieren Sie das Kästchen oben, sobald der Schlüssel sicher aufbewahrt ist.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryKeyView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>I have &amp;kept this key somewhere safe, away from this computer</source>
        <translation>Ich habe den Schlüssel sicher &amp;verwahrt, nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Copies the key to the clipboard; it is cleared from there after a short time.</source>
        <translation>Kopiert den Schlüssel in die Zwischenablage; dort wird er nach kurzer Zeit gelöscht.</translation>
    </message>
    <message>
        <source>Saves the key in a text file only you can read. Move that file off this computer, for example to a USB stick.</source>
        <translation>Speichert den Schlüssel in einer Textdatei, die nur Sie lesen können. Bringen Sie diese Datei von diesem Computer weg, zum Beispiel auf einen USB-Stick.</translation>
    </message>
    <message>
        <source>Prints the key to keep on paper.</source>
        <translation>Druckt den Schlüssel aus, um ihn auf Papier aufzubewahren.</translation>
    </message>
    <message>
        <source>Tick once the key is saved, printed or written down: it cannot be shown again.</source>
        <translation>Aktivieren, sobald der Schlüssel gespeichert, gedruckt oder aufgeschrieben ist: Er kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds: paste it into your password manager now.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert: Fügen Sie den Schlüssel jetzt in Ihren Passwortmanager ein.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when Tessera locks or quits.</source>
        <translation>Kopiert. Die Zwischenablage wird geleert, wenn Tessera gesperrt oder beendet wird.</translation>
    </message>
    <message>
        <source>Save the Recovery Key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <source>tessera-recovery-key.txt</source>
        <translation>tessera-wiederherstellungsschluessel.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved to %1, readable only by you. Move it off this computer, for example to a USB stick kept in a drawer.</source>
        <translation>Gespeichert unter %1, nur für Sie lesbar. Bringen Sie die Datei von diesem Computer weg, zum Beispiel auf einen USB-Stick, der in einer Schublade liegt.</translation>
    </message>
    <message>
        <source>There is no recovery key to save.</source>
        <translation>Es gibt keinen Wiederherstellungsschlüssel zum Speichern.</translation>
    </message>
    <message>
        <source>Could not make %1 private: %2. Choose another file.</source>
        <translation>%1 konnte nicht privat gemacht werden: %2. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 would be readable by other users, so it was removed. Choose a folder in your home folder.</source>
        <translation>%1 wäre für andere Benutzer lesbar und wurde daher entfernt. Wählen Sie einen Ordner innerhalb Ihres persönlichen Ordners.</translation>
    </message>
    <message>
        <source>Tessera recovery key</source>
        <translation>Tessera-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Print the Recovery Key</source>
        <translation>Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the page somewhere safe.</source>
        <translation>An den Drucker gesendet. Bewahren Sie die Seite sicher auf.</translation>
    </message>
    <message>
        <source>Tessera recovery key

Vault: %1
Made on: %2

%3

This key opens the vault if its password is forgotten: choose &quot;Use recovery key&quot; when unlocking. Keep it private and away from the computer: anyone with this key and the vault file can read your accounts. Making a new recovery key in Tessera&apos;s settings makes this one stop working.
</source>
        <translation>Tessera-Wiederherstellungsschlüssel

Tresor: %1
Erstellt am: %2

%3

Dieser Schlüssel öffnet den Tresor, wenn sein Passwort vergessen wurde: Klicken Sie beim Entsperren auf „Wiederherstellungsschlüssel“. Halten Sie ihn geheim und getrennt vom Computer: Wer diesen Schlüssel und die Tresordatei hat, kann Ihre Konten lesen. Wenn Sie in den Einstellungen von Tessera einen neuen Wiederherstellungsschlüssel erstellen, funktioniert dieser hier nicht mehr.
</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryPreventPage</name>
    <message>
        <source>Make a &amp;Backup Now…</source>
        <translation>Jetzt &amp;Sicherung erstellen…</translation>
    </message>
    <message>
        <source>Save the Recovery &amp;Kit (PDF)…</source>
        <translation>Wiederherstellungs&amp;kit speichern (PDF)…</translation>
    </message>
    <message>
        <source>Record a Second &amp;Factor…</source>
        <translation>Zweiten &amp;Faktor erfassen…</translation>
    </message>
    <message>
        <source>Turn On &amp;Automatic Backups…</source>
        <translation>&amp;Automatische Sicherungen einschalten…</translation>
    </message>
    <message>
        <source>So It Does Not Happen Again</source>
        <translation>Damit es nicht wieder passiert</translation>
    </message>
    <message>
        <source>A few minutes now save days later.</source>
        <translation>Ein paar Minuten jetzt sparen später Tage.</translation>
    </message>
    <message>
        <source>The kit lists the account&apos;s email, phone number in E.164 form, unused recovery codes and the provider&apos;s recovery steps: print it and keep it with your papers. A second authenticator registered with the provider (AWS allows up to eight) is the cheapest way never to need this again.</source>
        <translation>Das Kit enthält die E-Mail-Adresse des Kontos, die Telefonnummer im E.164-Format, nicht verwendete Wiederherstellungscodes und die Wiederherstellungsschritte des Anbieters: Drucken Sie es aus und bewahren Sie es bei Ihren Unterlagen auf. Ein zweiter beim Anbieter registrierter Authenticator (AWS erlaubt bis zu acht) ist der günstigste Weg, dies nie wieder zu brauchen.</translation>
    </message>
    <message>
        <source>Save the Recovery Kit</source>
        <translation>Wiederherstellungskit speichern</translation>
    </message>
    <message>
        <source>recovery-kit.pdf</source>
        <translation>wiederherstellungskit.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1. Anyone with this sheet can sign in as you: print it, keep it safe, and delete the file.</source>
        <translation>%1 gespeichert. Wer dieses Blatt hat, kann sich als Sie anmelden: Drucken Sie es aus, bewahren Sie es sicher auf und löschen Sie die Datei.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryReEnrolPage</name>
    <message>
        <source>Move the Old Entry to the &amp;Trash</source>
        <translation>Alten Eintrag in den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Store the New &amp;Recovery Codes…</source>
        <translation>Neue &amp;Wiederherstellungscodes speichern…</translation>
    </message>
    <message>
        <source>Set Up a New Authenticator</source>
        <translation>Neuen Authenticator einrichten</translation>
    </message>
    <message>
        <source>In the provider&apos;s security settings, add or replace the authenticator app: it shows a new QR code. Read it into Tessera, then type the codes below into the provider&apos;s form.</source>
        <translation>Fügen Sie in den Sicherheitseinstellungen des Anbieters die Authenticator-App hinzu oder ersetzen Sie sie: Der Anbieter zeigt einen neuen QR-Code. Lesen Sie ihn in Tessera ein und geben Sie dann die Codes unten in das Formular des Anbieters ein.</translation>
    </message>
    <message>
        <source>Scan the &amp;Screen</source>
        <translation>&amp;Bildschirm scannen</translation>
    </message>
    <message>
        <source>Read an &amp;Image File…</source>
        <translation>Bild&amp;datei lesen…</translation>
    </message>
    <message>
        <source>Scan with &amp;Camera…</source>
        <translation>Mit &amp;Kamera scannen…</translation>
    </message>
    <message>
        <source>Waiting for the new QR code.</source>
        <translation>Warten auf den neuen QR-Code.</translation>
    </message>
    <message>
        <source>New: %1. If the provider asks for two codes in a row, type the first, then the second.</source>
        <translation>Neu: %1. Wenn der Anbieter zwei aufeinanderfolgende Codes verlangt, geben Sie zuerst den ersten, dann den zweiten ein.</translation>
    </message>
    <message>
        <source> (%1 s left)</source>
        <translation> (noch %1 s)</translation>
    </message>
    <message>
        <source>%1%2   then   %3</source>
        <translation>%1%2   dann   %3</translation>
    </message>
    <message>
        <source>The old entry is in the trash; it can be restored for a while.</source>
        <translation>Der alte Eintrag liegt im Papierkorb; er kann eine Zeit lang wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryTroubleshootPage</name>
    <message>
        <source>&amp;Restore from the Trash</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Search a &amp;Backup File…</source>
        <translation>Sicherungs&amp;datei durchsuchen…</translation>
    </message>
    <message>
        <source>Check the &amp;Clock</source>
        <translation>&amp;Uhr prüfen</translation>
    </message>
    <message>
        <source>The Codes &amp;Work Again</source>
        <translation>Die Codes &amp;funktionieren wieder</translation>
    </message>
    <message>
        <source>Troubleshoot First</source>
        <translation>Zuerst die Fehlersuche</translation>
    </message>
    <message>
        <source>Often the seed is not lost at all, or the codes are only out of step.</source>
        <translation>Oft ist der Schlüssel gar nicht verloren, oder die Codes sind nur aus dem Takt.</translation>
    </message>
    <message>
        <source>Where is the seed?</source>
        <translation>Wo ist der Schlüssel?</translation>
    </message>
    <message>
        <source>Is this computer&apos;s clock right?</source>
        <translation>Geht die Uhr dieses Computers richtig?</translation>
    </message>
    <message>
        <source>Codes depend on the time: a clock a minute off gives codes the provider refuses. The check asks %1 once.</source>
        <translation>Codes hängen von der Uhrzeit ab: Geht die Uhr eine Minute falsch, entstehen Codes, die der Anbieter ablehnt. Die Prüfung fragt einmal bei %1 an.</translation>
    </message>
    <message>
        <source>Re-sync</source>
        <translation>Neu synchronisieren</translation>
    </message>
    <message>
        <source>The code the provider accepted, or two in a row</source>
        <translation>Der Code, den der Anbieter akzeptiert hat, oder zwei aufeinanderfolgende</translation>
    </message>
    <message>
        <source>Codes for re-sync</source>
        <translation>Codes zum Neusynchronisieren</translation>
    </message>
    <message>
        <source>Type a code another device shows for this account, or the codes the provider accepted; Tessera finds how far out of step it is, or which setting is wrong.</source>
        <translation>Geben Sie einen Code ein, den ein anderes Gerät für dieses Konto anzeigt, oder die Codes, die der Anbieter akzeptiert hat; Tessera ermittelt, wie weit es aus dem Takt ist oder welche Einstellung falsch ist.</translation>
    </message>
    <message>
        <source>Still locked out? Next goes through the provider&apos;s recovery.</source>
        <translation>Immer noch ausgesperrt? „Weiter“ führt durch die Wiederherstellung beim Anbieter.</translation>
    </message>
    <message>
        <source>Cannot Read the Backup</source>
        <translation>Sicherung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not in Tessera. If you ever made a backup or exported from a phone, search that file: the seed may be in it.</source>
        <translation>%1 ist nicht in Tessera. Falls Sie jemals eine Sicherung erstellt oder von einem Handy exportiert haben, durchsuchen Sie diese Datei: Der Schlüssel könnte darin sein.</translation>
    </message>
    <message>
        <source>The seed is in Tessera&apos;s trash. Restore it, and its codes work again.</source>
        <translation>Der Schlüssel liegt im Papierkorb von Tessera. Stellen Sie ihn wieder her, dann funktionieren seine Codes wieder.</translation>
    </message>
    <message>
        <source>The seed is in Tessera. If the provider refuses its codes, check the clock and re-sync below.</source>
        <translation>Der Schlüssel ist in Tessera. Wenn der Anbieter seine Codes ablehnt, prüfen Sie die Uhr und synchronisieren Sie unten neu.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restored: the account is back in the list with its codes.</source>
        <translation>Wiederhergestellt: Das Konto ist mit seinen Codes wieder in der Liste.</translation>
    </message>
    <message>
        <source>Not in This Backup</source>
        <translation>Nicht in dieser Sicherung</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n account(s), none of them %2.</source>
        <translation>
            <numerusform>%1 enthält %n Konto, aber nicht %2.</numerusform>
            <numerusform>%1 enthält %n Konten, aber nicht %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in %2. Create a vault (or open yours) and import that file to have its codes again.</source>
        <translation>%1 ist in %2 enthalten. Erstellen Sie einen Tresor (oder öffnen Sie Ihren) und importieren Sie diese Datei, um die Codes wieder zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Found in the backup and added to Tessera (%n account(s)).</source>
        <translation>
            <numerusform>In der Sicherung gefunden und zu Tessera hinzugefügt (%n Konto).</numerusform>
            <numerusform>In der Sicherung gefunden und zu Tessera hinzugefügt (%n Konten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage bei %1 an…</translation>
    </message>
    <message>
        <source>The clock check did not finish.</source>
        <translation>Die Uhrzeitprüfung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>&amp;Fix the Account&apos;s Settings</source>
        <translation>Kontoeinstellungen &amp;korrigieren</translation>
    </message>
    <message>
        <source>Fixed: the account now gives the codes you typed.</source>
        <translation>Korrigiert: Das Konto liefert jetzt die Codes, die Sie eingegeben haben.</translation>
    </message>
    <message>
        <source>&amp;Set the Counter to %1</source>
        <translation>&amp;Zähler auf %1 setzen</translation>
    </message>
    <message>
        <source>The counter was set: the next code is the one the provider expects.</source>
        <translation>Der Zähler wurde gesetzt: Der nächste Code ist der, den der Anbieter erwartet.</translation>
    </message>
    <message>
        <source>Not Yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Cannot Go On</source>
        <translation>Weiter nicht möglich</translation>
    </message>
    <message>
        <source>Re-s&amp;ync</source>
        <translation>Neu s&amp;ynchronisieren</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryWizard</name>
    <message>
        <source>Recover an Account</source>
        <translation>Konto wiederherstellen</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RegionSelector</name>
    <message>
        <source>Select the QR Code</source>
        <translation>QR-Code auswählen</translation>
    </message>
    <message>
        <source>Drag around the QR code. Enter scans the whole screen, Esc cancels.</source>
        <translation>Ziehen Sie einen Rahmen um den QR-Code. Die Eingabetaste scannt den ganzen Bildschirm, Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Open Copy</source>
        <translation>Kopie ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Bring Back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Restore from an Automatic Backup</source>
        <translation>Aus einer automatischen Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Sicherungskopien</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Choose a copy, and type the password the vault had when the copy was written.</source>
        <translation>Wählen Sie eine Kopie und geben Sie das Passwort ein, das der Tresor hatte, als die Kopie geschrieben wurde.</translation>
    </message>
    <message>
        <source>Tick the accounts to bring back. An account changed since then comes back beside the current one; nothing is overwritten.</source>
        <translation>Markieren Sie die Konten, die Sie zurückholen möchten. Ein seitdem geändertes Konto kommt neben dem aktuellen zurück; nichts wird überschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s)</source>
        <translation>
            <numerusform>%1: %n Konto</numerusform>
            <numerusform>%1: %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There are no automatic backups in %1 yet.</source>
        <translation>In %1 gibt es noch keine automatischen Sicherungen.</translation>
    </message>
    <message>
        <source>This copy cannot be opened.</source>
        <translation>Diese Kopie kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation>Im Tresor</translation>
    </message>
    <message>
        <source>Tick at least one account.</source>
        <translation>Markieren Sie mindestens ein Konto.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Password of the copy</source>
        <translation>Passwort der Kopie</translation>
    </message>
    <message>
        <source>Accounts in the copy</source>
        <translation>Konten in der Kopie</translation>
    </message>
    <message>
        <source>Ticked accounts are brought back. Space ticks or unticks the selected one.</source>
        <translation>Markierte Konten werden zurückgeholt. Die Leertaste markiert das ausgewählte Konto oder hebt die Markierung auf.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ScreenScanner</name>
    <message>
        <source>No QR code found on the screen. Make sure the whole code is visible, or select the region around it.</source>
        <translation>Auf dem Bildschirm wurde kein QR-Code gefunden. Achten Sie darauf, dass der ganze Code sichtbar ist, oder wählen Sie den Bereich um ihn aus.</translation>
    </message>
    <message>
        <source>Tessera cannot capture the screen on this desktop. Take a screenshot yourself and open it with “Read QR Code from Image File”, or paste it with Ctrl+V.</source>
        <translation>Tessera kann in dieser Arbeitsumgebung keine Bildschirmaufnahme machen. Erstellen Sie selbst ein Bildschirmfoto und öffnen Sie es mit „QR-Code aus Bilddatei lesen“, oder fügen Sie es mit Strg+V ein.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SettingsDialog</name>
    <message>
        <source>Loc&amp;k when the screen locks or the computer sleeps</source>
        <translation>Mit Bildschirmsperre und Ruhe&amp;zustand sperren</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Show or Regenerate &amp;Recovery Key…</source>
        <translation>&amp;Wiederherstellungsschlüssel verwalten…</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Symbol im &amp;Infobereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Tessera running in the tray</source>
        <translation>Beim Schließen des Fensters im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation>&amp;Minimiert starten</translation>
    </message>
    <message>
        <source>Show the &amp;next code below the current one</source>
        <translation>&amp;Nächsten Code unter dem aktuellen anzeigen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light or dark colours, or the desktop&apos;s choice.</source>
        <translation>Helle oder dunkle Farben oder die Vorgabe der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>Each row also shows the code that comes after the current one, for sites that ask for two codes.</source>
        <translation>Jede Zeile zeigt zusätzlich den Code, der auf den aktuellen folgt, für Websites, die zwei Codes verlangen.</translation>
    </message>
    <message>
        <source>Always show codes</source>
        <translation>Codes immer anzeigen</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>Codes bis zum Klick verbergen</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Codes anzeigen</translation>
    </message>
    <message>
        <source>Hidden codes show as dots until you click or select the row, for when others can see your screen.</source>
        <translation>Verborgene Codes erscheinen als Punkte, bis Sie auf die Zeile klicken oder sie auswählen – für den Fall, dass andere Ihren Bildschirm sehen können.</translation>
    </message>
    <message>
        <source>My order (drag to rearrange)</source>
        <translation>Eigene Reihenfolge (zum Ändern ziehen)</translation>
    </message>
    <message>
        <source>Alphabetical</source>
        <translation>Alphabetisch</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Reihenfolge der Liste</translation>
    </message>
    <message>
        <source>Favourites always come first.</source>
        <translation>Favoriten stehen immer oben.</translation>
    </message>
    <message>
        <source>An icon beside the clock with Show, Quick search, Lock and Quit, where the desktop has a tray.</source>
        <translation>Ein Symbol neben der Uhr mit „Anzeigen“, „Schnellsuche“, „Sperren“ und „Beenden“, sofern die Arbeitsumgebung einen Infobereich hat.</translation>
    </message>
    <message>
        <source>When on, closing the window hides it and Tessera keeps running; quit from the tray icon or with Ctrl+Q.</source>
        <translation>Wenn aktiviert, wird das Fenster beim Schließen nur ausgeblendet und Tessera läuft weiter; beenden Sie es über das Symbol im Infobereich oder mit Strg+Q.</translation>
    </message>
    <message>
        <source>Tessera starts without showing its window: in the tray where there is one, otherwise minimised.</source>
        <translation>Tessera startet, ohne sein Fenster zu zeigen: im Infobereich, sofern vorhanden, sonst minimiert.</translation>
    </message>
    <message>
        <source>Account List</source>
        <translation>Kontenliste</translation>
    </message>
    <message>
        <source>Cod&amp;es:</source>
        <translation>&amp;Codes:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Window and Tray</source>
        <translation>Fenster und Infobereich</translation>
    </message>
    <message>
        <source>This desktop has no system tray right now. These settings take effect where there is one.</source>
        <translation>Diese Arbeitsumgebung hat derzeit keinen Infobereich. Diese Einstellungen wirken dort, wo es einen gibt.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Nach Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>Tessera locks after this many minutes without use. 0 means never.</source>
        <translation>Tessera sperrt sich nach so vielen Minuten ohne Nutzung. 0 bedeutet nie.</translation>
    </message>
    <message>
        <source>Locks Tessera when the desktop locks the screen and before the computer suspends.</source>
        <translation>Sperrt Tessera, wenn die Arbeitsumgebung den Bildschirm sperrt und bevor der Computer in den Ruhezustand geht.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Only on lock or quit</source>
        <translation>Nur beim Sperren oder Beenden</translation>
    </message>
    <message>
        <source>Clear copied codes after seconds</source>
        <translation>Kopierte Codes nach Sekunden löschen</translation>
    </message>
    <message>
        <source>A copied code is removed from the clipboard after this many seconds, if it is still there. 0 keeps it until Tessera locks or quits.</source>
        <translation>Ein kopierter Code wird nach so vielen Sekunden aus der Zwischenablage entfernt, sofern er noch dort ist. Bei 0 bleibt er, bis Tessera gesperrt oder beendet wird.</translation>
    </message>
    <message>
        <source>Opens a window to change the vault&apos;s password.</source>
        <translation>Öffnet ein Fenster, um das Passwort des Tresors zu ändern.</translation>
    </message>
    <message>
        <source>Explains the recovery key and lets you replace it with a new one.</source>
        <translation>Erklärt den Wiederherstellungsschlüssel und lässt Sie ihn durch einen neuen ersetzen.</translation>
    </message>
    <message>
        <source>Unlock the vault to change its password or recovery key.</source>
        <translation>Entsperren Sie den Tresor, um sein Passwort oder seinen Wiederherstellungsschlüssel zu ändern.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Sperren nach &amp;Inaktivität:</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Clear copied &amp;codes after:</source>
        <translation>Kopierte &amp;Codes löschen nach:</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Sic&amp;herungen</translation>
    </message>
    <message>
        <source>Changes are already saved.</source>
        <translation>Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Start Tessera when you log &amp;in</source>
        <translation>Tessera beim Anmelden s&amp;tarten</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect when Tessera restarts.</source>
        <translation>Wird nach einem Neustart von Tessera wirksam.</translation>
    </message>
    <message>
        <source>The language of Tessera&apos;s windows; the system default follows the desktop&apos;s language.</source>
        <translation>Die Sprache der Fenster von Tessera; der Systemstandard folgt der Sprache der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>Adds Tessera to the programs your desktop starts when you log in. With &quot;Start minimised&quot; it waits in the tray.</source>
        <translation>Fügt Tessera zu den Programmen hinzu, die Ihre Arbeitsumgebung bei der Anmeldung startet. Mit „Minimiert starten“ wartet Tessera im Infobereich.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
</context>
<context>
    <name>tessera::gui::ShowQrDialog</name>
    <message>
        <source>QR Code of %1</source>
        <translation>QR-Code von %1</translation>
    </message>
    <message>
        <source>Anyone who sees this code can copy your account. Show it?</source>
        <translation>Wer diesen Code sieht, kann Ihr Konto kopieren. Anzeigen?</translation>
    </message>
    <message>
        <source>Show it only to add %1 to your own phone, where no one else can see the screen.</source>
        <translation>Zeigen Sie ihn nur, um %1 zu Ihrem eigenen Handy hinzuzufügen, wo niemand sonst den Bildschirm sehen kann.</translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation>QR-Code anzeigen</translation>
    </message>
    <message>
        <source>Scan it with your phone&apos;s authenticator app, then close this window.</source>
        <translation>Scannen Sie ihn mit der Authenticator-App Ihres Handys und schließen Sie dann dieses Fenster.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Cannot save the QR code as a PNG image.</source>
        <translation>Der QR-Code kann nicht als PNG-Bild gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot print: the printer is not ready. Check it and try again.</source>
        <translation>Drucken nicht möglich: Der Drucker ist nicht bereit. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 QR code.png</source>
        <translation>%1 QR-Code.png</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Print QR Code</source>
        <translation>QR-Code drucken</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapAppsPage</name>
    <message>
        <source>App on the &amp;old phone:</source>
        <translation>App auf dem &amp;alten Handy:</translation>
    </message>
    <message>
        <source>App on the &amp;new phone:</source>
        <translation>App auf dem &amp;neuen Handy:</translation>
    </message>
    <message>
        <source>Which Apps?</source>
        <translation>Welche Apps?</translation>
    </message>
    <message>
        <source>Each app moves accounts its own way.</source>
        <translation>Jede App überträgt Konten auf ihre eigene Weise.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapDirectionPage</name>
    <message>
        <source>From my old phone to Tessera</source>
        <translation>Vom alten Handy zu Tessera</translation>
    </message>
    <message>
        <source>From Tessera to my new phone</source>
        <translation>Von Tessera zum neuen Handy</translation>
    </message>
    <message>
        <source>Both: from the old phone to Tessera, then to the new phone</source>
        <translation>Beides: vom alten Handy zu Tessera, dann zum neuen Handy</translation>
    </message>
    <message>
        <source>Before You Swap Phones</source>
        <translation>Vor dem Handywechsel</translation>
    </message>
    <message>
        <source>Move every account before the old phone is wiped or handed in. An account left behind can only be recovered through its provider, which can take days.</source>
        <translation>Übertragen Sie jedes Konto, bevor das alte Handy zurückgesetzt oder abgegeben wird. Ein zurückgelassenes Konto lässt sich nur über seinen Anbieter wiederherstellen, und das kann Tage dauern.</translation>
    </message>
    <message>
        <source>Keep the old phone working until the last step: it is how you check that every account arrived.</source>
        <translation>Lassen Sie das alte Handy bis zum letzten Schritt in Betrieb: Damit prüfen Sie, ob jedes Konto angekommen ist.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapDonePage</name>
    <message>
        <source>Make a &amp;Backup Now…</source>
        <translation>Jetzt &amp;Sicherung erstellen…</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>Fertig?</translation>
    </message>
    <message>
        <source>Every account was checked. You can remove them from the old phone now; sign in once with each new code before you wipe it, to be sure.</source>
        <translation>Jedes Konto wurde geprüft. Sie können die Konten jetzt vom alten Handy entfernen; melden Sie sich zur Sicherheit mit jedem neuen Code einmal an, bevor Sie das Handy zurücksetzen.</translation>
    </message>
    <message>
        <source>Some accounts were not checked. Keep them on the old phone until you have: go back and type their codes, or sign in with them once.</source>
        <translation>Einige Konten wurden nicht geprüft. Behalten Sie sie auf dem alten Handy, bis Sie das nachgeholt haben: Gehen Sie zurück und geben Sie ihre Codes ein, oder melden Sie sich einmal damit an.</translation>
    </message>
    <message>
        <source>A backup made now holds every account as it is today.</source>
        <translation>Eine jetzt erstellte Sicherung enthält jedes Konto im heutigen Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) from the old phone checked in Tessera.</source>
        <translation>
            <numerusform>%1 von %n Konto vom alten Handy in Tessera geprüft.</numerusform>
            <numerusform>%1 von %n Konten vom alten Handy in Tessera geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) checked on the new phone.</source>
        <translation>
            <numerusform>%1 von %n Konto auf dem neuen Handy geprüft.</numerusform>
            <numerusform>%1 von %n Konten auf dem neuen Handy geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapGivePage</name>
    <message>
        <source>Give the Accounts to the New Phone</source>
        <translation>Konten an das neue Handy übergeben</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy your accounts: show them only where nobody else can see the screen, and not during a screen share or a recording.</source>
        <translation>Wer diese Codes sieht, kann Ihre Konten kopieren: Zeigen Sie sie nur, wo niemand sonst den Bildschirm sehen kann, und nicht während einer Bildschirmfreigabe oder Aufnahme.</translation>
    </message>
    <message>
        <source>Show the &amp;Transfer Codes…</source>
        <translation>&amp;Übertragungscodes anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Write an Aegis File…</source>
        <translation>&amp;Aegis-Datei schreiben…</translation>
    </message>
    <message>
        <source>&amp;Show the QR Codes</source>
        <translation>&amp;QR-Codes anzeigen</translation>
    </message>
    <message>
        <source>Show the QR Codes?</source>
        <translation>QR-Codes anzeigen?</translation>
    </message>
    <message>
        <source>Anyone who sees these codes can copy your accounts. Show them?</source>
        <translation>Wer diese Codes sieht, kann Ihre Konten kopieren. Anzeigen?</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapReEnrolPage</name>
    <message>
        <source>&amp;Add to List</source>
        <translation>Zur Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Scan the &amp;Screen</source>
        <translation>&amp;Bildschirm scannen</translation>
    </message>
    <message>
        <source>Scan with &amp;Camera…</source>
        <translation>Mit &amp;Kamera scannen…</translation>
    </message>
    <message>
        <source>Set Each Account Up Again</source>
        <translation>Jedes Konto neu einrichten</translation>
    </message>
    <message>
        <source>List every account the old phone shows. Then, for each: sign in to the provider&apos;s website, open its security settings, choose to change or replace the authenticator app, and scan the new QR code into Tessera with the buttons below. Type the code Tessera shows to finish there. The old phone keeps working until you do, so go one account at a time.</source>
        <translation>Tragen Sie jedes Konto, das das alte Handy anzeigt, in die Liste ein. Dann für jedes: Melden Sie sich auf der Website des Anbieters an, öffnen Sie dessen Sicherheitseinstellungen, wählen Sie, die Authenticator-App zu ändern oder zu ersetzen, und scannen Sie den neuen QR-Code mit den Schaltflächen unten in Tessera ein. Geben Sie dort zum Abschluss den Code ein, den Tessera anzeigt. Bis dahin funktioniert das alte Handy weiter; gehen Sie also ein Konto nach dem anderen an.</translation>
    </message>
    <message>
        <source>Account as the phone names it, e.g. GitHub</source>
        <translation>Konto, wie das Handy es nennt, z. B. GitHub</translation>
    </message>
    <message>
        <source>Account to set up again</source>
        <translation>Neu einzurichtendes Konto</translation>
    </message>
    <message>
        <source>Account on the old phone</source>
        <translation>Konto auf dem alten Handy</translation>
    </message>
    <message>
        <source>In Tessera</source>
        <translation>In Tessera</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>Tessera has no help page for %1: search its website for &quot;two-step verification&quot; or &quot;authenticator app&quot;.</source>
        <translation>Tessera hat keine Hilfeseite für %1: Suchen Sie auf der Website des Anbieters nach „Zwei-Faktor-Authentifizierung“ oder „Authenticator-App“.</translation>
    </message>
    <message>
        <source>%1&apos;s help: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>Hilfe von %1: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Accounts to set up again</source>
        <translation>Neu einzurichtende Konten</translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapReceivePage</name>
    <message>
        <source>Scan with &amp;Camera…</source>
        <translation>Mit &amp;Kamera scannen…</translation>
    </message>
    <message>
        <source>Scan the &amp;Screen</source>
        <translation>&amp;Bildschirm scannen</translation>
    </message>
    <message>
        <source>Open an &amp;Export File…</source>
        <translation>&amp;Exportdatei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste Image or Link</source>
        <translation>Bild oder Link ein&amp;fügen</translation>
    </message>
    <message>
        <source>Bring the Accounts to Tessera</source>
        <translation>Konten zu Tessera holen</translation>
    </message>
    <message>
        <source>Reads the codes shown on this computer&apos;s screen, for example a phone mirrored to it or a screenshot opened in a viewer.</source>
        <translation>Liest die Codes, die auf dem Bildschirm dieses Computers angezeigt werden, zum Beispiel von einem darauf gespiegelten Handy oder aus einem Bildschirmfoto in einem Bildbetrachter.</translation>
    </message>
    <message>
        <source>Accounts received</source>
        <translation>Empfangene Konten</translation>
    </message>
    <message>
        <source>No account has arrived yet.</source>
        <translation>Noch ist kein Konto angekommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) arrived. Add the rest the same way, then continue.</source>
        <translation>
            <numerusform>%n Konto angekommen. Fügen Sie die übrigen auf dieselbe Weise hinzu und fahren Sie dann fort.</numerusform>
            <numerusform>%n Konten angekommen. Fügen Sie die übrigen auf dieselbe Weise hinzu und fahren Sie dann fort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapVerifyPage</name>
    <message>
        <source>Check Against the Old Phone</source>
        <translation>Mit dem alten Handy abgleichen</translation>
    </message>
    <message>
        <source>Check the New Phone</source>
        <translation>Neues Handy prüfen</translation>
    </message>
    <message>
        <source>For each account, type the code the old phone shows now. A match proves Tessera has the same secret. Check every account you cannot afford to lose.</source>
        <translation>Geben Sie für jedes Konto den Code ein, den das alte Handy gerade anzeigt. Eine Übereinstimmung beweist, dass Tessera denselben Schlüssel hat. Prüfen Sie jedes Konto, auf das Sie nicht verzichten können.</translation>
    </message>
    <message>
        <source>For each account, type the code the new phone shows now. A match proves the phone has the right secret. Check every account before you wipe the old phone.</source>
        <translation>Geben Sie für jedes Konto den Code ein, den das neue Handy gerade anzeigt. Eine Übereinstimmung beweist, dass das Handy den richtigen Schlüssel hat. Prüfen Sie jedes Konto, bevor Sie das alte Handy zurücksetzen.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Code on the phone</source>
        <translation>Code auf dem Handy</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <translation>Code für %1</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>✓ Matches</source>
        <translation>✓ Stimmt überein</translation>
    </message>
    <message>
        <source>✓ Matches (not saved: %1)</source>
        <translation>✓ Stimmt überein (nicht gespeichert: %1)</translation>
    </message>
    <message>
        <source>✗ Different: check it is the same account, or wait for the next code</source>
        <translation>✗ Abweichend: Prüfen Sie, ob es dasselbe Konto ist, oder warten Sie auf den nächsten Code</translation>
    </message>
    <message>
        <source>There are no accounts to check.</source>
        <translation>Es gibt keine Konten zum Prüfen.</translation>
    </message>
    <message>
        <source>Codes from the old phone</source>
        <translation>Codes vom alten Handy</translation>
    </message>
    <message>
        <source>Codes from the new phone</source>
        <translation>Codes vom neuen Handy</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) checked.</source>
        <translation>
            <numerusform>%1 von %n Konto geprüft.</numerusform>
            <numerusform>%1 von %n Konten geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TransferCodesDialog</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Save as PNG Files…</source>
        <translation>Als &amp;PNG-Dateien speichern…</translation>
    </message>
    <message>
        <source>Transfer to Google Authenticator</source>
        <translation>An Google Authenticator übertragen</translation>
    </message>
    <message>
        <source>The previous code (Left arrow)</source>
        <translation>Der vorherige Code (Pfeil nach links)</translation>
    </message>
    <message>
        <source>The next code (Right arrow)</source>
        <translation>Der nächste Code (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>On the phone, open Google Authenticator, choose Transfer accounts, then Import accounts, and scan the codes in order. Anyone who sees them can copy your accounts: close this window when the phone has them all.</source>
        <translation>Öffnen Sie auf dem Handy Google Authenticator, wählen Sie „Konten übertragen“ (Transfer accounts), dann „Konten importieren“ (Import accounts), und scannen Sie die Codes der Reihe nach. Wer sie sieht, kann Ihre Konten kopieren: Schließen Sie dieses Fenster, sobald das Handy alle hat.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Save every code as an image, to scan later or on another device</source>
        <translation>Jeden Code als Bild speichern, um ihn später oder auf einem anderen Gerät zu scannen</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>Code %1 von %2</translation>
    </message>
    <message>
        <source>Cannot save the transfer codes as PNG images.</source>
        <translation>Die Übertragungscodes können nicht als PNG-Bilder gespeichert werden.</translation>
    </message>
    <message>
        <source>Save the Transfer Codes in a Folder</source>
        <translation>Übertragungscodes in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Saved %1 in %2. They are not encrypted: delete them when the phone has the accounts.</source>
        <translation>%1 in %2 gespeichert. Die Bilder sind nicht verschlüsselt: Löschen Sie sie, sobald das Handy die Konten hat.</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>The folder also holds codes of an earlier export (%1): delete them so they are not scanned with these.</source>
        <translation>Der Ordner enthält auch Codes eines früheren Exports (%1): Löschen Sie diese, damit sie nicht zusammen mit den neuen gescannt werden.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrashListModel</name>
    <message>
        <source>Deleted today</source>
        <translation>Heute gelöscht</translation>
    </message>
    <message>
        <source>Deleted yesterday</source>
        <translation>Gestern gelöscht</translation>
    </message>
    <message>
        <source>removed for good within a day</source>
        <translation>wird innerhalb eines Tages endgültig entfernt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag gelöscht</numerusform>
            <numerusform>Vor %n Tagen gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed for good in %n day(s)</source>
        <translation>
            <numerusform>wird in %n Tag endgültig entfernt</numerusform>
            <numerusform>wird in %n Tagen endgültig entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrashPage</name>
    <message>
        <source>&amp;Back to Accounts</source>
        <translation>&amp;Zurück zu den Konten</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Returns to the list of accounts</source>
        <translation>Kehrt zur Kontenliste zurück</translation>
    </message>
    <message>
        <source>Accounts in the trash</source>
        <translation>Konten im Papierkorb</translation>
    </message>
    <message>
        <source>Enter restores the selected account; Shift+Delete deletes it for good.</source>
        <translation>Die Eingabetaste stellt das ausgewählte Konto wieder her; Umschalt+Entf löscht es endgültig.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Puts the selected account back into the list</source>
        <translation>Holt das ausgewählte Konto zurück in die Liste</translation>
    </message>
    <message>
        <source>Deletes the selected account and its secret for good</source>
        <translation>Löscht das ausgewählte Konto und seinen Schlüssel endgültig</translation>
    </message>
    <message>
        <source>“%1” is back in the list.</source>
        <translation>„%1“ ist wieder in der Liste.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete “%1” for good? Its secret is erased from the vault and you will not be able to get codes for this account again unless you have a backup.</source>
        <translation>„%1“ endgültig löschen? Sein Schlüssel wird aus dem Tresor gelöscht, und Sie können für dieses Konto keine Codes mehr erzeugen, sofern Sie keine Sicherung haben.</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>“%1” was deleted permanently.</source>
        <translation>„%1“ wurde endgültig gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted accounts stay here for %n day(s), then they are removed for good.</source>
        <translation>
            <numerusform>Gelöschte Konten bleiben %n Tag hier und werden dann endgültig entfernt.</numerusform>
            <numerusform>Gelöschte Konten bleiben %n Tage hier und werden dann endgültig entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrayIcon</name>
    <message>
        <source>&amp;Show Tessera</source>
        <translation>Tessera &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation>&amp;Schnellsuche…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Tessera (locked)</source>
        <translation>Tessera (gesperrt)</translation>
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
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Puts the account back into the list</source>
        <translation>Holt das Konto zurück in die Liste</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>tessera::gui::UnlockPage</name>
    <message>
        <source>Tessera is locked</source>
        <translation>Tessera ist gesperrt</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
    <message>
        <source>Use Recovery &amp;Key…</source>
        <translation>&amp;Wiederherstellungsschlüssel…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>U&amp;nlock and Set Password</source>
        <translation>Entsperren und Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password of the vault</source>
        <translation>Das Passwort des Tresors</translation>
    </message>
    <message>
        <source>Warning: Caps Lock is on</source>
        <translation>Warnung: Die Feststelltaste ist aktiviert</translation>
    </message>
    <message>
        <source>Open the vault with the recovery key and choose a new password</source>
        <translation>Den Tresor mit dem Wiederherstellungsschlüssel öffnen und ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>Type the recovery key you kept when you created the vault (14 groups of 4 characters), then choose a new password.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Erstellen des Tresors aufbewahrt haben (14 Gruppen zu je 4 Zeichen), und wählen Sie dann ein neues Passwort.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Wiederherstellungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Vault file %1</source>
        <translation>Tresordatei %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Unlocking with the recovery key…</source>
        <translation>Wird mit dem Wiederherstellungsschlüssel entsperrt…</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Neues Passwort wird festgelegt…</translation>
    </message>
    <message>
        <source>The vault was locked before the new password was set. Unlock it again with the recovery key.</source>
        <translation>Der Tresor wurde gesperrt, bevor das neue Passwort festgelegt war. Entsperren Sie ihn erneut mit dem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>The vault is open, but the new password could not be set: %1 Set it in Settings.</source>
        <translation>Der Tresor ist geöffnet, aber das neue Passwort konnte nicht festgelegt werden: %1 Legen Sie es in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>The vault has a new password. The recovery key still works.</source>
        <translation>Der Tresor hat ein neues Passwort. Der Wiederherstellungsschlüssel funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>The password is wrong. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Das Passwort ist falsch. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel entsperren</translation>
    </message>
</context>
<context>
    <name>tessera::gui::VaultUnlocker</name>
    <message>
        <source>Unlocking was interrupted. Please try again.</source>
        <translation>Das Entsperren wurde unterbrochen. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tessera::gui::WelcomePage</name>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Neuen Tresor erstellen</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault file</source>
        <translation>Vorhandene Tresordatei &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Start from a backup or phone export</source>
        <translation>Mit Sicherung oder Handy-Export &amp;beginnen</translation>
    </message>
    <message>
        <source>Welcome to Tessera</source>
        <translation>Willkommen bei Tessera</translation>
    </message>
    <message>
        <source>Tessera keeps the two-factor codes of your accounts on this computer, in one file encrypted with a password you choose.</source>
        <translation>Tessera speichert die Zwei-Faktor-Codes Ihrer Konten auf diesem Computer, in einer Datei, die mit einem Passwort Ihrer Wahl verschlüsselt ist.</translation>
    </message>
    <message>
        <source>Choose a password, and Tessera creates an encrypted vault for your accounts.</source>
        <translation>Wählen Sie ein Passwort, und Tessera erstellt einen verschlüsselten Tresor für Ihre Konten.</translation>
    </message>
    <message>
        <source>Use a vault file made earlier or copied from another computer.</source>
        <translation>Eine früher erstellte oder von einem anderen Computer kopierte Tresordatei verwenden.</translation>
    </message>
    <message>
        <source>Choose a Tessera backup or an export from Aegis, 2FAS, Google Authenticator and others; Tessera creates a vault and imports its accounts.</source>
        <translation>Wählen Sie eine Tessera-Sicherung oder einen Export aus Aegis, 2FAS, Google Authenticator und anderen; Tessera erstellt einen Tresor und importiert die Konten daraus.</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>A new vault is created as %1.</source>
        <translation>Ein neuer Tresor wird als %1 erstellt.</translation>
    </message>
    <message>
        <source>Open a Vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <source>Tessera vaults (*.tessera);;All files (*)</source>
        <translation>Tessera-Tresore (*.tessera);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
