// SPDX-License-Identifier: GPL-3.0-or-later
// A value or an error: the return type of every operation that can fail for a reason the user must be
// told about (a bad file, a broken database, bad input, an unreachable feed). The error's message is
// for a person and translated; its kind is for the code, which decides by the kind alone and never
// by the words.
#pragma once

#include "EnumNames.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sos {

struct Error
{
    enum class Kind
    {
        InvalidInput, // what was given or asked for is not acceptable: an argument, a draft, a request
        NotFound,     // the named tool, comparison, draft or token does not exist
        Conflict,     // it changed elsewhere meanwhile, or clashes with what exists (HTTP 409)
        Damaged,      // a database file that is not one, or is broken: worth keeping aside
        NewerVersion, // written by a newer ShipOrSkip (a store's schema, a feed's format): left untouched
        Storage,      // the database failed while in use (an SQL error, locked, read-only)
        FileSystem,   // a file or folder could not be made, read, written or moved
        Unreachable,  // the feed could not be reached: offline, a timeout, DNS, a refused connection
        Insecure,     // refused for safety: a TLS failure, another origin, a token over plain http
        Unauthorized, // the feed refused the token (HTTP 401)
        Refused,      // the feed refused the request and says why (another 4xx)
        ServerError,  // the feed failed or is overloaded (5xx, 429)
        InvalidFeed,  // what the feed sent is not a valid feed page: not JSON, too large, broken
        Keychain,     // the system keychain is missing, refused access or failed
        Cancelled,    // the user cancelled
        Internal,     // this build or its installation is at fault: a missing driver or resource
    };

    QString message;
    // Plain validation is what most operations refuse, so it is the kind an error has unless it says.
    Kind kind = Kind::InvalidInput;
};

template <>
inline constexpr auto enumNames<Error::Kind> = std::array{
    std::pair{Error::Kind::InvalidInput, "invalid-input"},
    std::pair{Error::Kind::NotFound, "not-found"},
    std::pair{Error::Kind::Conflict, "conflict"},
    std::pair{Error::Kind::Damaged, "damaged"},
    std::pair{Error::Kind::NewerVersion, "newer-version"},
    std::pair{Error::Kind::Storage, "storage"},
    std::pair{Error::Kind::FileSystem, "file-system"},
    std::pair{Error::Kind::Unreachable, "unreachable"},
    std::pair{Error::Kind::Insecure, "insecure"},
    std::pair{Error::Kind::Unauthorized, "unauthorized"},
    std::pair{Error::Kind::Refused, "refused"},
    std::pair{Error::Kind::ServerError, "server-error"},
    std::pair{Error::Kind::InvalidFeed, "invalid-feed"},
    std::pair{Error::Kind::Keychain, "keychain"},
    std::pair{Error::Kind::Cancelled, "cancelled"},
    std::pair{Error::Kind::Internal, "internal"},
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }
    // Whether this failed with that kind of error (false when it did not fail).
    bool failedWith(Error::Kind kind) const { return !ok() && error().kind == kind; }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }
    bool failedWith(Error::Kind kind) const { return !ok() && m_error->kind == kind; }

private:
    std::optional<Error> m_error;
};

} // namespace sos
