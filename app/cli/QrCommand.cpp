#include "QrCommand.h"

#include "ExitCode.h"
#include "OwnerOnlyFile.h"
#include "QrEncoder.h"
#include "SecretWipe.h"
#include "VaultSession.h"

#include <QBuffer>
#include <QFileInfo>

namespace tessera::cli
{
    namespace
    {
        enum class OutputFormat
        {
            Png,
            Svg,
        };

        Result<QByteArray> render(const QString& uri, OutputFormat format)
        {
            if (format == OutputFormat::Svg) {
                auto svg = QrEncoder::toSvg(uri, QrEncoder::ErrorCorrection::Medium, QrCommand::ModuleSize);
                if (!svg) {
                    return svg.error();
                }
                QByteArray bytes = svg->toUtf8();
                wipe(*svg);
                return bytes;
            }
            auto image = QrEncoder::toImage(uri, QrEncoder::ErrorCorrection::Medium, QrCommand::ModuleSize);
            if (!image) {
                return image.error();
            }
            QByteArray bytes;
            QBuffer buffer(&bytes);
            if (!buffer.open(QIODevice::WriteOnly) || !image->save(&buffer, "PNG")) {
                return Error(Error::Kind::Io, QStringLiteral("Cannot encode the QR code as PNG."));
            }
            image->fill(0);
            return bytes;
        }
    }

    QString QrCommand::name() const
    {
        return QStringLiteral("qr");
    }

    QString QrCommand::summary() const
    {
        return QStringLiteral("Write an account's QR code to a PNG or SVG file (it contains the secret).");
    }

    QString QrCommand::description() const
    {
        return QStringLiteral(
            "Writes the otpauth:// URI of the account QUERY names as a QR code, for a phone's authenticator\n"
            "app to scan: PNG or SVG, chosen by the extension of FILE. Anyone who sees the code can copy the\n"
            "account, so the file is written readable by you only (mode 0600); delete it when you are done.\n"
            "\n"
            "QUERY is an id; else the issuer, the account name or \"issuer:account\" (any case); else part of\n"
            "\"issuer account\". No match or several matches exit with 4 and list the candidates.");
    }

    QList<Command::Argument> QrCommand::arguments() const
    {
        return {{QStringLiteral("QUERY"), QStringLiteral("Which account: an id, a name, or part of one.")}};
    }

    QList<QCommandLineOption> QrCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("out"),
                QStringLiteral("The file to write: FILE.png or FILE.svg (written with mode 0600)."),
                QStringLiteral("FILE.png|FILE.svg")),
        };
    }

    int QrCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.err << QStringLiteral("qr takes exactly one QUERY. Run 'tessera-cli qr --help' for usage.\n");
            return Usage;
        }
        const QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty()) {
            context.err << QStringLiteral("qr needs --out FILE.png or --out FILE.svg. Run 'tessera-cli qr --help' "
                                          "for usage.\n");
            return Usage;
        }
        const QString suffix = QFileInfo(out).suffix().toLower();
        OutputFormat format = OutputFormat::Png;
        if (suffix == QStringLiteral("svg")) {
            format = OutputFormat::Svg;
        } else if (suffix != QStringLiteral("png")) {
            context.err
                << QStringLiteral("Cannot tell the format of '%1': name the file FILE.png or FILE.svg.\n").arg(out);
            return Usage;
        }

        VaultSession session(context);
        if (auto failed = session.unlock(VaultSession::Access::Read)) {
            return *failed;
        }
        auto match = session.find(positional.first(), Vault::Filter::Active);
        if (!match) {
            return session.fail(match.error());
        }
        auto account = session.vault().account(match->id);
        if (!account) {
            return session.fail(account.error());
        }
        QString uri = account->toUri().toString();
        auto bytes = render(uri, format);
        wipe(uri);
        if (!bytes) {
            return session.fail(bytes.error());
        }
        auto written = OwnerOnlyFile::write(out, *bytes);
        wipe(*bytes);
        if (!written) {
            return session.fail(written.error());
        }
        session.tell(QStringLiteral("Wrote the QR code of %1 to %2. Anyone who sees it can copy the account: delete "
                                    "the file when you are done.")
                         .arg(account->displayName(), out));
        return Success;
    }
}
