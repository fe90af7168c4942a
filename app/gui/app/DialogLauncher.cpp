#include "DialogLauncher.h"

#include "BackupRecord.h"
#include "Clock.h"
#include "OtpUri.h"
#include "app/VaultHolder.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/ChangePasswordDialog.h"
#include "dialogs/EditAccountDialog.h"
#include "dialogs/ImportReviewDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/SettingsDialog.h"
#include "qr/ShowQrDialog.h"
#include "transfer/ExportDialog.h"
#include "transfer/TransferCodesDialog.h"

#include <QLayout>
#include <QMessageBox>
#include <QWidget>

#include <algorithm>

namespace tessera::gui
{
    DialogLauncher::DialogLauncher(VaultHolder& holder,
        AppSettings& settings,
        Clipboard& clipboard,
        const Clock& clock,
        AppContext::KdfPolicy kdfParameters,
        QWidget* parent)
        : QObject(parent)
        , m_holder(holder)
        , m_settings(settings)
        , m_clipboard(clipboard)
        , m_clock(clock)
        , m_kdfParameters(std::move(kdfParameters))
        , m_parent(parent)
    {
        connect(&m_holder, &VaultHolder::locked, this, &DialogLauncher::closeAll);
    }

    QDialog* DialogLauncher::openAdd(const QString& uri)
    {
        if (!ready()) {
            return nullptr;
        }
        auto* dialog = new AddAccountDialog(m_holder.vault(), m_parent);
        dialog->setClock(m_clock);
        if (!uri.isEmpty()) {
            auto parsed = OtpUri::parse(uri);
            if (!parsed) {
                delete dialog;
                QMessageBox::warning(m_parent, tr("Cannot Add This Link"),
                    tr("The otpauth:// link cannot be read: %1").arg(parsed.error().message()));
                return nullptr;
            }
            dialog->setUri(*parsed);
        }
        connect(dialog, &AddAccountDialog::accountAdded, this, &DialogLauncher::accountAdded);
        present(dialog);
        return dialog;
    }

    void DialogLauncher::openShowQr(const QUuid& id)
    {
        if (!ready()) {
            return;
        }
        auto account = m_holder.vault().account(id);
        if (!account) {
            QMessageBox::warning(m_parent, tr("Cannot Show the QR Code"), account.error().message());
            return;
        }
        present(new ShowQrDialog(*account, m_parent));
    }

    QDialog* DialogLauncher::openImportReview(const ImportResult& incoming, const QString& source)
    {
        if (!ready()) {
            return nullptr;
        }
        auto* dialog = new ImportReviewDialog(m_holder.vault(), m_clock, incoming, source, m_parent);
        connect(dialog, &ImportReviewDialog::imported, this, &DialogLauncher::accountsImported);
        present(dialog);
        return dialog;
    }

    QDialog* DialogLauncher::openExport()
    {
        if (!ready()) {
            return nullptr;
        }
        auto* dialog = new ExportDialog(m_holder.vault(), m_clock, m_kdfParameters, m_parent);
        connect(dialog, &ExportDialog::exported, this, &DialogLauncher::exported);
        // The export dialog closes first, so the codes open once it is gone.
        connect(dialog, &ExportDialog::transferCodesReady, this,
            [this](const MigrationExport& codes, const QList<QUuid>& accountIds) {
                auto copy = std::make_shared<MigrationExport>(codes);
                QMetaObject::invokeMethod(
                    this, [this, copy, accountIds] { openTransferCodes(*copy, accountIds); }, Qt::QueuedConnection);
            });
        present(dialog);
        return dialog;
    }

