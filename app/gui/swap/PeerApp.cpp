#include "PeerApp.h"

namespace tessera::gui
{
    const QList<PeerApp>& PeerApp::all()
    {
        static const QList<PeerApp> apps{PeerApp(Id::GoogleAuthenticator), PeerApp(Id::Aegis), PeerApp(Id::TwoFas),
            PeerApp(Id::MicrosoftAuthenticator), PeerApp(Id::Authy), PeerApp(Id::Other)};
        return apps;
    }

    const PeerApp& PeerApp::get(Id id)
    {
        return all().at(static_cast<int>(id));
    }

    QString PeerApp::name() const
    {
        switch (m_id) {
        case Id::GoogleAuthenticator:
            return tr("Google Authenticator");
        case Id::Aegis:
            return tr("Aegis");
        case Id::TwoFas:
            return tr("2FAS");
        case Id::MicrosoftAuthenticator:
            return tr("Microsoft Authenticator");
        case Id::Authy:
            return tr("Twilio Authy");
        case Id::Other:
            return tr("Another app");
        }
        return {};
    }

    bool PeerApp::canExport() const
    {
        return m_id != Id::MicrosoftAuthenticator && m_id != Id::Authy;
    }

    QString PeerApp::exportSteps() const
    {
        switch (m_id) {
        case Id::GoogleAuthenticator:
            return tr("In Google Authenticator, open the menu and choose Transfer accounts, then Export accounts. "
                      "Select the accounts and tap Next: the phone shows one QR code, or several (\"1 of 3\"). "
                      "Scan each one below, in any order. Do not use the \"+\" button: it adds accounts, it does "
                      "not export them.");
        case Id::Aegis:
            return tr("In Aegis, open Settings, Import & Export, Export. Choose the Aegis format, keep encryption "
                      "on, and save the file; move it to this computer (a cable, or a cloud folder), then open it "
                      "below. Tessera asks for the Aegis password.");
        case Id::TwoFas:
            return tr("In 2FAS, open Settings, 2FAS Backup, Export to file. Set a password, save the .2fas file, "
                      "move it to this computer and open it below.");
        case Id::MicrosoftAuthenticator:
            return tr("Microsoft Authenticator cannot export its accounts. Each account has to be set up again: "
                      "sign in to the provider, replace the authenticator app, and scan the new QR code into "
                      "Tessera. The next page keeps a checklist.");
        case Id::Authy:
            return tr("Authy cannot export its accounts. Each account has to be set up again: sign in to the "
                      "provider, replace the authenticator app, and scan the new QR code into Tessera. The next "
                      "page keeps a checklist.");
        case Id::Other:
            return tr("Look in the app's settings for Export, Backup or Transfer. Tessera reads exports from "
                      "Aegis, 2FAS, andOTP, FreeOTP+, Bitwarden, Ente Auth, Authenticator Pro and lists of "
                      "otpauth:// links, and any QR code the app shows for an account.");
        }
        return {};
    }

    QString PeerApp::importSteps() const
    {
        switch (m_id) {
        case Id::GoogleAuthenticator:
            return tr("In Google Authenticator on the new phone, open the menu and choose Transfer accounts, then "
                      "Import accounts, and scan the codes Tessera shows, one after the other.");
        case Id::Aegis:
            return tr("Tessera writes an encrypted Aegis file. Move it to the new phone; in Aegis open Settings, "
                      "Import & Export, Import from file, choose Aegis and the file, and type its password.");
        case Id::TwoFas:
            return tr("In 2FAS on the new phone, choose Settings, Import, Google Authenticator, and scan the codes "
                      "Tessera shows, one after the other.");
        case Id::MicrosoftAuthenticator:
        case Id::Authy:
        case Id::Other:
            return tr("Tessera shows each account's QR code in turn. In the app on the new phone, add an account "
                      "by scanning a QR code, once for each.");
        }
        return {};
    }

    PeerApp::Handover PeerApp::handover() const
    {
        switch (m_id) {
        case Id::GoogleAuthenticator:
        case Id::TwoFas:
            return Handover::GoogleTransferCodes;
        case Id::Aegis:
            return Handover::AegisFile;
        case Id::MicrosoftAuthenticator:
        case Id::Authy:
        case Id::Other:
            return Handover::AccountQrCodes;
        }
        return Handover::AccountQrCodes;
    }
}
