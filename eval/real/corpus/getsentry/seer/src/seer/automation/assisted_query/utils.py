from seer.automation.agent.client import GeminiProvider










