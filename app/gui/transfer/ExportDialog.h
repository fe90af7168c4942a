#pragma once

#include "Account.h"
#include "ExportResult.h"
#include "MigrationExport.h"
#include "Result.h"
#include "app/AppContext.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;

namespace tessera
{
    class Clock;
    class Vault;
}

namespace tessera::gui
{
    class BackgroundTask;
    class InlineMessage;
    class NewPasswordForm;

    /// Exports the vault's accounts: a Tessera backup or an Aegis file encrypted with a password of their
    /// own (typed twice, with a strength hint), or, after saying plainly that anyone who gets it can copy
    /// every account, an Aegis file, a list of otpauth:// links or a printable PDF in clear, or Google
    /// Authenticator transfer codes (shown by TransferCodesDialog). Files are written atomically and
    /// readable by the owner only (PrivateFile). The key derivation of the encrypted formats runs on the
    /// thread pool. Only a Tessera backup carries the trash.
    class ExportDialog : public QDialog
    {
        Q_OBJECT

    public:
        enum class Kind
        {
            TesseraBackup,
            AegisEncrypted,
            AegisPlain,
            UriList,
            GoogleCodes,
            Pdf,
        };

        ExportDialog(Vault& vault, const Clock& clock, AppContext::KdfPolicy kdfParameters, QWidget* parent = nullptr);
        ~ExportDialog() override;

        [[nodiscard]] Kind kind() const;
        void setKind(Kind kind);
        [[nodiscard]] static bool isEncrypted(Kind kind);
        /// The file name offered in the save dialog, dated `date` (yyyy-MM-dd).
        [[nodiscard]] static QString suggestedFileName(Kind kind, const QString& date);

        [[nodiscard]] QAbstractButton* kindButton(Kind kind) const;
        [[nodiscard]] NewPasswordForm* passwordForm() const { return m_form; }
        [[nodiscard]] QPushButton* exportButton() const { return m_export; }
        [[nodiscard]] InlineMessage* message() const { return m_message; }
        [[nodiscard]] QWidget* busyIndicator() const { return m_busy; }
        [[nodiscard]] bool isBusy() const;

        /// What the Export button does: asks once before secrets leave in clear, then for the file (or
        /// opens the transfer codes), then writes it.
        void startExport();
        /// Writes the export to `path` (the file already chosen and agreed to).
        void exportTo(const QString& path);

    signals:
        /// A file was written (mode 0600); `summary` is one sentence for the status line.
        void exported(const QString& path, const QString& summary);
        /// Google Authenticator codes to show, and the accounts they carry; the dialog has closed.
        void transferCodesReady(const tessera::MigrationExport& codes, const QList<QUuid>& accountIds);

    protected:
        void done(int result) override;

    private:
        struct Outcome;

        [[nodiscard]] bool confirmPlainExport();
        [[nodiscard]] QString chooseFile();
        [[nodiscard]] Result<QList<Account>> accountsToExport() const;
        void showTransferCodes();
        void onRendered();
        void finish(Result<ExportResult> rendered);
        /// Notes the export in the vault's backup bookkeeping; returns a sentence when that failed.
        [[nodiscard]] QString recordBackup(const QList<LeftOutAccount>& leftOut);
        void updateForm();
        void setBusy(bool busy);
        void showError(const QString& message);
        [[nodiscard]] QString today() const;

        Vault& m_vault;
        const Clock& m_clock;
        AppContext::KdfPolicy m_kdfParameters;
        BackgroundTask* m_task;
        std::shared_ptr<Outcome> m_outcome;
        QButtonGroup* m_kinds;
        QWidget* m_passwordSection;
        NewPasswordForm* m_form;
        InlineMessage* m_plainWarning;
        InlineMessage* m_message;
        QWidget* m_busy;
        QPushButton* m_export;
        QString m_path;
        QList<QUuid> m_accountIds; ///< the accounts given to the export being written
    };
}