    QDialog* DialogLauncher::openTransferCodes(const MigrationExport& codes, const QList<QUuid>& accountIds)
    {
        if (!ready()) {
            return nullptr;
        }
        auto* dialog = new TransferCodesDialog(codes, m_parent);
        // A phone that scanned every code, or saved images, hold a copy: noted like any export. The
        // bookkeeping only feeds the backup reminders, so a failure to note it is not shown.
        const auto record = [this, accountIds](const QString& location) {
            if (m_holder.isUnlocked()) {
                (void)m_holder.vault().recordBackup(BackupKind::GoogleMigration, location, accountIds);
            }
        };
        connect(dialog, &TransferCodesDialog::allCodesShown, this, [record] { record(QString()); });
        connect(dialog, &TransferCodesDialog::imagesSaved, this, record);
        present(dialog);
        return dialog;
    }

    void DialogLauncher::openEdit(const QUuid& id)
    {
        if (!ready()) {
            return;
        }
        auto* dialog = new EditAccountDialog(m_holder.vault(), id, m_clipboard, m_parent);
        dialog->setClock(m_clock);
        connect(dialog, &EditAccountDialog::accountSaved, this, &DialogLauncher::accountSaved);
        present(dialog);
    }

    void DialogLauncher::openSettings()
    {
        if (current() != nullptr) {
            current()->raise();
            return;
        }
        auto* dialog = new SettingsDialog(m_settings, m_parent);
        dialog->setVault(m_holder.isUnlocked() ? &m_holder.vault() : nullptr, &m_clipboard);
        connect(dialog, &SettingsDialog::passwordChanged, this, &DialogLauncher::passwordChanged);
        connect(dialog, &SettingsDialog::recoveryKeyRegenerated, this, &DialogLauncher::recoveryKeyRegenerated);
        connect(dialog, &SettingsDialog::restoreRequested, this, [this, dialog] {
            dialog->accept();
            emit restoreBackupRequested();
        });
        present(dialog);
    }

    void DialogLauncher::openChangePassword()
    {
        if (!ready()) {
            return;
        }
        auto* dialog = new ChangePasswordDialog(m_holder.vault(), m_parent);
        connect(dialog, &ChangePasswordDialog::passwordChanged, this, &DialogLauncher::passwordChanged);
        present(dialog);
    }

    void DialogLauncher::openRecoveryKey()
    {
        if (!ready()) {
            return;
        }
        auto* dialog = new RecoveryKeyDialog(m_holder.vault(), m_clipboard, m_parent);
        connect(dialog, &RecoveryKeyDialog::recoveryKeyRegenerated, this, &DialogLauncher::recoveryKeyRegenerated);
        present(dialog);
    }

    void DialogLauncher::closeAll()
    {
        const QList<QPointer<QDialog>> open = m_open;
        for (const QPointer<QDialog>& dialog : open) {
            if (dialog != nullptr) {
                // done(), not reject(): a dialog's reject() may ask a question, and locking does
                // not wait for answers.
                dialog->done(QDialog::Rejected);
                dialog->deleteLater();
            }
        }
        m_open.clear();
    }

    QDialog* DialogLauncher::current() const
    {
        for (const QPointer<QDialog>& dialog : m_open) {
            if (dialog != nullptr && dialog->isVisible()) {
                return dialog;
            }
        }
        return nullptr;
    }

    bool DialogLauncher::ready()
    {
        if (!m_holder.isUnlocked()) {
            return false;
        }
        if (QDialog* open = current()) {
            open->raise();
            open->activateWindow();
            return false;
        }
        return true;
    }

    void DialogLauncher::present(QDialog* dialog)
    {
        m_open.removeAll(QPointer<QDialog>());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Wide enough for its explanations to wrap into a few lines, and tall enough for them; a dialog
        // that asked for more room itself (a list with long reasons) keeps it.
        const bool sized = dialog->testAttribute(Qt::WA_Resized);
        int width = std::max(dialog->sizeHint().width(), dialog->fontMetrics().averageCharWidth() * 64);
        width = sized ? std::max(width, dialog->width()) : width;
        QLayout* layout = dialog->layout();
        int height = layout != nullptr && layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                                      : dialog->sizeHint().height();
        height = std::max(height, dialog->sizeHint().height());
        dialog->resize(width, sized ? std::max(height, dialog->height()) : height);
        m_open.append(dialog);
        dialog->open();
    }
}
