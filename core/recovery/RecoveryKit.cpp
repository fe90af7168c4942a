#include "RecoveryKit.h"

#include "PhoneNumber.h"
#include "QrEncoder.h"
#include "RecoveryInfo.h"
#include "SecretWipe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <QVariant>

#include <utility>

namespace tessera
{
    namespace
    {
        constexpr int QrModuleSize = 8;
        constexpr int QrDisplaySize = 190; ///< document units (pixels at 96 dpi): about 5 cm

        const QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

        QString escaped(const QString& text)
        {
            return text.toHtmlEscaped();
        }

        /// `text` in RecoveryKit's translation context, escaped for the sheet's HTML.
        QString translatedHtml(const char* text)
        {
            return escaped(QCoreApplication::translate("tessera::RecoveryKit", text));
        }

        QString notRecorded()
        {
            return QStringLiteral("<i>%1</i>")
                .arg(translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit", "not recorded")));
        }

        QString row(const QString& label, const QString& html)
        {
            return QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), html);
        }

        QString secondFactorText(SecondFactor factor)
        {
            switch (factor) {
            case SecondFactor::None:
                return translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit", "none: this seed is the only one"));
            case SecondFactor::Device:
                return translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit", "another authenticator device or app"));
            case SecondFactor::SecurityKey:
                return translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit", "a security key"));
            case SecondFactor::Unknown:
                break;
            }
            return notRecorded();
        }

        QString phoneHtml(const QString& stored, const QString& region)
        {
            if (stored.trimmed().isEmpty()) {
                return notRecorded();
            }
            auto parsed = PhoneNumber::parse(stored, region);
            if (!parsed && !region.isEmpty()) {
                parsed = PhoneNumber::parse(stored);
            }
            if (!parsed) {
                return QStringLiteral("%1<br/><i>%2</i>")
                    .arg(escaped(stored),
                        escaped(QCoreApplication::translate("tessera::RecoveryKit", "Not usable as it is: %1")
                                    .arg(parsed.error().message())));
            }
            QString html = QStringLiteral("<b>%1</b>").arg(escaped(parsed->e164()));
            if (!parsed->isE164AsTyped()) {
                html += QLatin1Char(' ')
                    + escaped(QCoreApplication::translate("tessera::RecoveryKit", "(stored as %1)").arg(stored));
            }
            if (parsed->hasIssue(PhoneNumber::IssueKind::MissingCountryCode)) {
                html += QStringLiteral("<br/><i>%1</i>")
                            .arg(escaped(QCoreApplication::translate("tessera::RecoveryKit",
                                "Stored without its '+' country code: make sure the provider has %1.")
                                             .arg(parsed->e164())));
            }
            return html;
        }

