#pragma once

#include "app/AppContext.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

class QDialog;
class QWidget;

namespace tessera
{
    class Clock;
    struct ImportResult;
    struct MigrationExport;
}

namespace tessera::gui
{
    class AppSettings;
    class Clipboard;
    class VaultHolder;

    /// Opens the dialogs (add, edit, settings, change password, recovery key, import review, export,
    /// transfer codes) window-modal over the main window, one at a time, and closes them all when the
    /// vault locks: a dialog never outlives the decrypted data it shows.
    class DialogLauncher : public QObject
    {
        Q_OBJECT

    public:
        DialogLauncher(VaultHolder& holder,
            AppSettings& settings,
            Clipboard& clipboard,
            const Clock& clock,
            AppContext::KdfPolicy kdfParameters,
            QWidget* parent);

        /// The add dialog, filled from an otpauth:// link when one is given. Returns the dialog, or null
        /// when it was not opened (locked, another dialog open, a link that cannot be read).
        QDialog* openAdd(const QString& uri = QString());
        /// An account's QR code, behind a confirmation.
        void openShowQr(const QUuid& id);
        /// The review of accounts read from an export before they are added; `source` names where from.
        QDialog* openImportReview(const tessera::ImportResult& incoming, const QString& source);
        /// The export: format, password, file; Google Authenticator codes continue in openTransferCodes().
        QDialog* openExport();
        /// Google Authenticator transfer codes of the accounts `accountIds`, full screen.
        QDialog* openTransferCodes(const tessera::MigrationExport& codes, const QList<QUuid>& accountIds);
        void openEdit(const QUuid& id);
        void openSettings();
        void openChangePassword();
        void openRecoveryKey();

        /// Rejects every open dialog (on lock).
        void closeAll();
        /// The dialog open now, or null.
        [[nodiscard]] QDialog* current() const;

    signals:
        void accountAdded(const QUuid& id);
        void accountsImported(const QList<QUuid>& ids);
        /// "Restore from an Automatic Backup…" in the settings.
        void restoreBackupRequested();
        void accountSaved(const QUuid& id);
        void passwordChanged();
        void recoveryKeyRegenerated();
        /// An export file was written; `summary` is for the status line.
        void exported(const QString& path, const QString& summary);

    private:
        [[nodiscard]] bool ready();
        void present(QDialog* dialog);

        VaultHolder& m_holder;
        AppSettings& m_settings;
        Clipboard& m_clipboard;
        const Clock& m_clock;
        AppContext::KdfPolicy m_kdfParameters;
        QWidget* m_parent;
        QList<QPointer<QDialog>> m_open;
    };
}
