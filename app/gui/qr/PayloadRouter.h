#pragma once

#include "OtpUri.h"
#include "QrPayload.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace tessera::gui
{
    /// Decides what the QR codes read from a screen, a file, the clipboard or a camera become, and says
    /// so through signals (nothing else happens here: the main window opens the dialogs):
    /// - `otpauth://` → addAccountRequested (the add dialog, pre-filled, for the user to confirm); with
    ///   several such codes, one signal per code, in reading order;
    /// - `otpauth-migration://` → importRequested with every such text (the import flow groups batches);
    /// - only other codes → notAuthenticatorCode with their text, nothing added;
    /// - no code, or an otpauth:// link that cannot be read → problem with a sentence for the user.
    /// Authenticator codes win over other codes found in the same image.
    class PayloadRouter : public QObject
    {
        Q_OBJECT

    public:
        explicit PayloadRouter(QObject* parent = nullptr);

        /// `source` names where the codes came from, for messages: "the screen", "image.png".
        void route(const QList<QrPayload>& payloads, const QString& source = QString());
        /// One text, as pasted or read from one code.
        void routeText(const QString& text, const QString& source = QString());

        [[nodiscard]] static QString notAuthenticatorMessage(const QString& text);

    signals:
        void addAccountRequested(const tessera::OtpUri& uri);
        void importRequested(const QStringList& migrationTexts);
        void notAuthenticatorCode(const QString& text, const QString& message);
        void problem(const QString& message);
    };
}
