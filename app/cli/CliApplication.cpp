#include "CliApplication.h"

#include "AddCommand.h"
#include "AuditCommand.h"
#include "ClockCommand.h"
#include "CodeCommand.h"
#include "CryptoSelfTest.h"
#include "EditCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "ListCommand.h"
#include "PasswdCommand.h"
#include "ProcessHardening.h"
#include "PurgeCommand.h"
#include "QrCommand.h"
#include "RestoreCommand.h"
#include "ResyncCommand.h"
#include "RmCommand.h"
#include "ScanCommand.h"
#include "ShowCommand.h"
#include "Version.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#include <unistd.h>

namespace tessera::cli
{
    namespace
    {
        QList<QCommandLineOption> globalOptions()
        {
            return {
                QCommandLineOption(QStringLiteral("vault"),
                    QStringLiteral("The vault file (default: ~/.local/share/tessera/vault.tessera)."),
                    QStringLiteral("PATH")),
                QCommandLineOption(QStringLiteral("password-file"),
                    QStringLiteral("Read the vault password from the first line of FILE."), QStringLiteral("FILE")),
                QCommandLineOption(QStringLiteral("recovery-key-file"),
                    QStringLiteral("Unlock with the recovery key in FILE instead of the password."),
                    QStringLiteral("FILE")),
            };
        }

        /// Qt's parser errors end with a period ("Unknown option 'x'."), or may not: exactly one.
        QString sentence(QString text)
        {
            return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
        }

        QCommandLineOption helpOption()
        {
            return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
        }

        QCommandLineOption versionOption()
        {
            return QCommandLineOption(QStringLiteral("version"), QStringLiteral("Show the version."));
        }

        /// The parser for the global options, up to the command name.
        void setUpGlobalParser(QCommandLineParser& parser)
        {
            parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
            parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
            parser.addOptions(globalOptions());
            parser.addOption(helpOption());
            parser.addOption(versionOption());
        }

        /// The parser for a command's own arguments and options (the global ones are accepted too).
        void setUpCommandParser(QCommandLineParser& parser, const Command& command)
        {
            parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
            parser.addOptions(globalOptions());
            parser.addOption(helpOption());
            parser.addOptions(command.options());
            for (const Command::Argument& argument : command.arguments()) {
                parser.addPositionalArgument(argument.name, argument.description);
            }
        }

        QtMessageHandler g_qtMessages = nullptr;

        /// While the QGuiApplication starts, Qt may talk about the desktop session ("XDG_RUNTIME_DIR not
        /// set"), which does not matter for drawing offscreen: only errors get through.
        void onlyErrors(QtMsgType type, const QMessageLogContext& context, const QString& message)
        {
            if ((type == QtCriticalMsg || type == QtFatalMsg) && g_qtMessages != nullptr) {
                g_qtMessages(type, context, message);
            }
        }

        void applyGlobalOptions(const QCommandLineParser& parser, CommandContext& context)
        {
            if (parser.isSet(QStringLiteral("vault"))) {
                context.vaultPath = parser.value(QStringLiteral("vault"));
            }
            if (parser.isSet(QStringLiteral("password-file"))) {
                context.passwordFile = parser.value(QStringLiteral("password-file"));
            }
            if (parser.isSet(QStringLiteral("recovery-key-file"))) {
                context.recoveryKeyFile = parser.value(QStringLiteral("recovery-key-file"));
            }
        }
    }

    CliApplication::CliApplication()
    {
        m_commands.push_back(std::make_unique<InitCommand>());
        m_commands.push_back(std::make_unique<AddCommand>());
        m_commands.push_back(std::make_unique<ListCommand>());
        m_commands.push_back(std::make_unique<CodeCommand>());
        m_commands.push_back(std::make_unique<GenerateCommand>());
        m_commands.push_back(std::make_unique<ShowCommand>());
        m_commands.push_back(std::make_unique<EditCommand>());
        m_commands.push_back(std::make_unique<RmCommand>());
        m_commands.push_back(std::make_unique<RestoreCommand>());
        m_commands.push_back(std::make_unique<PurgeCommand>());
        m_commands.push_back(std::make_unique<PasswdCommand>());
        m_commands.push_back(std::make_unique<ScanCommand>());
        m_commands.push_back(std::make_unique<QrCommand>());
        m_commands.push_back(std::make_unique<ImportCommand>());
        m_commands.push_back(std::make_unique<ExportCommand>());
        m_commands.push_back(std::make_unique<ClockCommand>());
        m_commands.push_back(std::make_unique<AuditCommand>());
        m_commands.push_back(std::make_unique<ResyncCommand>());
    }

    CliApplication::~CliApplication() = default;

    Command* CliApplication::find(const QString& name) const
    {
        for (const auto& command : m_commands) {
            if (command->name() == name) {
                return command.get();
            }
        }
        return nullptr;
    }

