#pragma once

#include <QString>

namespace tessera
{
    /// An error as a value: what went wrong, in one sentence a user understands, plus a kind
    /// that callers (the CLI's exit codes, the GUI's choice of dialog) can branch on.
    class Error
    {
    public:
        enum class Kind
        {
            InvalidInput,  ///< malformed or unsupported data from outside
            WrongPassword, ///< a password, recovery key or backup password did not open the data
            NotFound,      ///< nothing matched
            Ambiguous,     ///< several things matched where one was needed
            Io,            ///< the file system or the network failed
            Corrupt,       ///< data failed authentication or is damaged
            Conflict,      ///< the thing already exists or changed underneath us
            Unsupported,   ///< valid, but from a newer version or a feature we do not have
        };

        Error(Kind kind, QString message);

        [[nodiscard]] Kind kind() const;
        [[nodiscard]] const QString& message() const;

        /// The same error with context put in front: "Reading backup.json: <message>".
        [[nodiscard]] Error withContext(const QString& context) const;

    private:
        Kind m_kind;
        QString m_message;
    };
}
