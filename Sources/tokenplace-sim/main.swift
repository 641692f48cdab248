import SimCluster

print("tokenplace-sim")