    QString CliApplication::helpText() const
    {
        QString text = QStringLiteral(
            "Usage: tessera-cli [--vault PATH] [--password-file FILE | --recovery-key-file FILE] COMMAND [OPTIONS]\n"
            "\n"
            "Tessera's command line: one-time codes, the encrypted vault, QR codes, backups and recovery.\n"
            "\n"
            "Commands:\n");
        for (const auto& command : m_commands) {
            text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(10), command->summary());
        }
        text += QStringLiteral(
            "\n"
            "Global options:\n"
            "  --vault PATH\n"
            "      The vault file (default: ~/.local/share/tessera/vault.tessera).\n"
            "  --password-file FILE\n"
            "      Read the vault password from the first line of FILE. Without it, the first line of\n"
            "      standard input is used when it is not a terminal; otherwise you are asked for it.\n"
            "  --recovery-key-file FILE\n"
            "      Unlock with the recovery key in FILE instead of the password.\n"
            "  -h, --help\n"
            "      Show this help, or a command's help with 'tessera-cli COMMAND --help'.\n"
            "  --version\n"
            "      Show the version.\n"
            "\n"
            "Exit codes:\n"
            "  0  success\n"
            "  1  wrong usage (unknown command or option, missing argument)\n"
            "  2  wrong password, recovery key or backup password\n"
            "  3  invalid or unreadable input (including no QR code found)\n"
            "  4  no match, several matches, or nothing found\n"
            "  5  input/output or network error, missing vault, existing vault on init\n");
        return text;
    }

    int CliApplication::run(const QStringList& arguments, CommandContext& context)
    {
        QCommandLineParser global;
        setUpGlobalParser(global);
        if (!global.parse(arguments)) {
            context.err << sentence(global.errorText()) << QStringLiteral(" Run 'tessera-cli --help' for usage.\n");
            return Usage;
        }
        applyGlobalOptions(global, context);

        const QStringList rest = global.positionalArguments();
        if (global.isSet(QStringLiteral("version"))) {
            context.out << QStringLiteral("tessera-cli %1\n").arg(QStringLiteral(TESSERA_VERSION));
            return Success;
        }
        if (rest.isEmpty()) {
            if (global.isSet(QStringLiteral("help"))) {
                context.out << helpText();
                return Success;
            }
            context.err << QStringLiteral("No command given.\n\n") << helpText();
            return Usage;
        }

        const QString name = rest.first();
        Command* command = find(name);
        if (command == nullptr) {
            context.err << QStringLiteral("Unknown command '%1'. Run 'tessera-cli --help' for the list of commands.\n")
                               .arg(name);
            return Usage;
        }
        if (global.isSet(QStringLiteral("help"))) {
            context.out << command->helpText();
            return Success;
        }

        QCommandLineParser parser;
        setUpCommandParser(parser, *command);
        QStringList commandArguments = rest;
        commandArguments.first() = QStringLiteral("tessera-cli ") + name;
        if (!parser.parse(commandArguments)) {
            context.err << sentence(parser.errorText())
                        << QStringLiteral(" Run 'tessera-cli %1 --help' for usage.\n").arg(name);
            return Usage;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            context.out << command->helpText();
            return Success;
        }
        applyGlobalOptions(parser, context);
        return command->execute(parser, context);
    }

    bool CliApplication::needsGuiApplication(const QStringList& arguments) const
    {
        QCommandLineParser global;
        setUpGlobalParser(global);
        if (!global.parse(arguments) || global.positionalArguments().isEmpty() || global.isSet(QStringLiteral("help"))
            || global.isSet(QStringLiteral("version"))) {
            return false;
        }
        const QStringList rest = global.positionalArguments();
        const Command* command = find(rest.first());
        if (command == nullptr) {
            return false;
        }
        QCommandLineParser parser;
        setUpCommandParser(parser, *command);
        return parser.parse(rest) && !parser.isSet(QStringLiteral("help")) && command->needsGuiApplication(parser);
    }

    int CliApplication::runProcess(int argc, char* argv[])
    {
        // Before anything holds a secret: no core dumps, no ptrace by other processes (as the app does).
        ProcessHardening::apply();
        CliApplication cli;
        QStringList rawArguments;
        for (int i = 0; i < argc; ++i) {
            rawArguments.append(QString::fromLocal8Bit(argv[i]));
        }
        // Drawing text needs fonts, which only a QGuiApplication loads. The offscreen platform gives it
        // them without a display (and never opens a window or talks to the desktop), so only the commands
        // that draw pay for it.
        std::unique_ptr<QCoreApplication> application;
        if (cli.needsGuiApplication(rawArguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            g_qtMessages = qInstallMessageHandler(onlyErrors);
            application = std::make_unique<QGuiApplication>(argc, argv);
            qInstallMessageHandler(g_qtMessages);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setOrganizationName(QStringLiteral("tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera"));
        QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

        QFile in;
        QFile outFile;
        QFile errFile;
        if (!in.open(stdin, QIODevice::ReadOnly) || !outFile.open(stdout, QIODevice::WriteOnly)
            || !errFile.open(stderr, QIODevice::WriteOnly)) {
            return IoError;
        }
        QTextStream out(&outFile);
        QTextStream err(&errFile);
        // Known-answer tests of the crypto primitives before anything else: a broken library must
        // never get near a vault.
        if (auto selfTest = CryptoSelfTest::run(); !selfTest) {
            err << selfTest.error().message() << QLatin1Char('\n');
            err.flush();
            return IoError;
        }
        Clock clock;
        CommandContext context{out, err, in, isatty(STDIN_FILENO) == 1, clock, {}, {}, {}};

        const int code = cli.run(QCoreApplication::arguments(), context);
        out.flush();
        err.flush();
        return code;
    }
}
