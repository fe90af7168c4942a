#include "transfer/ImportFileReader.h"

#include "Format.h"
#include "FormatDetector.h"
#include "SecretWipe.h"
#include "dialogs/FileChooser.h"
#include "transfer/ImportPasswordDialog.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>

namespace tessera::gui
{
    ImportFileReader::ImportFileReader(QWidget* window, QObject* parent)
        : QObject(parent)
        , m_window(window)
    { }

    ImportFileReader::~ImportFileReader()
    {
        cancel();
    }

    QString ImportFileReader::chooseFile(QWidget* parent)
    {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        // Every file by default: the format is recognised from the content, and apps name their exports freely.
        return FileChooser::openFile(parent, tr("Import Accounts from a File"), start,
            tr("All files (*)") + QStringLiteral(";;")
                + tr("Backups and exports (*.tessera-backup *.json *.2fas *.txt *.csv *.bin *.aes *.authpro)"));
    }

    QString ImportFileReader::importableFile(const QMimeData* mime)
    {
        if (mime == nullptr || mime->hasImage()) {
            return {};
        }
        for (const QUrl& url : mime->urls()) {
            if (!url.isLocalFile()) {
                continue;
            }
            const QString path = url.toLocalFile();
            if (!QFileInfo(path).isFile()) {
                continue;
            }
            // Judged by content: an image is a QR code to read, anything else an export to import.
            QImageReader image(path);
            image.setDecideFormatFromContent(true);
            if (!image.canRead()) {
                return path;
            }
        }
        return {};
    }

    Result<QByteArray> ImportFileReader::load(const QString& path)
    {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(Error::Kind::Io,
                tr("Tessera cannot open “%1”: %2. Check that the file is still there and that you may read it.")
                    .arg(name, file.errorString()));
        }
        if (file.size() > Format::MaxFileBytes) {
            return Error(Error::Kind::InvalidInput,
                tr("“%1” is %2 MiB, larger than any export Tessera reads (%3 MiB). Choose the export file itself.")
                    .arg(name)
                    .arg(file.size() >> 20)
                    .arg(Format::MaxFileBytes >> 20));
        }
        QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            wipe(bytes);
            return Error(Error::Kind::Io,
                tr("Tessera cannot read “%1”: %2. Copy the file to this computer and try again.")
                    .arg(name, file.errorString()));
        }
        return bytes;
    }

    bool ImportFileReader::isBusy() const
    {
        return m_dialog != nullptr;
    }

    ImportPasswordDialog* ImportFileReader::passwordDialog() const
    {
        return m_dialog;
    }

    void ImportFileReader::read(const QString& path)
    {
        if (isBusy()) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return;
        }
        const QString fileName = QFileInfo(path).fileName();
        auto bytes = load(path);
        if (!bytes) {
            emit failed(bytes.error().message());
            return;
        }
        const FormatDetector detector;
        auto detection = detector.detect(*bytes);
        if (!detection) {
            // The detector's messages name the app or list what Tessera reads: advice enough.
            wipe(*bytes);
            fail(fileName, detection.error(), false);
            return;
        }
        if (!detection->encrypted) {
            auto result = detector.read(*bytes, std::nullopt, detection->format->id());
            wipe(*bytes);
            if (!result) {
                fail(fileName, result.error(), true);
                return;
            }
            deliver(*result, fileName);
            return;
        }
        auto* dialog = new ImportPasswordDialog(
            std::move(bytes).value(), detection->format->id(), detection->format->displayName(), fileName, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog = dialog;
        connect(dialog, &ImportPasswordDialog::read, this,
            [this, fileName](const ImportResult& result) { deliver(result, fileName); });
        connect(dialog, &ImportPasswordDialog::failed, this,
            [this, fileName](const Error& error) { fail(fileName, error, true); });
        dialog->open();
    }

    void ImportFileReader::cancel()
    {
        if (m_dialog != nullptr) {
            ImportPasswordDialog* dialog = m_dialog;
            m_dialog = nullptr;
            dialog->disconnect(this);
            dialog->done(QDialog::Rejected);
        }
    }

    void ImportFileReader::deliver(const ImportResult& result, const QString& fileName)
    {
        m_dialog = nullptr;
        if (result.isEmpty()) {
            emit failed(tr("There are no accounts in “%1”, so nothing was imported. If the app that made it shows "
                           "accounts, export them again.")
                            .arg(fileName));
            return;
        }
        emit finished(result, fileName);
    }

    void ImportFileReader::fail(const QString& fileName, const Error& error, bool recognised)
    {
        m_dialog = nullptr;
        QString advice;
        switch (error.kind()) {
        case Error::Kind::InvalidInput:
            if (recognised) {
                advice = tr("It may be damaged or incomplete: export the accounts again and import the new file.");
            }
            break;
        case Error::Kind::Corrupt:
            advice = tr("The file seems damaged: export the accounts again and import the new file.");
            break;
        case Error::Kind::Unsupported:
            advice = tr("A newer version of Tessera may read it; or export the accounts again in another format.");
            break;
        default:
            break;
        }
        QString message = tr("“%1” cannot be imported. %2").arg(fileName, error.message());
        if (!advice.isEmpty()) {
            message += QLatin1Char(' ') + advice;
        }
        emit failed(message);
    }
}
