


package url

import (
	"net/url"
)









