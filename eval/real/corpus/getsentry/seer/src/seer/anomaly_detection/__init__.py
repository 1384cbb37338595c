from seer.anomaly_detection import anomaly_detection_di


