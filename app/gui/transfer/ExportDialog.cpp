#include "transfer/ExportDialog.h"

#include "AegisFormat.h"
#include "Clock.h"
#include "ExportOptions.h"
#include "GoogleMigration.h"
#include "PdfExporter.h"
#include "SecretWipe.h"
#include "TesseraBackupFormat.h"
#include "UriListFormat.h"
#include "Vault.h"
#include "app/BackgroundTask.h"
#include "dialogs/FileChooser.h"
#include "dialogs/InlineMessage.h"
#include "qr/PrivateFile.h"
#include "widgets/NewPasswordForm.h"
#include "widgets/PasswordEdit.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <optional>

namespace tessera::gui
{
    namespace
    {
        Result<ExportResult> renderExport(
            ExportDialog::Kind kind, const QList<Account>& accounts, const ExportOptions& options)
        {
            switch (kind) {
            case ExportDialog::Kind::TesseraBackup:
                return TesseraBackupFormat().write(accounts, options);
            case ExportDialog::Kind::AegisEncrypted:
            case ExportDialog::Kind::AegisPlain:
                // Aegis encrypts exactly when a password is given.
                return AegisFormat().write(accounts, options);
            case ExportDialog::Kind::UriList:
                return UriListFormat().write(accounts, options);
            case ExportDialog::Kind::Pdf:
                return PdfExporter::write(accounts, options);
            case ExportDialog::Kind::GoogleCodes:
                break;
            }
            return Error(Error::Kind::Unsupported, QStringLiteral("Transfer codes are shown, not written to a file."));
        }

        QString extension(ExportDialog::Kind kind)
        {
            switch (kind) {
            case ExportDialog::Kind::TesseraBackup:
                return TesseraBackupFormat().fileExtension();
            case ExportDialog::Kind::AegisEncrypted:
            case ExportDialog::Kind::AegisPlain:
                return AegisFormat().fileExtension();
            case ExportDialog::Kind::Pdf:
                return QStringLiteral("pdf");
            case ExportDialog::Kind::UriList:
            case ExportDialog::Kind::GoogleCodes:
                break;
            }
            return QStringLiteral("txt");
        }

        BackupKind backupKind(ExportDialog::Kind kind)
        {
            switch (kind) {
            case ExportDialog::Kind::TesseraBackup:
                return BackupKind::TesseraBackup;
            case ExportDialog::Kind::AegisEncrypted:
                return BackupKind::AegisEncrypted;
            case ExportDialog::Kind::AegisPlain:
                return BackupKind::AegisPlain;
            case ExportDialog::Kind::UriList:
                return BackupKind::UriList;
            case ExportDialog::Kind::GoogleCodes:
                return BackupKind::GoogleMigration;
            case ExportDialog::Kind::Pdf:
                break;
            }
            return BackupKind::Pdf;
        }

        /// The ids of `accounts` minus those an export left out.
        QList<QUuid> carried(const QList<QUuid>& accounts, const QList<LeftOutAccount>& leftOut)
        {
            QSet<QUuid> left;
            for (const LeftOutAccount& account : leftOut) {
                left.insert(account.accountId);
            }
            QList<QUuid> ids;
            for (const QUuid& id : accounts) {
                if (!left.contains(id)) {
                    ids.append(id);
                }
            }
            return ids;
        }

        QString fileFilter(ExportDialog::Kind kind)
        {
            switch (kind) {
            case ExportDialog::Kind::TesseraBackup:
                return ExportDialog::tr("Tessera backups (*.tessera-backup)");
            case ExportDialog::Kind::AegisEncrypted:
            case ExportDialog::Kind::AegisPlain:
                return ExportDialog::tr("Aegis files (*.json)");
            case ExportDialog::Kind::Pdf:
                return ExportDialog::tr("PDF documents (*.pdf)");
            case ExportDialog::Kind::UriList:
            case ExportDialog::Kind::GoogleCodes:
                break;
            }
            return ExportDialog::tr("Text files (*.txt)");
        }
    }

