#pragma once

#include "Error.h"
#include "ImportResult.h"
#include "Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QMimeData;
class QWidget;

namespace tessera::gui
{
    class ImportPasswordDialog;

    /// Reads a backup or another app's export for an import: loads the file, lets FormatDetector pick the
    /// format from the content (never the name), asks for the password only when the file is encrypted
    /// (ImportPasswordDialog, which lets the user retry), and hands the accounts on. Nothing is written
    /// anywhere; what to add is decided afterwards, in the import review.
    class ImportFileReader : public QObject
    {
        Q_OBJECT

    public:
        explicit ImportFileReader(QWidget* window, QObject* parent = nullptr);
        ~ImportFileReader() override;

        /// Asks for a file to import; empty when the user cancelled.
        [[nodiscard]] static QString chooseFile(QWidget* parent);
        /// The first dropped or pasted local file that is not an image (images hold QR codes, for
        /// QrIntake); empty when there is none.
        [[nodiscard]] static QString importableFile(const QMimeData* mime);
        /// The file's bytes, or an error that says what is wrong and what to do.
        [[nodiscard]] static Result<QByteArray> load(const QString& path);

        /// Reads `path`; ends with finished() or failed(), possibly after asking for a password.
        void read(const QString& path);
        /// Closes the password question, if open; neither signal follows.
        void cancel();
        [[nodiscard]] bool isBusy() const;
        /// The password question while it is open, else null.
        [[nodiscard]] ImportPasswordDialog* passwordDialog() const;

    signals:
        /// `source` is the file's name, for the import review's heading.
        void finished(const tessera::ImportResult& result, const QString& source);
        /// The file cannot be imported; `message` says why and what to do.
        void failed(const QString& message);

    private:
        void deliver(const ImportResult& result, const QString& fileName);
        /// `recognised`: the format was found, so the reader's message is about this file's content.
        void fail(const QString& fileName, const Error& error, bool recognised);

        QWidget* m_window;
        QPointer<ImportPasswordDialog> m_dialog;
    };
}
