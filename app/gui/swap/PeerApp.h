#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tessera::gui
{
    /// An authenticator app on the phone, and how accounts move between it and Tessera: what the user
    /// does on the phone, and which of Tessera's exports that app reads. From the apps' own help pages
    /// (docs/user-guide-phone-swap.md lists them).
    class PeerApp
    {
        Q_DECLARE_TR_FUNCTIONS(PeerApp)

    public:
        enum class Id
        {
            GoogleAuthenticator,
            Aegis,
            TwoFas,
            MicrosoftAuthenticator,
            Authy,
            Other,
        };

        /// What Tessera offers to give accounts to this app.
        enum class Handover
        {
            GoogleTransferCodes, ///< the otpauth-migration:// slideshow
            AegisFile,           ///< an encrypted Aegis file
            AccountQrCodes,      ///< each account's own QR code, one after the other
        };

        [[nodiscard]] static const QList<PeerApp>& all();
        [[nodiscard]] static const PeerApp& get(Id id);

        [[nodiscard]] Id id() const { return m_id; }
        [[nodiscard]] QString name() const;
        /// Whether the app can hand its accounts over at all (Microsoft Authenticator and Authy cannot:
        /// every account has to be enrolled again with its provider).
        [[nodiscard]] bool canExport() const;
        /// Phone → Tessera: what to do on the phone, in a few sentences.
        [[nodiscard]] QString exportSteps() const;
        /// Tessera → phone: what to do on the phone with what Tessera shows or writes.
        [[nodiscard]] QString importSteps() const;
        [[nodiscard]] Handover handover() const;

    private:
        explicit PeerApp(Id id)
            : m_id(id)
        { }

        Id m_id;
    };
}
