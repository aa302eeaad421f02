-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk's script for bench/feed-load.sh, in one of two modes (the arguments after wrk's "--"):
--
--   votes TOKENS COMPARISONS THREADS   each request a vote POSTed to /v1/votes with a user's token and an
--                                      Idempotency-Key of its own. TOKENS has one token a line (user i is
--                                      line i + 1), COMPARISONS one comparison a line ("ID TOOL TOOL ...");
--                                      THREADS is wrk's -t. Vote number p of the whole run goes to
--                                      comparison p mod C by user floor(p / C) mod U: consecutive votes
--                                      fall on different comparisons (no hot row), and no user votes twice
--                                      on a comparison before U x C votes have been sent.
--   reads                              each request GETs the feed's first page, /v1/feed.json.
--
-- At the end it prints "RESULT NAME VALUE" lines that feed-load.sh reads: the answered requests per
-- second that were 2xx, p50 and p99 latency in milliseconds, how many were sent, answered 2xx, answered
-- otherwise, and not answered when the run's time was up (wrk drops those), and the socket errors.

local threads = {}
local nextId = 0

function setup(thread)
    thread:set("id", nextId)
    nextId = nextId + 1
    table.insert(threads, thread)
end

local function lines(path)
    local list = {}
    for line in io.lines(path) do
        if line ~= "" then
            table.insert(list, line)
        end
    end
    return list
end

function init(args)
    mode = args[1]
    sent = 0
    ok = 0
    failed = 0
    if mode == "votes" then
        tokens = lines(args[2])
        comparisons = {}
        for _, line in ipairs(lines(args[3])) do
            local fields = {}
            for word in line:gmatch("%S+") do
                table.insert(fields, word)
            end
            table.insert(comparisons, { id = fields[1], tools = { unpack(fields, 2) } })
        end
        stride = tonumber(args[4])
    elseif mode ~= "reads" then
        error("feed-load.lua: the mode is votes or reads, not " .. tostring(mode))
    end
end

function request()
    sent = sent + 1
    if mode == "reads" then
        return wrk.format("GET", "/v1/feed.json")
    end
    local p = (sent - 1) * stride + id
    local comparison = comparisons[p % #comparisons + 1]
    local user = math.floor(p / #comparisons) % #tokens
    local tool = comparison.tools[(user + p) % #comparison.tools + 1]
    local body = '{"comparisonId":"' .. comparison.id .. '","toolId":"' .. tool .. '"}'
    return wrk.format("POST", "/v1/votes", {
        ["Authorization"] = "Bearer " .. tokens[user + 1],
        ["Content-Type"] = "application/json",
        ["Idempotency-Key"] = "load-vote-" .. p,
    }, body)
end

function response(status, headers, body)
    if status >= 200 and status < 300 then
        ok = ok + 1
    else
        failed = failed + 1
    end
end

function done(summary, latency, requests)
    local total = { sent = 0, ok = 0, failed = 0 }
    for _, thread in ipairs(threads) do
        for key in pairs(total) do
            total[key] = total[key] + thread:get(key)
        end
    end
    local seconds = summary.duration / 1e6
    local errors = summary.errors
    io.write(string.format("RESULT rate %.0f\n", total.ok / seconds))
    io.write(string.format("RESULT p50 %.1f\n", latency:percentile(50) / 1000))
    io.write(string.format("RESULT p99 %.1f\n", latency:percentile(99) / 1000))
    io.write(string.format("RESULT sent %d\n", total.sent))
    io.write(string.format("RESULT ok %d\n", total.ok))
    io.write(string.format("RESULT failed %d\n", total.failed))
    io.write(string.format("RESULT unanswered %d\n", total.sent - total.ok - total.failed))
    io.write(string.format("RESULT socketErrors %d\n", errors.connect + errors.read + errors.write + errors.timeout))
end
