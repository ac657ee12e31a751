import time
print(type(time.process_time()).__name__, time.process_time() >= 0)
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.gmtime(1_000_000_000)[:6])
print(time.mktime(time.localtime(1_000_000)) == 1_000_000.0)
print(type(time.localtime()).__name__, len(time.gmtime()))
print(time.strftime("%a %b %d", time.gmtime(0)), time.asctime(time.gmtime(0)))
