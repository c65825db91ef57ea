#pragma once

#include <QString>

#include <expected>

namespace taxbox {

/// A failure reported by core: a stable machine code, the input field it concerns and a message in
/// the user's language. Core never throws across module boundaries; it returns Result<T>.
struct Error
{
    /// Stable snake_case identifier, e.g. "too_many_fraction_digits". Scripts match on it.
    QString code;
    /// Human-readable explanation, already translated into the user's language.
    QString message;
    /// The input field the error concerns (e.g. "amount"); empty when not about one field.
    QString field;

    [[nodiscard]] Error withField(const QString &name) const
    {
        Error copy = *this;
        copy.field = name;
        return copy;
    }
};

/// Value-or-error result used by every fallible core function.
template<typename T> using Result = std::expected<T, Error>;

/// Convenience for `return fail(...)` in functions returning Result<T>.
[[nodiscard]] inline std::unexpected<Error> fail(QString code, QString message, QString field = {})
{
    return std::unexpected<Error>(Error{std::move(code), std::move(message), std::move(field)});
}

} // namespace taxbox
