#pragma once

#include "Error.h"

#include <utility>
#include <variant>

namespace tessera
{
    /// Either a value or an Error (an expected-style type; C++20 has no std::expected).
    /// Accessing the wrong alternative is a programming error and aborts via std::get.
    template <typename T> class [[nodiscard]] Result
    {
    public:
        Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
            : m_state(std::in_place_index<0>, std::move(value))
        { }
        Result(Error error) // NOLINT(google-explicit-constructor)
            : m_state(std::in_place_index<1>, std::move(error))
        { }

        [[nodiscard]] bool ok() const { return m_state.index() == 0; }
        explicit operator bool() const { return ok(); }

        [[nodiscard]] const T& value() const& { return std::get<0>(m_state); }
        [[nodiscard]] T& value() & { return std::get<0>(m_state); }
        [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_state)); }
        [[nodiscard]] const Error& error() const { return std::get<1>(m_state); }

        const T* operator->() const { return &value(); }
        T* operator->() { return &value(); }
        const T& operator*() const& { return value(); }
        T& operator*() & { return value(); }

    private:
        std::variant<T, Error> m_state;
    };

    /// A Result that carries no value: success, or an Error.
    template <> class [[nodiscard]] Result<void>
    {
    public:
        Result() = default;
        Result(Error error) // NOLINT(google-explicit-constructor)
            : m_error(std::move(error))
            , m_failed(true)
        { }

        [[nodiscard]] bool ok() const { return !m_failed; }
        explicit operator bool() const { return ok(); }
        [[nodiscard]] const Error& error() const { return m_error; }

    private:
        Error m_error{Error::Kind::InvalidInput, QString()};
        bool m_failed = false;
    };
}
