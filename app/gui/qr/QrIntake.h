#pragma once

#include "ImportResult.h"
#include "OtpUri.h"
#include "QrPayload.h"
#include "ScreenScanner.h"

#include <QObject>

class QMimeData;
class QWidget;

namespace tessera::gui
{
    class PayloadRouter;

    /// Every way a QR code reaches Tessera (the screen, a region of it, an image file, a pasted or
    /// dropped image, the camera) ends here, and comes out as one of:
    /// - addAccountRequested: an otpauth:// code, for the add dialog, with the image file it came from
    ///   (empty when none), so the window can offer to delete that file once the account is added;
    /// - importRequested: Google Authenticator transfer codes, decoded and grouped, for the import review;
    /// - notAuthenticatorCode: only other codes, with their text; nothing is added;
    /// - problem: no code, a damaged one, no way to capture the screen, no camera.
    class QrIntake : public QObject
    {
        Q_OBJECT

    public:
        explicit QrIntake(QWidget* window, QObject* parent = nullptr);
        ~QrIntake() override;

        [[nodiscard]] ScreenScanner* screenScanner() const { return m_scanner; }

        void scanScreen();
        void scanRegion();
        /// Asks for an image file, then reads it.
        void chooseImageFile();
        void readImageFile(const QString& path);
        /// Pasted or dropped data: image data, or an image file's URL; plain text is read as a link.
        [[nodiscard]] static bool canRead(const QMimeData* mime);
        void readMimeData(const QMimeData* mime);
        /// Opens the camera dialog; its code is routed when one is read.
        void scanCamera();
        /// Routes codes read elsewhere; `source` names where they came from, for messages.
        void route(const QList<QrPayload>& payloads, const QString& source, const QString& sourceFile = QString());

    signals:
        void addAccountRequested(const tessera::OtpUri& uri, const QString& sourceFile);
        void importRequested(const tessera::ImportResult& incoming, const QString& source);
        void notAuthenticatorCode(const QString& text, const QString& message);
        void problem(const QString& message);

    private:
        void onImportRequested(const QStringList& migrationTexts);

        QWidget* m_window;
        ScreenScanner* m_scanner;
        PayloadRouter* m_router;
        // Set while routing codes, so the router's signals can say where they came from.
        QString m_source;
        QString m_sourceFile;
    };
}