        QString linkHtml(const QString& url)
        {
            return QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped(url));
        }

        QString recoveryPagesHtml(const Account& account, const QList<Playbook>& playbooks)
        {
            QStringList pages;
            if (!account.recovery.recoveryUrl.trimmed().isEmpty()) {
                pages.append(account.recovery.recoveryUrl.trimmed());
            }
            for (const Playbook& playbook : playbooks) {
                const QString page = playbook.recoveryPage().toString();
                if (!page.isEmpty() && !pages.contains(page)) {
                    pages.append(page);
                }
            }
            if (pages.isEmpty()) {
                return notRecorded();
            }
            QStringList links;
            for (const QString& page : std::as_const(pages)) {
                links.append(linkHtml(page));
            }
            return links.join(QStringLiteral("<br/>"));
        }

        QString codesHtml(const RecoveryInfo& recovery)
        {
            QString html = QStringLiteral("<h2>%1</h2>")
                               .arg(translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit", "Unused recovery codes")));
            QStringList unused;
            for (const RecoveryCode& code : recovery.recoveryCodes) {
                if (!code.used) {
                    unused.append(code.code);
                }
            }
            if (unused.isEmpty()) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(recovery.recoveryCodes.isEmpty()
                                    ? translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit",
                                        "None stored. If the provider offers recovery codes, create them and add them "
                                        "to this account in Tessera, then print this kit again."))
                                    : translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit",
                                        "All stored codes have been used. Create a new set at the provider and print "
                                        "this kit again.")));
                return html;
            }
            html += QStringLiteral("<p>%1</p><table cellpadding=\"3\">")
                        .arg(translatedHtml(QT_TRANSLATE_NOOP(
                            "tessera::RecoveryKit", "Each code works once. Cross a code out when you use it.")));
            for (const QString& code : std::as_const(unused)) {
                html += QStringLiteral("<tr><td>&#9744;</td><td><tt style=\"font-size: 12pt\">%1</tt></td></tr>")
                            .arg(escaped(code));
            }
            html += QStringLiteral("</table>");
            return html;
        }

        QString playbookHtml(const Playbook& playbook)
        {
            QString html = QStringLiteral("<h2>%1</h2>")
                               .arg(escaped(QCoreApplication::translate(
                                   "tessera::RecoveryKit", "If you lose the authenticator: %1")
                                                .arg(playbook.title())));
            html += QStringLiteral("<p>%1</p>").arg(escaped(playbook.summary()));
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit", "Typical wait:")),
                            escaped(playbook.waiting().text));
            html += QStringLiteral("<p><b>%1</b></p><ul>")
                        .arg(translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit", "Have ready:")));
            for (const Playbook::Item& item : playbook.prepare()) {
                html += QStringLiteral("<li>%1</li>").arg(escaped(item.text));
            }
            html += QStringLiteral("</ul><p><b>%1</b></p><ol>")
                        .arg(translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit", "Ways back in:")));
            for (const Playbook::Path& path : playbook.paths()) {
                html += QStringLiteral("<li>%1</li>").arg(escaped(path.title));
            }
            html += QStringLiteral("</ol>");
            if (playbook.resync()) {
                html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit", "The provider's re-sync:")),
                                escaped(playbook.resync()->text));
            }
            return html;
        }

        QString sheetHtml(const Account& account,
            const QList<Playbook>& playbooks,
            const RecoveryKit::Options& options,
            bool first,
            const QString& qrResource)
        {
            const QString name = account.displayName().isEmpty()
                ? QCoreApplication::translate("tessera::RecoveryKit", "Account")
                : account.displayName();
            QString html
                = first ? QStringLiteral("<div>") : QStringLiteral("<div style=\"page-break-before: always\">");
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellpadding=\"8\" cellspacing=\"0\" "
                                   "bgcolor=\"#fff3cd\"><tr><td><b>%1.</b> %2 %3</td></tr></table>")
                        .arg(translatedHtml(RecoveryKit::Warning),
                            qrResource.isEmpty()
                                ? translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit",
                                    "Its recovery codes and contact details are what the provider asks for when the "
                                    "authenticator is lost."))
                                : translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit",
                                    "Its QR code holds the secret key that makes your codes, and its recovery codes "
                                    "replace the authenticator.")),
                            translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit",
                                "Keep it somewhere private and safe, such as a locked drawer; do not photograph, scan "
                                "or share it. Destroy it when you print a new one.")));
            html
                += QStringLiteral("<h1>%1</h1>")
                       .arg(escaped(QCoreApplication::translate("tessera::RecoveryKit", "Recovery kit: %1").arg(name)));
            if (options.createdAt.isValid()) {
                html
                    += QStringLiteral("<p>%1</p>")
                           .arg(escaped(QCoreApplication::translate("tessera::RecoveryKit", "Printed by Tessera on %1.")
                                            .arg(options.createdAt.toUTC().date().toString(Qt::ISODate))));
            }
            html += QStringLiteral("<table cellpadding=\"4\" cellspacing=\"0\" width=\"100%\">");
            html += row(QCoreApplication::translate("tessera::RecoveryKit", "Issuer"),
                account.issuer.isEmpty() ? notRecorded() : escaped(account.issuer));
            html += row(QCoreApplication::translate("tessera::RecoveryKit", "Account"),
                account.accountName.isEmpty() ? notRecorded() : escaped(account.accountName));
            html += row(QCoreApplication::translate("tessera::RecoveryKit", "Email"),
                account.recovery.email.trimmed().isEmpty() ? notRecorded() : escaped(account.recovery.email.trimmed()));
            html += row(QCoreApplication::translate("tessera::RecoveryKit", "Phone (E.164)"),
                phoneHtml(account.recovery.phone, options.defaultRegion));
            html += row(QCoreApplication::translate("tessera::RecoveryKit", "Other second factor"),
                secondFactorText(account.recovery.secondFactor));
            html += row(QCoreApplication::translate("tessera::RecoveryKit", "Recovery page"),
                recoveryPagesHtml(account, playbooks));
            html += QStringLiteral("</table>");
            html += codesHtml(account.recovery);
            if (playbooks.size() > 1) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit",
                                "The issuer alone does not tell which kind of account this is: each recovery that may "
                                "apply follows.")));
            }
            for (const Playbook& playbook : playbooks) {
                html += playbookHtml(playbook);
            }
            if (!qrResource.isEmpty()) {
                html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                            .arg(translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit", "QR code of the seed")),
                                translatedHtml(QT_TRANSLATE_NOOP("tessera::RecoveryKit",
                                    "Scan it with an authenticator app to restore this account's codes.")));
                html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%2\"/></p>")
                            .arg(qrResource)
                            .arg(QrDisplaySize);
            }
            html += QStringLiteral("</div>");
            return html;
        }

        /// Makes sure the file that will be replaced is owner-only before QSaveFile copies its
        /// permissions to the temporary file, or creates it so (an empty placeholder).
        Result<bool> prepareTarget(const QString& path)
        {
            if (QFileInfo::exists(path)) {
                if (!QFile::setPermissions(path, OwnerOnly)) {
                    return Error(Error::Kind::Io,
                        QCoreApplication::translate("tessera::RecoveryKit",
                            "Could not make %1 readable by you only, so the recovery kit was not written "
                            "there. Choose another file.")
                            .arg(path));
                }
                return false;
            }
            QFile placeholder(path);
            if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
                return Error(Error::Kind::Io,
                    QCoreApplication::translate("tessera::RecoveryKit", "Could not create the recovery kit %1: %2.")
                        .arg(path, placeholder.errorString()));
            }
            return true;
        }

        /// Prints the document to a PDF at `path`: atomically, owner-only from the start.
        Result<void> print(const QTextDocument& document, const QString& path)
        {
            auto created = prepareTarget(path);
            if (!created) {
                return created.error();
            }
            Result<void> outcome;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly)) {
                outcome = Error(Error::Kind::Io,
                    QCoreApplication::translate("tessera::RecoveryKit", "Could not write the recovery kit to %1: %2.")
                        .arg(path, file.errorString()));
            } else {
                {
                    QPdfWriter writer(&file);
                    writer.setTitle(QCoreApplication::translate("tessera::RecoveryKit", "Tessera recovery kit"));
                    writer.setCreator(QStringLiteral("Tessera"));
                    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
                    document.print(&writer);
                }
                if (!file.commit()) {
                    outcome = Error(Error::Kind::Io,
                        QCoreApplication::translate(
                            "tessera::RecoveryKit", "Could not write the recovery kit to %1: %2.")
                            .arg(path, file.errorString()));
                }
            }
            if (!outcome && *created) {
                QFile::remove(path);
            }
            return outcome;
        }
    }

    RecoveryKit::RecoveryKit(QList<Playbook> playbooks)
        : m_matcher(std::move(playbooks))
    { }

    Result<void> RecoveryKit::write(const QList<Account>& accounts, const QString& path, const Options& options) const
    {
        if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
            return Error(Error::Kind::Unsupported,
                tr("The recovery kit could not be made: printing it needs fonts, which this program has "
                   "not loaded. Print it from Tessera's window instead."));
        }
        QList<const Account*> sheets;
        for (const Account& account : accounts) {
            if (!account.isTrashed()) {
                sheets.append(&account);
            }
        }
        if (sheets.isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("There is no account to put in the recovery kit."));
        }

        QList<QImage> images;
        Result<void> outcome;
        {
            QTextDocument document;
            QFont font = document.defaultFont();
            font.setPointSize(10);
            // No ligatures: text copied from the PDF (an email address, a page) must stay plain letters.
            font.setStyleStrategy(QFont::PreferNoShaping);
            document.setDefaultFont(font);
            QString html = QStringLiteral("<html><body>");
            for (const Account* account : std::as_const(sheets)) {
                QString resource;
                if (options.includeQrCodes) {
                    QString uri = account->toUri().toString();
                    auto image = QrEncoder::toImage(uri, QrEncoder::ErrorCorrection::Medium, QrModuleSize);
                    wipe(uri);
                    if (!image) {
                        outcome = image.error().withContext(
                            tr("The QR code of %1 for the recovery kit").arg(account->displayName()));
                        break;
                    }
                    resource = QStringLiteral("tessera-qr:%1").arg(images.size());
                    document.addResource(QTextDocument::ImageResource, QUrl(resource), QVariant(*image));
                    images.append(std::move(image).value());
                }
                html += sheetHtml(
                    *account, m_matcher.matchOrGeneric(account->issuer), options, account == sheets.first(), resource);
            }
            html += QStringLiteral("</body></html>");
            if (outcome) {
                document.setHtml(html);
                outcome = print(document, path);
            }
            wipe(html);
        }
        // The document is gone: these are the last copies of the QR codes' pixels.
        for (QImage& image : images) {
            image.fill(0);
        }
        return outcome;
    }
}
