-- wrk script for scripts/bench-feedback.sh: every request is a JSON vote on a random page of
-- the full site (65,536 ports x 4 locales) from a random reader (X-Forwarded-For; the
-- collector runs with --trust-proxy), so nearly every vote is a new row: the worst case.
local locales = { { "", "en" }, { "/tr", "tr" }, { "/de", "de" }, { "/ar", "ar" } }
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
end

function request()
  local locale = locales[math.random(#locales)]
  local body = string.format('{"page":"%s/ports/%d/","locale":"%s","helpful":%s}',
    locale[1], math.random(0, 65535), locale[2], math.random() < 0.8 and "true" or "false")
  local headers = {
    ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254)),
  }
  return wrk.format("POST", "/api/feedback", headers, body)
end
