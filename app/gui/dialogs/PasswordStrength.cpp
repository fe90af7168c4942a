#include "PasswordStrength.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::gui
{
    namespace
    {
        // Very common passwords and their stems (from the published top-password lists, in our own
        // words: no external data file). Only stems of four or more characters: shorter ones would
        // match inside too many good passwords. Digits-only and keyboard runs are found as patterns.
        constexpr auto CommonPasswords = std::to_array<std::string_view>({"password", "passwort", "motdepasse",
            "contrasena", "qwerty", "qwertz", "azerty", "letmein", "welcome", "monkey", "dragon", "master", "iloveyou",
            "admin", "administrator", "login", "abc123", "football", "baseball", "basketball", "sunshine", "princess",
            "shadow", "superman", "batman", "spiderman", "trustno1", "starwars", "michael", "jessica", "charlie",
            "freedom", "whatever", "hello", "secret", "default", "changeme", "access", "flower", "hunter", "killer",
            "soccer", "hockey", "jordan", "harley", "ranger", "buster", "thomas", "tigger", "robert", "daniel",
            "andrew", "joshua", "pepper", "ginger", "summer", "winter", "spring", "autumn", "cookie", "cheese",
            "mustang", "maggie", "computer", "internet", "google", "samsung", "chocolate", "matrix", "ninja", "lovely",
            "loveme", "pokemon", "naruto", "1q2w3e4r", "zaq12wsx", "qazwsx", "asdfgh", "zxcvbn", "tessera",
            "authenticator", "love", "angel", "money", "test", "guest", "root", "user", "pass", "blink182", "biteme",
            "purple", "orange", "banana", "yankees", "liverpool", "arsenal", "london"});

        // Runs an attacker's rules walk: the alphabet, the digits, and keyboard rows (QWERTY,
        // QWERTZ, AZERTY). Reversed runs are found too.
        constexpr auto Sequences = std::to_array<std::string_view>({"abcdefghijklmnopqrstuvwxyz", "01234567890",
            "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "yxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn"});

        constexpr double BitsPerCommonPassword = 7.0; // log2 of about a hundred stems
        constexpr double BitsPerShortWord = 11.0;     // a short word from a list of a few thousand
        constexpr double BitsPerWordLetter = 2.5;     // longer words: about 2.5 bits per letter
        constexpr double WeakBelow = 40.0;
        constexpr double FairBelow = 60.0;
        constexpr double GoodBelow = 80.0;

        QString translate(const char* text)
        {
            return QCoreApplication::translate("PasswordStrength", text);
        }

        char32_t lowered(char32_t c)
        {
            if (c >= U'A' && c <= U'Z') {
                return c - U'A' + U'a';
            }
            return c;
        }

        char32_t unLeet(char32_t c)
        {
            switch (c) {
            case U'0':
                return U'o';
            case U'1':
            case U'!':
                return U'i';
            case U'3':
                return U'e';
            case U'4':
            case U'@':
                return U'a';
            case U'5':
            case U'$':
                return U's';
            case U'7':
                return U't';
            case U'8':
                return U'b';
            default:
                return c;
            }
        }

        std::u32string fromAscii(std::string_view text)
        {
            return {text.begin(), text.end()};
        }

        struct Analysis
        {
            std::vector<double> cost;    // bits each character adds
            std::vector<bool> explained; // part of a pattern already
            bool common = false;
            bool sequence = false;
            bool repeat = false;
        };

        // Spreads `bits` over [start, start + length) and marks the span as explained.
        void assign(Analysis& analysis, std::size_t start, std::size_t length, double bits)
        {
            for (std::size_t i = start; i < start + length; ++i) {
                analysis.cost[i] = bits / static_cast<double>(length);
                analysis.explained[i] = true;
            }
        }

        bool isFree(const Analysis& analysis, std::size_t start, std::size_t length)
        {
            return std::none_of(analysis.explained.begin() + static_cast<std::ptrdiff_t>(start),
                analysis.explained.begin() + static_cast<std::ptrdiff_t>(start + length), [](bool b) { return b; });
        }

        void findCommonPasswords(
            Analysis& analysis, const std::u32string& original, const std::u32string& plain, const std::u32string& leet)
        {
            std::vector<std::u32string> words;
            words.reserve(CommonPasswords.size());
            for (const std::string_view word : CommonPasswords) {
                words.push_back(fromAscii(word));
            }
            // Longest first, so "password" wins over "pass".
            std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
            for (const std::u32string& word : words) {
                for (const std::u32string* haystack : {&plain, &leet}) {
                    for (std::size_t at = haystack->find(word); at != std::u32string::npos;
                         at = haystack->find(word, at + 1)) {
                        if (!isFree(analysis, at, word.size())) {
                            continue;
                        }
                        double bits = BitsPerCommonPassword;
                        // Capitals and substitutions are the first rules a cracker applies: a bit each.
                        const bool capitals = std::any_of(original.begin() + static_cast<std::ptrdiff_t>(at),
                            original.begin() + static_cast<std::ptrdiff_t>(at + word.size()),
                            [](char32_t c) { return c >= U'A' && c <= U'Z'; });
                        bits += capitals ? 1.0 : 0.0;
                        bits += haystack == &leet ? 1.0 : 0.0;
                        assign(analysis, at, word.size(), bits);
                        analysis.common = true;
                    }
                }
            }
        }

        // Position of c in a sequence, or npos.
        std::size_t indexIn(std::string_view sequence, char32_t c)
        {
            if (c > 0x7F) {
                return std::string_view::npos;
            }
            return sequence.find(static_cast<char>(c));
        }

        void findSequences(Analysis& analysis, const std::u32string& plain, double perCharacter)
        {
            const std::size_t n = plain.size();
            std::size_t i = 0;
            while (i + 2 < n) {
                std::size_t best = 1;
                for (const std::string_view sequence : Sequences) {
                    for (const int direction : {1, -1}) {
                        std::size_t position = indexIn(sequence, plain[i]);
                        std::size_t length = 1;
                        while (position != std::string_view::npos && i + length < n) {
                            const auto next = static_cast<std::ptrdiff_t>(position) + direction;
                            if (next < 0 || next >= static_cast<std::ptrdiff_t>(sequence.size())
                                || indexIn(sequence, plain[i + length]) == std::string_view::npos
                                || sequence[static_cast<std::size_t>(next)] != static_cast<char>(plain[i + length])) {
                                break;
                            }
                            position = static_cast<std::size_t>(next);
                            ++length;
                        }
                        best = std::max(best, length);
                    }
                }
                if (best >= 3 && isFree(analysis, i, best)) {
                    // The start costs a normal character; each step only says "keep going" (and which way).
                    assign(analysis, i, best, perCharacter + static_cast<double>(best - 1));
                    analysis.sequence = true;
                    i += best;
                } else {
                    ++i;
                }
            }
        }

        void findRepeatedCharacters(Analysis& analysis, const std::u32string& plain, double perCharacter)
        {
            const std::size_t n = plain.size();
            std::size_t i = 0;
            while (i < n) {
                std::size_t length = 1;
                while (i + length < n && plain[i + length] == plain[i]) {
                    ++length;
                }
                if (length >= 3 && isFree(analysis, i, length)) {
                    assign(analysis, i, length, perCharacter + std::log2(static_cast<double>(length)));
                    analysis.repeat = true;
                }
                i += length;
            }
        }

        bool isVowel(char32_t c)
        {
            return c == U'a' || c == U'e' || c == U'i' || c == U'o' || c == U'u' || c == U'y';
        }

        // Runs of letters that read like words ("candle", "Orbit"): a cracker tries dictionary
        // words, so a word is worth about what picking it from a large word list is (11 to 17
        // bits for 4 to 7 letters), not its length times the alphabet. Letter runs that do not
        // look like words (no vowel, or four consonants in a row) count as random.
        void findWords(Analysis& analysis, const std::u32string& original, const std::u32string& plain)
        {
            const std::size_t n = plain.size();
            std::size_t i = 0;
            while (i < n) {
                if (plain[i] < U'a' || plain[i] > U'z') {
                    ++i;
                    continue;
                }
                std::size_t end = i;
                while (end < n && plain[end] >= U'a' && plain[end] <= U'z') {
                    ++end;
                }
                const std::size_t length = end - i;
                bool vowel = false;
                std::size_t consonants = 0;
                std::size_t longestConsonants = 0;
                for (std::size_t k = i; k < end; ++k) {
                    if (isVowel(plain[k])) {
                        vowel = true;
                        consonants = 0;
                    } else {
                        longestConsonants = std::max(longestConsonants, ++consonants);
                    }
                }
                if (length >= 3 && vowel && longestConsonants < 4 && isFree(analysis, i, length)) {
                    double random = 0.0;
                    for (std::size_t k = i; k < end; ++k) {
                        random += analysis.cost[k];
                    }
                    double bits = std::max(BitsPerShortWord, BitsPerWordLetter * static_cast<double>(length));
                    const bool capitals = std::any_of(original.begin() + static_cast<std::ptrdiff_t>(i),
                        original.begin() + static_cast<std::ptrdiff_t>(end),
                        [](char32_t c) { return c >= U'A' && c <= U'Z'; });
                    bits += capitals ? 1.0 : 0.0;
                    if (bits < random) {
                        assign(analysis, i, length, bits);
                    }
                }
                i = end;
            }
        }

        // The whole password is one chunk typed several times ("abcabcabc", "Summer2024Summer2024").
        double repeatedChunkBits(Analysis& analysis, const std::u32string& plain, double total)
        {
            const std::size_t n = plain.size();
            for (std::size_t period = 1; period <= n / 2; ++period) {
                if (n % period != 0) {
                    continue;
                }
                bool repeats = true;
                for (std::size_t i = period; i < n && repeats; ++i) {
                    repeats = plain[i] == plain[i - period];
                }
                if (repeats) {
                    double unit = 0.0;
                    for (std::size_t i = 0; i < period; ++i) {
                        unit += analysis.cost[i];
                    }
                    const double bits = unit + std::log2(static_cast<double>(n / period));
                    if (bits < total) {
                        analysis.repeat = true;
                        return bits;
                    }
                    return total;
                }
            }
            return total;
        }
    }

    PasswordStrength PasswordStrength::estimate(QStringView password)
    {
        PasswordStrength result;
        const QList<uint> codePoints = password.toUcs4();
        const std::size_t n = static_cast<std::size_t>(codePoints.size());
        result.m_length = codePoints.size();
        if (n == 0) {
            result.m_hint = translate("Enter a password.");
            return result;
        }

        std::u32string original;
        std::u32string plain;
        std::u32string leet;
        bool lower = false;
        bool upper = false;
        bool digit = false;
        bool symbol = false;
        bool other = false;
        for (const uint value : codePoints) {
            const auto c = static_cast<char32_t>(value);
            original.push_back(c);
            plain.push_back(lowered(c));
            leet.push_back(unLeet(lowered(c)));
            if (c >= U'a' && c <= U'z') {
                lower = true;
            } else if (c >= U'A' && c <= U'Z') {
                upper = true;
            } else if (c >= U'0' && c <= U'9') {
                digit = true;
            } else if (c >= 0x20 && c < 0x7F) {
                symbol = true;
            } else {
                other = true;
            }
        }
        const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
        const double perCharacter = std::log2(static_cast<double>(std::max(pool, 2)));

        Analysis analysis;
        analysis.cost.assign(n, perCharacter);
        analysis.explained.assign(n, false);
        findCommonPasswords(analysis, original, plain, leet);
        findSequences(analysis, plain, perCharacter);
        findRepeatedCharacters(analysis, plain, perCharacter);
        findWords(analysis, original, plain);
        double bits = 0.0;
        for (const double cost : analysis.cost) {
            bits += cost;
        }
        bits = repeatedChunkBits(analysis, plain, bits);
        result.m_bits = bits;

        if (n < static_cast<std::size_t>(MinimumLength) || bits < WeakBelow) {
            result.m_level = Level::Weak;
        } else if (bits < FairBelow) {
            result.m_level = Level::Fair;
        } else if (bits < GoodBelow) {
            result.m_level = Level::Good;
        } else {
            result.m_level = Level::Strong;
        }

        if (n < static_cast<std::size_t>(MinimumLength)) {
            result.m_hint = translate("Use at least 8 characters; twelve or more, or four or more random words, "
                                      "is much better.");
        } else if (analysis.common && result.m_level != Level::Strong) {
            result.m_hint = translate("It is built on one of the most common passwords, which attackers try "
                                      "first. Add something unrelated, or use four or more random words.");
        } else if (analysis.sequence && result.m_level < Level::Good) {
            result.m_hint = translate("Runs such as \u201cabcd\u201d, \u201c4321\u201d or \u201cqwerty\u201d add "
                                      "almost nothing. Replace them with something less predictable.");
        } else if (analysis.repeat && result.m_level < Level::Good) {
            result.m_hint = translate("Repeated characters and chunks add little. Make it longer and more varied.");
        } else {
            switch (result.m_level) {
            case Level::Weak:
                result.m_hint = translate("Easy to guess. Make it longer, or use four or more random words.");
                break;
            case Level::Fair:
                result.m_hint = translate("A determined attacker could guess it. Add a few more characters or "
                                          "another word.");
                break;
            case Level::Good:
                result.m_hint = translate("Good. A few more characters would make it strong.");
                break;
            case Level::Strong:
                result.m_hint = translate("Strong. Keep it safe: without it, only the recovery key opens the "
                                          "vault.");
                break;
            }
        }
        return result;
    }

    QString PasswordStrength::levelName(Level level)
    {
        switch (level) {
        case Level::Weak:
            return translate("Weak");
        case Level::Fair:
            return translate("Fair");
        case Level::Good:
            return translate("Good");
        case Level::Strong:
            return translate("Strong");
        }
        return {};
    }
}
