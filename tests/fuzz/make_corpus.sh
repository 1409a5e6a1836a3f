#!/usr/bin/env bash
# Writes the seed corpus of each fuzz target into DIR/<target>/. Every seed is made here,
# by the project: the shapes of file people really have (BOM, semicolons and decimal commas,
# quoted thousands, CRLF, UTF-16, Windows-1252, numeric dates, ragged rows) and settings files.
#   make_corpus.sh DIR
set -euo pipefail
out=$1
mkdir -p "$out/fuzz_csvimport" "$out/fuzz_dateparser" "$out/fuzz_settingsjson"

csv() { printf '%b' "$2" > "$out/fuzz_csvimport/$1"; }
# The first byte selects encoding, delimiter and header choice in fuzz_csvimport ("\x00" =
# detect everything).
csv plain      '\x00ds,y\n2024-01-01,1\n2024-01-02,2\n2024-01-03,3\n'
csv bom        '\x00\xef\xbb\xbfds,y\n2024-01-01,1\n2024-01-02,2\n'
csv semicolon  '\x00Datum;Umsatz\n01.02.2023;100,5\n02.02.2023;101,5\n03.02.2023;102,5\n'
csv thousands  '\x00ds,y\n2023-01-01,"1,200"\n2023-01-02,"12,345.50"\n2023-01-03,"1,2O0"\n'
csv crlf       '\x00ds,y\r\n2024-02-01,1\r\n2024-02-02,2\r\n\r\n,\r\n   \r\n'
csv utf16      '\x00\xff\xfeD\x00a\x00t\x00u\x00m\x00\t\x00M\x00\n\x002\x000\x002\x004\x00-\x000\x003\x00-\x000\x001\x00\t\x001\x000\x000\x00\n\x00'
csv cp1252     '\x00Date;Quantit\xe9;Note\n2024-01-01;5;\x80\n2024-01-02;5;x\n'
csv index      '\x00,Date,Sales,Region\n0,2024-01-01,200,North\n1,2024-01-02,201,North\n'
csv dayfirst   '\x00ds,y\n01/01/2023,1\n13/01/2023,13\n31/01/2023,31\n'
csv excel      '\x00ds,y\n44927,10\n44928,11\n60,12\n'
csv epoch      '\x00ds,y\n1672531200,1\n1672617600,2\n1672704000000,3\n'
csv offsets    '\x00ds,y\n2024-06-01T00:00:00+02:00,0\n2024-06-01T01:00:00+01:00,1\n'
csv months     '\x00ds,y\nJan 2023,1\nFebruary 2023,2\n1 March 2023,3\n'
csv ragged     '\x00ds,y,z\n2024-01-01,1\n2024-01-02,2,3,4\n"unterminated,5\n'
csv badcells   '\x00ds,y\n,1\n2024-04-31,2\nn/a,3\n2024-01-01,NaN\n2024-01-02,inf\n'
csv longformat '\x00ds,cat,y\n2024-07-01,A,1\n2024-07-01,B,2\n2024-07-01,C,3\n'
csv empty      '\x00'

date() { printf '%s' "$2" > "$out/fuzz_dateparser/$1"; }
date iso '2024-03-01'; date isotime '2024-03-01T12:34:56.789+02:00'; date spaced '2024-03-01 23:59'
date dmy '31/12/2023'; date mdy '12/31/2023'; date dotted '31.12.2023'; date slashymd '2023/12/31'
date monthname '3 March 2024'; date serial '45292'; date epoch '1704067200'; date epochms '1704067200000'
date number '1.234,56'; date percent '12,5 %'; date currency '$1,234.50'; date nan 'n/a'

settings() { printf '%s' "$2" > "$out/fuzz_settingsjson/$1"; }
settings defaults '{}'
settings full '{"growth":"logistic","changepoints":["2020-01-01"],"n_changepoints":3,"yearly_seasonality":7,"weekly_seasonality":false,"seasonality_mode":"multiplicative","holidays":[{"holiday":"a","ds":"2020-05-01","lower_window":-1,"upper_window":1}],"seasonalities":[{"name":"m","period":30.5,"fourier_order":5}],"regressors":[{"name":"r","standardize":"auto"}],"country_holidays":"US","country_holiday_overrides":[{"holiday":"Thanksgiving","enabled":false}],"periods":30,"freq":"MS"}'
settings pipeline '{"import":{"delimiter":";","encoding":"windows-1252","value_column":"y"},"cleaning":[{"step":"aggregate_duplicates","aggregator":"sum"},{"step":"resample","freq":"W"},{"step":"date_range","from":"2020-01-01"}]}'
settings wrongtypes '{"growth":5,"n_changepoints":"x","changepoints":[1,null],"holidays":{"a":1},"cleaning":"all"}'
