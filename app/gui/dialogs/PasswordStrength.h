#pragma once

#include <QString>
#include <QStringView>

namespace tessera::gui
{
    /// A small, honest estimate of how hard a password is to guess, for the hint under a new
    /// password field. It counts the character classes and the length, then discounts what an
    /// attacker tries first: a built-in list of very common passwords (also with digits swapped
    /// for letters, "p4ssw0rd"), keyboard and alphabet runs ("qwerty", "4321"), repeated characters
    /// and chunks, and letter runs that read like words (valued as a pick from a word list, not as
    /// random letters). No external data, no network. Without a dictionary it cannot tell a real
    /// word from a pronounceable made-up one, so it errs towards caution for those.
    class PasswordStrength
    {
    public:
        enum class Level
        {
            Weak,
            Fair,
            Good,
            Strong,
        };

        /// Fewer characters are always Weak, and dialogs refuse them for a vault password.
        static constexpr int MinimumLength = 8;

        static PasswordStrength estimate(QStringView password);

        [[nodiscard]] Level level() const { return m_level; }
        /// The estimated guessing entropy in bits (log2 of the guesses needed).
        [[nodiscard]] double bits() const { return m_bits; }
        /// One or two sentences: what makes it weak, or how to make it stronger.
        [[nodiscard]] const QString& hint() const { return m_hint; }
        /// Whether it has at least MinimumLength characters.
        [[nodiscard]] bool isLongEnough() const { return m_length >= MinimumLength; }

        /// "Weak", "Fair", "Good", "Strong" (translated).
        static QString levelName(Level level);

    private:
        PasswordStrength() = default;

        Level m_level = Level::Weak;
        double m_bits = 0.0;
        qsizetype m_length = 0;
        QString m_hint;
    };
}
