-- bytes above 127 compare as unsigned values
print("\127" < "\128", "\200" < "\255", "a" < "\200", "\0" < "\1")
print(("\255"):byte(), #"\255\254")
