#include "QrIntake.h"

#include "CameraScanDialog.h"
#include "GoogleMigrationImport.h"
#include "ImageQrReader.h"
#include "PayloadRouter.h"
#include "dialogs/FileChooser.h"

#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>

namespace tessera::gui
{
    QrIntake::QrIntake(QWidget* window, QObject* parent)
        : QObject(parent)
        , m_window(window)
        , m_scanner(new ScreenScanner(this))
        , m_router(new PayloadRouter(this))
    {
        connect(m_scanner, &ScreenScanner::found, this,
            [this](const QList<QrPayload>& payloads) { route(payloads, tr("the screen")); });
        connect(m_scanner, &ScreenScanner::failed, this, &QrIntake::problem);
        connect(m_router, &PayloadRouter::addAccountRequested, this,
            [this](const OtpUri& uri) { emit addAccountRequested(uri, m_sourceFile); });
        connect(m_router, &PayloadRouter::importRequested, this, &QrIntake::onImportRequested);
        connect(m_router, &PayloadRouter::notAuthenticatorCode, this, &QrIntake::notAuthenticatorCode);
        connect(m_router, &PayloadRouter::problem, this, &QrIntake::problem);
    }

    QrIntake::~QrIntake() = default;

    void QrIntake::scanScreen()
    {
        m_scanner->scan(ScreenScanner::Mode::AllScreens);
    }

    void QrIntake::scanRegion()
    {
        m_scanner->scan(ScreenScanner::Mode::Region);
    }

    void QrIntake::chooseImageFile()
    {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = FileChooser::openFile(
            m_window, tr("Read a QR Code from an Image"), start, ImageQrReader::fileDialogFilter());
        if (!path.isEmpty()) {
            readImageFile(path);
        }
    }

    void QrIntake::readImageFile(const QString& path)
    {
        auto scan = ImageQrReader::fromFile(path);
        if (!scan) {
            emit problem(scan.error().message());
            return;
        }
        route(scan->payloads, QFileInfo(path).fileName(), scan->sourceFile);
    }

    bool QrIntake::canRead(const QMimeData* mime)
    {
        if (mime == nullptr) {
            return false;
        }
        if (ImageQrReader::canRead(mime)) {
            return true;
        }
        const QString text = mime->text().trimmed();
        return text.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive)
            || text.startsWith(QLatin1String("otpauth-migration://"), Qt::CaseInsensitive);
    }

    void QrIntake::readMimeData(const QMimeData* mime)
    {
        if (mime == nullptr) {
            return;
        }
        if (ImageQrReader::canRead(mime)) {
            auto scan = ImageQrReader::fromMimeData(mime);
            if (!scan) {
                emit problem(scan.error().message());
                return;
            }
            const QString source
                = scan->sourceFile.isEmpty() ? tr("the pasted image") : QFileInfo(scan->sourceFile).fileName();
            route(scan->payloads, source, scan->sourceFile);
            return;
        }
        // A link copied as text: every line that is one (a text file of transfer links pasted at once).
        QList<QrPayload> payloads;
        const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (!line.trimmed().isEmpty()) {
                payloads.append(QrPayload(line.trimmed()));
            }
        }
        route(payloads, tr("the clipboard"));
    }

    void QrIntake::scanCamera()
    {
        auto* dialog = new CameraScanDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CameraScanDialog::codeRead, this,
            [this](const QList<QrPayload>& payloads) { route(payloads, tr("the camera")); });
        dialog->open();
    }

    void QrIntake::route(const QList<QrPayload>& payloads, const QString& source, const QString& sourceFile)
    {
        m_source = source;
        m_sourceFile = sourceFile;
        m_router->route(payloads, source);
        m_source.clear();
        m_sourceFile.clear();
    }

    void QrIntake::onImportRequested(const QStringList& migrationTexts)
    {
        GoogleMigrationImport migration;
        QStringList damaged;
        for (const QString& text : migrationTexts) {
            if (auto added = migration.addUri(text); !added) {
                damaged.append(added.error().message());
            }
        }
        if (migration.codeCount() == 0) {
            emit problem(tr("This Google Authenticator export code cannot be read: %1").arg(damaged.value(0)));
            return;
        }
        ImportResult incoming = migration.result();
        for (const QString& reason : std::as_const(damaged)) {
            incoming.warnings.append(tr("A code could not be read and was left out: %1").arg(reason));
        }
        emit importRequested(incoming, m_source);
    }
}