    struct ExportDialog::Outcome
    {
        std::optional<Result<ExportResult>> result;
    };

    ExportDialog::ExportDialog(Vault& vault, const Clock& clock, AppContext::KdfPolicy kdfParameters, QWidget* parent)
        : QDialog(parent)
        , m_vault(vault)
        , m_clock(clock)
        , m_kdfParameters(std::move(kdfParameters))
        , m_task(new BackgroundTask(this))
        , m_kinds(new QButtonGroup(this))
        , m_passwordSection(new QWidget(this))
        , m_form(new NewPasswordForm(m_passwordSection))
        , m_plainWarning(new InlineMessage(this))
        , m_message(new InlineMessage(this))
        , m_busy(new QWidget(this))
        , m_export(nullptr)
    {
        setWindowTitle(tr("Export Accounts"));
        auto* intro = new QLabel(tr("Choose what to make. An export is a copy outside the vault: keep it somewhere "
                                    "safe."),
            this);
        intro->setWordWrap(true);

        const struct
        {
            Kind kind;
            QString text;
            QString description;
        } choices[] = {
            {Kind::TesseraBackup, tr("&Tessera backup (recommended)"),
                tr("Everything, with recovery information and the trash, encrypted with a password of its own. "
                   "Tessera opens it on any computer.")},
            {Kind::AegisEncrypted, tr("&Aegis, encrypted"),
                tr("For the Aegis app on Android, encrypted with a password of its own.")},
            {Kind::AegisPlain, tr("Aegis, &not encrypted"), tr("For Aegis and the apps that read its files.")},
            {Kind::UriList, tr("&List of otpauth:// links"),
                tr("A text file, one link per account, that most authenticator apps import.")},
            {Kind::GoogleCodes, tr("&Google Authenticator transfer codes"),
                tr("QR codes to scan with Google Authenticator on a phone, shown one after another.")},
            {Kind::Pdf, tr("Printable s&heet (PDF)"),
                tr("Each account's QR code and key, to print and keep in a safe place.")},
        };
        auto* choicesLayout = new QVBoxLayout;
        choicesLayout->setSpacing(0);
        const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
            + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
        for (const auto& choice : choices) {
            auto* button = new QRadioButton(choice.text, this);
            button->setAccessibleDescription(choice.description);
            auto* description = new QLabel(choice.description, this);
            description->setWordWrap(true);
            description->setIndent(indent);
            description->setForegroundRole(QPalette::PlaceholderText);
            m_kinds->addButton(button, static_cast<int>(choice.kind));
            choicesLayout->addWidget(button);
            choicesLayout->addWidget(description);
            choicesLayout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
        }

        auto* passwordLayout = new QVBoxLayout(m_passwordSection);
        passwordLayout->setContentsMargins(0, 0, 0, 0);
        auto* passwordIntro = new QLabel(tr("A password for this export. It need not be the vault's password, but "
                                            "without it the file cannot be opened."),
            m_passwordSection);
        passwordIntro->setWordWrap(true);
        passwordLayout->addWidget(passwordIntro);
        passwordLayout->addWidget(m_form);
        m_form->passwordField()->setAccessibleName(tr("Password for the export"));
        m_form->repeatField()->setAccessibleName(tr("Repeat the password for the export"));

        auto* busyLayout = new QHBoxLayout(m_busy);
        busyLayout->setContentsMargins(0, 0, 0, 0);
        auto* progress = new QProgressBar(m_busy);
        progress->setRange(0, 0);
        progress->setTextVisible(false);
        progress->setAccessibleName(tr("Exporting"));
        busyLayout->addWidget(new QLabel(tr("Encrypting the export…"), m_busy));
        busyLayout->addWidget(progress, 1);
        m_busy->setVisible(false);

        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
        m_export->setDefault(true);

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
        layout->addLayout(choicesLayout);
        layout->addWidget(m_passwordSection);
        layout->addWidget(m_plainWarning);
        layout->addWidget(m_message);
        layout->addWidget(m_busy);
        layout->addStretch(1);
        layout->addWidget(buttons);
        // Tab as laid out: the choices, the password fields below them, the buttons (the form was made
        // before the choices, so it would come first).
        setTabOrder(m_kinds->buttons().constLast(), m_form->passwordField());
        setTabOrder(m_form->passwordField(), m_form->repeatField());
        setTabOrder(m_form->repeatField(), buttons);

        connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked) {
                m_message->clear();
                updateForm();
            }
        });
        connect(m_form, &NewPasswordForm::changed, this, &ExportDialog::updateForm);
        connect(m_form, &NewPasswordForm::submitted, this, &ExportDialog::startExport);
        connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_task, &BackgroundTask::finished, this, &ExportDialog::onRendered);
        setKind(Kind::TesseraBackup);
    }

    ExportDialog::~ExportDialog() = default;

    ExportDialog::Kind ExportDialog::kind() const
    {
        const int id = m_kinds->checkedId();
        return id < 0 ? Kind::TesseraBackup : static_cast<Kind>(id);
    }

    void ExportDialog::setKind(Kind kind)
    {
        if (QAbstractButton* button = m_kinds->button(static_cast<int>(kind))) {
            button->setChecked(true);
        }
        updateForm();
    }

    bool ExportDialog::isEncrypted(Kind kind)
    {
        return kind == Kind::TesseraBackup || kind == Kind::AegisEncrypted;
    }

    QString ExportDialog::suggestedFileName(Kind kind, const QString& date)
    {
        switch (kind) {
        case Kind::TesseraBackup:
            return QStringLiteral("tessera-backup-%1.%2").arg(date, extension(kind));
        case Kind::AegisEncrypted:
            return QStringLiteral("aegis-export-%1.%2").arg(date, extension(kind));
        case Kind::AegisPlain:
            return QStringLiteral("aegis-export-plain-%1.%2").arg(date, extension(kind));
        case Kind::UriList:
            return QStringLiteral("otpauth-links-%1.%2").arg(date, extension(kind));
        case Kind::Pdf:
            return QStringLiteral("tessera-accounts-%1.%2").arg(date, extension(kind));
        case Kind::GoogleCodes:
            break;
        }
        return QStringLiteral("google-authenticator-%1").arg(date);
    }

    QAbstractButton* ExportDialog::kindButton(Kind kind) const
    {
        return m_kinds->button(static_cast<int>(kind));
    }

    bool ExportDialog::isBusy() const
    {
        return m_task->isRunning();
    }

    void ExportDialog::startExport()
    {
        const Kind chosen = kind();
        if (isBusy() || (isEncrypted(chosen) && !m_form->isAcceptable())) {
            return;
        }
        m_message->clear();
        if (auto accounts = accountsToExport(); !accounts) {
            showError(accounts.error().message());
            return;
        }
        if (!isEncrypted(chosen) && !confirmPlainExport()) {
            return;
        }
        if (chosen == Kind::GoogleCodes) {
            showTransferCodes();
            return;
        }
        const QString path = chooseFile();
        if (!path.isEmpty()) {
            exportTo(path);
        }
    }

    bool ExportDialog::confirmPlainExport()
    {
        QMessageBox box(QMessageBox::Warning, windowTitle(), QString(), QMessageBox::Cancel, this);
        QPushButton* go = nullptr;
        switch (kind()) {
        case Kind::GoogleCodes:
            box.setText(tr("Anyone who sees these codes can copy every account."));
            box.setInformativeText(tr("Show them only to your own phone, where no one else can see the screen, and "
                                      "not while sharing the screen or recording it."));
            go = box.addButton(tr("Show Codes"), QMessageBox::AcceptRole);
            break;
        case Kind::Pdf:
            box.setText(tr("Anyone who gets this file can copy every account."));
            box.setInformativeText(tr("The sheet shows every secret key in clear. Print it, keep the paper somewhere "
                                      "safe, and delete the file."));
            go = box.addButton(tr("Export Unencrypted"), QMessageBox::AcceptRole);
            break;
        default:
            box.setText(tr("Anyone who gets this file can copy every account."));
            box.setInformativeText(tr("It holds every secret key in clear. Keep it out of shared and synchronised "
                                      "folders, and delete it when you no longer need it."));
            go = box.addButton(tr("Export Unencrypted"), QMessageBox::AcceptRole);
            break;
        }
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == go;
    }

    QString ExportDialog::chooseFile()
    {
        const Kind chosen = kind();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString path = FileChooser::saveFile(
            this, tr("Export Accounts"), QDir(folder).filePath(suggestedFileName(chosen, today())), fileFilter(chosen));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
            path += QLatin1Char('.') + extension(chosen);
        }
        return path;
    }

    Result<QList<Account>> ExportDialog::accountsToExport() const
    {
        // Only Tessera's own backup has a trash; the other apps would show trashed accounts as live ones.
        const bool withTrash = kind() == Kind::TesseraBackup;
        QList<Account> accounts;
        for (const AccountSummary& summary : m_vault.accounts(withTrash ? Vault::Filter::All : Vault::Filter::Active)) {
            auto account = m_vault.account(summary.id);
            if (!account) {
                return account.error();
            }
            accounts.append(std::move(account).value());
        }
        if (accounts.isEmpty()) {
            if (!withTrash && m_vault.accountCount(Vault::Filter::Trash) > 0) {
                return Error(Error::Kind::NotFound,
                    tr("Every account is in the trash, and only a Tessera backup keeps the trash. Restore the "
                       "accounts to export them."));
            }
            return Error(Error::Kind::NotFound, tr("The vault has no accounts to export yet."));
        }
        return accounts;
    }

    void ExportDialog::showTransferCodes()
    {
        auto accounts = accountsToExport();
        if (!accounts) {
            showError(accounts.error().message());
            return;
        }
        auto codes = GoogleMigration::encode(*accounts, Random::system());
        if (!codes) {
            showError(codes.error().message());
            return;
        }
        QList<QUuid> ids;
        for (const Account& account : std::as_const(*accounts)) {
            ids.append(account.id);
        }
        emit transferCodesReady(*codes, carried(ids, codes->leftOut));
        for (QString& uri : codes->uris) {
            wipe(uri);
        }
        accept();
    }

    void ExportDialog::exportTo(const QString& path)
    {
        if (isBusy()) {
            return;
        }
        auto accounts = accountsToExport();
        if (!accounts) {
            showError(accounts.error().message());
            return;
        }
        const Kind chosen = kind();
        ExportOptions options;
        options.now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMilliseconds(), Qt::UTC);
        options.backupKdf = m_kdfParameters(PasswordKdf::Preset::Standard);
        m_path = path;
        m_accountIds.clear();
        for (const Account& account : std::as_const(*accounts)) {
            m_accountIds.append(account.id);
        }
        if (!isEncrypted(chosen)) {
            // Quick, and the PDF needs the fonts of this (the GUI) thread.
            finish(renderExport(chosen, *accounts, options));
            return;
        }
        options.password = m_form->password();
        auto outcome = std::make_shared<Outcome>();
        m_outcome = outcome;
        setBusy(true);
        m_task->start([outcome, chosen, accounts = std::move(accounts).value(), options]() mutable {
            outcome->result.emplace(renderExport(chosen, accounts, options));
            wipe(*options.password);
        });
    }

    void ExportDialog::onRendered()
    {
        setBusy(false);
        std::shared_ptr<Outcome> outcome = std::move(m_outcome);
        if (outcome == nullptr) {
            return; // the dialog was closed meanwhile
        }
        if (!outcome->result) {
            showError(tr("The export was interrupted. Try again."));
            return;
        }
        finish(std::move(*outcome->result));
    }

    void ExportDialog::finish(Result<ExportResult> rendered)
    {
        if (!rendered) {
            showError(tr("Nothing was exported: %1").arg(rendered.error().message()));
            return;
        }
        auto written = PrivateFile::write(m_path, rendered->data);
        wipe(rendered->data);
        if (!written) {
            showError(written.error().message());
            return;
        }
        const qsizetype count = m_accountIds.size() - rendered->leftOut.size();
        const QString name = QFileInfo(m_path).fileName();
        QString summary = count == 1 ? tr("Exported 1 account to %1.").arg(name)
                                     : tr("Exported %1 accounts to %2.").arg(count).arg(name);
        if (!isEncrypted(kind())) {
            summary += QLatin1Char(' ') + tr("It is not encrypted: delete it when you are done.");
        }
        if (const QString problem = recordBackup(rendered->leftOut); !problem.isEmpty()) {
            summary += QLatin1Char(' ') + problem;
        }
        QStringList notes;
        for (const LeftOutAccount& left : std::as_const(rendered->leftOut)) {
            notes.append(tr("Left out %1: %2").arg(left.name, left.reason));
        }
        notes.append(rendered->warnings);
        if (!notes.isEmpty()) {
            QMessageBox box(QMessageBox::Information, windowTitle(), summary, QMessageBox::Ok, this);
            box.setInformativeText(notes.join(QLatin1Char('\n')));
            box.exec();
        }
        m_form->clear();
        emit exported(m_path, summary);
        accept();
    }

    QString ExportDialog::recordBackup(const QList<LeftOutAccount>& leftOut)
    {
        // The file is written either way; the bookkeeping only feeds the backup reminders.
        auto recorded = m_vault.recordBackup(backupKind(kind()), m_path, carried(m_accountIds, leftOut));
        if (!recorded) {
            return tr("It could not be noted as a backup: %1").arg(recorded.error().message());
        }
        return {};
    }

    void ExportDialog::done(int result)
    {
        // A job still running finishes on its own; its result is dropped with the outcome.
        m_outcome.reset();
        m_form->clear();
        QDialog::done(result);
    }

    void ExportDialog::updateForm()
    {
        const Kind chosen = kind();
        m_passwordSection->setVisible(isEncrypted(chosen));
        switch (chosen) {
        case Kind::AegisPlain:
        case Kind::UriList:
        case Kind::Pdf:
            m_plainWarning->setMessage(InlineMessage::Severity::Warning,
                tr("Not encrypted: anyone who gets this file can copy every account."));
            break;
        case Kind::GoogleCodes:
            m_plainWarning->setMessage(InlineMessage::Severity::Warning,
                tr("Anyone who sees these codes can copy every account. Accounts Google Authenticator cannot hold "
                   "are left out and listed."));
            break;
        case Kind::TesseraBackup:
        case Kind::AegisEncrypted:
            m_plainWarning->clear();
            break;
        }
        m_export->setText(chosen == Kind::GoogleCodes ? tr("&Show Codes…") : tr("&Export…"));
        m_export->setEnabled(!isBusy() && (!isEncrypted(chosen) || m_form->isAcceptable()));
    }

    void ExportDialog::setBusy(bool busy)
    {
        m_busy->setVisible(busy);
        m_form->setEnabled(!busy);
        for (QAbstractButton* button : m_kinds->buttons()) {
            button->setEnabled(!busy);
        }
        updateForm();
    }

    void ExportDialog::showError(const QString& message)
    {
        m_message->setMessage(InlineMessage::Severity::Error, message);
    }

    QString ExportDialog::today() const
    {
        return QDateTime::fromMSecsSinceEpoch(m_clock.nowMilliseconds()).toString(QStringLiteral("yyyy-MM-dd"));
    }
}
