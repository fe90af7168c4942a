#pragma once

#include "Account.h"
#include "ExportOptions.h"
#include "ExportResult.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace tessera
{
    /// A printable PDF for a safe (QPdfWriter, A4): one QR code per account (its otpauth:// link) with the
    /// issuer, the account name, the code settings and the key in groups of four, six accounts a page.
    /// The sheet holds every secret in clear and says so on each page. Trashed accounts are left out.
    /// Drawing text needs fonts, so the process must run a QGuiApplication (the offscreen platform is
    /// enough); without one the export is refused with an error instead of aborting.
    class PdfExporter
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::PdfExporter)

    public:
        static constexpr int AccountsPerPage = 6;

        [[nodiscard]] static Result<ExportResult> write(const QList<Account>& accounts, const ExportOptions& options);
    };
}
